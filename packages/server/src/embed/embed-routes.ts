import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { normalize, join, sep } from 'node:path';
import { Hono } from 'hono';
import {
  distAssets,
  embedHtml,
  embedLanguage,
  embedPolicy,
  frameAncestors,
  isEmbedComponent,
  type EmbedAssets,
} from './embed-page.ts';

export interface EmbedOptions {
  /**
   * The allowed origins of a partner key, `undefined` for an unknown or revoked one: they become
   * the page's `frame-ancestors`.
   */
  partnerKeyOrigins(key: string): Promise<readonly string[] | undefined>;
  /** Where the page loads its scripts from; default: the bundles of dist/ at `/embed/assets/`. */
  assets?: EmbedAssets;
  /** The folder served at `/embed/assets/`; default: the repository's dist/. `null`: none. */
  assetsDir?: string | null;
}

/** The repository's dist/, where `npm run build` writes the browser bundles. */
export const defaultAssetsDir = fileURLToPath(new URL('../../../../dist/', import.meta.url));

/** Headers every embed answer carries. */
const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * `GET /embed/{referral-form|booking-form|organisation-finder}`: the page of isolated mode, and
 * `GET /embed/assets/…`: the bundles it loads (JavaScript files only).
 */
export function embedRoutes(options: EmbedOptions): Hono {
  const app = new Hono();
  const assets = options.assets ?? distAssets;
  const dir = options.assetsDir === undefined ? defaultAssetsDir : options.assetsDir;

  app.get('/embed/assets/*', async (c) => {
    const relative = decodeURIComponent(c.req.path.slice('/embed/assets/'.length));
    if (dir === null || !/^[\w.-]+(\/[\w.-]+)?\.js$/.test(relative)) return c.notFound();
    const file = normalize(join(dir, relative));
    if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return c.notFound();
    const body = await readFile(file).catch(() => undefined);
    if (!body) return c.notFound();
    return c.body(body, 200, {
      ...common,
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });

  app.get('/embed/:component', async (c) => {
    const component = c.req.param('component');
    if (!isEmbedComponent(component)) return c.notFound();
    const key = c.req.query('key');
    const origins = key ? await options.partnerKeyOrigins(key).catch(() => undefined) : undefined;
    return c.html(embedHtml(component, embedLanguage(c.req.query('lang')), assets), 200, {
      ...common,
      'Content-Security-Policy': embedPolicy(frameAncestors(origins)),
      // The page differs per key (its frame-ancestors): never served from a shared cache.
      'Cache-Control': 'no-store',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    });
  });
  return app;
}
