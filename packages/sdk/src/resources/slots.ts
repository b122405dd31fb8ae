import type { RequestOptions } from '../core/options.ts';
import type { Transport } from '../core/transport.ts';
import { contractOf } from '../checks/contract.ts';
import { validateInput } from '../core/validate-input.ts';
import {
  SlotListSchema,
  SlotQuerySchema,
  type SlotList,
  type SlotQuery,
} from '../schemas/booking.ts';
import { toSearchParams } from '../utils/search-params.ts';

/** `GET /v1/slots`: free times with a casemanager. */
export interface SlotsResource {
  /** Free slots of a location between two local dates (Europe/Amsterdam), both inclusive. */
  list(query: SlotQuery, options?: RequestOptions): Promise<SlotList>;
}

export function createSlotsResource(send: Transport): SlotsResource {
  return {
    async list(query, options = {}) {
      const operation = 'slots.list';
      return send({
        operation,
        method: 'get',
        path: 'v1/slots',
        searchParams: toSearchParams(validateInput(SlotQuerySchema, query, operation)),
        response: contractOf(SlotListSchema),
        signal: options.signal,
      });
    },
  };
}
