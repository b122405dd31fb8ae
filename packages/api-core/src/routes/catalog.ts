import { CatalogQuerySchema, CatalogSchema } from '@vangnet/sdk';
import { ProblemError } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { json } from '../http/respond.ts';
import type { Route } from '../router.ts';

/** `GET /v1/catalog?region`: the key's region, or the one named. */
export const catalogRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/catalog',
    cacheable: true,
    async resolve({ store, url, key }) {
      const query = parseQuery(CatalogQuerySchema, url);
      const catalog = await store.catalog(query.region ?? key.region);
      if (!catalog)
        throw new ProblemError('not-found', { detail: 'There is no catalog for this region.' });
      return json(CatalogSchema, catalog);
    },
  },
];
