import {
  createOrganisationIndex,
  OrganisationFilterSchema,
  OrganisationPageSchema,
  OrganisationSchema,
  type Organisation,
  type OrganisationIndex,
} from '@vangnet/sdk';
import type { MockContext } from '../context.ts';
import { fieldError } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { json } from '../http/respond.ts';
import { route } from '../http/route.ts';

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

/**
 * `GET /v1/organisations` and `GET /v1/organisations/{id}`. Searching goes through the SDK's
 * organisation index, so `q` finds exactly what the finder finds offline.
 */
export const organisationHandlers = (mock: MockContext) => {
  // Rebuilt only when the store's organisations or themes change (a reset, a test adding some).
  let indexed:
    | { organisations: Organisation[]; size: number; themes: unknown; index: OrganisationIndex }
    | undefined;
  const currentIndex = () => {
    const { organisations, catalog } = mock.store;
    if (
      !indexed ||
      indexed.organisations !== organisations ||
      indexed.size !== organisations.length ||
      indexed.themes !== catalog.themes
    ) {
      indexed = {
        organisations,
        size: organisations.length,
        themes: catalog.themes,
        index: createOrganisationIndex(organisations, { themes: catalog.themes }),
      };
    }
    return indexed.index;
  };
  return [
    route(mock, 'GET', '/v1/organisations', ({ url }) => {
      const {
        cursor,
        limit = defaultLimit,
        ...filter
      } = parseQuery(OrganisationFilterSchema, url, ['limit']);
      const matches = currentIndex().search(filter);
      const offset = cursor === undefined ? 0 : decodeCursor(cursor);
      const next = offset + limit;
      return json(OrganisationPageSchema, {
        items: matches.slice(offset, next),
        total: matches.length,
        nextCursor: next < matches.length ? encodeCursor(next) : null,
      });
    }),
    route(mock, 'GET', '/v1/organisations/:id', ({ params }) => {
      const organisation = mock.store.organisations.find(
        (candidate) => candidate.id === params['id'],
      );
      if (!organisation)
        throw new ProblemError('not-found', { detail: 'There is no organisation with this id.' });
      return json(OrganisationSchema, organisation);
    }),
  ];
};
