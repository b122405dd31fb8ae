// Compiled by `npm run typecheck`, never run: proves the client's types are what the docs promise —
// precise results, no `any`, options last, errors narrowable.
import {
  createClient,
  ValidationError,
  type Appointment,
  type AppointmentCreated,
  type Catalog,
  type OrganisationPage,
  type ReferralCreated,
  type ValidationErrorKind,
} from '@vangnet/sdk';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <A, B>(_proof: Equal<A, B>) => undefined;

const client = createClient({ baseUrl: 'https://api.example.org', partnerKey: 'pk_demo' });
const signal = new AbortController().signal;

export async function typesOfTheClient(): Promise<void> {
  expectType<Catalog, Awaited<ReturnType<typeof client.catalog.get>>>(true);
  expectType<OrganisationPage, Awaited<ReturnType<typeof client.organisations.list>>>(true);
  expectType<ReferralCreated, Awaited<ReturnType<typeof client.referrals.create>>>(true);
  expectType<AppointmentCreated, Awaited<ReturnType<typeof client.appointments.book>>>(true);
  expectType<Appointment, Awaited<ReturnType<typeof client.appointments.cancel>>>(true);
  const _pages = client.organisations.all({}, { signal });
  expectType<AsyncGenerator<OrganisationPage>, typeof _pages>(true);

  await client.appointments.reschedule('VN-A-1', 'token', 'slot-2', {
    signal,
    idempotencyKey: 'k',
  });
  // @ts-expect-error -- the token travels as an argument, never inside the query
  await client.referrals.get('r-1', { token: 'x' });
  // @ts-expect-error -- a slot query needs a location and a date range
  await client.slots.list({ location: 'jongerenpunt070' });

  const error: unknown = undefined;
  if (error instanceof ValidationError) expectType<ValidationErrorKind, typeof error.kind>(true);
}
