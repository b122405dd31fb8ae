import type { CachedAnswer } from '../reference-cache.ts';
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
 * A successful answer of reference data with `ETag` and `Cache-Control`, as it can be kept. The
 * tag is a hash of the body, so every instance of the server gives the same tag for the same data.
 */
export async function withValidators(
  response: Response,
  version: string,
  cacheControl: string,
): Promise<CachedAnswer | undefined> {
  if (response.status !== 200) return undefined;
  const body = await response.text();
  const headers = new Headers(response.headers);
  headers.set('ETag', `"${(await hashSecret(body)).slice(0, 32)}"`);
  headers.set('Cache-Control', cacheControl);
  return { version, status: 200, headers: [...headers], body };
}

/** The answer to send: `304 Not Modified` when the client already holds this version. */
export function answerFor(request: Request, answer: CachedAnswer): Response {
  const headers = new Headers(answer.headers);
  const ifNoneMatch = request.headers.get('If-None-Match');
  if (ifNoneMatch && matches(ifNoneMatch, headers.get('ETag') ?? '')) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }
  return new Response(answer.body, { status: answer.status, headers });
}
