import { LocationListSchema, LocationQuerySchema } from '@vangnet/sdk';
import { parseQuery } from '../http/query.ts';
import { json } from '../http/respond.ts';
import type { Route } from '../router.ts';

/** `GET /v1/locations?municipality`: where casemanagers receive young people. */
export const locationRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/locations',
    cacheable: true,
    async resolve({ store, url }) {
      const { municipality } = parseQuery(LocationQuerySchema, url);
      const items = (await store.locations()).filter(
        (location) => municipality === undefined || location.municipality === municipality,
      );
      return json(LocationListSchema, { items });
    },
  },
];
