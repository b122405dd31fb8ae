import type { FieldError } from './issues.ts';

/** A date as typed in three inputs: day, month and year, each as the person typed it. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** Which of the three inputs a problem is in. */
export type DatePart = keyof DateParts;

/** Bounds a date of birth must lie within, as calendar dates (`2026-11-24`). */
export interface DateBounds {
  /** The latest allowed date, normally today (injected, never read from the clock here). */
  readonly notAfter?: string;
  /** The earliest allowed date. @default '1900-01-01' */
  readonly notBefore?: string;
}

/** The result of reading three inputs: a calendar date, nothing, or a problem. */
export interface ParsedDate {
  readonly value: string | undefined;
  readonly error?: Omit<FieldError, 'source'>;
  /** The inputs to mark invalid; all three when the date as a whole is wrong. */
  readonly invalidParts: readonly DatePart[];
}

const allParts: readonly DatePart[] = ['day', 'month', 'year'];

/** The parts of a calendar date, `2009-03-14` → `14`, `03`, `2009`: what the inputs show. */
export function partsFromIso(iso: unknown): DateParts {
  const match = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: match[3] ?? '', month: match[2] ?? '', year: match[1] ?? '' };
}

/**
 * Reads `14`, `3`, `2009` as `2009-03-14`, with a message that says which part is wrong:
 * incomplete, a year not in four digits, a date that does not exist (31 February), or outside the
 * bounds.
 */
export function parseDateParts(parts: DateParts, bounds: DateBounds = {}): ParsedDate {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { value: undefined, invalidParts: [] };
  const missing = allParts.filter((part) => parts[part].trim() === '');
  if (missing.length > 0) {
    return {
      value: undefined,
      error: { message: 'validation.dateIncomplete' },
      invalidParts: missing,
    };
  }
  const notNumbers = allParts.filter((part) => !/^\d+$/.test(parts[part].trim()));
  if (notNumbers.includes('year') || (notNumbers.length === 0 && year.length !== 4)) {
    return {
      value: undefined,
      error: { message: 'validation.yearFormat' },
      invalidParts: ['year'],
    };
  }
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const monthWrong = notNumbers.includes('month') || m < 1 || m > 12;
  const dayWrong = notNumbers.includes('day') || d < 1 || d > daysInMonth(y, monthWrong ? 1 : m);
  if (monthWrong || dayWrong) {
    const invalidParts: DatePart[] = [];
    if (dayWrong) invalidParts.push('day');
    if (monthWrong) invalidParts.push('month');
    return { value: undefined, error: { message: 'validation.dateNotReal' }, invalidParts };
  }
  const value = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (bounds.notAfter !== undefined && value > bounds.notAfter) {
    return { value, error: { message: 'validation.dateInFuture' }, invalidParts: allParts };
  }
  if (value < (bounds.notBefore ?? '1900-01-01')) {
    return { value, error: { message: 'validation.dateTooEarly' }, invalidParts: allParts };
  }
  return { value, invalidParts: [] };
}

/**
 * A whole date typed or pasted into one input (`14-03-2009`, `14/3/2009`, `14.03.2009`), split in
 * parts; `undefined` for anything else.
 */
export function splitTypedDate(text: string): DateParts | undefined {
  const match = /^\s*(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  return { day: match[1] ?? '', month: match[2] ?? '', year: match[3] ?? '' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
