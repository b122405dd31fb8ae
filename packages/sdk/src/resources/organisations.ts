import type { RequestOptions } from '../core/options.ts';
import type { Transport } from '../core/transport.ts';
import { validateBy } from '../core/validate-input.ts';
import {
  idContract,
  organisationContract,
  organisationFilterContract,
  organisationPageContract,
} from '../checks/generated.ts';
import { InvalidResponseError } from '../errors/invalid-response-error.ts';
import type {
  Organisation,
  OrganisationFilter,
  OrganisationPage,
} from '../schemas/organisations.ts';
import { toSearchParams } from '../utils/search-params.ts';

/** `GET /v1/organisations` and `GET /v1/organisations/{id}`: the organisations of the network. */
export interface OrganisationsResource {
  /** One page of organisations matching `filter`, with `total` and the cursor of the next page. */
  list(filter?: OrganisationFilter, options?: RequestOptions): Promise<OrganisationPage>;
  /** One organisation; a {@link NotFoundError} when there is none with this id. */
  get(id: string, options?: RequestOptions): Promise<Organisation>;
  /**
   * Every page matching `filter`, one request per page, fetched as the loop asks for them.
   * @example
   * ```ts
   * for await (const page of client.organisations.all({ municipality: 'delft' })) show(page.items);
   * ```
   */
  all(filter?: OrganisationFilter, options?: RequestOptions): AsyncGenerator<OrganisationPage>;
}

export function createOrganisationsResource(send: Transport): OrganisationsResource {
  const list = async (filter: OrganisationFilter = {}, options: RequestOptions = {}) => {
    const operation = 'organisations.list';
    return send({
      operation,
      method: 'get',
      path: 'v1/organisations',
      searchParams: toSearchParams(await validateBy(organisationFilterContract, filter, operation)),
      response: organisationPageContract,
      signal: options.signal,
    });
  };
  return {
    list,
    async get(id, options = {}) {
      const operation = 'organisations.get';
      await validateBy(idContract, id, operation);
      return send({
        operation,
        method: 'get',
        path: `v1/organisations/${encodeURIComponent(id)}`,
        response: organisationContract,
        signal: options.signal,
      });
    },
    async *all(filter = {}, options = {}) {
      const seen = new Set<string>();
      let page = await list(filter, options);
      yield page;
      while (page.nextCursor !== null) {
        // An API that hands out a cursor twice would make this loop forever.
        if (seen.has(page.nextCursor))
          throw new InvalidResponseError('pagination', {
            status: 200,
            operation: 'organisations.all',
          });
        seen.add(page.nextCursor);
        page = await list({ ...filter, cursor: page.nextCursor }, options);
        yield page;
      }
    },
  };
}
