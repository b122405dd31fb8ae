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

/** `text` gzipped, with the platform's CompressionStream (Node, browsers and workers alike). */
export async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A successful answer of reference data with `ETag` and `Cache-Control`, as it can be kept. The
 * tag is a hash of the body, so every instance of the server gives the same tag for the same data.
 * With `compress`, the body is also gzipped, once: the catalog is 18 kB, and writing it out again
 * for every request is what a busy server spends its time on.
 */
export async function withValidators(
  response: Response,
  version: string,
  cacheControl: string,
  compress = false,
): Promise<CachedAnswer | undefined> {
  if (response.status !== 200) return undefined;
  const body = await response.text();
  const headers = new Headers(response.headers);
  headers.set('ETag', `"${(await hashSecret(body)).slice(0, 32)}"`);
  headers.set('Cache-Control', cacheControl);
  if (!compress) return { version, status: 200, headers: [...headers], body };
  headers.set('Vary', 'Accept-Encoding');
  return { version, status: 200, headers: [...headers], body, gzipped: await gzip(body) };
}

/** Whether `Accept-Encoding` allows gzip (`gzip`, `gzip;q=0.5`, not `gzip;q=0`). */
export function acceptsGzip(request: Request): boolean {
  const accepted = request.headers.get('Accept-Encoding');
  if (!accepted) return false;
  return accepted.split(',').some((item) => {
    const [coding, ...parameters] = item.split(';').map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (!quality || Number(quality.slice(2)) > 0);
  });
}

/**
 * The answer to send: `304 Not Modified` when the client already holds this version, else the
 * body, gzipped when kept so and the client accepts it. The gzipped body has a tag of its own
 * (another representation), and either tag names the version for `If-None-Match`.
 */
export function answerFor(request: Request, answer: CachedAnswer): Response {
  const headers = new Headers(answer.headers);
  const etag = headers.get('ETag') ?? '';
  const gzipTag = etag.replace(/"$/, '-gzip"');
  const gzipped = answer.gzipped && acceptsGzip(request) ? answer.gzipped : undefined;
  if (gzipped) headers.set('ETag', gzipTag);
  const ifNoneMatch = request.headers.get('If-None-Match');
  if (
    ifNoneMatch &&
    (matches(ifNoneMatch, etag) || (answer.gzipped && matches(ifNoneMatch, gzipTag)))
  ) {
    headers.delete('Content-Type');
    return new Response(null, { status: 304, headers });
  }
  if (!gzipped) return new Response(answer.body, { status: answer.status, headers });
  headers.set('Content-Encoding', 'gzip');
  return new Response(gzipped, { status: answer.status, headers });
}
