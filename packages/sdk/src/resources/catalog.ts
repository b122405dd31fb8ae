import type { RequestOptions } from '../core/options.ts';
import type { Transport } from '../core/transport.ts';
import { validateBy } from '../core/validate-input.ts';
import { catalogContract, catalogQueryContract } from '../checks/generated.ts';
import type { Catalog, CatalogQuery } from '../schemas/catalog.ts';
import { toSearchParams } from '../utils/search-params.ts';

/** `GET /v1/catalog`: what the forms list and the rules they apply. */
export interface CatalogResource {
  /**
   * The catalog of the key's region, or of the region named in `query`.
   * @example const { municipalities, rules } = await client.catalog.get();
   */
  get(query?: CatalogQuery, options?: RequestOptions): Promise<Catalog>;
}

export function createCatalogResource(send: Transport): CatalogResource {
  return {
    async get(query = {}, options = {}) {
      const operation = 'catalog.get';
      return send({
        operation,
        method: 'get',
        path: 'v1/catalog',
        searchParams: toSearchParams(await validateBy(catalogQueryContract, query, operation)),
        response: catalogContract,
        signal: options.signal,
      });
    },
  };
}
