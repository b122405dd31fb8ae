import type { ReferralStatus } from '@vangnet/sdk';
import type { StoredReferral } from './store.ts';

/**
 * Where a runner may change what the core does, for one request. The mock uses them for its
 * scenarios (latency, forced faults, a full calendar, a slot taken just now, a referral's status
 * moving on with its clock); the server uses none. A hook never replaces a rule: it can only
 * answer earlier, wait, or report more.
 */
export interface ApiHooks {
  /**
   * Before anything else, preflights included: a `Response` answers the request with it
   * (`Response.error()` is a network failure); a thrown `ProblemError` becomes its problem.
   */
  beforeRequest?(request: Request, apiPath: string): Response | undefined;
  /** Once the request may go ahead (after the key and, for a POST, the idempotency claim). */
  beforeResolve?(request: Request, apiPath: string): Promise<void>;
  /** Whether nothing can be booked right now. */
  calendarFull?(request: Request): boolean;
  /** Whether a slot was "booked by someone else" before the API started (demo data). */
  slotPrebooked?(slotId: string): boolean;
  /**
   * Whether someone else takes the slot just before this booking does: the slot is gone and the
   * answer is 409 `slot-taken`. Called once per booking of a free slot.
   */
  slotTakenNow?(request: Request, slotId: string): boolean;
  /** The status `GET /v1/referrals/{id}` reports, when it is more than the stored one. */
  reportedReferralStatus?(
    referral: StoredReferral,
    request: Request,
  ): { status: ReferralStatus; updatedAt: string };
}
