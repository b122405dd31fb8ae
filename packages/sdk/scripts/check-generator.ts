// The source of packages/sdk/src/checks/generated.ts: checks of the first view's reads without
// zod, put together from the pieces in src/checks/combinators.ts as the zod schemas say
// (decision 0301). A check returns what the schema's `safeParse` would return as `data`, or
// `undefined` where the schema would refuse the input or where the check cannot be sure (a URL
// with a tab in it): the caller then asks zod itself, so a check has the last word only on what it
// accepts. `npm run checks` writes the file; a test fails while the committed file differs from
// this output, and another compares every check with its schema.
import * as z from 'zod/mini';
import { shapeOf } from '../src/checks/field-shape.ts';

/** What the generator reads of a zod schema or check: its definition. */
interface Definition {
  readonly type?: string;
  readonly check?: string;
  readonly format?: string;
  readonly [key: string]: unknown;
}

interface Inspectable {
  readonly _zod: { readonly def: Definition; readonly values?: ReadonlySet<unknown> };
}

const definitionOf = (schema: unknown): Definition => (schema as Inspectable)._zod.def;

/** A schema the generator does not know: it says so, rather than guessing what zod would do. */
class UnsupportedSchemaError extends Error {
  constructor(what: string) {
    super(`The check generator does not support ${what}: extend it, or leave this schema to zod.`);
  }
}

const trimSource = String(definitionOf(z.trim()).tx);
/** The string formats whose check is their pattern alone. */
const patternFormats = new Set(['email', 'date', 'datetime', 'time']);

/** A number as source; `Infinity` where there is no bound. */
const numberSource = (value: number) => (Number.isFinite(value) ? String(value) : 'Infinity');

/** Arguments without the trailing ones that are their defaults. */
function trimDefaults(values: readonly string[], defaults: readonly string[]): string {
  const kept = [...values];
  while (kept.length > 0 && kept.at(-1) === defaults[kept.length - 1]) kept.pop();
  return kept.join(', ');
}

/** Writes one constant per schema, once, however often the schema is used. */
class CheckWriter {
  readonly #names = new Map<unknown, string>();
  readonly #constants = new Map<string, string>();

  /** The name of the constant that checks `schema`. */
  nameFor(schema: unknown): string {
    const known = this.#names.get(schema);
    if (known) return known;
    // Schemas made alike (two `lineOf(200)`) share one check.
    const name = this.#constant(this.#expression(definitionOf(schema)));
    this.#names.set(schema, name);
    return name;
  }

