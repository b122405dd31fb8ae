// 10,000 malformed requests against the server in-process on PGlite, generated from a seed per case
// (so a failing case can be rebuilt alone): bad JSON, wrong types, huge strings, deep nesting, bad
// headers, unknown paths and methods, Idempotency-Key misuse, bad tokens, query garbage and wrong
// content types. None may be a 5xx; every error is problem+json with a type of the contract; the
// heap after a forced GC ends near where it started.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { addDays, demoPartnerKey } from '@vangnet/api-core';
import { createLogger, createVangnetServer, openPGlite, readConfig } from '@vangnet/server';
import { referral } from '../../conformance/support/calls.ts';
import { bookingOf } from '../../server/support.ts';
import { FaultCount } from './server-faults.ts';
import { within } from './tally.ts';

/** The problem types of api.md, with their status. */
const contractTypes: Readonly<Record<string, number>> = {
  'malformed-request': 400,
  'idempotency-key-missing': 400,
  unauthorised: 401,
  'origin-not-allowed': 403,
  'not-found': 404,
  'slot-taken': 409,
  'idempotency-in-progress': 409,
  validation: 422,
  'age-out-of-bounds': 422,
  'consent-missing': 422,
  'idempotency-mismatch': 422,
  'rate-limited': 429,
  'server-error': 500,
  unavailable: 503,
};

