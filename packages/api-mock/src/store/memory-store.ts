import type {
  ApiStore,
  InsertResult,
  PartnerKey,
  PartnerKeySettings,
  StoreReads,
  StoreTransaction,
} from '@vangnet/api-core';
import type { MockStore } from './store.ts';

/**
 * The core's store on the mock's objects in memory. Its "constraints" are checks inside one
 * synchronous step, which JavaScript never interleaves, so they hold under races as a database's
 * would. A transaction keeps no undo log: the core writes only after every check has passed.
 */
export function createMemoryStore(
  store: MockStore,
  keys: ReadonlyMap<string, PartnerKeySettings>,
): ApiStore {
  const heldKeys = new Set<string>();
  // Organisations change when a test replaces or pushes some, or the catalog's themes change.
  const versions = new WeakMap<object, number>();
  let nextVersion = 0;
  const versionOf = (value: object) => {
    let version = versions.get(value);
    if (version === undefined) versions.set(value, (version = nextVersion++));
    return version;
  };
  const referenceTaken = (reference: string) =>
    store.appointments.some((item) => item.reference === reference) ||
    store.callbackRequests.some((item) => item.reference === reference) ||
    store.referrals.some((item) => item.reference === reference);

  const reads: StoreReads = {
    async partnerKey(key): Promise<PartnerKey | undefined> {
      const settings = keys.get(key);
      return settings && { id: key, ...settings };
    },
    async catalog(region) {
      return region === store.catalog.region.id ? store.catalog : undefined;
    },
    async referenceVersion() {
      const { organisations, catalog, locations } = store;
      return `${versionOf(organisations)}:${organisations.length}:${versionOf(catalog)}:${versionOf(locations)}:${locations.length}`;
    },
    async organisations() {
      return store.organisations;
    },
    async locations() {
      return store.locations;
    },
    async findReferral(id) {
      return store.referrals.find((item) => item.id === id);
    },
    async findAppointment(reference) {
      return store.appointments.find((item) => item.reference === reference);
    },
    // The mock keeps no schedules: every location has the default calendar.
    async slotsOfLocation() {
      return { schedule: undefined, taken: store.takenSlots };
    },
    async locationSchedule() {
      return undefined;
    },
  };

  const transaction = (held: string[]): StoreTransaction => ({
    ...reads,
    async lockIdempotencyKey(scope, key) {
      const name = `${scope} ${key}`;
      if (heldKeys.has(name)) return false;
      heldKeys.add(name);
      held.push(name);
      return true;
    },
    async idempotencyRecord(scope, key) {
      return store.idempotency.get(`${scope} ${key}`);
    },
    async saveIdempotencyRecord(scope, key, record) {
      store.idempotency.set(`${scope} ${key}`, record);
    },
    async insertReferral(referral) {
      if (referenceTaken(referral.reference) || store.referrals.some((r) => r.id === referral.id))
        return 'reference-taken';
      store.referrals.push(referral);
      return 'ok';
    },
    async insertAppointment(appointment) {
      if (store.takenSlots.has(appointment.slotId)) return 'slot-taken';
      if (referenceTaken(appointment.reference)) return 'reference-taken';
      store.takenSlots.add(appointment.slotId);
      store.appointments.push(appointment);
      return 'ok';
    },
    async updateAppointment(reference, change): Promise<InsertResult> {
      const appointment = store.appointments.find((item) => item.reference === reference);
      if (!appointment) throw new Error('No such appointment');
      const moves = change.slotId !== appointment.slotId;
      if (change.status === 'booked' && moves && store.takenSlots.has(change.slotId))
        return 'slot-taken';
      if (appointment.status === 'booked') store.takenSlots.delete(appointment.slotId);
      if (change.status === 'booked') store.takenSlots.add(change.slotId);
      Object.assign(appointment, change);
      return 'ok';
    },
    async insertCallbackRequest(request) {
      if (referenceTaken(request.reference)) return 'reference-taken';
      store.callbackRequests.push(request);
      return 'ok';
    },
    async enqueueMessage(message) {
      store.outbox.push(message);
    },
  });

  return {
    ...reads,
    async countRequest() {
      // The mock limits through its rate-limit scenario, not per key.
      return 0;
    },
    async transaction(work) {
      const held: string[] = [];
      try {
        return await work(transaction(held));
      } finally {
        for (const name of held) heldKeys.delete(name);
      }
    },
  };
}