  #constant(source: string): string {
    let name = this.#constants.get(source);
    if (!name) {
      name = `k${this.#constants.size}`;
      this.#constants.set(source, name);
    }
    return name;
  }

  #pattern(value: unknown): string {
    if (!(value instanceof RegExp) || /[gy]/.test(value.flags))
      throw new UnsupportedSchemaError(`the pattern ${String(value)}`);
    return this.#constant(String(value));
  }

  #set(values: Iterable<unknown>): string {
    const list = [...values];
    if (list.some((value) => value === undefined))
      throw new UnsupportedSchemaError('undefined as a value');
    return this.#constant(`new Set(${JSON.stringify(list)})`);
  }

  #expression(def: Definition): string {
    switch (def.type) {
      case 'string':
        return this.#string(def);
      case 'number':
        return this.#integer(def);
      case 'boolean':
        return this.#refined('boolean', def);
      case 'enum':
        return this.#refined(`oneOf(${this.#set(Object.values(def.entries as object))})`, def);
      case 'literal':
        return this.#refined(`oneOf(${this.#set(def.values as unknown[])})`, def);
      case 'optional':
        return `optional(${this.nameFor(def.innerType)})`;
      case 'nullable':
        return `nullable(${this.nameFor(def.innerType)})`;
      case 'array':
        return this.#array(def);
      case 'object':
        return this.#object(def);
      case 'record':
        return this.#record(def);
      default:
        throw new UnsupportedSchemaError(`a schema of type ${def.type}`);
    }
  }

  /** The checks of `def`, each as its definition, split from the refinements that close them. */
  #rules(def: Definition): { rules: Definition[]; refinements: string[] } {
    const rules: Definition[] = [];
    const refinements: string[] = [];
    for (const check of (def.checks as unknown[] | undefined) ?? []) {
      const rule = definitionOf(check);
      // The refinement's own code: it must not reach outside itself, which the comparison with
      // zod in the tests would show.
      if (rule.check === 'custom' && typeof rule.fn === 'function')
        refinements.push(String(rule.fn));
      else if (refinements.length > 0)
        throw new UnsupportedSchemaError(`the check ${rule.check} after a refinement`);
      else rules.push(rule);
    }
    return { rules, refinements };
  }

  /** `expression` with the refinements of `def` around it; other checks are not expected. */
  #refined(expression: string, def: Definition, rules?: Definition[]): string {
    const split = this.#rules(def);
    const left = rules ?? split.rules;
    if (left.length > 0) throw new UnsupportedSchemaError(`the check ${left[0]!.check} here`);
    return split.refinements.reduce((inner, rule) => `refined(${inner}, ${rule})`, expression);
  }

  #string(def: Definition): string {
    const { rules } = this.#rules(def);
    let min = 0;
    let max = Infinity;
    let trim = false;
    const patterns: string[] = [];
    if (def.format === 'url') {
      if ('normalize' in def || 'hostname' in def)
        throw new UnsupportedSchemaError('a normalising URL, or one with a hostname rule');
    } else if (def.format !== undefined) {
      if (!patternFormats.has(def.format))
        throw new UnsupportedSchemaError(`the string format ${def.format}`);
      patterns.push(this.#pattern(def.pattern));
    }
    const left = rules.filter((rule, index) => {
      if (rule.check === 'overwrite' && String(rule.tx) === trimSource && index === 0) {
        // Trimmed before anything else looks at it; a format looks at the text as it came.
        if (def.format !== undefined) throw new UnsupportedSchemaError('a trimmed format');
        trim = true;
      } else if (rule.check === 'min_length') min = Math.max(min, Number(rule.minimum));
      else if (rule.check === 'max_length') max = Math.min(max, Number(rule.maximum));
      else if (rule.check === 'string_format' && rule.format === 'regex')
        patterns.push(this.#pattern(rule.pattern));
      else return true;
      return false;
    });
    const url =
      def.format !== 'url'
        ? 'undefined'
        : def.protocol === undefined
          ? 'null'
          : this.#pattern(def.protocol);
    const patternList = patterns.length === 0 ? '[]' : `[${patterns.join(', ')}]`;
    const args = trimDefaults(
      [String(min), numberSource(max), trim ? '1' : '0', patternList, url],
      ['0', 'Infinity', '0', '[]', 'undefined'],
    );
    return this.#refined(`text(${args})`, def, left);
  }

  #integer(def: Definition): string {
    if (def.format !== 'safeint')
      throw new UnsupportedSchemaError(`a number of format ${def.format ?? 'none'}`);
    let min = -Infinity;
    let max = Infinity;
    const left = this.#rules(def).rules.filter((rule) => {
      if (rule.check === 'greater_than' && rule.inclusive) min = Math.max(min, Number(rule.value));
      else if (rule.check === 'less_than' && rule.inclusive)
        max = Math.min(max, Number(rule.value));
      else return true;
      return false;
    });
    const args = trimDefaults(
      [Number.isFinite(min) ? String(min) : '-Infinity', numberSource(max)],
      ['-Infinity', 'Infinity'],
    );
    return this.#refined(`integer(${args})`, def, left);
  }

  #array(def: Definition): string {
    let min = 0;
    let max = Infinity;
    const left = this.#rules(def).rules.filter((rule) => {
      if (rule.check === 'min_length') min = Math.max(min, Number(rule.minimum));
      else if (rule.check === 'max_length') max = Math.min(max, Number(rule.maximum));
      else return true;
      return false;
    });
    const args = trimDefaults(
      [this.nameFor(def.element), String(min), numberSource(max)],
      ['', '0', 'Infinity'],
    );
    return this.#refined(`list(${args})`, def, left);
  }

  #object(def: Definition): string {
    const shape = def.shape as Record<string, unknown>;
    const catchall = def.catchall === undefined ? undefined : definitionOf(def.catchall).type;
    if (catchall !== undefined && catchall !== 'never')
      throw new UnsupportedSchemaError(`an object with a catchall of type ${catchall}`);
    const properties = Object.entries(shape).map(([key, property]) => {
      if (key === '__proto__') throw new UnsupportedSchemaError('a property named __proto__');
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
      return `${name}: ${this.nameFor(property)}`;
    });
    // A strict object (catchall never) refuses keys it does not know.
    const strict = catchall === 'never' ? ', 1' : '';
    return this.#refined(`object({ ${properties.join(', ')} }${strict})`, def);
  }

  #record(def: Definition): string {
    if (def.partial || def.mode === 'loose')
      throw new UnsupportedSchemaError('a partial or loose record');
    const value = this.nameFor(def.valueType);
    const keys = (def.keyType as Inspectable)._zod.values;
    if (keys && [...keys].some((key) => typeof key !== 'string' || key === '__proto__'))
      throw new UnsupportedSchemaError('a record over keys that are not plain strings');
    // A record over an enum needs every key of it, and no other.
    const key = keys ? this.#set(keys) : this.nameFor(def.keyType);
    return this.#refined(`record(${value}, ${key})`, def);
  }

  /** The constants written so far, each after those it uses. */
  source(): string {
    return [...this.#constants].map(([source, name]) => `const ${name} = ${source};`).join('\n');
  }
}

