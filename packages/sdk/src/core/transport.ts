import ky, { type KyInstance } from 'ky';
import type { Contract } from '../checks/contract.ts';
import type { ClientOptions } from './options.ts';
import { parseBody } from './parse-response.ts';
import { apiHeaders, checkHeaderValue, prefixOf } from './request-basics.ts';
import { kyRetryOptions } from './retry.ts';
import { resolveRetryOptions } from './retry-options.ts';
import { RevalidationCache, requestKey } from './revalidation.ts';
import { toVangnetError } from './to-vangnet-error.ts';
import { wholeBodyFetch } from './whole-body-fetch.ts';

/** One call of the API, as a resource describes it. */
export interface Call<Output> {
  /** The SDK method, such as `appointments.book`; errors carry it. */
  operation: string;
  method: 'get' | 'post';
  /** Relative to the base URL, each id already encoded: `v1/organisations/utrecht-1`. */
  path: string;
  searchParams?: URLSearchParams;
  /** The validated request body of a POST. */
  json?: unknown;
  /** Sent as `Vangnet-Token`, never in the URL. */
  token?: string;
  /** For a POST: the caller's key, or one is generated. */
  idempotencyKey?: string | undefined;
  /** How the answer is checked: generated checks for the first view's reads, else a schema. */
  response: Contract<Output>;
  signal?: AbortSignal | undefined;
}

/** Sends calls to the API and turns every outcome into parsed data or a typed error. */
export type Transport = <Output>(call: Call<Output>) => Promise<Output>;

/**
 * The transport of a client: ky with the key, language, timeouts and retry policy set once. A GET
 * answered with an `ETag` (and not `no-store`) is kept in memory and revalidated the next time:
 * `If-None-Match`, and on `304` the kept body, parsed again. A GET with a token is never kept.
 * `kept` is given when another transport of the same client shares the kept answers.
 */
export function createTransport(
  options: ClientOptions,
  kept: RevalidationCache = new RevalidationCache(),
): Transport {
  const headers = apiHeaders(options);
  const retry = resolveRetryOptions(options.retry);
  const api: KyInstance = ky.create({
    prefix: prefixOf(options.baseUrl),
    headers,
    timeout: options.timeout ?? 10_000,
    totalTimeout: retry.totalTimeout,
    retry: kyRetryOptions(retry),
    fetch: wholeBodyFetch(options.fetch),
  });
  return async <Output>(call: Call<Output>): Promise<Output> => {
    // ky hands an aborted signal to `fetch`, which may not look at it; nothing is sent this way.
    call.signal?.throwIfAborted();
    const callHeaders = new Headers();
    if (call.token !== undefined) {
      checkHeaderValue(call.token, 'token', call.operation);
      callHeaders.set('Vangnet-Token', call.token);
    }
    if (call.method === 'post') {
      const key = call.idempotencyKey ?? crypto.randomUUID();
      checkHeaderValue(key, 'idempotencyKey', call.operation);
      callHeaders.set('Idempotency-Key', key);
    }
    const key =
      call.method === 'get' && call.token === undefined
        ? requestKey(call.path, call.searchParams)
        : undefined;
    const earlier = key === undefined ? undefined : kept.get(key);
    if (earlier) callHeaders.set('If-None-Match', earlier.etag);
    try {
      const response = await api(call.path, {
        method: call.method,
        headers: callHeaders,
        ...(call.searchParams === undefined ? {} : { searchParams: call.searchParams }),
        ...(call.json === undefined ? {} : { json: call.json }),
        ...(call.signal === undefined ? {} : { signal: call.signal }),
        // `304` answers a revalidation: not an error, the kept body is the answer.
        throwHttpErrors: (status) => status !== 304,
      });
      if (response.status === 304 && earlier)
        return await parseBody(earlier.body, 200, call.response, call.operation);
      const body = await response.text();
      const output = await parseBody(body, response.status, call.response, call.operation);
      if (key !== undefined) kept.remember(key, response.headers, body);
      return output;
    } catch (error) {
      throw toVangnetError(error, call.operation, call.signal);
    }
  };
}
