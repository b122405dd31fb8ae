import type {
  AppointmentInput,
  AppointmentStatus,
  CallbackRequestInput,
  Catalog,
  Location,
  Organisation,
  ReferralInput,
  ReferralStatus,
  ServiceId,
} from '@vangnet/sdk';

/** A referral as the API keeps it: the input (with the consent declarations) and its status. */
export interface StoredReferral {
  id: string;
  reference: string;
  /** The status token; compare, never log. */
  token: string;
  service: ServiceId;
  status: ReferralStatus;
  createdAt: string;
  updatedAt: string;
  input: ReferralInput;
}

export interface StoredAppointment {
  reference: string;
  token: string;
  status: AppointmentStatus;
  topic: string;
  slotId: string;
  createdAt: string;
  updatedAt: string;
  input: AppointmentInput;
}

export interface StoredCallbackRequest {
  reference: string;
  createdAt: string;
  input: CallbackRequestInput;
}

/** A stored response of an idempotent request, replayed for the same key and body. */
export interface IdempotencyRecord {
  fingerprint: string;
  state: 'in-progress' | 'done';
  response?: { status: number; headers: [string, string][]; body: string };
}

/** What the mock knows and has saved. Tests read it to assert what a request stored. */
export interface MockStore {
  catalog: Catalog;
  organisations: Organisation[];
  locations: Location[];
  referrals: StoredReferral[];
  appointments: StoredAppointment[];
  callbackRequests: StoredCallbackRequest[];
  /** Slot ids held by a booked appointment. */
  takenSlots: Set<string>;
  /** By partner key and `Idempotency-Key`. */
  idempotency: Map<string, IdempotencyRecord>;
}

export interface StoreData {
  catalog: Catalog;
  organisations: readonly Organisation[];
  locations: readonly Location[];
}

/** A store holding copies of `data`, so a test's changes never leak into the next mock. */
export function createStore(data: StoreData): MockStore {
  return {
    catalog: structuredClone(data.catalog),
    organisations: structuredClone([...data.organisations]),
    locations: structuredClone([...data.locations]),
    referrals: [],
    appointments: [],
    callbackRequests: [],
    takenSlots: new Set(),
    idempotency: new Map(),
  };
}

/** Empties `store` and refills it from `data`, keeping the same objects for whoever holds them. */
export function resetStore(store: MockStore, data: StoreData): void {
  const fresh = createStore(data);
  store.catalog = fresh.catalog;
  replaceContents(store.organisations, fresh.organisations);
  replaceContents(store.locations, fresh.locations);
  store.referrals.length = 0;
  store.appointments.length = 0;
  store.callbackRequests.length = 0;
  store.takenSlots.clear();
  store.idempotency.clear();
}

function replaceContents<T>(target: T[], items: readonly T[]): void {
  target.length = 0;
  for (const item of items) target.push(item);
}
