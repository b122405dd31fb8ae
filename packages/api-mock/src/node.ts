/// <reference types="node" />
import { setupServer, type SetupServer } from 'msw/node';
import { createMockApi, type MockApi, type MockApiOptions } from './create-mock-api.ts';

export interface MockServer extends MockApi {
  /** The msw server, for `use()` of extra handlers. */
  readonly server: SetupServer;
  /** Starts intercepting `fetch`; requests nobody handles are errors, as in the house's tests. */
  listen(options?: { onUnhandledFrame?: 'bypass' | 'warn' | 'error' }): void;
  /** Stops intercepting. */
  close(): void;
}

/**
 * The mock for Node tests: msw intercepts `fetch` in this process, any base URL works.
 *
 * @example
 * const mock = setupMockServer({ now: '2026-03-02T09:00:00+01:00' });
 * before(() => mock.listen());
 * afterEach(() => mock.reset());
 * after(() => mock.close());
 */
export function setupMockServer(options: MockApiOptions = {}): MockServer {
  const mock = createMockApi(options);
  const server = setupServer(...mock.handlers);
  const resetData = mock.reset;
  return Object.assign(mock, {
    server,
    listen: (listenOptions: { onUnhandledFrame?: 'bypass' | 'warn' | 'error' } = {}) =>
      server.listen({ onUnhandledFrame: listenOptions.onUnhandledFrame ?? 'error' }),
    close: () => server.close(),
    reset() {
      resetData();
      server.resetHandlers();
    },
  });
}
