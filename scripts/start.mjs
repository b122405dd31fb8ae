// `npm start`: serves examples/ with @web/dev-server on 127.0.0.1, the API mock answering on the
// same origin, and prints the URL of the examples' index page.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { devServerPlugins } from './dev-server-plugins.mjs';

const port = Number(process.env.PORT) || 8765;

const server = await startDevServer({
  config: {
    rootDir: '.',
    hostname: '127.0.0.1',
    port,
    nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
    plugins: [
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      ...devServerPlugins(),
    ],
    watch: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`Vangnet examples: http://127.0.0.1:${actualPort}/examples/`);
