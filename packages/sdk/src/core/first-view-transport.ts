// The first view's reads without ky: a page's first step needs one or two GETs of reference data
// (the catalog, organisations, locations), and ky with its retry machinery is about 8 KB brotli of
// the JavaScript a phone must run before it shows anything. Decision 0262 says why.
import type { ClientOptions } from './options.ts';
import { parseBody } from './parse-response.ts';
import { apiHeaders, prefixOf } from './request-basics.ts';
import { requestKey, type RevalidationCache } from './revalidation.ts';
import type { Call, Transport } from './transport.ts';

/**
 * A transport that sends a GET without a token once with plain `fetch`, and hands everything else
 * to `later` (the ky transport, loaded on first use): a POST, a GET with a token, and a GET whose
 * plain attempt did not succeed (offline, a timeout, a cut body, any status but `2xx` and a `304`
 * of a kept answer). `later` then sends the call again with the client's whole retry policy and
 * error mapping, so a failure costs one request more than through ky alone, and a success costs
 * nothing but `fetch`. Both share the kept answers (`kept`), so revalidation works across them.
 */
export function createFirstViewTransport(
  options: ClientOptions,
  kept: RevalidationCache,
  later: () => Promise<Transport>,
): Transport {
  const headers = apiHeaders(options);
  const prefix = prefixOf(options.baseUrl);
  const timeout = options.timeout ?? 10_000;

  return async <Output>(call: Call<Output>): Promise<Output> => {
    if (call.method !== 'get' || call.token !== undefined) return (await later())(call);
    call.signal?.throwIfAborted();
    const key = requestKey(call.path, call.searchParams);
    const earlier = kept.get(key);
    const requestHeaders = new Headers(headers);
    if (earlier) requestHeaders.set('If-None-Match', earlier.etag);
    const query = call.searchParams?.toString() ?? '';
    const signals = [call.signal, timeout === false ? undefined : AbortSignal.timeout(timeout)];
    const signal = AbortSignal.any(signals.filter((one) => one !== undefined));
    const url = `${prefix}/${call.path}${query === '' ? '' : `?${query}`}`;
    let response: Response;
    let body: string | undefined;
    try {
      const prefetched = earlier ? undefined : takePrefetched(url, requestHeaders);
      response = await (prefetched
        ? untilAborted(prefetched, signal)
        : (options.fetch ?? globalThis.fetch)(url, {
            method: 'GET',
            headers: requestHeaders,
            signal,
          }));
      // Read inside the attempt: a body cut off halfway is a failure ky retries.
      if (response.ok) body = await response.text();
      else void response.body?.cancel().catch(() => undefined);
    } catch {
      if (call.signal?.aborted) throw call.signal.reason;
      return (await later())(call);
    }
    if (response.status === 304 && earlier)
      return await parseBody(earlier.body, 200, call.response, call.operation);
    if (body === undefined) return (await later())(call);
    const output = await parseBody(body, response.status, call.response, call.operation);
    kept.remember(key, response.headers, body);
    return output;
  };
}

/** A GET a page's loader sent ahead, before this client existed (`dist/vangnet.js`). */
interface Prefetched {
  readonly headers: Readonly<Record<string, string>>;
  readonly response: Promise<Response>;
}

const prefetchKey = Symbol.for('vangnet.prefetch');

/**
 * The answer the loader already asked for at `url`, taken once, if it sent exactly the headers
 * this client sends: the loader guesses the client's language before any component has run, and
 * a guess that differs must not hand this client an answer in another language.
 */
function takePrefetched(url: string, headers: Headers): Promise<Response> | undefined {
  const store = (globalThis as Record<symbol, unknown>)[prefetchKey];
  if (!(store instanceof Map)) return undefined;
  const found = store.get(url) as Prefetched | undefined;
  if (!found) return undefined;
  const sent = Object.entries(found.headers);
  const same =
    sent.length === [...headers.keys()].length &&
    sent.every(([name, value]) => headers.get(name) === value);
  if (!same) return undefined;
  store.delete(url);
  return found.response;
}

/** `response`, or the signal's reason once it aborts first (the attempt's timeout, the caller). */
function untilAborted(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
