/**
 * The little the kit needs of a zod/mini schema, described structurally so the kit depends on
 * the SDK's schemas, not on a zod version of its own.
 */

/** One problem zod found, as far as the kit reads it. */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: string | undefined;
  readonly format?: string | undefined;
  readonly minimum?: number | bigint | undefined;
  readonly maximum?: number | bigint | undefined;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/** A schema the kit can validate with: any zod/mini schema, e.g. `ReferralInputSchema`. */
export interface FormSchema<T = unknown> {
  safeParse(
    data: unknown,
  ):
    | { readonly success: true; readonly data: T }
    | { readonly success: false; readonly error: { readonly issues: readonly SchemaIssue[] } };
}

/** The output type of a form schema. */
export type SchemaOutput<S> = S extends FormSchema<infer T> ? T : never;

interface ZodDefinition {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly innerType?: unknown;
  readonly element?: unknown;
  readonly checks?: readonly unknown[];
}

function definitionOf(schema: unknown): ZodDefinition | undefined {
  const internals = (schema as { _zod?: { def?: ZodDefinition } } | undefined)?._zod;
  return internals?.def;
}

/**
 * The schema of the field at `path` inside an object schema, and whether the field itself is
 * optional. Reads zod's definitions, so required marks and limits come from the contract
 * instead of being written a second time in each form.
 */
export function describeField(
  schema: unknown,
  path: readonly string[],
): { schema: unknown; optional: boolean } | undefined {
  let current: unknown = schema;
  for (const segment of path) {
    let definition = definitionOf(current);
    while (definition?.type === 'optional' || definition?.type === 'default') {
      current = definition.innerType;
      definition = definitionOf(current);
    }
    if (definition?.type === 'object') current = definition.shape?.[segment];
    else if (definition?.type === 'array' && /^\d+$/.test(segment)) current = definition.element;
    else return undefined;
    if (current === undefined) return undefined;
  }
  // Optional ancestors (a parent contact that may be left out) do not make a field optional
  // once its group is filled in, so only the field's own wrapper counts.
  const own = definitionOf(current);
  return { schema: current, optional: own?.type === 'optional' || own?.type === 'default' };
}

/** The `maxLength` check of a string schema, unwrapping `optional`. */
export function maxLengthOf(schema: unknown): number | undefined {
  let definition = definitionOf(schema);
  while (definition?.type === 'optional' || definition?.type === 'default') {
    definition = definitionOf(definition.innerType);
  }
  for (const check of definition?.checks ?? []) {
    const checkDefinition = definitionOf(check) as { check?: string; maximum?: number } | undefined;
    if (checkDefinition?.check === 'max_length' && typeof checkDefinition.maximum === 'number') {
      return checkDefinition.maximum;
    }
  }
  return undefined;
}

/**
 * A copy of `model` with an empty object wherever the schema requires an object that is missing,
 * so zod reports the missing fields inside it (`supportNeed.reasons`) rather than one issue on
 * the whole group (`supportNeed`), which no field could show.
 */
export function withRequiredObjects(schema: unknown, model: unknown): unknown {
  const definition = definitionOf(schema);
  if (definition?.type !== 'object' || typeof model !== 'object' || model === null) return model;
  if (Array.isArray(model)) return model;
  const copy: Record<string, unknown> = { ...(model as Record<string, unknown>) };
  for (const [name, fieldSchema] of Object.entries(definition.shape ?? {})) {
    const fieldDefinition = definitionOf(fieldSchema);
    if (fieldDefinition?.type === 'object' && copy[name] === undefined) copy[name] = {};
    if (copy[name] !== undefined) {
      const inner = fieldDefinition?.type === 'optional' ? fieldDefinition.innerType : fieldSchema;
      copy[name] = withRequiredObjects(inner, copy[name]);
    }
  }
  return copy;
}

/**
 * `model` with only the fields the schema describes, at every level. A request's objects refuse
 * fields they do not have (a BSN must never be accepted), while a form keeps state of its own
 * beside them — a checkbox, the location chosen before the slot: that state stays in the form and
 * is never validated or sent as part of the request.
 */
export function withinSchema(schema: unknown, model: unknown): unknown {
  let definition = definitionOf(schema);
  while (definition?.type === 'optional' || definition?.type === 'default') {
    definition = definitionOf(definition.innerType);
  }
  if (typeof model !== 'object' || model === null) return model;
  if (definition?.type === 'array' && Array.isArray(model)) {
    return model.map((item: unknown) => withinSchema(definition.element, item));
  }
  if (definition?.type !== 'object' || Array.isArray(model)) return model;
  const shape = definition.shape ?? {};
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(model as Record<string, unknown>)) {
    if (name in shape) kept[name] = withinSchema(shape[name], value);
  }
  return kept;
}
