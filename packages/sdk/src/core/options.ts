/**
 * How the client retries. Retries cover GETs and every POST (each POST carries an idempotency key,
 * so the API returns the first result instead of creating a second record), after network errors
 * (including a successful answer whose body is cut off halfway), timeouts, `408`,
 * `409 idempotency-in-progress`, `429`, `500`, `502`, `503` and `504`.
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt; `0` disables retrying.
   * @default 2
   */
  limit?: number;
  /**
   * Wait before the first retry, in milliseconds. It doubles on every retry and is jittered (a
   * random wait between 0 and the computed one), so many clients do not return at once.
   * @default 300
   */
  baseDelay?: number;
  /**
   * Longest wait between two attempts that the SDK chooses itself, in milliseconds.
   * @default 5000
   */
  maxDelay?: number;
  /**
   * Longest `Retry-After` the SDK waits for, in milliseconds. When the API asks for a longer wait,
   * the SDK does not retry but throws at once, with the wait in `retryAfterMs`, so the interface can
   * say "try again in a few minutes" instead of spinning.
   * @default 10000
   */
  maxRetryAfter?: number;
  /**
   * Cap on the whole call — all attempts and waits together — in milliseconds; `false` for none.
   * @default 30000
   */
  totalTimeout?: number | false;
}

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * Where the API lives. It may carry a path, which is kept: with
   * `https://gemeente.example.nl/vangnet-api` the catalog is read from
   * `https://gemeente.example.nl/vangnet-api/v1/catalog`.
   * @example 'https://api.example.org'
   */
  baseUrl: string | URL;
  /** The partner's publishable key, sent as `Authorization: Bearer <key>`. */
  partnerKey: string;
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof globalThis.fetch;
  /**
   * Per-attempt timeout in milliseconds, until the whole answer has arrived; `false` for none.
   * @default 10000
   */
  timeout?: number | false;
  /**
   * Retries after the first attempt (`0` disables retrying), or the full retry options.
   * @default 2
   */
  retry?: number | RetryOptions;
  /**
   * The user's language, sent as `Accept-Language` so the API's messages match the interface.
   * @example 'nl'
   */
  locale?: string;
}

/** Options every method takes as its last argument. */
export interface RequestOptions {
  /** Cancels the call; the promise then rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal | undefined;
}

/** Options of a method that creates or changes something (a POST). */
export interface WriteOptions extends RequestOptions {
  /**
   * Makes the call safe to repeat: the API returns the first result for a key it has seen with the
   * same body. Generated (a random UUID) when absent; the same key is sent on every retry. Pass your
   * own to repeat a call across page loads, e.g. after the user presses "send" again.
   */
  idempotencyKey?: string | undefined;
}
