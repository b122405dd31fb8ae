import type {
  IdempotencyRecord,
  OutboxMessage,
  StoredAppointment,
  StoredCallbackRequest,
  StoredReferral,
} from '@vangnet/api-core';
import type { Catalog, Location, Organisation } from '@vangnet/sdk';

/** What the mock knows and has saved. Tests read it to assert what a request stored. */
export interface MockStore {
  catalog: Catalog;
  organisations: Organisation[];
  locations: Location[];
  referrals: StoredReferral[];
  appointments: StoredAppointment[];
  callbackRequests: StoredCallbackRequest[];
  /** Slot ids held by a booked appointment; a test may add one to "book" it for someone else. */
  takenSlots: Set<string>;
  /** By partner key id and `Idempotency-Key`. */
  idempotency: Map<string, IdempotencyRecord>;
  /** Messages the API sent, oldest first. */
  outbox: OutboxMessage[];
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
    outbox: [],
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
  store.outbox.length = 0;
  store.takenSlots.clear();
  store.idempotency.clear();
}

function replaceContents<T>(target: T[], items: readonly T[]): void {
  target.length = 0;
  for (const item of items) target.push(item);
}
