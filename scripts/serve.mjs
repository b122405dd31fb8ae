// One dev server setup for `npm start`, screenshots and benchmarks: the repo root on 127.0.0.1,
// TypeScript through esbuild, bare imports resolved with the `source` condition, and the API (the
// mock, or a server's listener) on the same origin.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { devServerPlugins } from './dev-server-plugins.mjs';

/**
 * With a `target`, the esbuild plugin also reprints every `.js` file it serves. Built files must
 * reach the browser byte for byte as a CDN serves them: reprinted, the shared chunk grew from
 * 111 KB to 461 KB of source text, which the bench's first render then parsed, and its first
 * request waited about 100 ms for the reprint.
 * @param {import('@web/dev-server-core').Plugin} plugin
 * @returns {import('@web/dev-server-core').Plugin}
 */
function typeScriptOnly(plugin) {
  const transform = plugin.transform?.bind(plugin);
  return Object.assign(plugin, {
    /** @param {import('koa').Context} context */
    transform: (context) => (context.path.endsWith('.js') ? undefined : transform?.(context)),
  });
}

/**
 * @param {{ port?: number, production?: boolean, immutableDist?: boolean, serverCaching?: boolean, api?: Parameters<typeof devServerPlugins>[0]['api'] }} [options]
 *   `api`: a listener that answers the API paths; absent: the mock. `immutableDist`: serve dist/
 *   as a CDN serves a versioned release (`immutable`, a year), for the bench's repeat visits.
 *   `serverCaching`: the mock answers reference data with the server's `Cache-Control`, as a real
 *   repeat visit gets it.
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function serve({
  port = 0,
  production = false,
  immutableDist = false,
  serverCaching = false,
  api,
} = {}) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      hostname: '127.0.0.1',
      port,
      nodeResolve: {
        exportConditions: ['source', 'browser', production ? 'production' : 'development'],
      },
      middleware: immutableDist
        ? [
            async (context, next) => {
              await next();
              if (context.path.startsWith('/dist/') && context.status === 200)
                context.set('Cache-Control', 'public, max-age=31536000, immutable');
            },
          ]
        : [],
      plugins: [
        typeScriptOnly(
          esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
        ),
        ...devServerPlugins({ api, serverCaching }),
      ],
      watch: false,
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server?.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actualPort}`, stop: () => server.stop() };
}
