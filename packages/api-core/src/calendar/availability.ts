import type { Location, Slot } from '@vangnet/sdk';
import type { ApiContext } from '../context.ts';
import type { StoreReads } from '../store.ts';
import { addDays, amsterdamInstant, toAmsterdamIso } from '../time/amsterdam.ts';
import { locationCalendar, type CalendarEntry } from './calendar-cache.ts';
import { calendarDays } from './calendar.ts';

/** The local date in Amsterdam of an instant, without Intl (a calendar asks for it per slot). */
const amsterdamDate = (instant: Date): string => toAmsterdamIso(instant).slice(0, 10);

/** Whether a slot lies inside the calendar at `now`: in the future, and not past its last day. */
export function isInCalendar(now: Date, slot: Slot): boolean {
  return inCalendarAt(now)(slot);
}

/** {@link isInCalendar} for many slots: the calendar's last day worked out once. */
function inCalendarAt(now: Date): (slot: Slot) => boolean {
  const lastDay = addDays(amsterdamDate(now), calendarDays);
  return (slot) =>
    new Date(slot.start).getTime() > now.getTime() &&
    amsterdamDate(new Date(slot.start)) <= lastDay;
}

/**
 * Whether a slot may be offered and booked at all: in the future and inside the calendar. Whether
 * somebody holds it is the store's to say (a constraint decides between two bookings).
 */
export function isSlotBookable(api: ApiContext, request: Request, slot: Slot): boolean {
  return bookableNow(api, request)(slot);
}

/** {@link isSlotBookable} at this moment, for many slots: the clock and calendar read once. */
function bookableNow(api: ApiContext, request: Request): (slot: Slot) => boolean {
  const inCalendar = inCalendarAt(api.clock.now());
  const full = api.hooks.calendarFull?.(request) ?? false;
  return (slot) => !full && inCalendar(slot) && !api.hooks.slotPrebooked?.(slot.id);
}

/**
 * The free slots at `location` from `from` to `to` (local dates, inclusive), clipped to the
 * calendar, with the calendar cut they were taken from: within one cut, a slot's id says all of
 * it, so the ids of an answer say all of the answer (slot-answers.ts keeps it so).
 */
export async function freeSlotsInCalendar(
  api: ApiContext,
  store: StoreReads,
  request: Request,
  location: Location,
  from: string,
  to: string,
): Promise<{ slots: Slot[]; calendar: readonly CalendarEntry[] | undefined }> {
  const today = amsterdamDate(api.clock.now());
  const first = from < today ? today : from;
  const lastDay = addDays(today, calendarDays);
  const last = to > lastDay ? lastDay : to;
  if (first > last) return { slots: [], calendar: undefined };
  // The booked ones for the whole days asked (a slot starts on its date).
  const { schedule, taken } = await store.slotsOfLocation(
    location.id,
    toAmsterdamIso(amsterdamInstant(first, 0)),
    toAmsterdamIso(amsterdamInstant(addDays(last, 1), 0)),
  );
  const calendar = locationCalendar(api, location, schedule, today);
  if (api.hooks.calendarFull?.(request)) return { slots: [], calendar };
  // The calendar's days are cut to its last day above; what is left per slot is the moment (a
  // talk of today that has begun) and who holds it.
  const now = api.clock.now().getTime();
  const prebooked = api.hooks.slotPrebooked;
  const slots = calendar
    .filter(
      (entry) =>
        entry.date >= first &&
        entry.date <= last &&
        !taken.has(entry.slot.id) &&
        entry.startMs > now &&
        !prebooked?.(entry.slot.id),
    )
    .map((entry) => entry.slot);
  return { slots, calendar };
}
