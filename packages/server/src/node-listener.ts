/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';

/** Paths the server answers when it shares an origin with pages (`npm start`). */
const serverPaths = /^\/(v1\/|openapi\.json$|healthz$|readyz$|staff(\/|$)|embed\/)/;

/**
 * The server as a Node request listener for the paths it owns, returning `false` for any other
 * so a dev server can serve its pages on the same origin.
 */
export function serverPathsListener(app: Hono) {
  const listener = getRequestListener(app.fetch);
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (!serverPaths.test(path)) return false;
    await listener(request, response);
    return true;
  };
}
