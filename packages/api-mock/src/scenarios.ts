import type { ProblemTypeName, ReferralStatus } from '@vangnet/sdk';

/** A forced answer for one route: `{ path: '/v1/slots', status: 503 }`. */
export interface RouteFailure {
  /** `GET`, `POST`…; absent: every method. */
  method?: string;
  /** A path from `/v1/`; `*` or `:name` stands for one path segment (`/v1/appointments/:reference/cancel`). */
  path: string;
  status: number;
  /** The problem type, when the status has more than one (409, 422); defaults to the status's first. */
  type?: ProblemTypeName;
  /** Answer like this only for the next matching request. */
  once?: boolean;
  /** `Retry-After` seconds for 429 and 503. */
  retryAfter?: number;
}

/** Extra latency for one route: `{ path: '/v1/organisations', ms: 1200 }`. */
export interface SlowRoute {
  method?: string;
  /** As in {@link RouteFailure.path}. */
  path: string;
  ms: number;
}

export interface RateLimit {
  /** Requests allowed per window; `0` rejects every request. */
  limit: number;
  windowMs: number;
  /** Seconds sent as `Retry-After`. */
  retryAfter: number;
}

/** What is switched on. */
export interface ScenarioState {
  /** Added to every request, after an idempotent request has claimed its key. */
  latencyMs: number;
  /** Share of requests (0–1) that fail with {@link ScenarioState.errorStatus}. */
  errorRate: number;
  errorStatus: 500 | 503;
  failures: RouteFailure[];
  /** Extra latency on some routes only (a slow search), on top of `latencyMs`. */
  slowRoutes: SlowRoute[];
  /**
   * The next booking finds its slot just taken by someone else: the slot is gone and the answer
   * is 409 `slot-taken`, as when two people book at once. Once per mock, or once per page address
   * when switched on by `?mock=slot-taken`.
   */
  slotTakenOnce: boolean;
  /** Every request fails as a network error. */
  offline: boolean;
  /** No free slots anywhere. */
  fullCalendar: boolean;
  rateLimit: RateLimit | undefined;
  /**
   * Every referral read back reports at least this status, whatever the clock says, so a status
   * page can show `closed` (which the mock never reaches by itself) or a later step without
   * waiting working days. Creating a referral still answers `received`; the store is not changed.
   */
  referralStatus: ReferralStatus | undefined;
}

/** Named scenarios for pages: `?mock=slow,full-calendar`. */
export const scenarioNames = [
  'slow',
  'very-slow',
  'flaky',
  'offline',
  'full-calendar',
  'rate-limited',
  'slot-taken',
  'slow-search',
  'server-error',
  'unavailable',
  'referral-matched',
  'referral-in-coaching',
  'referral-closed',
] as const;
export type ScenarioName = (typeof scenarioNames)[number];

const presets: Record<ScenarioName, Partial<ScenarioState>> = {
  slow: { latencyMs: 1500 },
  'very-slow': { latencyMs: 8000 },
  flaky: { errorRate: 0.3, errorStatus: 503 },
  offline: { offline: true },
  'full-calendar': { fullCalendar: true },
  'rate-limited': { rateLimit: { limit: 0, windowMs: 60_000, retryAfter: 30 } },
  'slot-taken': { slotTakenOnce: true },
  'slow-search': { slowRoutes: [{ method: 'GET', path: '/v1/organisations', ms: 1200 }] },
  'server-error': { errorRate: 1, errorStatus: 500 },
  unavailable: { errorRate: 1, errorStatus: 503 },
  'referral-matched': { referralStatus: 'matched' },
  'referral-in-coaching': { referralStatus: 'in-coaching' },
  'referral-closed': { referralStatus: 'closed' },
};

export const defaultScenarioState = (): ScenarioState => ({
  latencyMs: 0,
  errorRate: 0,
  errorStatus: 503,
  failures: [],
  slowRoutes: [],
  slotTakenOnce: false,
  offline: false,
  fullCalendar: false,
  rateLimit: undefined,
  referralStatus: undefined,
});

/** The known names in a comma-separated list (`"slow, full-calendar"`); unknown names are ignored. */
export function parseScenarioNames(list: string | null | undefined): ScenarioName[] {
  if (!list) return [];
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name): name is ScenarioName => (scenarioNames as readonly string[]).includes(name));
}

