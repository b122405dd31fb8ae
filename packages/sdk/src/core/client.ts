import {
  createAppointmentsResource,
  type AppointmentsResource,
} from '../resources/appointments.ts';
import {
  createCallbackRequestsResource,
  type CallbackRequestsResource,
} from '../resources/callback-requests.ts';
import { createCatalogResource, type CatalogResource } from '../resources/catalog.ts';
import { createLocationsResource, type LocationsResource } from '../resources/locations.ts';
import {
  createOrganisationsResource,
  type OrganisationsResource,
} from '../resources/organisations.ts';
import { createReferralsResource, type ReferralsResource } from '../resources/referrals.ts';
import { createSlotsResource, type SlotsResource } from '../resources/slots.ts';
import type { ClientOptions } from './options.ts';
import { createTransport } from './transport.ts';

/** The Vangnet API, one resource group per part of it. */
export interface VangnetClient {
  readonly catalog: CatalogResource;
  readonly organisations: OrganisationsResource;
  readonly referrals: ReferralsResource;
  readonly locations: LocationsResource;
  readonly slots: SlotsResource;
  readonly appointments: AppointmentsResource;
  readonly callbackRequests: CallbackRequestsResource;
}

/**
 * A client of the Vangnet API. Every method validates its input before sending (an
 * {@link InputError}, no request), parses every answer with the contract's schemas, and throws only
 * {@link VangnetError}s — or the abort reason when the caller's signal aborts.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'https://api.example.org', partnerKey: 'pk_demo', locale: 'nl' });
 * const { items } = await client.slots.list({ location: 'jongerenpunt070', from: '2026-12-01', to: '2026-12-07' });
 * ```
 */
export function createClient(options: ClientOptions): VangnetClient {
  const send = createTransport(options);
  return {
    catalog: createCatalogResource(send),
    organisations: createOrganisationsResource(send),
    referrals: createReferralsResource(send),
    locations: createLocationsResource(send),
    slots: createSlotsResource(send),
    appointments: createAppointmentsResource(send),
    callbackRequests: createCallbackRequestsResource(send),
  };
}
