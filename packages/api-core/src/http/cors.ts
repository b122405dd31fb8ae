/** Headers a browser may send to the API besides the CORS-safelisted ones. */
export const allowedRequestHeaders = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'Vangnet-Token',
  'If-None-Match',
];
/** Response headers a browser script may read besides the safelisted ones. */
export const exposedResponseHeaders = ['Retry-After', 'Location', 'ETag'];

/**
 * Adds the CORS headers to a response to a request from `origin`. Every response gets them, errors
 * included: a browser hides a response without `Access-Control-Allow-Origin` from the script, so a
 * 401 or 429 would look like a network failure. The origin is echoed, not `*`, so the answer is the
 * same whether or not the key allows the origin; the key check itself answers 403.
 */
export function withCors(response: Response, origin: string | null): Response {
  if (origin === null || response.type === 'error') return response;
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', origin);
  headers.set('Access-Control-Expose-Headers', exposedResponseHeaders.join(', '));
  headers.append('Vary', 'Origin');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The answer to a preflight: it carries no key, so every origin gets one; the real request is checked. */
export function preflightResponse(origin: string | null): Response {
  const headers = new Headers({
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': allowedRequestHeaders.join(', '),
    'Access-Control-Max-Age': '600',
  });
  if (origin !== null) headers.set('Access-Control-Allow-Origin', origin);
  headers.set('Vary', 'Origin');
  return new Response(null, { status: 204, headers });
}
