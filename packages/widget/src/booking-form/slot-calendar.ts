import { amsterdamDate, type Slot } from '@vangnet/sdk';

/** Free slots grouped by their day in Europe/Amsterdam, built once per slot list. */
export interface SlotCalendar {
  /** Days that have at least one slot, ascending, each with its slots in time order. */
  readonly days: ReadonlyMap<string, readonly Slot[]>;
  /** The earliest slot, offered first. */
  readonly first: Slot | undefined;
  /** Mondays of the weeks from the first to the last day that has slots, ascending. */
  readonly weeks: readonly string[];
  /** How many slots in all. */
  readonly size: number;
}

/** Which slot dates (Amsterdam, inclusive) a person may book on: inside the age bounds. */
export interface DateWindow {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

const DAY = 86_400_000;

function utcOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(utcOf(date) + days * DAY).toISOString().slice(0, 10);
}

/** The Monday of the ISO week `date` is in. */
export function mondayOf(date: string): string {
  const weekday = new Date(utcOf(date)).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}

/**
 * Groups slots by their local day, once: the list may hold months of slots, and the picker then
 * renders one week from the map without sorting or formatting the rest. Slots outside `window`
 * are dropped — someone whose 27th birthday falls inside the calendar is offered only the days
 * before it, because the server checks the age on the slot's date.
 */
export function buildCalendar(slots: readonly Slot[], window: DateWindow = {}): SlotCalendar {
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const days = new Map<string, Slot[]>();
  let size = 0;
  for (const slot of sorted) {
    const day = amsterdamDate(new Date(slot.start));
    if (window.from !== undefined && day < window.from) continue;
    if (window.to !== undefined && day > window.to) continue;
    const list = days.get(day);
    if (list) list.push(slot);
    else days.set(day, [slot]);
    size += 1;
  }
  const dayList = [...days.keys()];
  const weeks: string[] = [];
  const firstDay = dayList[0];
  const lastDay = dayList[dayList.length - 1];
  if (firstDay !== undefined && lastDay !== undefined) {
    for (let week = mondayOf(firstDay); week <= lastDay; week = addDays(week, 7)) weeks.push(week);
  }
  return { days, first: days.values().next().value?.[0], weeks, size };
}

/** The seven dates of the week that starts on `monday`. */
export function datesOfWeek(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/**
 * The `count` free slots nearest in time to `around` (a slot that was just taken), nearest first:
 * what to offer instead without making the person search again.
 */
export function nearestSlots(calendar: SlotCalendar, around: string, count = 3): Slot[] {
  const target = Date.parse(around);
  const all = [...calendar.days.values()].flat();
  return all
    .map((slot) => ({ slot, distance: Math.abs(Date.parse(slot.start) - target) }))
    .sort((a, b) => a.distance - b.distance || Date.parse(a.slot.start) - Date.parse(b.slot.start))
    .slice(0, count)
    .map(({ slot }) => slot)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The slot with this id, if the calendar still has it. */
export function slotById(calendar: SlotCalendar, id: unknown): Slot | undefined {
  if (typeof id !== 'string') return undefined;
  for (const slots of calendar.days.values()) {
    const found = slots.find((slot) => slot.id === id);
    if (found) return found;
  }
  return undefined;
}
