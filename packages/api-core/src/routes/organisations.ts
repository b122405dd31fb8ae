import { OrganisationFilterSchema, OrganisationPageSchema, OrganisationSchema } from '@vangnet/sdk';
import { fieldError } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { json } from '../http/respond.ts';
import { currentOrganisations } from '../organisation-cache.ts';
import type { Route } from '../router.ts';

const defaultLimit = 50;

/** Cursors are opaque to clients; here they are the offset of the next page, base64url-encoded. */
function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`).replaceAll('=', '');
}

function decodeCursor(cursor: string): number {
  try {
    const match = /^o:(\d+)$/.exec(atob(cursor));
    if (match) return Number(match[1]);
  } catch {
    // Not base64: reported below like any other unknown cursor.
  }
  throw new ProblemError('validation', {
    detail: 'Some query parameters are not valid.',
    errors: [fieldError(['cursor'], 'invalid-cursor', 'Use the nextCursor of the previous page.')],
  });
}

/** `GET /v1/organisations` and `GET /v1/organisations/{id}`. */
export const organisationRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/organisations',
    cacheable: true,
    async resolve({ api, store, url, key }) {
      const {
        cursor,
        limit = defaultLimit,
        ...filter
      } = parseQuery(OrganisationFilterSchema, url, ['limit']);
      const offset = cursor === undefined ? 0 : decodeCursor(cursor);
      const matches = (await currentOrganisations(api, store, key.region)).index.search(filter);
      const next = offset + limit;
      return json(OrganisationPageSchema, {
        items: matches.slice(offset, next),
        total: matches.length,
        nextCursor: next < matches.length ? encodeCursor(next) : null,
      });
    },
  },
  {
    method: 'GET',
    path: '/v1/organisations/:id',
    cacheable: true,
    async resolve({ api, store, params, key }) {
      const organisation = (await currentOrganisations(api, store, key.region)).byId.get(
        params['id'] as string,
      );
      if (!organisation)
        throw new ProblemError('not-found', { detail: 'There is no organisation with this id.' });
      return json(OrganisationSchema, organisation);
    },
  },
];
