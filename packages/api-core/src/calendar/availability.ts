import { amsterdamDate, type Location, type Slot } from '@vangnet/sdk';
import type { ApiContext } from '../context.ts';
import type { StoreReads } from '../store.ts';
import { addDays } from '../time/amsterdam.ts';
import { calendarDays, datesBetween, slotsOn } from './calendar.ts';

/** Whether a slot lies inside the calendar at `now`: in the future, and not past its last day. */
export function isInCalendar(now: Date, slot: Slot): boolean {
  const lastDay = addDays(amsterdamDate(now), calendarDays);
  return (
    new Date(slot.start).getTime() > now.getTime() && amsterdamDate(new Date(slot.start)) <= lastDay
  );
}

/**
 * Whether a slot may be offered and booked at all: in the future and inside the calendar. Whether
 * somebody holds it is the store's to say (a constraint decides between two bookings).
 */
export function isSlotBookable(api: ApiContext, request: Request, slot: Slot): boolean {
  return (
    !api.hooks.calendarFull?.(request) &&
    isInCalendar(api.clock.now(), slot) &&
    !api.hooks.slotPrebooked?.(slot.id)
  );
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
  const slots = datesBetween(first, last)
    .flatMap((date) => slotsOn(location, date, schedule))
    .filter((slot) => isSlotBookable(api, request, slot));
  if (slots.length === 0) return [];
  const taken = await store.takenSlotIds(
    location.id,
    (slots[0] as Slot).start,
    (slots.at(-1) as Slot).end,
  );
  return slots.filter((slot) => !taken.has(slot.id));
}
