// What every request of a client carries, checked once when the client is made: shared by the
// ky transport and the first view's plain `fetch` (first-view-transport.ts), so neither copies it.
import { InputError } from '../errors/input-error.ts';
import type { ClientOptions } from './options.ts';

/** Header values may only hold visible ASCII; keys and tokens are checked before sending. */
export const headerValue = /^[\x21-\x7e]{1,500}$/;

export function checkHeaderValue(value: string, field: string, operation: string): void {
  if (!headerValue.test(value))
    throw new InputError(
      [{ path: [field], code: 'invalid_format', message: `Not a valid ${field}.` }],
      { operation },
    );
}

/** The base URL as the prefix of every request path, checked. */
export function prefixOf(baseUrl: string | URL): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError('baseUrl must be an absolute URL, such as https://api.example.org.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new TypeError('baseUrl must be an http or https URL.');
  if (url.search !== '' || url.hash !== '')
    throw new TypeError('baseUrl must not carry a query or a fragment.');
  // ky's `prefix` joins by string, so a path in the base URL is kept (`baseUrl` would drop it
  // for an input starting with `/`).
  return url.href.replace(/\/+$/, '');
}

/** The headers of every request: the key, what the client accepts, and the user's language. */
export function apiHeaders(options: ClientOptions): Record<string, string> {
  if (typeof options.partnerKey !== 'string' || !headerValue.test(options.partnerKey))
    throw new TypeError('partnerKey must be the non-empty publishable key of the partner.');
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    Authorization: `Bearer ${options.partnerKey}`,
  };
  if (options.locale !== undefined) headers['Accept-Language'] = options.locale;
  return headers;
}
