import type { LocationSlotsRead } from '@vangnet/api-core';
import type { Database, Queryable } from '../database/database.ts';

/** The channel migration 0005's triggers notify on, with a location's id or `*` for all. */
export const slotsChannel = 'vangnet_slots';

/** A kept read is dropped after this long even when no change was heard: a safety net only. */
const mostAgeMs = 5000;
/** Ranges kept per location (people ask for the months ahead), and locations kept. */
const rangesPerLocation = 16;
const mostLocations = 1000;

/**
 * What an instance keeps of the booked slots and schedules (`GET /v1/slots`), and the changes
 * that drop it.
 */
export interface SlotWatch {
  /**
   * `read()` of one location and range, or the same read shared with the requests before it
   * while no change of that location was heard since it started. Without a listening connection
   * every call reads.
   */
  read(
    locationId: string,
    from: string,
    to: string,
    read: () => Promise<LocationSlotsRead>,
  ): Promise<LocationSlotsRead>;
  /** Stops listening; reads go to the database from then on. */
  stop(): Promise<void>;
}

interface Kept {
  value: Promise<LocationSlotsRead>;
  until: number;
}

/**
 * In a transaction: what a location has free changes when it commits. The trigger tells every
 * instance; this tells this one at the commit itself, so a request that booked and then reads
 * the slots on the same instance never sees its slot as free.
 */
export function noteSlotsChanged(tx: Queryable, locationId: string): void {
  tx.notifyOwnListeners?.(slotsChannel, locationId);
}

// Monotonic: the API's clock may be fixed (tests, demos).
const now = () => performance.now();

/**
 * Watches `db` for changes of booked slots and schedules (the triggers of migration 0005) and
 * keeps reads between them. A read that started before a change was heard is not handed to the
 * requests after it: each location's reads live in a map of their own, and a change replaces
 * that map. A database that cannot listen gets a watch that keeps nothing.
 */
export async function watchSlots(db: Pick<Database, 'listen'>): Promise<SlotWatch> {
  const byLocation = new Map<string, Map<string, Kept>>();
  let listening = false;
  const stop = await db.listen?.(slotsChannel, {
    notify(locationId) {
      if (locationId === '*') byLocation.clear();
      else byLocation.delete(locationId);
    },
    listening(up) {
      // What was kept before the connection went down may have missed a change meanwhile.
      byLocation.clear();
      listening = up;
    },
  });
  return {
    read(locationId, from, to, read) {
      if (!listening) return read();
      let ranges = byLocation.get(locationId);
      if (!ranges) {
        if (byLocation.size >= mostLocations) byLocation.delete(byLocation.keys().next().value!);
        byLocation.set(locationId, (ranges = new Map()));
      }
      const range = `${from} ${to}`;
      const found = ranges.get(range);
      if (found && found.until > now()) return found.value;
      if (ranges.size >= rangesPerLocation) ranges.delete(ranges.keys().next().value!);
      const kept: Kept = { value: read(), until: now() + mostAgeMs };
      ranges.set(range, kept);
      // A read that failed is not kept: the next request tries again.
      kept.value.catch(() => {
        if (ranges.get(range) === kept) ranges.delete(range);
      });
      return kept.value;
    },
    async stop() {
      listening = false;
      byLocation.clear();
      await stop?.();
    },
  };
}
