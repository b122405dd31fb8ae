import { firstEligibleDate, lastEligibleDate, type Rules } from '@vangnet/sdk';
import { addDays } from './slot-calendar.ts';

/** How far ahead the calendar asks for slots: ten weeks; the API clips to what it offers. */
export const CALENDAR_DAYS = 70;

/** The last date the calendar asks slots for. */
export function calendarEnd(today: string): string {
  return addDays(today, CALENDAR_DAYS);
}

/**
 * The slot dates someone may book on: from their 18th birthday to the day before their 27th (with
 * the catalog's bounds). A birthday may fall between today and a slot; the server checks the age
 * on the slot's date too.
 */
export function bookingWindow(
  dateOfBirth: unknown,
  rules: Pick<Rules, 'booking'> | undefined,
): { from?: string; to?: string } {
  if (typeof dateOfBirth !== 'string' || !rules) return {};
  return { from: firstEligibleDate(dateOfBirth, rules), to: lastEligibleDate(dateOfBirth, rules) };
}

/** The first date someone too young today may book on, when it falls inside the calendar. */
export function eligibleSoon(
  dateOfBirth: unknown,
  rules: Pick<Rules, 'booking'> | undefined,
  today: string,
): string | undefined {
  const { from } = bookingWindow(dateOfBirth, rules);
  return from !== undefined && from <= calendarEnd(today) ? from : undefined;
}