/** What the generated module starts with. */
const header = `// Generated by packages/sdk/scripts/check-generator.ts from the zod schemas: do not edit.
// Run \`npm run checks\` after changing a schema that a check below is made from (decision 0301).
// @ts-nocheck: a refinement's code is copied as it is, without its parameter's type.
`;

/** A contract to generate: its exported name, and its schema with where that is exported. */
export interface CheckTarget {
  /** The export of the generated module, such as `catalogContract`. */
  readonly contract: string;
  /** The schema's module in `src/schemas/`, without `.ts`. */
  readonly module: string;
  /** The schema's export there. */
  readonly schemaName: string;
  readonly schema: unknown;
  /** The type of the schema's output, exported by the same module (or `string`). */
  readonly type: string;
}

const builtInTypes = new Set(['string', 'number', 'boolean']);
const combinators = ['boolean', 'integer', 'list', 'nullable', 'object', 'oneOf', 'optional'];

/**
 * The generated module: for each target a {@link CheckTarget.contract} with the check put
 * together from its schema, and the schema itself one dynamic import away. Throws an
 * {@link UnsupportedSchemaError} for a schema it cannot check exactly.
 */
export function generateChecks(targets: readonly CheckTarget[]): string {
  const writer = new CheckWriter();
  const types = new Map<string, Set<string>>();
  const exports = targets.map(({ contract, module, schemaName, schema, type }) => {
    if (!builtInTypes.has(type)) types.set(module, (types.get(module) ?? new Set()).add(type));
    return [
      `/** The contract of \`${schemaName}\`: a check made from it, and the schema on demand. */`,
      `export const ${contract}: Contract<${type}> = {`,
      `  check: outputOf(${writer.nameFor(schema)}),`,
      // One module for every schema: a bundle fetches them, and zod, as one part when needed.
      `  schema: async () => (await import('../schemas/index.ts')).${schemaName},`,
      `};`,
    ].join('\n');
  });
  const body = writer.source();
  const used = [...combinators, 'record', 'refined', 'text'].filter((name) =>
    new RegExp(`\\b${name}\\b`).test(body),
  );
  const imports = [
    `import { ${[...used, 'outputOf'].sort().join(', ')} } from './combinators.ts';`,
    `import type { Contract } from './contract.ts';`,
    ...[...types].map(
      ([module, names]) =>
        `import type { ${[...names].sort().join(', ')} } from '../schemas/${module}.ts';`,
    ),
  ];
  return `${header}${imports.join('\n')}\n\n${body}\n\n${exports.join('\n\n')}\n`;
}

/** What the generated form contracts start with. */
const formsHeader = `// Generated by packages/sdk/scripts/check-generator.ts from the zod schemas: do not edit.
// Run \`npm run checks\` after changing a schema a form fills in (decision 0302).
`;

/**
 * The module of the forms' contracts: each input's {@link shapeOf shape} as a literal, and its
 * schema one dynamic import away.
 */
export function generateFormContracts(targets: readonly CheckTarget[]): string {
  const types = new Map<string, Set<string>>();
  const exports = targets.map(({ contract, module, schemaName, schema, type }) => {
    types.set(module, (types.get(module) ?? new Set()).add(type));
    return [
      `/** What a form needs of \`${schemaName}\`: its fields now, the schema when it checks. */`,
      `export const ${contract}: FormContract<${type}> = {`,
      `  shape: ${JSON.stringify(shapeOf(schema))},`,
      `  schema: async () => (await import('../schemas/index.ts')).${schemaName},`,
      `};`,
    ].join('\n');
  });
  const imports = [
    `import type { FormContract } from './contract.ts';`,
    ...[...types].map(
      ([module, names]) =>
        `import type { ${[...names].sort().join(', ')} } from '../schemas/${module}.ts';`,
    ),
  ];
  return `${formsHeader}${imports.join('\n')}\n\n${exports.join('\n\n')}\n`;
}
