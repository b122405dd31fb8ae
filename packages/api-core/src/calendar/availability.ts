import type { Location, Slot } from '@vangnet/sdk';
import type { ApiContext } from '../context.ts';
import type { StoreReads } from '../store.ts';
import { addDays, toAmsterdamIso } from '../time/amsterdam.ts';
import { locationCalendar } from './calendar-cache.ts';
import { calendarDays } from './calendar.ts';

/** The local date in Amsterdam of an instant, without Intl (a calendar asks for it per slot). */
const amsterdamDate = (instant: Date): string => toAmsterdamIso(instant).slice(0, 10);

/**
 * Whether a slot may be offered and booked at all: in the future and inside the calendar. Whether
 * somebody holds it is the store's to say (a constraint decides between two bookings).
 */
export function isSlotBookable(api: ApiContext, request: Request, slot: Slot): boolean {
  return bookableNow(api, request)(slot);
}

/** {@link isSlotBookable} at this moment, for many slots: the clock and calendar read once. */
function bookableNow(api: ApiContext, request: Request): (slot: Slot) => boolean {
  const now = api.clock.now();
  const lastDay = addDays(amsterdamDate(now), calendarDays);
  const full = api.hooks.calendarFull?.(request) ?? false;
  return (slot) =>
    !full &&
    new Date(slot.start).getTime() > now.getTime() &&
    amsterdamDate(new Date(slot.start)) <= lastDay &&
    !api.hooks.slotPrebooked?.(slot.id);
}

/** The free slots at `location` from `from` to `to` (local dates, inclusive), clipped to the calendar. */
export async function freeSlots(
  api: ApiContext,
  store: StoreReads,
  request: Request,
  location: Location,
  from: string,
  to: string,
): Promise<Slot[]> {
  const today = amsterdamDate(api.clock.now());
  const first = from < today ? today : from;
  const lastDay = addDays(today, calendarDays);
  const last = to > lastDay ? lastDay : to;
  if (first > last) return [];
  const schedule = await store.locationSchedule(location.id);
  const slots = locationCalendar(api, location, schedule, today)
    .filter((entry) => entry.date >= first && entry.date <= last)
    .map((entry) => entry.slot)
    .filter(bookableNow(api, request));
  if (slots.length === 0) return [];
  const taken = await store.takenSlotIds(
    location.id,
    (slots[0] as Slot).start,
    (slots.at(-1) as Slot).end,
  );
  return slots.filter((slot) => !taken.has(slot.id));
}
