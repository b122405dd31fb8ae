import type { RequestOptions } from '../core/options.ts';
import type { Transport } from '../core/transport.ts';
import { validateBy } from '../core/validate-input.ts';
import { locationListContract, locationQueryContract } from '../checks/generated.ts';
import type { LocationList, LocationQuery } from '../schemas/locations.ts';
import { toSearchParams } from '../utils/search-params.ts';

/** `GET /v1/locations`: where casemanagers receive young people. */
export interface LocationsResource {
  /** The locations, of one municipality when `query.municipality` is given. */
  list(query?: LocationQuery, options?: RequestOptions): Promise<LocationList>;
}

export function createLocationsResource(send: Transport): LocationsResource {
  return {
    async list(query = {}, options = {}) {
      const operation = 'locations.list';
      return send({
        operation,
        method: 'get',
        path: 'v1/locations',
        searchParams: toSearchParams(await validateBy(locationQueryContract, query, operation)),
        response: locationListContract,
        signal: options.signal,
      });
    },
  };
}
