import { CatalogQuerySchema, CatalogSchema } from '@vangnet/sdk';
import type { MockContext } from '../context.ts';
import { ProblemError } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { json } from '../http/respond.ts';
import { route } from '../http/route.ts';

/** `GET /v1/catalog?region`: the key's region, or the one named. */
export const catalogHandlers = (mock: MockContext) => [
  route(mock, 'GET', '/v1/catalog', ({ url, key }) => {
    const query = parseQuery(CatalogQuerySchema, url);
    const region = query.region ?? key.region;
    if (region !== mock.store.catalog.region.id) {
      throw new ProblemError('not-found', { detail: 'There is no catalog for this region.' });
    }
    return json(CatalogSchema, mock.store.catalog);
  }),
];
