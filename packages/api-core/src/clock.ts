/** "Now" for every rule: the server's is the real time, tests and the mock fix it. */
export interface Clock {
  now(): Date;
}

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };
