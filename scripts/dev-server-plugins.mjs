// What the test runner and `npm start` serve besides files: the msw service worker at the root
// (msw requires that path) and, on the pages' own origin, the API mock.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cspPlugin } from './csp-plugin.mjs';
import { mockApiPlugin, requestListenerPlugin } from '@vangnet/api-mock/dev-server';
import { getRequestListener } from '@hono/node-server';
import { demoKeys } from '@vangnet/api-core';
import { embedRoutes } from '@vangnet/server/embed';

const require = createRequire(import.meta.url);
const workerPath = require.resolve('msw/mockServiceWorker.js');

// msw's worker sends the requests it does not mock on with `fetch(request, { headers })`, and a
// request rebuilt with options loses its `Referer`: the dev server's mock could no longer read a
// page's `?mock=` scenarios once any page of the origin had registered the worker (test files
// share one origin). The worker served here keeps the page's address as the referrer.
const passOn = 'return fetch(requestClone, { headers })';
function workerSource() {
  const source = readFileSync(workerPath, 'utf8');
  if (!source.includes(passOn)) {
    throw new Error(
      `msw/mockServiceWorker.js changed: "${passOn}" is gone (see ${import.meta.url})`,
    );
  }
  return source.replace(
    passOn,
    'return fetch(requestClone, { headers, referrer: requestClone.referrer })',
  );
}

/**
 * @param {{ api?: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<boolean>, serverCaching?: boolean }} [options]
 *   `api`: a listener for the API paths (the real server, for `npm start`); absent: the mock.
 *   `serverCaching`: the mock answers reference data with the server's `Cache-Control`.
 * @returns {import('@web/dev-server-core').Plugin[]}
 */
export function devServerPlugins({ api, serverCaching = false } = {}) {
  return [
    cspPlugin(),
    {
      name: 'vangnet-msw-worker',
      serve(context) {
        if (context.path === '/mockServiceWorker.js') {
          return { body: workerSource(), type: 'js' };
        }
        return undefined;
      },
    },
    // `/v1/…` on the pages' own origin: the server, or the mock with `?mock=slow,full-calendar`
    // in a page's address.
    api ? requestListenerPlugin('vangnet-api-server', api) : mockApiPlugin({ serverCaching }),
    // With the mock, the pages of isolated mode (`/embed/…`, the real server's) too: from the
    // component's source, framed by the demo keys' origins. Open one from `localhost` on a page of
    // `127.0.0.1` (or the other way round) for a frame of another origin.
    ...(api ? [] : [embedPlugin()]),
  ];
}

/** @returns {import('@web/dev-server-core').Plugin} */
function embedPlugin() {
  const keys = demoKeys();
  const app = embedRoutes({
    partnerKeyOrigins: async (key) => keys.get(key)?.origins,
    assets: {
      component: (component) => `/packages/widget/src/bundles/${component}.ts`,
      frame: '/packages/widget/src/embed/frame-page.ts',
    },
    assetsDir: null,
  });
  const listener = getRequestListener(app.fetch);
  return requestListenerPlugin('vangnet-embed', async (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (!/^\/embed\/[a-z-]+$/.test(path)) return false;
    await listener(request, response);
    return true;
  });
}