/** A small deterministic generator: the same seed, the same case. */
function generator(seed: number) {
  let state = (seed * 2_654_435_761 + 1) >>> 0;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  return {
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
type Generator = ReturnType<typeof generator>;

const base = 'http://127.0.0.1:4020';
const auth = `Bearer ${demoPartnerKey}`;

interface Attempt {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

const badJson = [
  '{',
  '{"service":',
  'not json',
  '{"a":1}}',
  "{'a':1}",
  '{"a":undefined}',
  'NaN',
  '[1,2',
  '\uFEFF{}',
  '{"a":"\\u00"}',
  '{"a" 1}',
  '"unterminated',
  '{"a":01}',
  '{,}',
  '\u0000',
  '<xml/>',
  '{"a":1,}',
];

const wrongValues: readonly unknown[] = [
  123,
  -1,
  1e308,
  0.5,
  true,
  null,
  [],
  {},
  '',
  ' ',
  [1, 2],
  { $ne: 1 },
  '<script>alert(1)</script>',
  '\u0000',
  '💥'.repeat(50),
  '2026-02-30',
  '../../etc/passwd',
  "'; drop table appointments; --",
];

const writePaths = ['/v1/appointments', '/v1/referrals', '/v1/callback-requests'];
const readPaths = [
  '/v1/catalog',
  '/v1/organisations',
  '/v1/locations',
  '/v1/slots',
  '/v1/organisations/x',
];

/** A valid body for `path`: the start of most mutations. */
function validBody(path: string, slot: { id: string; start: string }): Record<string, unknown> {
  if (path === '/v1/appointments') return bookingOf(slot);
  if (path === '/v1/referrals') return referral('2008-05-01') as unknown as Record<string, unknown>;
  return { location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' };
}

/** Every path to a leaf (or object) of `value`, as property names. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [
    prefix,
    ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key])),
  ];
}

function withValue(body: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const copy = Array.isArray(body) ? [...body] : { ...(body as Record<string, unknown>) };
  (copy as Record<string, unknown>)[head] = withValue(
    (body as Record<string, unknown>)[head],
    rest,
    value,
  );
  return copy;
}

function nested(depth: number, array: boolean): string {
  return array
    ? '['.repeat(depth) + ']'.repeat(depth)
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const post = (path: string, body: string, headers: Record<string, string> = {}, key?: string) => ({
  path,
  method: 'POST',
  body,
  headers: {
    Authorization: auth,
    'Content-Type': 'application/json',
    'Idempotency-Key': key ?? `malformed-${Math.random().toString(36).slice(2)}`,
    ...headers,
  },
});

type Family = (g: Generator, slot: { id: string; start: string }) => Attempt;

/** The kinds of malformed requests, each drawn as often as it is listed. */
const families: Record<string, Family> = {
  'bad JSON': (g) => post(g.pick(writePaths), g.pick(badJson)),
  'a wrong type': (g, slot) => {
    const path = g.pick(writePaths);
    const body = validBody(path, slot);
    return post(path, JSON.stringify(withValue(body, g.pick(pathsOf(body)), g.pick(wrongValues))));
  },
  'a huge string': (g, slot) => {
    const path = g.pick(writePaths);
    const body = validBody(path, slot);
    const size = g.pick([100_000, 1_000_000]);
    return post(path, JSON.stringify(withValue(body, g.pick(pathsOf(body)), 'x'.repeat(size))));
  },
  'deep nesting': (g, slot) => {
    const path = g.pick(writePaths);
    const depth = g.pick([65, 1000, 100_000]);
    const deep = nested(depth, g.int(2) === 0);
    if (g.int(2) === 0) return post(path, deep);
    const body = JSON.stringify(validBody(path, slot));
    return post(path, `${body.slice(0, -1)},"extra":${deep}}`);
  },
  'bad headers': (g) => {
    const authorization = g.pick([
      undefined,
      'Bearer',
      'Bearer ',
      `Bearer ${'k'.repeat(g.pick([1, 40, 5000]))}`,
      'Basic dmFuZ25ldDp2YW5nbmV0',
      `bearer ${demoPartnerKey}`,
      `Bearer ${demoPartnerKey}, Bearer other`,
      `Bearer ${demoPartnerKey}x`,
      `Token ${demoPartnerKey}`,
    ]);
    const headers: Record<string, string> = {
      ...(authorization === undefined ? {} : { Authorization: authorization }),
    };
    if (g.int(3) === 0)
      headers['Origin'] = g.pick(['http://evil.example', 'null', 'x', 'https://']);
    if (g.int(3) === 0) headers['Accept'] = g.pick(['text/html', '*/*;q=x', 'application/xml']);
    if (g.int(4) === 0) headers['If-None-Match'] = g.pick(['"', 'W/', '*', '"x"'.repeat(500)]);
    return { path: g.pick(readPaths), headers };
  },
  'an unknown path or method': (g) => {
    const method = g.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'PROPFIND', 'FOO']);
    const path = g.pick([
      '/v1/nope',
      '/v1/',
      '/v1',
      '/v2/catalog',
      '/foo',
      '/healthz/x',
      '/openapi.json/x',
      '/v1/appointments/a/b/c',
      '/v1/%00',
      '/v1/catalog/..%2f..%2fetc',
      `/v1/${'a'.repeat(g.pick([10, 5000]))}`,
      ...writePaths,
      ...readPaths,
      '/readyz',
      '/healthz',
      '/openapi.json',
    ]);
    return {
      path,
      method,
      headers: { Authorization: auth, 'Idempotency-Key': `malformed-m-${g.int(1e9)}` },
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: '{}' }),
    };
  },
  'Idempotency-Key misuse': (g, slot) => {
    const path = g.pick(writePaths);
    const body = JSON.stringify(validBody(path, slot));
    const key = g.pick([undefined, '', '   ', 'k'.repeat(g.pick([300, 10_000])), '\t', 'ü']);
    const headers: Record<string, string> = {
      Authorization: auth,
      'Content-Type': 'application/json',
    };
    if (key !== undefined) headers['Idempotency-Key'] = key;
    return { path, method: 'POST', body, headers };
  },
  'a bad token': (g) => {
    const token = g.pick([undefined, '', 'x', 'a'.repeat(5000), '../../', 'null']);
    const reference = g.pick(['VN-A-XXXXXX', 'x', '%00', 'VN-A-' + 'Z'.repeat(500)]);
    const path = g.pick([
      `/v1/appointments/${reference}`,
      `/v1/appointments/${reference}/cancel`,
      `/v1/appointments/${reference}/reschedule`,
      `/v1/referrals/${reference}`,
      `/v1/appointments/${reference}?token=${token ?? ''}`,
    ]);
    const write = path.endsWith('cancel') || path.endsWith('reschedule');
    const headers: Record<string, string> = {
      Authorization: auth,
      ...(token === undefined ? {} : { 'Vangnet-Token': token }),
    };
    if (!write) return { path, headers };
    return post(path, JSON.stringify(g.pick([{}, { slotId: 'x' }, [], 'x'])), headers);
  },
  'query garbage': (g) => {
    const value = g.pick([
      '%ZZ',
      '-1',
      '1e9',
      '0',
      'abc',
      '2026-13-45',
      '2026-02-30',
      'x'.repeat(g.pick([10, 10_000])),
      '%00',
      '💥',
      '..%2F..%2F',
      '[]',
      '',
    ]);
    const name = g.pick([
      'limit',
      'cursor',
      'q',
      'from',
      'to',
      'location',
      'topic',
      'channel',
      'municipality',
      'region',
      'theme',
      'service',
      'coachingForm',
      'audience',
      'unknown',
      '__proto__',
    ]);
    const repeated = g.int(3) === 0 ? `&${name}=${value}` : '';
    return {
      path: `${g.pick(readPaths)}?${name}=${value}${repeated}`,
      headers: { Authorization: auth },
    };
  },
  'a wrong content type': (g, slot) => {
    const path = g.pick(writePaths);
    const type = g.pick([
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-16',
      'application/json-patch+json',
      '',
    ]);
    const body = g.pick([JSON.stringify(validBody(path, slot)), 'a=1&b=2', '<a/>']);
    return post(path, body, { 'Content-Type': type });
  },
};

