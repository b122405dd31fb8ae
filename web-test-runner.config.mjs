// Component and browser tests: TypeScript through esbuild, run in headless Chromium (Debian's, found
// through CHROME_PATH or /usr/bin/chromium), with the API mock on the same origin.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromePath, testRunnerChromeArgs } from './scripts/chrome-path.mjs';
import { freePort } from './scripts/free-port.mjs';
import { devServerPlugins } from './scripts/dev-server-plugins.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { bringToFrontPlugin } from './scripts/bring-to-front-plugin.mjs';
import { blockRequestsMiddleware, blockRequestsPlugin } from './scripts/block-requests-plugin.mjs';
import { frameCommandPlugin } from './scripts/frame-command-plugin.mjs';

let executablePath;
try {
  executablePath = chromePath();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

export default {
  rootDir: '.',
  files: [
    'packages/widget/src/**/*.test.ts',
    'packages/*/src/**/*.browser.test.ts',
    'tests/browser/**/*.test.ts',
  ],
  port: Number(process.env.WTR_PORT) || (await freePort()),
  hostname: '127.0.0.1',
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  middleware: [blockRequestsMiddleware()],
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  browserStartTimeout: 60000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: testRunnerChromeArgs },
      // Each test file in a window of its own: Chromium gives a background tab no animation frames,
      // so with two files at once one of them would wait forever on requestAnimationFrame.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    ...devServerPlugins(),
    bringToFrontPlugin(),
    blockRequestsPlugin(),
    frameCommandPlugin(),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
