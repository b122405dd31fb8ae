import type { MockClock } from './clock.ts';
import type { PartnerKey } from './keys.ts';
import type { Random } from './random.ts';
import type { ScenarioState } from './scenarios.ts';
import type { OutboxMessage } from './store/outbox.ts';
import type { MockStore } from './store/store.ts';

/** What every handler of one mock shares. */
export interface MockContext {
  store: MockStore;
  outbox: OutboxMessage[];
  clock: MockClock;
  keys: Map<string, PartnerKey>;
  /** References, ids and error-rate draws. */
  random: Random;
  scenarios: { readonly current: ScenarioState };
  /** Request times per rate-limit window, for the rate-limiting scenario. */
  rateWindow: { startedAt: number; count: number };
  /** Once-only scenarios a page address already used (see `RouteContext.once`). */
  usedOnce: Set<string>;
  /** The page of the manage link in confirmations; the fragment is added. */
  manageUrl: string;
}
