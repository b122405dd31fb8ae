/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { getResponse, type HttpHandler } from 'msw';

/** Whether a request path belongs to the mock: the API (`…/v1/…`) or its controls (`/__mock/…`). */
export function isMockPath(path: string): boolean {
  return path.includes('/v1/') || path.startsWith('/__mock/');
}

/** A Fetch `Request` for a Node request; the body streams through, it is not buffered here. */
export function toFetchRequest(request: IncomingMessage): Request {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(request) as ReadableStream<Uint8Array>) : null,
    // Required by Node's fetch for a streamed request body.
    duplex: 'half',
  } as RequestInit);
}

/** Writes a Fetch `Response` to a Node response, streaming the body; a network error resets the socket. */
export async function sendFetchResponse(response: Response, target: ServerResponse): Promise<void> {
  if (response.type === 'error') {
    target.socket?.destroy();
    target.destroy();
    return;
  }
  const headers: [string, string][] = [...response.headers];
  target.writeHead(response.status, response.statusText || undefined, headers.flat());
  if (!response.body) {
    target.end();
    return;
  }
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream), target);
}

/**
 * A Node request listener for the mock's handlers: answers mock paths through msw's own request
 * handling (`getResponse`) — the same handlers as every other runner — and returns `false` for
 * anything else so the caller can serve it.
 */
export function createNodeListener(handlers: readonly HttpHandler[]) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (!isMockPath(request.url ?? '/')) return false;
    try {
      const answer = await getResponse([...handlers], toFetchRequest(request));
      if (!answer) return false;
      await sendFetchResponse(answer, response);
    } catch (error) {
      console.error('[api-mock]', error instanceof Error ? error.message : 'unexpected error');
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    }
    return true;
  };
}