/** `state` with the named presets switched on as well. */
export function withPresets(state: ScenarioState, names: readonly ScenarioName[]): ScenarioState {
  let result = state;
  for (const name of names) {
    const preset = presets[name];
    result = {
      ...result,
      ...preset,
      failures: [...result.failures, ...(preset.failures ?? [])],
      slowRoutes: [...result.slowRoutes, ...(preset.slowRoutes ?? [])],
    };
  }
  return result;
}

/**
 * Switches behaviour on and off: latency, errors, a status on a route, offline, a full calendar,
 * rate limiting, how far referrals have come. Every method returns the same object, so calls chain.
 *
 * @example
 * mock.scenarios.latency(300).failRoute({ path: '/v1/slots', status: 503, once: true });
 */
export interface Scenarios {
  /** A copy of what is switched on now. */
  readonly state: ScenarioState;
  latency(milliseconds: number): Scenarios;
  /** Fails a share of requests (0–1) with 500 `server-error` or 503 `unavailable`. */
  errorRate(rate: number, status?: 500 | 503): Scenarios;
  /** Answers a route with a status (a problem of that status), optionally once. */
  failRoute(failure: RouteFailure): Scenarios;
  /** Slows one route down by `ms` on top of the general latency. */
  slowRoute(route: SlowRoute): Scenarios;
  /** The next booking finds its slot just taken (409 `slot-taken`, the slot gone). */
  slotTakenOnce(on?: boolean): Scenarios;
  offline(on?: boolean): Scenarios;
  fullCalendar(on?: boolean): Scenarios;
  /** Answers 429 `rate-limited` with `Retry-After` after `limit` requests per window. */
  rateLimit(options?: Partial<RateLimit>): Scenarios;
  /**
   * Referrals read back report at least `status` (`undefined` switches it off); see
   * {@link ScenarioState.referralStatus}.
   */
  referralStatus(status: ReferralStatus | undefined): Scenarios;
  /** Switches on named scenarios: `use('slow', 'full-calendar')` or `use('slow,full-calendar')`. */
  use(...names: string[]): Scenarios;
  /** Everything off. */
  clear(): Scenarios;
}

/** The scenario switchboard of one mock; `current` is what the handlers read. */
export function createScenarios(): Scenarios & { current: ScenarioState } {
  const scenarios = {
    current: defaultScenarioState(),
    get state() {
      return structuredClone(scenarios.current);
    },
    latency(milliseconds: number) {
      scenarios.current.latencyMs = Math.max(0, milliseconds);
      return scenarios;
    },
    errorRate(rate: number, status: 500 | 503 = 503) {
      scenarios.current.errorRate = Math.min(1, Math.max(0, rate));
      scenarios.current.errorStatus = status;
      return scenarios;
    },
    failRoute(failure: RouteFailure) {
      scenarios.current.failures.push({ ...failure });
      return scenarios;
    },
    slowRoute(route: SlowRoute) {
      scenarios.current.slowRoutes.push({ ...route });
      return scenarios;
    },
    slotTakenOnce(on = true) {
      scenarios.current.slotTakenOnce = on;
      return scenarios;
    },
    offline(on = true) {
      scenarios.current.offline = on;
      return scenarios;
    },
    fullCalendar(on = true) {
      scenarios.current.fullCalendar = on;
      return scenarios;
    },
    rateLimit(options: Partial<RateLimit> = {}) {
      scenarios.current.rateLimit = { limit: 0, windowMs: 60_000, retryAfter: 30, ...options };
      return scenarios;
    },
    referralStatus(status: ReferralStatus | undefined) {
      scenarios.current.referralStatus = status;
      return scenarios;
    },
    use(...names: string[]) {
      scenarios.current = withPresets(scenarios.current, parseScenarioNames(names.join(',')));
      return scenarios;
    },
    clear() {
      scenarios.current = defaultScenarioState();
      return scenarios;
    },
  };
  return scenarios;
}

/** Whether a failure's method and path pattern match a request path from `/v1/`. */
export function routeMatches(
  failure: Pick<RouteFailure, 'method' | 'path'>,
  method: string,
  apiPath: string,
): boolean {
  if (failure.method !== undefined && failure.method.toUpperCase() !== method) return false;
  const pattern = failure.path
    .split('/')
    .map((segment) =>
      segment === '*' || segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment),
    )
    .join('/');
  return new RegExp(`^${pattern}/?$`).test(apiPath);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
