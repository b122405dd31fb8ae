import { amsterdamDate, ReferralStatusSchema, type ReferralStatus } from '@vangnet/sdk';
import {
  addDays,
  amsterdamInstant,
  isWorkingDay,
  toAmsterdamIso,
  type StoredReferral,
} from '@vangnet/api-core';

/**
 * How a referral moves on by itself: matched with a coach on the 2nd working day after it came in,
 * in coaching on the 5th (the catalog promises a reply within 5 working days). Each step happens
 * at 09:00 in Amsterdam. Closing is a decision of people, so the mock never closes a referral by
 * itself; the `referral-closed` scenario or the store shows that status.
 */
export const referralSteps: readonly { status: ReferralStatus; workingDays: number }[] = [
  { status: 'matched', workingDays: 2 },
  { status: 'in-coaching', workingDays: 5 },
];
const stepMinutes = 9 * 60;

/** Statuses in the order a referral goes through them, as the contract lists them. */
const order: readonly ReferralStatus[] = ReferralStatusSchema.options;
const later = (a: ReferralStatus, b: ReferralStatus) => order.indexOf(a) > order.indexOf(b);

/** The `n`th working day after `date` (not counting `date` itself). */
function workingDayAfter(date: string, n: number): string {
  let day = date;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * A referral's status as the API reports it at `now`: the furthest of the status in the store
 * (what staff set), the step the working-day timeline has reached, and `atLeast` (a scenario).
 * Derived, never written back, so it depends on the clock alone and a clock set back shows the
 * earlier status again. `updatedAt` is the moment of the step that decided, or `now` for the
 * scenario.
 */
export function reportedReferralStatus(
  referral: StoredReferral,
  now: Date,
  atLeast?: ReferralStatus,
): { status: ReferralStatus; updatedAt: string } {
  let status = referral.status;
  let updatedAt = referral.updatedAt;
  const received = amsterdamDate(new Date(referral.createdAt));
  for (const step of referralSteps) {
    const at = amsterdamInstant(workingDayAfter(received, step.workingDays), stepMinutes);
    if (at > now) break;
    if (later(step.status, status)) {
      status = step.status;
      updatedAt = toAmsterdamIso(at);
    }
  }
  if (atLeast !== undefined && later(atLeast, status)) {
    status = atLeast;
    updatedAt = toAmsterdamIso(now);
  }
  return { status, updatedAt };
}
