import {
  createApi,
  createRandom,
  demoCatalog,
  demoKeys,
  demoLocations,
  demoOrganisations,
  type Api,
  type OutboxMessage,
  type PartnerKeySettings,
} from '@vangnet/api-core';
import type { Catalog, Location, Organisation } from '@vangnet/sdk';
import { getResponse, type HttpHandler } from 'msw';
import { createClock, type MockClock, type NowOption } from './clock.ts';
import type { MockContext } from './context.ts';
import { createHandlers } from './handlers/index.ts';
import { scenarioHooks } from './scenario-hooks.ts';
import { createScenarios, type Scenarios } from './scenarios.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { createStore, resetStore, type MockStore, type StoreData } from './store/store.ts';

export interface MockApiOptions {
  /**
   * "Now" for every rule and the slot calendar: an ISO date-time with offset, a `Date`, or a
   * function. Absent: the real time. Tests always fix it.
   * @example '2026-03-02T09:00:00+01:00'
   */
  now?: NowOption;
  /** Replaces parts of the demo data, e.g. `{ organisations: generateOrganisations(10_000) }`. */
  data?: Partial<StoreData>;
  /** Seed of references, ids and the error-rate scenario. @default 1 */
  seed?: number;
  /** Origins the Haaglanden demo key allows besides loopback ones (a docs site). */
  allowedOrigins?: readonly string[];
  /** Extra partner keys. */
  keys?: Readonly<Record<string, PartnerKeySettings>>;
  /** The manage page in confirmations; `#beheer=<reference>.<token>` is appended. */
  manageUrl?: string;
  /** Named scenarios to switch on from the start: `'slow,full-calendar'`. */
  scenarios?: string;
  /**
   * Answer reference data (the catalog, organisations, locations) with the server's
   * `Cache-Control` (the core's rule: a short `max-age` with `stale-while-revalidate`) instead of
   * `no-cache`. For a bench that measures what a real repeat visit does: the browser then keeps
   * the answers, so a page's `?mock=` scenarios no longer reach every request.
   * @default false
   */
  serverCaching?: boolean;
}

/** A running mock API: its handlers and everything a test may inspect or steer. */
export interface MockApi {
  /** The msw handlers: give them to `setupServer`, `setupWorker` or `getResponse`. */
  readonly handlers: HttpHandler[];
  /** The core the handlers answer with, for runners that take a `Request` themselves. */
  readonly api: Api;
  /** What the mock knows and saved: referrals, appointments, call-back requests… */
  readonly store: MockStore;
  /** Messages the API "sent" (booking confirmations), oldest first. */
  readonly outbox: OutboxMessage[];
  readonly clock: MockClock;
  readonly scenarios: Scenarios;
  /**
   * A `fetch` answered by the handlers in-process, no server or worker needed: inject it into
   * the SDK client (`createClient({ fetch: mock.fetch, ... })`). Offline rejects like a network
   * failure; a request outside the API is a 404.
   */
  readonly fetch: typeof fetch;
  /** Back to the start: demo data, empty store and outbox, scenarios off, the first clock. */
  reset(): void;
}

export interface DemoData {
  catalog: Catalog;
  organisations: readonly Organisation[];
  locations: readonly Location[];
}

/**
 * Creates a stateful mock of the whole Vangnet API. Each call has its own store, so parallel tests
 * do not share state.
 *
 * @example
 * const mock = createMockApi({ now: '2026-03-02T09:00:00+01:00' });
 * const response = await getResponse(mock.handlers, new Request('http://127.0.0.1/v1/catalog', {
 *   headers: { Authorization: `Bearer ${demoPartnerKey}` },
 * }));
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const data: StoreData = {
    catalog: options.data?.catalog ?? demoCatalog,
    organisations: options.data?.organisations ?? demoOrganisations,
    locations: options.data?.locations ?? demoLocations,
  };
  const seed = options.seed ?? 1;
  const clock = createClock(options.now);
  const scenarios = createScenarios();
  const keys = demoKeys(options.allowedOrigins);
  for (const [id, key] of Object.entries(options.keys ?? {})) keys.set(id, key);
  const store = createStore(data);
  // References, ids and error-rate draws repeat with the seed; a reset starts them over.
  const random = createRandom(seed);
  const context: MockContext = {
    clock,
    random,
    scenarios,
    rateWindow: { startedAt: 0, count: 0 },
    usedOnce: new Set(),
  };
  const api = createApi({
    store: createMemoryStore(store, keys),
    clock,
    random,
    hooks: scenarioHooks(context, store),
    manageUrl: options.manageUrl ?? 'https://vangnet.example.org/afspraak',
    // Every request reaches the mock (with an ETag to revalidate), so scenarios apply to each;
    // with `serverCaching`, the core's own rule (no copy of it here).
    ...(options.serverCaching ? {} : { referenceCacheControl: 'no-cache' }),
    onError: (error) =>
      // A bug in the mock or a broken response: say so to the developer, never with request data.
      console.error('[api-mock]', error instanceof Error ? error.message : 'unexpected error'),
  });
  const startScenarios = () => {
    scenarios.clear();
    if (options.scenarios) scenarios.use(options.scenarios);
  };
  startScenarios();
  const handlers = createHandlers(api);
  return {
    handlers,
    fetch: async (input, init) => {
      const response = await getResponse(handlers, new Request(input, init));
      if (!response) return new Response(null, { status: 404 });
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    },
    api,
    store,
    outbox: store.outbox,
    clock,
    scenarios,
    reset() {
      resetStore(store, data);
      random.reset();
      context.rateWindow = { startedAt: 0, count: 0 };
      context.usedOnce.clear();
      clock.set(options.now ?? (() => new Date()));
      startScenarios();
    },
  };
}
