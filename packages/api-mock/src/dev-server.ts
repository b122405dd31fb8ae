/// <reference types="node" />
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createMockApi, type MockApi, type MockApiOptions } from './create-mock-api.ts';
import { controlHandlers } from './handlers/control.ts';
import { createNodeListener } from './node-adapter.ts';

/** The part of a @web/dev-server plugin this package uses; structurally a `Plugin`. */
export interface MockApiDevServerPlugin {
  name: string;
  serverStart(args: { server?: unknown }): void;
}

export interface MockApiPluginOptions extends MockApiOptions {
  /** A mock to serve; by default one is created from the other options. */
  mock?: MockApi;
}

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A @web/dev-server (and @web/test-runner) plugin that answers `/v1/…` on the pages' own origin
 * with the mock API, and `/__mock/…` to steer it. Pages pick scenarios with `?mock=slow` in their
 * own address (it reaches the mock in the `Referer`).
 *
 * It goes in front of the dev server's own request listener ({@link requestListenerPlugin}).
 *
 * @example
 * // web-dev-server.config.mjs
 * import { mockApiPlugin } from '@vangnet/api-mock/dev-server';
 * export default { plugins: [mockApiPlugin()] };
 */
export function mockApiPlugin(
  options: MockApiPluginOptions = {},
): MockApiDevServerPlugin & { mock: MockApi } {
  const { mock: given, ...mockOptions } = options;
  const mock = given ?? createMockApi(mockOptions);
  const listener = createNodeListener([...controlHandlers(mock), ...mock.handlers]);
  return { ...requestListenerPlugin('vangnet-api-mock', listener), mock };
}

/**
 * A @web/dev-server plugin that lets `listener` answer requests first; what it leaves (`false`)
 * goes on to the dev server. It goes in front of the dev server's own request listener because
 * plugins cannot add Koa middleware and `serve` hooks cannot set a status code, while an API needs
 * 201, 401, 409…. The mock uses it, and `npm start` for the real server.
 */
export function requestListenerPlugin(
  name: string,
  listener: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>,
): MockApiDevServerPlugin {
  return {
    name,
    serverStart({ server }) {
      if (!server || typeof (server as Server).listeners !== 'function') return;
      const http = server as Server;
      const original = http.listeners('request') as RequestListener[];
      http.removeAllListeners('request');
      http.on('request', (request: IncomingMessage, response: ServerResponse) => {
        void listener(request, response).then((handled) => {
          if (!handled) for (const next of original) next.call(http, request, response);
        });
      });
    },
  };
}

/**
 * The same as Koa middleware, for a dev server configured with `middleware: [...]`.
 *
 * @example
 * export default { middleware: [mockApiMiddleware()] };
 */
export function mockApiMiddleware(options: MockApiPluginOptions = {}) {
  const { mock: given, ...mockOptions } = options;
  const mock = given ?? createMockApi(mockOptions);
  const listener = createNodeListener([...controlHandlers(mock), ...mock.handlers]);
  return async (
    context: { req: IncomingMessage; res: ServerResponse; respond?: boolean },
    next: () => Promise<unknown>,
  ): Promise<void> => {
    // Koa must not write the response the mock writes itself.
    context.respond = false;
    if (!(await listener(context.req, context.res))) {
      context.respond = true;
      await next();
    }
  };
}
