import type { MockClock } from './clock.ts';
import type { ScenarioState } from './scenarios.ts';

/** What the mock's scenario hooks share. */
export interface MockContext {
  clock: MockClock;
  /** Error-rate draws. */
  random: { next(): number };
  scenarios: { readonly current: ScenarioState };
  /** Request times per rate-limit window, for the rate-limiting scenario. */
  rateWindow: { startedAt: number; count: number };
  /** Once-only scenarios a page address already used (see `scenarioHooks`). */
  usedOnce: Set<string>;
}
