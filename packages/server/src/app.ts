import { getConnInfo } from '@hono/node-server/conninfo';
import type { Api } from '@vangnet/api-core';
import { openApiDocument } from '@vangnet/sdk/openapi';
import { Hono } from 'hono';
import type { Database } from './database/database.ts';
import { embedRoutes, type EmbedOptions } from './embed/index.ts';
import { unavailableRetryAfter } from './http/database-errors.ts';
import { createPostgresStore } from './store/postgres-store.ts';

export interface AppOptions {
  api: Api;
  db: Database;
  /**
   * The pages of isolated mode at `/embed/…`; default: framed by the origins of the partner key
   * in the address (looked up in `db`), the bundles from the repository's dist/.
   */
  embed?: Partial<EmbedOptions>;
}

/** The client's address: from the socket when served by Node, absent in-process. */
function clientAddressOf(context: Parameters<typeof getConnInfo>[0]): string | undefined {
  try {
    return getConnInfo(context).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * The server's HTTP surface: operations endpoints, the OpenAPI document, the pages of isolated
 * mode under `/embed/`, and everything under `/v1/` answered by the core.
 */
export function createApp({ api, db, embed = {} }: AppOptions): Hono {
  const app = new Hono();
  const openapi = JSON.stringify(openApiDocument());
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await db.query('select 1');
      return c.json({ status: 'ready' });
    } catch {
      c.header('Retry-After', String(unavailableRetryAfter));
      return c.json({ status: 'unavailable' }, 503);
    }
  });
  app.get('/openapi.json', (c) => c.body(openapi, 200, { 'Content-Type': 'application/json' }));
  const store = createPostgresStore(db);
  app.route(
    '/',
    embedRoutes({
      partnerKeyOrigins: async (key) => (await store.partnerKey(key))?.origins,
      ...embed,
    }),
  );
  app.all('*', async (c) => {
    const address = clientAddressOf(c);
    const response = await api.handle(c.req.raw, address ? { clientAddress: address } : {});
    return response ?? c.notFound();
  });
  return app;
}
