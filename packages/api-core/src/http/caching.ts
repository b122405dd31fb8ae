import { hashSecret } from '../secrets.ts';

/**
 * Reference data (the catalog, organisations, locations) may be kept briefly and then
 * revalidated; `private`, because the answer depends on the partner key's region.
 */
export const referenceCacheControl = 'private, max-age=60, stale-while-revalidate=600';

/** Everything else may carry personal data or change at any moment: never stored. */
export const noStore = 'no-store';

/** Whether `If-None-Match` names `etag` (or `*`), weak comparison as RFC 9110 asks for GET. */
function matches(ifNoneMatch: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Adds `ETag` and `Cache-Control` to a successful answer of reference data, and answers `304 Not
 * Modified` when the client already holds this version. The tag is a hash of the body, so every
 * instance of the server gives the same tag for the same data.
 */
export async function withValidators(request: Request, response: Response): Promise<Response> {
  if (response.status !== 200) return response;
  const body = await response.text();
  const etag = `"${(await hashSecret(body)).slice(0, 32)}"`;
  const headers = new Headers(response.headers);
  headers.set('ETag', etag);
  headers.set('Cache-Control', referenceCacheControl);
  const ifNoneMatch = request.headers.get('If-None-Match');
  if (ifNoneMatch && matches(ifNoneMatch, etag)) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
}
