import type { LocationSchedule, OpeningHours, ScheduleException } from '@vangnet/sdk';
// The core's calendar rules, read by relative path as the kit's styles are: the same weekday and
// public holidays the server cuts slots with, so the agenda never says "open" where it is not.
import { isoWeekday } from '../../../../api-core/src/time/amsterdam.ts';
import { publicHolidayOn } from '../../../../api-core/src/time/holidays.ts';

/** The short list of reasons for a closed day; stored as the exception's `note`. */
export const closeReasons = ['holiday', 'team-day', 'training', 'illness', 'other'] as const;
export type CloseReasonCode = (typeof closeReasons)[number];

export const isCloseReason = (note: string | undefined): note is CloseReasonCode =>
  closeReasons.some((reason) => reason === note);

/** What a location's schedule says about one date. */
export interface DaySchedule {
  /** The weekday's opening hours, as the week has them. */
  readonly weekly: readonly OpeningHours[];
  /** The "closed" exception of the date, if a casemanager closed it. */
  readonly closed: ScheduleException | undefined;
  /** The Dutch public holiday of the date (closed unless extra hours are set), if any. */
  readonly holiday: string | undefined;
  /** Extra hours on the date. */
  readonly extra: readonly ScheduleException[];
}

/** The schedule of `date` (`YYYY-MM-DD`, Amsterdam). */
export function dayScheduleOf(schedule: LocationSchedule, date: string): DaySchedule {
  const weekday = isoWeekday(date);
  const exceptions = schedule.exceptions.filter((exception) => exception.date === date);
  return {
    weekly: schedule.weekly
      .filter((hours) => hours.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens)),
    closed: exceptions.find((exception) => exception.kind === 'closed'),
    holiday: publicHolidayOn(date),
    extra: exceptions.filter((exception) => exception.kind === 'extra'),
  };
}

/** The schedule with `date` closed, with the reason's code as its note; other days untouched. */
export function withDayClosed(
  schedule: LocationSchedule,
  date: string,
  reason: CloseReasonCode | undefined,
): LocationSchedule {
  const closed: ScheduleException = { date, kind: 'closed', ...(reason ? { note: reason } : {}) };
  return {
    ...schedule,
    exceptions: [...withoutClosed(schedule, date).exceptions, closed].sort((a, b) =>
      a.date.localeCompare(b.date),
    ),
  };
}

/** The schedule with the "closed" exception of `date` removed; its extra hours stay. */
export function withDayReopened(schedule: LocationSchedule, date: string): LocationSchedule {
  return withoutClosed(schedule, date);
}

function withoutClosed(schedule: LocationSchedule, date: string): LocationSchedule {
  return {
    ...schedule,
    exceptions: schedule.exceptions.filter(
      (exception) => !(exception.date === date && exception.kind === 'closed'),
    ),
  };
}

/** "09:00–12:00, 13:00–16:45". */
export const hoursText = (
  hours: readonly { opens?: string | undefined; closes?: string | undefined }[],
): string => hours.map((period) => `${period.opens ?? ''}–${period.closes ?? ''}`).join(', ');
