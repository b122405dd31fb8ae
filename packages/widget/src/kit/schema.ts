/**
 * The little the kit needs of a zod/mini schema, described structurally so the kit depends on
 * the SDK's schemas, not on a zod version of its own.
 */
import type { FieldShape } from '@vangnet/sdk';

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

/**
 * A form's input before its schema is loaded: the SDK's `FormContract` (`referralInputForm`), its
 * fields' shape at hand and its schema one import away (decision 0302).
 */
export interface LazyFormSchema<T = unknown> {
  readonly shape: FieldShape;
  readonly schema: () => Promise<FormSchema<T>>;
}

/**
 * The shape of the field at `path` inside a group, or `undefined` where there is none. Only the
 * field's own `optional` counts: optional ancestors (a parent contact that may be left out) do not
 * make a field optional once its group is filled in.
 */
export function describeField(shape: FieldShape, path: readonly string[]): FieldShape | undefined {
  let current: FieldShape | undefined = shape;
  for (const segment of path) {
    if (current?.kind === 'object') current = current.fields?.[segment];
    else if (current?.kind === 'list' && /^\d+$/.test(segment)) current = current.item;
    else return undefined;
  }
  return current;
}

/**
 * A copy of `model` with an empty object wherever the shape requires a group that is missing,
 * so zod reports the missing fields inside it (`supportNeed.reasons`) rather than one issue on
 * the whole group (`supportNeed`), which no field could show.
 */
export function withRequiredObjects(shape: FieldShape, model: unknown): unknown {
  if (shape.kind !== 'object' || typeof model !== 'object' || model === null) return model;
  if (Array.isArray(model)) return model;
  const copy: Record<string, unknown> = { ...(model as Record<string, unknown>) };
  for (const [name, field] of Object.entries(shape.fields ?? {})) {
    if (field.kind === 'object' && !field.optional && copy[name] === undefined) copy[name] = {};
    if (copy[name] !== undefined) copy[name] = withRequiredObjects(field, copy[name]);
  }
  return copy;
}

/**
 * `model` with only the fields the shape describes, at every level. A request's objects refuse
 * fields they do not have (a BSN must never be accepted), while a form keeps state of its own
 * beside them — a checkbox, the location chosen before the slot: that state stays in the form and
 * is never validated or sent as part of the request.
 */
export function withinSchema(shape: FieldShape, model: unknown): unknown {
  if (typeof model !== 'object' || model === null) return model;
  if (shape.kind === 'list' && Array.isArray(model)) {
    return model.map((item: unknown) => (shape.item ? withinSchema(shape.item, item) : item));
  }
  if (shape.kind !== 'object' || Array.isArray(model)) return model;
  const fields = shape.fields ?? {};
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(model as Record<string, unknown>)) {
    const field = fields[name];
    if (field) kept[name] = withinSchema(field, value);
  }
  return kept;
}
