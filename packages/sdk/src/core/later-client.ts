// What a first-view client (first-view-client.ts) loads on first use, in a chunk of its own: ky
// with the retry policy, and the resources that write or need a token, with their schemas.
import { createAppointmentsResource } from '../resources/appointments.ts';
import { createCallbackRequestsResource } from '../resources/callback-requests.ts';
import { createReferralsResource } from '../resources/referrals.ts';
import { createSlotsResource } from '../resources/slots.ts';
import type { VangnetClient } from './client.ts';
import type { ClientOptions } from './options.ts';
import type { RevalidationCache } from './revalidation.ts';
import { createTransport, type Transport } from './transport.ts';

/** The resources a first view does not need. */
export type LaterResources = Pick<
  VangnetClient,
  'referrals' | 'slots' | 'appointments' | 'callbackRequests'
>;

/** The ky transport of a client and the resources on it. */
export interface LaterPart extends LaterResources {
  readonly send: Transport;
}

export function createLaterPart(options: ClientOptions, kept: RevalidationCache): LaterPart {
  const send = createTransport(options, kept);
  return {
    send,
    referrals: createReferralsResource(send),
    slots: createSlotsResource(send),
    appointments: createAppointmentsResource(send),
    callbackRequests: createCallbackRequestsResource(send),
  };
}
