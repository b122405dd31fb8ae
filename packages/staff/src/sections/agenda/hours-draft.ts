import {
  LocationScheduleSchema,
  periodsOverlapRule,
  type LocationSchedule,
  type OpeningHours,
} from '@vangnet/sdk';
import type { SchemaIssue } from '../../../../widget/src/kit/schema.ts';

// The weekly hours as the editor holds them while a casemanager types: text as typed, per
// weekday open or closed, so a half-typed time or a day switched off and on again loses nothing.
// What is saved is built from it and checked with the SDK's `LocationScheduleSchema` — the same
// schema the server parses the PUT with — so the editor never accepts what the server refuses.

/** One opening period as typed: `opens` and `closes` are the fields' text. */
export interface DraftPeriod {
  readonly opens: string;
  readonly closes: string;
}

/** One weekday: open or closed, and its periods (kept while closed, so switching back restores them). */
export interface DraftDay {
  /** 1 = Monday … 7 = Sunday, as the schema counts. */
  readonly weekday: number;
  readonly open: boolean;
  readonly periods: readonly DraftPeriod[];
}

/** The editor's state: the talk length as typed and the seven weekdays. */
export interface HoursDraft {
  readonly slotMinutes: string;
  readonly days: readonly DraftDay[];
}

/** A field of the editor: the talk length, or one time of one period of one weekday. */
export type HoursField =
  | { readonly kind: 'slotMinutes' }
  | {
      readonly kind: 'time';
      readonly weekday: number;
      readonly period: number;
      readonly end: 'opens' | 'closes';
    };

/** What is wrong with a field: a message key of the agenda's texts and its values. */
export interface HoursError {
  readonly key:
    | 'hours.error.time'
    | 'hours.error.order'
    | 'hours.error.overlap'
    | 'hours.error.minutesLow'
    | 'hours.error.minutesHigh'
    | 'hours.error.minutes'
    | 'hours.error.tooMany';
  readonly params?: Readonly<Record<string, number>>;
}

/** The editor's check: the schedule to save, or the errors by field id (`hoursFieldId`). */
export type HoursCheck =
  | { readonly valid: true; readonly schedule: LocationSchedule }
  | { readonly valid: false; readonly errors: ReadonlyMap<string, HoursError> };

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** The id of a field's input in the editor (also the key of its error). */
export function hoursFieldId(field: HoursField): string {
  return field.kind === 'slotMinutes'
    ? 'hours-minutes'
    : `hours-${field.weekday}-${field.period}-${field.end}`;
}

/** The draft of a saved schedule: each weekday's periods in order, a day without any closed. */
export function draftOf(schedule: LocationSchedule): HoursDraft {
  return {
    slotMinutes: String(schedule.slotMinutes),
    days: weekdays.map((weekday) => {
      const periods = schedule.weekly
        .filter((hours) => hours.weekday === weekday)
        .sort((a, b) => a.opens.localeCompare(b.opens))
        .map(({ opens, closes }) => ({ opens, closes }));
      return { weekday, open: periods.length > 0, periods };
    }),
  };
}

/** A new, empty period: the casemanager types its times. */
export const emptyPeriod: DraftPeriod = { opens: '', closes: '' };

/** The draft with one weekday changed. */
export function withDay(
  draft: HoursDraft,
  weekday: number,
  change: (day: DraftDay) => DraftDay,
): HoursDraft {
  return {
    ...draft,
    days: draft.days.map((day) => (day.weekday === weekday ? change(day) : day)),
  };
}

/**
 * A time as people type it, written as the schema wants it: `9:00`, `9.00` and `0900` become
 * `09:00` (Dutch often writes `9.00`). Anything else stays as typed, for the schema to refuse.
 */
export function normaliseTime(typed: string): string {
  const text = typed.trim();
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text);
  if (!match) return text;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

/** The talk length as typed, as the schema reads it: a whole number, or the text to refuse. */
const minutesOf = (typed: string): number | string =>
  /^\d{1,4}$/.test(typed.trim()) ? Number(typed.trim()) : typed;

/**
 * Checks the draft with `LocationScheduleSchema` and answers the schedule to save — `base`'s
 * exceptions kept as they are — or the errors at the fields they are about.
 */
export function checkHours(draft: HoursDraft, base: LocationSchedule): HoursCheck {
  // Which field each entry of `weekly` came from, to put an issue's path back on the screen.
  const origins: { weekday: number; period: number }[] = [];
  const weekly: OpeningHours[] = [];
  for (const day of draft.days) {
    if (!day.open) continue;
    day.periods.forEach((period, index) => {
      origins.push({ weekday: day.weekday, period: index });
      weekly.push({
        weekday: day.weekday,
        opens: normaliseTime(period.opens),
        closes: normaliseTime(period.closes),
      });
    });
  }
  const candidate = {
    slotMinutes: minutesOf(draft.slotMinutes),
    weekly,
    exceptions: base.exceptions,
  };
  const parsed = LocationScheduleSchema.safeParse(candidate);
  if (parsed.success) return { valid: true, schedule: parsed.data };
  const errors = new Map<string, HoursError>();
  for (const issue of parsed.error.issues as readonly SchemaIssue[]) {
    const placed = placeIssue(issue, origins);
    if (placed && !errors.has(placed[0])) errors.set(placed[0], placed[1]);
  }
  return { valid: false, errors };
}

/** The field id and error of one schema issue, or `undefined` for one the editor cannot cause. */
function placeIssue(
  issue: SchemaIssue,
  origins: readonly { weekday: number; period: number }[],
): [string, HoursError] | undefined {
  const [head, index, end] = issue.path;
  if (head === 'slotMinutes') {
    if (issue.code === 'too_small')
      return [
        hoursFieldId({ kind: 'slotMinutes' }),
        { key: 'hours.error.minutesLow', params: { minimum: Number(issue.minimum) } },
      ];
    if (issue.code === 'too_big')
      return [
        hoursFieldId({ kind: 'slotMinutes' }),
        { key: 'hours.error.minutesHigh', params: { maximum: Number(issue.maximum) } },
      ];
    return [hoursFieldId({ kind: 'slotMinutes' }), { key: 'hours.error.minutes' }];
  }
  if (head !== 'weekly') return undefined;
  const origin = typeof index === 'number' ? origins[index] : undefined;
  // Too many periods in the week: said at the first time field of the last period.
  if (!origin) {
    const last = origins.at(-1);
    return last
      ? [
          hoursFieldId({ kind: 'time', ...last, end: 'opens' }),
          { key: 'hours.error.tooMany', params: { maximum: Number(issue.maximum) } },
        ]
      : undefined;
  }
  // A period that starts inside another of its weekday: said at its start time.
  if (issue.params?.['rule'] === periodsOverlapRule)
    return [
      hoursFieldId({ kind: 'time', ...origin, end: 'opens' }),
      { key: 'hours.error.overlap' },
    ];
  // The object's own check (opens before closes) has no field in its path: it is the end time.
  if (end === 'opens' || end === 'closes')
    return [hoursFieldId({ kind: 'time', ...origin, end }), { key: 'hours.error.time' }];
  return [hoursFieldId({ kind: 'time', ...origin, end: 'closes' }), { key: 'hours.error.order' }];
}
