import { LocationListSchema, LocationQuerySchema } from '@vangnet/sdk';
import type { MockContext } from '../context.ts';
import { parseQuery } from '../http/query.ts';
import { json } from '../http/respond.ts';
import { route } from '../http/route.ts';

/** `GET /v1/locations?municipality`: where casemanagers receive young people. */
export const locationHandlers = (mock: MockContext) => [
  route(mock, 'GET', '/v1/locations', ({ url }) => {
    const { municipality } = parseQuery(LocationQuerySchema, url);
    const items = mock.store.locations.filter(
      (location) => municipality === undefined || location.municipality === municipality,
    );
    return json(LocationListSchema, { items });
  }),
];
