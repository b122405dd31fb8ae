import type { ApiContext } from './context.ts';
import { answerFor, noStore, withValidators } from './http/caching.ts';
import { preflightResponse, withCors } from './http/cors.ts';
import { canonicalJson, claimIdempotencyKey, recordOf } from './http/idempotency.ts';
import { ProblemError, problemResponse } from './http/problem.ts';
import { checkRateLimit } from './http/rate-limit.ts';
import { partnerKeyOf } from './key-cache.ts';
import { originAllowed } from './keys.ts';
import {
  cachedAnswer,
  keepAnswer,
  referenceVersion,
  withKeptReferences,
} from './reference-cache.ts';
import { hashSecret } from './secrets.ts';
import type { PartnerKey, StoreReads, StoreTransaction } from './store.ts';

/** What a route's resolver gets: the request, its parts, the checked key, and the API. */
export interface RouteContext {
  api: ApiContext;
  request: Request;
  url: URL;
  params: Readonly<Record<string, string>>;
  key: PartnerKey;
  /** The parsed JSON body of a POST (`{}` when it has none). */
  body: unknown;
  /** Where to read: the POST's transaction, else the store. */
  store: StoreReads;
  /** The writes of a POST, in one transaction with its idempotency record. */
  tx: StoreTransaction | undefined;
  /** An absolute URL of another API path on the same base, for `Location`. */
  apiUrl(path: string): string;
}

export type RouteResolver = (context: RouteContext) => Response | Promise<Response>;

export interface Route {
  method: 'GET' | 'POST';
  /** From `/v1/`; `:name` is one path segment. */
  path: string;
  resolve: RouteResolver;
  /** Reference data: answered with `ETag` and `Cache-Control`, and `304` when unchanged. */
  cacheable?: boolean;
}

/** The route of a method and path, with its parameters. */
interface Match {
  route: Route;
  params: Record<string, string>;
}

/** The path from `/v1/` on, whatever base path the API is mounted under. */
export function apiPathOf(url: URL): string {
  const index = url.pathname.indexOf('/v1/');
  return index === -1 ? url.pathname : url.pathname.slice(index);
}

function compile(route: Route): (method: string, path: string) => Match | undefined {
  const names: string[] = [];
  const pattern = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  const expression = new RegExp(`^${pattern}/?$`);
  return (method, path) => {
    if (method !== route.method) return undefined;
    const found = expression.exec(path);
    if (!found) return undefined;
    const params: Record<string, string> = {};
    for (const [index, name] of names.entries()) {
      const value = decodedSegment(found[index + 1] as string);
      // A segment that does not decode, or names a control character, names nothing: 404.
      if (value === undefined) return undefined;
      params[name] = value;
    }
    return { route, params };
  };
}

/** `segment` decoded, or undefined when it is not valid percent-encoding or holds a control character. */
function decodedSegment(segment: string): string | undefined {
  try {
    const value = decodeURIComponent(segment);
    const control = [...value].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f');
    return control ? undefined : value;
  } catch {
    return undefined;
  }
}

async function authenticate(api: ApiContext, request: Request): Promise<PartnerKey> {
  const authorization = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const key = match ? await partnerKeyOf(api, match[1] as string) : undefined;
  if (!key) {
    throw new ProblemError('unauthorised', {
      detail: 'Send a valid partner key: Authorization: Bearer <key>.',
    });
  }
  if (!originAllowed(key, request.headers.get('Origin'))) {
    throw new ProblemError('origin-not-allowed', {
      detail: 'This partner key is not registered for the origin of this page.',
    });
  }
  return key;
}

/** No request body of the API nests deeper; a deeper one would overflow the stack later on. */
const maxBodyDepth = 64;

/**
 * Why `value` cannot be taken, walked without recursion: nested deeper than `limit`, or a NUL
 * character in a string or key (PostgreSQL stores no NUL in text or jsonb).
 */
function unreadable(value: unknown, limit: number): string | undefined {
  const pending: [unknown, number][] = [[value, 0]];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [current, depth] = item;
    if (typeof current === 'string' && current.includes('\u0000'))
      return 'The request body holds a NUL character.';
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return `The request body nests deeper than ${limit} levels.`;
    for (const [key, child] of Object.entries(current)) {
      if (key.includes('\u0000')) return 'The request body holds a NUL character.';
      pending.push([child, depth + 1]);
    }
  }
  return undefined;
}

async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new ProblemError('malformed-request', { detail: 'The request body is not valid JSON.' });
  }
  const reason = unreadable(body, maxBodyDepth);
  if (reason) throw new ProblemError('malformed-request', { detail: reason });
  return body;
}

function responseForError(error: unknown, onError: (error: unknown) => void): Response {
  if (error instanceof ProblemError) return problemResponse(error.problemType, error.options);
  onError(error);
  return problemResponse('server-error');
}

/** Options of {@link createRouter} besides the routes. */
export interface RouterOptions {
  /** An unexpected error (a bug, a broken response, a store failure); never given request data. */
  onError?: (error: unknown) => void;
  /**
   * Turns a store failure into a problem (the server: an unreachable database is 503
   * `unavailable`); `undefined` leaves it a 500.
   */
  problemForError?: (error: unknown) => ProblemError | undefined;
}

