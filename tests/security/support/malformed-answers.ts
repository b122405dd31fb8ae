// Generates malformed answers from a valid one: every field dropped, given the wrong type or
// null, extra and prototype-polluting keys, 1 MB strings, 10,000 levels of nesting, and bodies
// that are not (whole) JSON or come with the wrong content type.

/** One malformed answer and what the SDK must make of it. */
export interface MalformedAnswer {
  readonly name: string;
  readonly status: number;
  readonly body: string;
  readonly contentType: string | null;
  /** `true`: the contract cannot be met, so it must be an InvalidResponseError, not data. */
  readonly mustFail: boolean;
}

import { problemTypeBase } from '@vangnet/sdk';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

const megabyte = 'A'.repeat(1024 * 1024);
/** `[[[…]]]` 10,000 levels deep, as text: building it as a value would only test JSON.stringify. */
const deepNesting = '['.repeat(10_000) + ']'.repeat(10_000);

/** The paths of every node, following only the first item of each list (the rest look alike). */
function paths(value: Json, path: Path = []): Path[] {
  const found: Path[] = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) {
    if (value.length > 0) found.push(...paths(value[0] as Json, [...path, 0]));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) found.push(...paths(child, [...path, key]));
  }
  return found;
}

const at = (value: Json, path: Path): Json =>
  path.reduce<Json>((node, key) => (node as Record<string, Json>)[key] as Json, value);

/** A copy of `value` with the node at `path` replaced (or removed, for `undefined`). */
function replaced(value: Json, path: Path, replacement: Json | undefined): Json {
  const copy = structuredClone(value);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json> & Json[];
  const key = path.at(-1) as string | number;
  if (replacement !== undefined) parent[key] = replacement;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

/** A value of another JSON type than `value`, never `null`. */
function wrongType(value: Json): Json {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return { 0: value[0] ?? 'x' };
  if (value === null) return {};
  return [value];
}

const json = 'application/json';
const label = (path: Path) => path.join('.');

/** Every malformed variant of a valid answer (`status`, `body`) of one operation. */
export function* malformedAnswers(status: number, valid: Json): Generator<MalformedAnswer> {
  const answer = (
    name: string,
    body: string,
    mustFail: boolean,
    contentType: string | null = json,
  ) => ({ name, status, body, contentType, mustFail }) satisfies MalformedAnswer;
  const text = JSON.stringify(valid);
  const all = paths(valid);

  for (const path of all) {
    yield answer(`without ${label(path)}`, JSON.stringify(replaced(valid, path, undefined)), false);
    yield answer(
      `${label(path)} of the wrong type`,
      JSON.stringify(replaced(valid, path, wrongType(at(valid, path)))),
      true,
    );
    yield answer(`${label(path)} null`, JSON.stringify(replaced(valid, path, null)), false);
    const node = at(valid, path);
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      // Own keys named __proto__ and constructor, as JSON.parse makes them.
      const hostile = JSON.parse(
        '{"unexpected":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
      ) as Json;
      yield answer(
        `${label(path)} with extra and polluting keys`,
        JSON.stringify(replaced(valid, path, { ...node, ...(hostile as object) })),
        false,
      );
    }
  }
  // Values of the right type that are still not what the field promises: links that would run.
  const hostileValues: Record<string, readonly string[]> = {
    website: [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//example.org',
    ],
    email: [
      'x@example.org?cc=all@example.org',
      'javascript:alert(1)//@example.org',
      '<x@example.org>',
    ],
  };
  for (const path of all) {
    const values = hostileValues[String(path.at(-1))];
    if (typeof at(valid, path) !== 'string' || !values) continue;
    for (const value of values)
      yield answer(`${label(path)} ${value}`, JSON.stringify(replaced(valid, path, value)), true);
  }
  const strings = all.filter((path) => typeof at(valid, path) === 'string').slice(0, 4);
  for (const path of strings)
    yield answer(
      `${label(path)} a 1 MB string`,
      JSON.stringify(replaced(valid, path, megabyte)),
      false,
    );
  const marker = '"__deep__"';
  for (const path of all.filter((p) => p.length === 1).slice(0, 3)) {
    const body = JSON.stringify(replaced(valid, path, '__deep__')).replace(marker, deepNesting);
    yield answer(`${label(path)} nested 10,000 levels deep`, body, true);
  }
  const rootHostile = `{"__proto__":{"polluted":true},${text.slice(1)}`;
  yield answer('__proto__ at the top', rootHostile, false);

  for (const [name, body] of [
    ['an HTML page', '<!doctype html><title>Inloggen op het wifi-netwerk</title>'],
    ['plain text', 'OK'],
    ['JSON null', 'null'],
    ['a JSON string', '"ok"'],
    ['a JSON number', '200'],
    ['an empty list', '[]'],
    ['an empty object', '{}'],
    ['whitespace', '  \n'],
    ['an empty body', ''],
    ['a lone brace', '{'],
    ['a byte-order mark and garbage', '\uFEFF\u0000\u0001'],
    ['JSON with a trailing comma', `${text.slice(0, -1)},}`],
    ['JSON with comments', `/* x */${text}`],
    ['10,000 levels of nesting', deepNesting],
  ] as const)
    yield answer(name, body, true);
  for (const cut of [1, 2, 3, 5, 10, 50, 100, 500]) {
    if (cut >= text.length) continue;
    yield answer(`JSON cut after ${cut} characters`, text.slice(0, cut), true);
  }
  yield answer('JSON cut one character short', text.slice(0, -1), true);
  for (const contentType of ['text/html', 'text/plain', 'application/xml', null])
    yield answer(`a valid body as ${contentType ?? 'no content type'}`, text, false, contentType);
}

/** Problem bodies a hostile or broken server could send with an error status. */
export function* hostileProblems(): Generator<Omit<MalformedAnswer, 'mustFail'>> {
  const problem = (status: number, extra: string) =>
    `{"type":"${problemTypeBase}not-found","title":"x","status":${status}${extra}}`;
  for (const status of [400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503]) {
    const bodies: [string, string, string | null][] = [
      ['a 1 MB detail', problem(status, `,"detail":"${megabyte}"`), 'application/problem+json'],
      [
        'an HTML page',
        '<html><body><script>window.polluted=true</script>Fout</body></html>',
        'text/html',
      ],
      ['HTML as problem+json', '<h1>Fout</h1>', 'application/problem+json'],
      [
        '__proto__ keys',
        `{"__proto__":{"polluted":true},"type":"x","status":${status}}`,
        'application/problem+json',
      ],
      [
        'constructor keys',
        `{"constructor":{"prototype":{"polluted":true}},"type":"x"}`,
        'application/problem+json',
      ],
      [
        'errors that are not a list',
        problem(status, ',"errors":{"__proto__":{"polluted":true}}'),
        'application/problem+json',
      ],
      [
        'errors with hostile pointers',
        problem(status, ',"errors":[{"pointer":"/__proto__/polluted","detail":"x"},{"pointer":7}]'),
        'application/problem+json',
      ],
      [
        'a type that is not text',
        `{"type":{"toString":"x"},"title":[],"status":"${status}"}`,
        'application/problem+json',
      ],
      [
        'a Retry-After of nonsense',
        problem(status, ',"retryAfter":-1'),
        'application/problem+json',
      ],
      ['10,000 levels of nesting', deepNesting, 'application/problem+json'],
      ['cut JSON', problem(status, '').slice(0, 20), 'application/problem+json'],
      ['no body', '', null],
    ];
    for (const [name, body, contentType] of bodies)
      yield { name: `${status} with ${name}`, status, body, contentType };
  }
}
