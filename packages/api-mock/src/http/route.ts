import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { MockContext } from '../context.ts';
import { originAllowed, type PartnerKey } from '../keys.ts';
import { routeMatches, parseScenarioNames, withPresets, type ScenarioState } from '../scenarios.ts';
import { withCors } from './cors.ts';
import { canonicalJson, claimIdempotencyKey, settleIdempotencyKey } from './idempotency.ts';
import { ProblemError, problemResponse, problemTypeForStatus } from './problem.ts';

/** What a route's resolver gets: the request, its parts, the checked key, and the mock. */
export interface RouteContext {
  mock: MockContext;
  request: Request;
  url: URL;
  params: Readonly<Record<string, string>>;
  key: PartnerKey;
  /** The parsed JSON body of a POST (`{}` when it has none). */
  body: unknown;
  scenarios: ScenarioState;
  /**
   * Whether a once-only scenario fires now, and uses it up: the mock's own switch goes off; one
   * switched on by a page's `?mock=` fires once per page address.
   */
  once(name: 'slotTakenOnce'): boolean;
  /** An absolute URL of another API path on the same base, for `Location`. */
  apiUrl(path: string): string;
}

export type RouteResolver = (context: RouteContext) => Response | Promise<Response>;

/** The path from `/v1/` on, whatever base path the API is mounted under. */
export function apiPathOf(url: URL): string {
  const index = url.pathname.indexOf('/v1/');
  return index === -1 ? url.pathname : url.pathname.slice(index);
}

/**
 * Scenarios for this request: the mock's own, plus those the page asks for in its address
 * (`?mock=slow`), which reaches a shared dev server through the `Referer` of the page's requests.
 */
function scenariosFor(mock: MockContext, request: Request): ScenarioState {
  const referrer = request.headers.get('Referer');
  if (!referrer) return mock.scenarios.current;
  try {
    return withPresets(
      mock.scenarios.current,
      parseScenarioNames(new URL(referrer).searchParams.get('mock')),
    );
  } catch {
    return mock.scenarios.current;
  }
}

function applyFaultScenarios(
  mock: MockContext,
  scenarios: ScenarioState,
  request: Request,
  apiPath: string,
): void {
  const limit = scenarios.rateLimit;
  if (limit) {
    const now = mock.clock.now().getTime();
    if (now - mock.rateWindow.startedAt >= limit.windowMs || now < mock.rateWindow.startedAt) {
      mock.rateWindow.startedAt = now;
      mock.rateWindow.count = 0;
    }
    mock.rateWindow.count += 1;
    if (mock.rateWindow.count > limit.limit) {
      throw new ProblemError('rate-limited', {
        detail: 'Too many requests from this key. Wait before trying again.',
        retryAfter: limit.retryAfter,
      });
    }
  }
  const failure = scenarios.failures.find((candidate) =>
    routeMatches(candidate, request.method, apiPath),
  );
  if (failure) {
    if (failure.once) {
      const own = mock.scenarios.current.failures;
      const index = own.indexOf(failure);
      if (index !== -1) own.splice(index, 1);
    }
    const problemType = failure.type ?? problemTypeForStatus(failure.status);
    const retryAfter =
      failure.retryAfter ?? (failure.status === 429 || failure.status === 503 ? 5 : undefined);
    throw new ProblemError(problemType, retryAfter === undefined ? {} : { retryAfter });
  }
  if (scenarios.errorRate > 0 && mock.random.next() < scenarios.errorRate) {
    throw new ProblemError(
      scenarios.errorStatus === 500 ? 'server-error' : 'unavailable',
      scenarios.errorStatus === 503 ? { retryAfter: 2 } : {},
    );
  }
}

function authenticate(mock: MockContext, request: Request): PartnerKey {
  const authorization = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const key = match ? mock.keys.get(match[1] as string) : undefined;
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

async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProblemError('malformed-request', { detail: 'The request body is not valid JSON.' });
  }
}

