// The pieces the generated checks (generated.ts) are put together from, one per kind of zod schema
// the generator knows. Each piece returns what zod's `safeParse` would give as `data`, or `no`
// where zod would refuse or where the piece cannot be sure; the generator's tests compare the two
// on thousands of inputs (decision 0301). Every piece builds a new value, as zod does: the caller's
// input is never changed.

/** What a check returns where the schema would refuse, or where it cannot be sure. */
export const no: unique symbol = Symbol('no');

/** A check of one value: its output, or {@link no}. */
export interface Check {
  (value: unknown): unknown;
  /** Set on {@link optional}: an absent property is left absent. */
  readonly optional?: true;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's `isPlainObject`, narrowed: a prototype other than Object's goes to zod. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (!isObject(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * zod's URL check where it keeps the text as it is: anything it would trim, strip or judge by
 * another rule (`http:example.org`) goes to zod.
 */
function isKeptUrl(value: string, protocol: RegExp | undefined): boolean {
  if (value !== value.trim() || /[\t\n\r]/.test(value) || !/^https?:\/\//i.test(value))
    return false;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return !protocol || protocol.test(parsed.protocol.slice(0, -1));
}

/**
 * A string: trimmed first when `trim`, then its length between `min` and `max`, then each
 * pattern; `url` makes it a URL with that protocol pattern.
 */
export const text =
  (
    min = 0,
    max = Infinity,
    trim = 0,
    patterns: readonly RegExp[] = [],
    url?: RegExp | null,
  ): Check =>
  (value) => {
    if (typeof value !== 'string') return no;
    const out = trim ? value.trim() : value;
    if (out.length < min || out.length > max) return no;
    for (const pattern of patterns) if (!pattern.test(out)) return no;
    if (url !== undefined && !isKeptUrl(out, url ?? undefined)) return no;
    return out;
  };

/** A safe integer (`z.int()`) from `min` to `max`. */
export const integer =
  (min = -Infinity, max = Infinity): Check =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
      ? value
      : no;

/** `true` or `false`. */
export const boolean: Check = (value) => (typeof value === 'boolean' ? value : no);

/** One of `values` (an enum or a literal). */
export const oneOf =
  (values: ReadonlySet<unknown>): Check =>
  (value) =>
    values.has(value) ? value : no;

/** `undefined`, or what `check` accepts; a property of this kind may be absent. */
export const optional = (check: Check): Check =>
  Object.assign((value: unknown) => (value === undefined ? undefined : check(value)), {
    optional: true as const,
  });

/** `null`, or what `check` accepts. */
export const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? null : check(value);

/** An array of what `check` accepts, with `min` to `max` elements. */
export const list =
  (check: Check, min = 0, max = Infinity): Check =>
  (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return no;
    const out: unknown[] = [];
    for (const element of value) {
      const checked = check(element);
      if (checked === no) return no;
      out.push(checked);
    }
    return out;
  };

/**
 * An object with the properties of `shape`, in its order; others are dropped, or refused when
 * `strict`. An absent property is refused, unless its check is {@link optional}.
 */
export const object =
  (shape: Readonly<Record<string, Check>>, strict = 0): Check =>
  (value) => {
    if (!isObject(value)) return no;
    if (strict) for (const key in value) if (!Object.hasOwn(shape, key)) return no;
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      const check = shape[key]!;
      if (check.optional && !(key in value)) continue;
      const checked = check(value[key]);
      if (checked === no) return no;
      out[key] = checked;
    }
    return out;
  };

/**
 * A record: with `keys`, exactly those keys (a record over an enum); else any key `key` accepts
 * unchanged. Each value as `check` accepts it.
 */
export const record =
  (check: Check, key: Check | ReadonlySet<string>): Check =>
  (value) => {
    if (!isPlainObject(value)) return no;
    const names = Object.keys(value);
    if (key instanceof Set) {
      if (names.length !== key.size || names.some((name) => !key.has(name))) return no;
    } else if (names.some((name) => name === '__proto__' || (key as Check)(name) !== name)) {
      return no;
    }
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const checked = check(value[name]);
      if (checked === no) return no;
      out[name] = checked;
    }
    return out;
  };

/** What `check` accepts and `rule` (a schema's refinement) holds true for. */
export const refined =
  (check: Check, rule: (value: never) => unknown): Check =>
  (value) => {
    const checked = check(value);
    return checked === no || !rule(checked as never) ? no : checked;
  };

/** What a generated contract's `check` returns: the output, or `undefined` for "ask the schema". */
export const outputOf =
  <Output>(check: Check) =>
  (value: unknown): Output | undefined => {
    const checked = check(value);
    return checked === no ? undefined : (checked as Output);
  };
