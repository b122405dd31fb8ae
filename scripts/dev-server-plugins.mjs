// What the test runner and `npm start` serve besides files: the msw service worker at the root
// (msw requires that path) and, on the pages' own origin, the API mock.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cspPlugin } from './csp-plugin.mjs';
import { mockApiPlugin } from '@vangnet/api-mock/dev-server';

const require = createRequire(import.meta.url);
const workerPath = require.resolve('msw/mockServiceWorker.js');

/** @returns {import('@web/dev-server-core').Plugin[]} */
export function devServerPlugins() {
  return [
    cspPlugin(),
    {
      name: 'vangnet-msw-worker',
      serve(context) {
        if (context.path === '/mockServiceWorker.js') {
          return { body: readFileSync(workerPath, 'utf8'), type: 'js' };
        }
        return undefined;
      },
    },
    // `/v1/…` on the pages' own origin; `?mock=slow,full-calendar` in a page's address.
    mockApiPlugin(),
  ];
}
