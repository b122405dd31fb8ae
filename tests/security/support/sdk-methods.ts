// Every method of the SDK, each with the arguments that succeed against a fresh API mock, so a
// suite can put each one through the same faults and answers.
import { createMockApi, demoPartnerKey, type MockApi } from '@vangnet/api-mock';
import {
  createClient,
  type ClientOptions,
  type ReferralInput,
  type VangnetClient,
  type WriteOptions,
} from '@vangnet/sdk';
import { referralInput as sdkReferralInput } from '../../../packages/sdk/src/testing/fixtures.ts';

/** Monday 2 March 2026, 09:00 in Amsterdam: the mock's clock in every security test. */
export const mockNow = '2026-03-02T09:00:00+01:00';
export const baseUrl = 'https://gemeente.example.nl/vangnet-api';

/** The SDK's own example referral, with consents given before the mock's today. */
export const referralInput: ReferralInput = {
  ...sdkReferralInput,
  parent: { name: 'Ouder Voorbeeld', relationship: 'parent', phone: '06 00000000' },
  consents: sdkReferralInput.consents.map((consent) => ({ ...consent, date: '2026-03-01' })),
};

/** What a method needs that only the mock knows: free slots, a booking and a referral of its own. */
export interface Prepared {
  readonly freeSlots: readonly string[];
  readonly appointment: { reference: string; token: string };
  readonly referral: { id: string; token: string };
}

/** A fresh mock with one booking and one referral in it, made with a client of its own. */
export async function preparedMock(): Promise<{ mock: MockApi; prepared: Prepared }> {
  const mock = createMockApi({ now: mockNow });
  const client = clientOf(mock.fetch, { retry: 0 });
  const { items } = await client.slots.list({
    location: 'jongerenpunt070',
    channel: 'in-person',
    from: '2026-03-03',
    to: '2026-03-13',
  });
  const [booked, ...freeSlots] = items.map((slot) => slot.id);
  const appointment = await client.appointments.book(appointmentFor(booked as string));
  const referral = await client.referrals.create(referralInput);
  return { mock, prepared: { freeSlots, appointment, referral } };
}

export const appointmentFor = (slotId: string) => ({
  slotId,
  topic: 'terug-naar-school',
  dateOfBirth: '2005-01-15',
  contact: { name: 'Sam Voorbeeld', email: 'sam@example.org', preferred: 'email' as const },
});

/** A client of `fetch` whose retries wait a millisecond or two, not the default 300 ms and up. */
export function clientOf(
  fetch: typeof globalThis.fetch,
  options: Partial<ClientOptions> = {},
): VangnetClient {
  return createClient({
    baseUrl,
    partnerKey: demoPartnerKey,
    locale: 'nl',
    fetch,
    retry: { limit: 2, baseDelay: 1, maxDelay: 2 },
    ...options,
  });
}

export interface SdkMethod {
  /** As the SDK names the operation: `appointments.book`. */
  readonly name: string;
  /** Whether it sends a POST (which carries an idempotency key). */
  readonly writes: boolean;
  call(client: VangnetClient, prepared: Prepared, options?: WriteOptions): Promise<unknown>;
}

/** Every public method of the client (`organisations.all` walks the pages of `list`). */
export const sdkMethods: readonly SdkMethod[] = [
  { name: 'catalog.get', writes: false, call: (c, _p, o) => c.catalog.get({}, o) },
  { name: 'organisations.list', writes: false, call: (c, _p, o) => c.organisations.list({}, o) },
  {
    name: 'organisations.get',
    writes: false,
    call: (c, _p, o) => c.organisations.get('impegno', o),
  },
  {
    name: 'organisations.all',
    writes: false,
    call: async (c, _p, o) => {
      const pages = [];
      for await (const page of c.organisations.all({ limit: 50 }, o)) pages.push(page);
      return pages;
    },
  },
  {
    name: 'referrals.create',
    writes: true,
    call: (c, _p, o) => c.referrals.create(referralInput, o),
  },
  {
    name: 'referrals.get',
    writes: false,
    call: (c, p, o) => c.referrals.get(p.referral.id, p.referral.token, o),
  },
  { name: 'locations.list', writes: false, call: (c, _p, o) => c.locations.list({}, o) },
  {
    name: 'slots.list',
    writes: false,
    call: (c, _p, o) =>
      c.slots.list({ location: 'jongerenpunt070', from: '2026-03-03', to: '2026-03-09' }, o),
  },
  {
    name: 'appointments.book',
    writes: true,
    call: (c, p, o) => c.appointments.book(appointmentFor(p.freeSlots[0] as string), o),
  },
  {
    name: 'appointments.get',
    writes: false,
    call: (c, p, o) => c.appointments.get(p.appointment.reference, p.appointment.token, o),
  },
  {
    name: 'appointments.reschedule',
    writes: true,
    call: (c, p, o) =>
      c.appointments.reschedule(
        p.appointment.reference,
        p.appointment.token,
        p.freeSlots[1] as string,
        o,
      ),
  },
  {
    name: 'appointments.cancel',
    writes: true,
    call: (c, p, o) => c.appointments.cancel(p.appointment.reference, p.appointment.token, o),
  },
  {
    name: 'callbackRequests.create',
    writes: true,
    call: (c, _p, o) =>
      c.callbackRequests.create(
        { location: 'jongerenpunt070', name: 'Sam Voorbeeld', phone: '06 00000000' },
        o,
      ),
  },
];