/** The expensive families (a megabyte to parse, 100,000 levels) one case in 50 each; the rest in turn. */
function familyOf(seed: number): string {
  if (seed % 50 === 0) return 'a huge string';
  if (seed % 50 === 1) return 'deep nesting';
  const cheap = Object.keys(families).filter(
    (name) => name !== 'a huge string' && name !== 'deep nesting',
  );
  return cheap[seed % cheap.length] as string;
}

/** Whether `response` to `attempt` keeps the contract; the reason when it does not. */
async function breach(attempt: Attempt, response: Response): Promise<string | undefined> {
  const text = await response.text();
  if (response.status >= 500) return `${response.status} ${text.slice(0, 100)}`;
  if (response.status < 400) return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.startsWith('application/problem+json'))
    return `${response.status} as ${type || 'no content type'}: ${text.slice(0, 60)}`;
  if (attempt.method === 'HEAD') return undefined;
  let problem: { type?: unknown; status?: unknown };
  try {
    problem = JSON.parse(text) as typeof problem;
  } catch {
    return `${response.status}: a problem that is not JSON`;
  }
  const name = typeof problem.type === 'string' ? problem.type.split('/').pop() : undefined;
  if (name === undefined || contractTypes[name] === undefined)
    return `${response.status}: type ${String(problem.type)} is not the contract's`;
  if (contractTypes[name] !== response.status || problem.status !== response.status)
    return `${response.status}: ${name} with status ${String(problem.status)}`;
  return undefined;
}

/** `gc()`: exposed by --expose-gc, or switched on here; undefined when neither works. */
function forcedGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

