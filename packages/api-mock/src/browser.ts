import { http, passthrough } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockApiOptions } from './create-mock-api.ts';

export interface MockWorkerOptions extends MockApiOptions {
  /** Read named scenarios from the page's `?mock=slow,full-calendar`. @default true */
  scenariosFromUrl?: boolean;
  /** What to do with requests the mock does not handle (pages, scripts). @default 'bypass' */
  onUnhandledFrame?: 'bypass' | 'warn' | 'error';
  /** Log every mocked request to the console. @default false */
  logRequests?: boolean;
}

export interface MockWorker extends MockApi {
  readonly worker: SetupWorker;
  /** Stops intercepting for this page. */
  stop(): Promise<void>;
}

/** A page's address without its fragment, as a request's `referrer` carries it. */
const withoutFragment = (address: string) => address.split('#')[0];

/**
 * The service worker serves every page of the origin, and msw hands a nested page that started no
 * mock (an example page a test opened in an iframe) to whichever visible page did. That page's
 * mock must not answer for it: the worker sends the request on to the network, where a dev
 * server's mock reads the other page's own `?mock=` scenarios from its `Referer`. Put it first in
 * any `setupWorker(...)` of a page that shares its origin with other pages (a test runner's).
 */
export const otherPagesToTheNetwork = http.all('*', ({ request }) => {
  const from = request.referrer;
  if (!from || from === 'about:client') return undefined;
  return withoutFragment(from) === withoutFragment(location.href) ? undefined : passthrough();
});

/**
 * Starts the mock in a service worker (served at `/mockServiceWorker.js`), for static pages and
 * component tests: this page's `fetch` to any `…/v1/…` URL is answered by this page's own mock.
 * The page's origin is allowed for the demo key.
 *
 * @example
 * const mock = await startMockWorker({ now: '2026-03-02T09:00:00+01:00' });
 * // … drive the component …
 * expect(mock.store.referrals).to.have.length(1);
 * mock.reset();
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const {
    scenariosFromUrl = true,
    onUnhandledFrame = 'bypass',
    logRequests = false,
    ...mockOptions
  } = options;
  const fromUrl = scenariosFromUrl ? new URLSearchParams(location.search).get('mock') : null;
  const scenarios = [mockOptions.scenarios, fromUrl].filter(Boolean).join(',');
  const mock = createMockApi({
    ...mockOptions,
    allowedOrigins: [...(mockOptions.allowedOrigins ?? []), location.origin],
    ...(scenarios ? { scenarios } : {}),
  });
  const worker = setupWorker(otherPagesToTheNetwork, ...mock.handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledFrame,
    quiet: !logRequests,
  });
  const resetData = mock.reset;
  return Object.assign(mock, {
    worker,
    stop: async () => {
      await worker.stop();
    },
    reset() {
      resetData();
      worker.resetHandlers();
    },
  });
}
