/** What "now" is for the mock: a fixed moment, a function, or the real time. */
export type NowOption = string | Date | (() => Date);

/**
 * The mock's clock. Every rule that depends on the date (ages, the slot calendar, `createdAt`)
 * asks it, never `Date.now()`, so tests and pages can fix "now".
 */
export interface MockClock {
  /** The current moment. */
  now(): Date;
  /** Fixes "now" to a moment (an ISO date-time with offset, a `Date`) or a function. */
  set(now: NowOption): void;
  /** Moves a fixed clock forward; a real-time clock becomes fixed at the moved moment. */
  advance(milliseconds: number): void;
}

function toDate(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(value.getTime());
  if (Number.isNaN(date.getTime())) throw new TypeError(`Not a date-time: ${String(value)}`);
  return date;
}

/** A clock at `now`, or the real time when `now` is absent. */
export function createClock(now?: NowOption): MockClock {
  let source: () => Date = () => new Date();
  const clock: MockClock = {
    now: () => source(),
    set(next) {
      if (typeof next === 'function') {
        source = next;
      } else {
        const fixed = toDate(next);
        source = () => new Date(fixed.getTime());
      }
    },
    advance(milliseconds) {
      clock.set(new Date(source().getTime() + milliseconds));
    },
  };
  if (now !== undefined) clock.set(now);
  return clock;
}
