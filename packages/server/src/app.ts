import { getConnInfo } from '@hono/node-server/conninfo';
import { problemResponse, type Api } from '@vangnet/api-core';
import { openApiDocument } from '@vangnet/sdk/openapi';
import { Hono } from 'hono';
import type { Database } from './database/database.ts';
import { embedRoutes, type EmbedOptions } from './embed/index.ts';
import { unavailableRetryAfter } from './http/database-errors.ts';
import { messageLanguageOf, withMessageLanguage } from './messages/language.ts';
import type { StaffEnv } from './staff/context.ts';

export interface AppOptions {
  api: Api;
  db: Database;
  /**
   * The manage page: `/m` redirects there, and the browser keeps the fragment (`#beheer=…`), so
   * a text message can carry the short link.
   */
  manageUrl?: string;
  /** The staff API, mounted at `/v1/staff` before the public API. */
  staff?: Hono<StaffEnv>;
  /**
   * The pages of isolated mode at `/embed/…`; default: framed by the origins of the partner key
   * in the address (looked up in the API's store), the bundles from the repository's dist/.
   */
  embed?: Partial<EmbedOptions>;
  /** The staff workspace's files, served at `/staff/` with a strict CSP (`staff-page.ts`). */
  staffPage?: Hono;
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
export function createApp({ api, db, manageUrl, staff, staffPage, embed = {} }: AppOptions): Hono {
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
  if (manageUrl) app.get('/m', (c) => c.redirect(manageUrl, 302));
  if (staff) app.route('/v1/staff', staff);
  // Paths outside the API are answered as the API answers errors: problem+json.
  app.notFound(() => problemResponse('not-found', { detail: 'There is nothing at this path.' }));
  app.route(
    '/',
    embedRoutes({
      partnerKeyOrigins: async (key) => (await api.context.store.partnerKey(key))?.origins,
      ...embed,
    }),
  );
  if (staffPage) app.route('/', staffPage);
  app.all('*', async (c) => {
    const address = clientAddressOf(c);
    // Messages a request queues are written in the language the person used.
    const language = messageLanguageOf(c.req.header('Accept-Language'));
    const response = await withMessageLanguage(language, () =>
      api.handle(c.req.raw, address ? { clientAddress: address } : {}),
    );
    return response ?? c.notFound();
  });
  return app;
}
