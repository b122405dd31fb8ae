import { hashString, ProblemError, problemTypeForStatus, type ApiHooks } from '@vangnet/api-core';
import { delay, HttpResponse } from 'msw';
import type { MockContext } from './context.ts';
import { parseScenarioNames, routeMatches, withPresets, type ScenarioState } from './scenarios.ts';
import { reportedReferralStatus } from './store/referral-progress.ts';
import type { MockStore } from './store/store.ts';

/** Share of times that other young people already booked, so the calendar looks lived in. */
const busyShare = 0.3;

/**
 * Scenarios for this request: the mock's own, plus those the page asks for in its address
 * (`?mock=slow`), which reaches a shared dev server through the `Referer` of the page's requests.
 */
function scenariosFor(mock: MockContext, request: Request): ScenarioState {
  const referrer = request.headers.get('Referer');
  if (!referrer) return mock.scenarios.current;
  try {
    return withPresets(
      mock.scenarios.current,
      parseScenarioNames(new URL(referrer).searchParams.get('mock')),
    );
  } catch {
    return mock.scenarios.current;
  }
}

function applyFaultScenarios(
  mock: MockContext,
  scenarios: ScenarioState,
  request: Request,
  apiPath: string,
): void {
  const limit = scenarios.rateLimit;
  if (limit) {
    const now = mock.clock.now().getTime();
    if (now - mock.rateWindow.startedAt >= limit.windowMs || now < mock.rateWindow.startedAt) {
      mock.rateWindow.startedAt = now;
      mock.rateWindow.count = 0;
    }
    mock.rateWindow.count += 1;
    if (mock.rateWindow.count > limit.limit) {
      throw new ProblemError('rate-limited', {
        detail: 'Too many requests from this key. Wait before trying again.',
        retryAfter: limit.retryAfter,
      });
    }
  }
  const failure = scenarios.failures.find((candidate) =>
    routeMatches(candidate, request.method, apiPath),
  );
  if (failure) {
    if (failure.once) {
      const own = mock.scenarios.current.failures;
      const index = own.indexOf(failure);
      if (index !== -1) own.splice(index, 1);
    }
    const problemType = failure.type ?? problemTypeForStatus(failure.status);
    const retryAfter =
      failure.retryAfter ?? (failure.status === 429 || failure.status === 503 ? 5 : undefined);
    throw new ProblemError(problemType, retryAfter === undefined ? {} : { retryAfter });
  }
  if (scenarios.errorRate > 0 && mock.random.next() < scenarios.errorRate) {
    throw new ProblemError(
      scenarios.errorStatus === 500 ? 'server-error' : 'unavailable',
      scenarios.errorStatus === 503 ? { retryAfter: 2 } : {},
    );
  }
}

function latencyFor(scenarios: ScenarioState, method: string, apiPath: string): number {
  return scenarios.slowRoutes
    .filter((slow) => routeMatches(slow, method, apiPath))
    .reduce((total, slow) => total + slow.ms, scenarios.latencyMs);
}

/**
 * Whether a once-only scenario fires now, and uses it up: the mock's own switch goes off; one
 * switched on by a page's `?mock=` fires once per page address.
 */
function once(
  mock: MockContext,
  scenarios: ScenarioState,
  request: Request,
  name: 'slotTakenOnce',
): boolean {
  if (scenarios === mock.scenarios.current) {
    mock.scenarios.current[name] = false;
    return true;
  }
  const key = `${name} ${request.headers.get('Referer') ?? ''}`;
  if (mock.usedOnce.has(key)) return false;
  mock.usedOnce.add(key);
  return true;
}

/** The mock's scenarios as the core's hooks: the only place the mock changes what the API does. */
export function scenarioHooks(mock: MockContext, store: MockStore): ApiHooks {
  // One request asks several hooks; its scenarios are worked out once.
  const perRequest = new WeakMap<Request, ScenarioState>();
  const scenarios = (request: Request) => {
    let state = perRequest.get(request);
    if (!state) perRequest.set(request, (state = scenariosFor(mock, request)));
    return state;
  };
  return {
    beforeRequest(request, apiPath) {
      const state = scenarios(request);
      if (state.offline) return HttpResponse.error();
      // A preflight only fails with the network; the real request meets the other faults.
      if (request.method !== 'OPTIONS') applyFaultScenarios(mock, state, request, apiPath);
      return undefined;
    },
    async beforeResolve(request, apiPath) {
      const latency = latencyFor(scenarios(request), request.method, apiPath);
      if (latency > 0) await delay(latency);
    },
    calendarFull: (request) => scenarios(request).fullCalendar,
    slotPrebooked: (slotId) => (hashString(`busy:${slotId}`) % 1000) / 1000 < busyShare,
    slotTakenNow(request, slotId) {
      const state = scenarios(request);
      if (!state.slotTakenOnce || !once(mock, state, request, 'slotTakenOnce')) return false;
      // Someone else was quicker: the slot is gone for everyone from now on.
      store.takenSlots.add(slotId);
      return true;
    },
    reportedReferralStatus: (referral, request) =>
      reportedReferralStatus(referral, mock.clock.now(), scenarios(request).referralStatus),
  };
}