/** Extra facts about a request that the `Request` itself does not carry. */
export interface RequestInfo {
  /** The client's address, for rate limits. */
  clientAddress?: string;
}

/**
 * The whole API as one function from a `Request` to a `Response`: preflights, the key and origin
 * check, CORS on every answer, problems, and for POST the Idempotency-Key claimed in the same
 * transaction as the writes. `undefined` for a path outside `/v1/`, so a runner can serve it.
 */
export function createRouter(
  api: ApiContext,
  routes: readonly Route[],
  options: RouterOptions = {},
): (request: Request, info?: RequestInfo) => Promise<Response | undefined> {
  const matchers = routes.map(compile);
  const onError =
    options.onError ??
    ((error: unknown) => {
      console.error('[vangnet-api]', error instanceof Error ? error.message : 'unexpected error');
    });
  const problemFor = (error: unknown) => {
    const mapped = error instanceof ProblemError ? error : options.problemForError?.(error);
    return responseForError(mapped ?? error, onError);
  };

  async function resolvePost(
    match: Match,
    base: Omit<RouteContext, 'body' | 'tx' | 'store'>,
    apiPath: string,
  ): Promise<Response> {
    const { request } = base;
    const idempotencyKey = request.headers.get('Idempotency-Key')?.trim();
    if (!idempotencyKey) {
      throw new ProblemError('idempotency-key-missing', {
        detail: 'Send an Idempotency-Key header with every POST, and the same key when you retry.',
      });
    }
    const body = await readJsonBody(request);
    const fingerprint = `${request.method} ${apiPath} ${canonicalJson(body)}`;
    const scope = base.key.id;
    return api.store.transaction(async (tx) => {
      const replay = await claimIdempotencyKey(tx, scope, idempotencyKey, fingerprint);
      if (replay) return replay;
      // After the claim, so a repeat during a slow first request sees it in progress.
      await api.hooks.beforeResolve?.(request, apiPath);
      const response = await match.route.resolve({
        ...base,
        body,
        tx,
        store: withKeptReferences(api, tx),
      });
      // Only a success is kept; a failure throws, rolls back and so frees the key.
      await tx.saveIdempotencyRecord(scope, idempotencyKey, await recordOf(response, fingerprint));
      return response;
    });
  }

  /** Reference data: a kept answer while the data has not changed, with ETag and `304`. */
  async function resolveReference(match: Match, context: RouteContext): Promise<Response> {
    const version = await referenceVersion(api, api.store);
    const name = `${context.key.region} ${apiPathOf(context.url)}${context.url.search}`;
    let answer = cachedAnswer(api, name, version);
    if (!answer) {
      const response = await match.route.resolve(context);
      answer = await withValidators(
        response,
        version,
        api.referenceCacheControl,
        api.caching !== undefined,
      );
      if (!answer) return response;
      keepAnswer(api, name, answer);
    }
    return answerFor(context.request, answer);
  }

  return async (request, info = {}) => {
    const url = new URL(request.url);
    const apiPath = apiPathOf(url);
    if (!apiPath.startsWith('/v1/')) return undefined;
    const origin = request.headers.get('Origin');
    let response: Response;
    try {
      const forced = api.hooks.beforeRequest?.(request, apiPath);
      if (forced) return forced.type === 'error' ? forced : withCors(forced, origin);
      // A preflight carries no key and is answered whatever the origin; the real request is checked.
      if (request.method === 'OPTIONS') return preflightResponse(origin);
      const match = matchers.reduce<Match | undefined>(
        (found, matcher) => found ?? matcher(request.method, apiPath),
        undefined,
      );
      if (!match)
        throw new ProblemError('not-found', { detail: 'The API has no such path or method.' });
      const key = await authenticate(api, request);
      const prefix = url.pathname.slice(0, url.pathname.length - apiPath.length);
      const base = {
        api,
        request,
        url,
        params: match.params,
        key,
        apiUrl: (next: string) => `${url.origin}${prefix}${next}`,
      };
      const limit =
        request.method === 'POST'
          ? api.limits.writes
          : request.headers.has('Vangnet-Token')
            ? api.limits.tokens
            : undefined;
      if (limit) {
        const bucket = `${request.method === 'POST' ? 'w' : 't'} ${key.id} ${info.clientAddress ?? ''}`;
        await checkRateLimit(api, await hashSecret(bucket), limit);
      }
      if (request.method === 'POST') {
        response = await resolvePost(match, base, apiPath);
      } else {
        await api.hooks.beforeResolve?.(request, apiPath);
        const reads = withKeptReferences(api, api.store);
        response = match.route.cacheable
          ? await resolveReference(match, { ...base, body: {}, tx: undefined, store: reads })
          : await match.route.resolve({ ...base, body: {}, tx: undefined, store: reads });
      }
    } catch (error) {
      response = problemFor(error);
    }
    if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', noStore);
    return withCors(response, origin);
  };
}
