import type { RequestOptions, WriteOptions } from '../core/options.ts';
import type { Transport } from '../core/transport.ts';
import { contractOf } from '../checks/contract.ts';
import { validateInput } from '../core/validate-input.ts';
import { IdSchema } from '../schemas/common.ts';
import {
  ReferralCreatedSchema,
  ReferralInputSchema,
  ReferralStatusResponseSchema,
  type ReferralCreated,
  type ReferralInput,
  type ReferralStatusResponse,
} from '../schemas/referrals.ts';

/** `POST /v1/referrals` and `GET /v1/referrals/{id}`: referrals by school staff. */
export interface ReferralsResource {
  /**
   * Sends a referral. The answer holds the token to read its status later — keep it; the API
   * returns it only here.
   */
  create(input: ReferralInput, options?: WriteOptions): Promise<ReferralCreated>;
  /** Where a referral stands; `token` is the one `create` returned. */
  get(id: string, token: string, options?: RequestOptions): Promise<ReferralStatusResponse>;
}

export function createReferralsResource(send: Transport): ReferralsResource {
  return {
    async create(input, options = {}) {
      const operation = 'referrals.create';
      return send({
        operation,
        method: 'post',
        path: 'v1/referrals',
        json: validateInput(ReferralInputSchema, input, operation),
        idempotencyKey: options.idempotencyKey,
        response: contractOf(ReferralCreatedSchema),
        signal: options.signal,
      });
    },
    async get(id, token, options = {}) {
      const operation = 'referrals.get';
      validateInput(IdSchema, id, operation);
      return send({
        operation,
        method: 'get',
        path: `v1/referrals/${encodeURIComponent(id)}`,
        token,
        response: contractOf(ReferralStatusResponseSchema),
        signal: options.signal,
      });
    },
  };
}