function responseForError(error: unknown): Response {
  if (error instanceof ProblemError) return problemResponse(error.problemType, error.options);
  // A bug in the mock or a broken response: say so to the developer, never with request data.
  console.error('[api-mock]', error instanceof Error ? error.message : 'unexpected error');
  return problemResponse('server-error');
}

interface PostClaim {
  body: unknown;
  /** The idempotency record this request holds, to settle when it ends. */
  storeKey: string;
}

/**
 * For a POST: requires the Idempotency-Key, reads the JSON body and claims the key. Returns the
 * first result to replay, or the claim to go ahead with.
 */
async function claimPost(
  mock: MockContext,
  request: Request,
  apiPath: string,
): Promise<Response | PostClaim> {
  const idempotencyKey = request.headers.get('Idempotency-Key')?.trim();
  if (!idempotencyKey) {
    throw new ProblemError('idempotency-key-missing', {
      detail: 'Send an Idempotency-Key header with every POST, and the same key when you retry.',
    });
  }
  const body = await readJsonBody(request);
  const storeKey = `${request.headers.get('Authorization')} ${idempotencyKey}`;
  const fingerprint = `${request.method} ${apiPath} ${canonicalJson(body)}`;
  return claimIdempotencyKey(mock.store.idempotency, storeKey, fingerprint) ?? { body, storeKey };
}

function latencyFor(scenarios: ScenarioState, method: string, apiPath: string): number {
  return scenarios.slowRoutes
    .filter((slow) => routeMatches(slow, method, apiPath))
    .reduce((total, slow) => total + slow.ms, scenarios.latencyMs);
}

function onceFor(mock: MockContext, scenarios: ScenarioState, request: Request) {
  return (name: 'slotTakenOnce'): boolean => {
    if (scenarios === mock.scenarios.current) {
      mock.scenarios.current[name] = false;
      return true;
    }
    const key = `${name} ${request.headers.get('Referer') ?? ''}`;
    if (mock.usedOnce.has(key)) return false;
    mock.usedOnce.add(key);
    return true;
  };
}

/**
 * One endpoint of the API as an msw handler, with everything every endpoint does: scenarios,
 * the key and origin check, CORS on every answer, JSON bodies, problems, and for POST the
 * Idempotency-Key. The path matches under any origin and base path (`*` + `/v1/...`).
 */
export function route(
  mock: MockContext,
  method: 'GET' | 'POST',
  path: string,
  resolve: RouteResolver,
): HttpHandler {
  const handlerFor = method === 'GET' ? http.get : http.post;
  return handlerFor(`*${path}`, async ({ request, params }) => {
    const origin = request.headers.get('Origin');
    const url = new URL(request.url);
    const apiPath = apiPathOf(url);
    const scenarios = scenariosFor(mock, request);
    if (scenarios.offline) return HttpResponse.error();
    let claim: PostClaim | undefined;
    let response: Response;
    try {
      applyFaultScenarios(mock, scenarios, request, apiPath);
      const key = authenticate(mock, request);
      if (method === 'POST') {
        const claimed = await claimPost(mock, request, apiPath);
        if (claimed instanceof Response) return withCors(claimed, origin);
        claim = claimed;
      }
      const latency = latencyFor(scenarios, method, apiPath);
      // After the claim, so a repeat during a slow first request sees it in progress.
      if (latency > 0) await delay(latency);
      const prefix = url.pathname.slice(0, url.pathname.length - apiPath.length);
      response = await resolve({
        mock,
        request,
        url,
        params: params as Record<string, string>,
        key,
        body: claim?.body ?? {},
        scenarios,
        once: onceFor(mock, scenarios, request),
        apiUrl: (next) => `${url.origin}${prefix}${next}`,
      });
    } catch (error) {
      response = responseForError(error);
    }
    if (claim) await settleIdempotencyKey(mock.store.idempotency, claim.storeKey, response);
    return withCors(response, origin);
  });
}
