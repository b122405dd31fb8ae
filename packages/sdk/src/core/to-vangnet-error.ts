import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import { errorFromResponse } from '../errors/error-from-response.ts';
import { NetworkError } from '../errors/network-error.ts';
import { TimeoutError } from '../errors/timeout-error.ts';
import { isVangnetError } from '../errors/vangnet-error.ts';

/**
 * The SDK's error for whatever a request threw. A caller's abort is passed on untouched (the
 * signal's own reason, usually a `DOMException` named `AbortError`), as `fetch` itself does, so
 * code that already ignores aborts keeps working.
 */
export function toVangnetError(
  error: unknown,
  operation: string,
  signal: AbortSignal | undefined,
): unknown {
  if (signal?.aborted) return signal.reason;
  if (isVangnetError(error)) return error;
  if (isHTTPError(error))
    return errorFromResponse({
      status: error.response.status,
      body: error.data,
      headers: error.response.headers,
      operation,
    });
  if (isTimeoutError(error)) return new TimeoutError({ operation, cause: error });
  if (isNetworkError(error)) return new NetworkError({ operation, cause: error });
  // `fetch` rejects with a bare TypeError in runtimes ky does not recognise; it is still the network.
  if (error instanceof TypeError) return new NetworkError({ operation, cause: error });
  return error;
}
