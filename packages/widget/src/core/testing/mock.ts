// The API mock in a service worker for the core's tests, with a fixed clock.
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { createMockApi, demoPartnerKey, type MockApi } from '@vangnet/api-mock';
import { otherPagesToTheNetwork } from '@vangnet/api-mock/browser';

export { demoPartnerKey };

export const mock: MockApi = createMockApi({ now: '2026-03-02T09:00:00+01:00' });
// Only this page's requests: an example page another test opens goes to the dev server's mock.
export const worker = setupWorker(otherPagesToTheNetwork, ...mock.handlers);
let started: Promise<unknown> | undefined;

/** Starts the worker once per test file. */
export function startMock(): Promise<unknown> {
  started ??= worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  return started;
}

/** Counts the catalog requests the page makes. */
export function countCatalogRequests(): { readonly count: number; stop(): void } {
  const counter = { count: 0 };
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith('/v1/catalog')) counter.count += 1;
  };
  worker.events.on('request:start', listener);
  return {
    get count() {
      return counter.count;
    },
    stop: () => worker.events.removeListener('request:start', listener),
  };
}

/** Makes the API unreachable (every request a network error) until `worker.resetHandlers()`. */
export function breakApi(): void {
  worker.use(http.all('*/v1/*', () => HttpResponse.error()));
}
