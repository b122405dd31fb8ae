import { NetworkError as KyNetworkError } from 'ky';

type Fetch = typeof globalThis.fetch;

/** Reads a copy of the body to its end; stops (and cancels it) when the request is aborted. */
async function readToEnd(response: Response, signal: AbortSignal | undefined): Promise<void> {
  signal?.throwIfAborted();
  const reader = (response.clone().body as ReadableStream<Uint8Array>).getReader();
  // A body that stops arriving must not outlive the attempt's timeout or the caller's abort, even
  // from a `fetch` that does not end its stream on abort.
  const stop = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    while (!(await reader.read()).done);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  signal?.throwIfAborted();
}

/**
 * A `fetch` that resolves only when a successful answer's body has arrived whole, so reading it is
 * part of the attempt: the per-attempt timeout covers it, and a connection that drops mid-body is a
 * network error that ky retries like any other (a POST with the same idempotency key), rather than
 * an error the caller meets after the retries are over.
 *
 * Error answers pass through untouched: their status and headers decide (ky reads their problem
 * body leniently), so a cut `429` still honours its `Retry-After`.
 *
 * @param fetch The `fetch` to wrap; absent, the global one at the time of the request (test tools
 *   replace it after a client is made).
 */
export function wholeBodyFetch(fetch?: Fetch): Fetch {
  return async (input, init) => {
    const response = await (fetch ?? globalThis.fetch)(input, init);
    if (!response.ok || response.body === null) return response;
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    try {
      await readToEnd(response, signal);
      return response;
    } catch (error) {
      void response.body.cancel().catch(() => undefined);
      if (signal.aborted) throw signal.reason;
      // ky recognises network errors by their wording, which differs per browser; say it outright.
      throw new KyNetworkError(request, error instanceof Error ? { cause: error } : {});
    }
  };
}
