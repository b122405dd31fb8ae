// The server tags reference data (the catalog, organisations, locations) with an `ETag` and lets
// clients keep it. A client that asks again sends the tag and gets `304 Not Modified` with no body
// while the data is unchanged, instead of the whole answer again. Everything else is `no-store`
// (it may carry personal data) and is never kept.

/** An answer as a client keeps it: the tag the server gave, and the body as it arrived. */
interface KeptAnswer {
  readonly etag: string;
  readonly body: string;
}

/** What makes two GETs the same request for one client: the path and the query. */
export function requestKey(path: string, searchParams: URLSearchParams | undefined): string {
  const query = searchParams?.toString() ?? '';
  return query === '' ? path : `${path}?${query}`;
}

/**
 * The answers one client may revalidate, in memory only, the most recently used kept when there
 * are more than `limit` (a search with a new text each time makes many). A client is made per
 * partner key and language, so neither needs to be part of the key.
 */
export class RevalidationCache {
  readonly #answers = new Map<string, KeptAnswer>();
  readonly #limit: number;

  constructor(limit = 50) {
    this.#limit = limit;
  }

  /** The kept answer of a request, if any; it counts as used. */
  get(key: string): KeptAnswer | undefined {
    const kept = this.#answers.get(key);
    if (kept) {
      this.#answers.delete(key);
      this.#answers.set(key, kept);
    }
    return kept;
  }

  /** Keeps a successful answer, when the server tagged it and allows keeping it. */
  remember(key: string, headers: Headers, body: string): void {
    const etag = headers.get('ETag');
    const noStore = /(^|,)\s*no-store\s*(,|$)/i.test(headers.get('Cache-Control') ?? '');
    if (etag === null || noStore) {
      this.#answers.delete(key);
      return;
    }
    this.#answers.delete(key);
    this.#answers.set(key, { etag, body });
    for (const oldest of this.#answers.keys()) {
      if (this.#answers.size <= this.#limit) break;
      this.#answers.delete(oldest);
    }
  }
}