async function heapAfterGc(gc: () => void): Promise<number> {
  for (let round = 0; round < 3; round++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** The server's today in the malformed-request runs: a Monday morning in Amsterdam. */
const todayDate = '2026-03-02';
const today = new Date(`${todayDate}T09:00:00+01:00`);

/** Runs `total` malformed requests and reports the category. */
export async function malformedCategory(total: number): Promise<void> {
  const server = await createVangnetServer({
    config: readConfig({ VANGNET_RATE_LIMIT_WRITES: '0', VANGNET_RATE_LIMIT_TOKENS: '0' }),
    db: await openPGlite('memory://'),
    log: createLogger('silent'),
    clock: { now: () => today },
  });
  try {
    const handle = async (attempt: Attempt): Promise<Response> =>
      server.app.fetch(
        new Request(`${base}${attempt.path}`, {
          method: attempt.method ?? 'GET',
          headers: attempt.headers ?? {},
          ...(attempt.body === undefined ? {} : { body: attempt.body }),
        }),
      );
    // A Monday a week after the server's fixed today: free slots whatever day the test runs on
    // (with the machine's clock, a Saturday run asked for a Saturday and found none).
    const day = addDays(todayDate, 7);
    const slotsAnswer = await handle({
      path: `/v1/slots?location=jongerenpunt070&from=${day}&to=${day}`,
      headers: { Authorization: auth },
    });
    const { items: slots } = (await slotsAnswer.json()) as {
      items: { id: string; start: string }[];
    };
    assert.ok(slots[0], 'a free slot to start the bodies from');
    const count = new FaultCount();
    const gc = forcedGc();
    let baseline = 0;

    const run = async (from: number, to: number) => {
      let next = from;
      const worker = async () => {
        while (next < to) {
          const seed = next++;
          const g = generator(seed);
          const family = familyOf(seed);
          const attempt = (families[family] as Family)(g, g.pick(slots));
          const what = `#${seed} ${family}: ${attempt.method ?? 'GET'} ${attempt.path.slice(0, 60)}`;
          try {
            const response = await within(handle(attempt), 20_000, what);
            count.answer(what, response);
            const reason = await breach(attempt, response);
            if (reason && response.status < 500) count.problem(`${what}: ${reason}`);
          } catch (error) {
            count.answer(what, undefined);
            count.problem(`${what}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
    };

    // A warm-up (the code paths compiled, the caches filled) before the baseline is taken.
    const warmUp = Math.min(500, total);
    await run(0, warmUp);
    if (gc) baseline = await heapAfterGc(gc);
    await run(warmUp, total);
    await reuseOfKeys(count, handle, slots);

    let note: string;
    if (gc) {
      const grown = (await heapAfterGc(gc)) - baseline;
      note = `; heap ${grown >= 0 ? '+' : ''}${megabytes(grown)} MB after GC`;
      if (grown > 20 * 1_048_576) count.problem(`the heap grew by ${megabytes(grown)} MB`);
    } else {
      note = '; memory not checked: gc() is not available (run node with --expose-gc)';
      console.log(`security: malformed requests — ${note.slice(2)}`);
    }
    if (process.env['VANGNET_FAULTS_DUMP']) console.log(count.problems.join('\n'));
    count.report('malformed requests', ` (${count.problems.length} broke the contract${note})`);
  } finally {
    await server.close();
  }
}

/**
 * An Idempotency-Key used again with another body (422 mismatch, no second record) and again with
 * the same body (the first answer), 20 times.
 */
async function reuseOfKeys(
  count: FaultCount,
  handle: (attempt: Attempt) => Promise<Response>,
  slots: readonly { id: string; start: string }[],
) {
  for (let index = 0; index < 20; index++) {
    const key = `malformed-reuse-${index}`;
    const body = { location: 'jongerenpunt070', name: `Reuse ${index}`, phone: '06 00000000' };
    const first = await handle(post('/v1/callback-requests', JSON.stringify(body), {}, key));
    count.answer(key, first);
    const created = await first.text();
    const other = post(
      index % 2 === 0 ? '/v1/callback-requests' : '/v1/appointments',
      JSON.stringify(index % 2 === 0 ? { ...body, name: 'Other' } : bookingOf(slots[0] as never)),
      {},
      key,
    );
    const mismatch = await handle(other);
    count.answer(`${key} with another body`, mismatch);
    const reason = await breach(other, mismatch.clone());
    if (reason) count.problem(`${key} with another body: ${reason}`);
    if (mismatch.status === 201) count.duplicated++;
    const again = await handle(post('/v1/callback-requests', JSON.stringify(body), {}, key));
    count.answer(`${key} again`, again);
    if (again.status !== 201 || (await again.text()) !== created) {
      count.duplicated++;
      count.problem(`${key} again: ${again.status}, not the first answer`);
    }
  }
}
