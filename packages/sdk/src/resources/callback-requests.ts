import type { WriteOptions } from '../core/options.ts';
import type { Transport } from '../core/transport.ts';
import { contractOf } from '../checks/contract.ts';
import { validateInput } from '../core/validate-input.ts';
import {
  CallbackRequestCreatedSchema,
  CallbackRequestInputSchema,
  type CallbackRequestCreated,
  type CallbackRequestInput,
} from '../schemas/booking.ts';

/** `POST /v1/callback-requests`: asking a casemanager to call back when no time suits. */
export interface CallbackRequestsResource {
  create(input: CallbackRequestInput, options?: WriteOptions): Promise<CallbackRequestCreated>;
}

export function createCallbackRequestsResource(send: Transport): CallbackRequestsResource {
  return {
    async create(input, options = {}) {
      const operation = 'callbackRequests.create';
      return send({
        operation,
        method: 'post',
        path: 'v1/callback-requests',
        json: validateInput(CallbackRequestInputSchema, input, operation),
        idempotencyKey: options.idempotencyKey,
        response: contractOf(CallbackRequestCreatedSchema),
        signal: options.signal,
      });
    },
  };
}
