/**
 * What a form needs of its input schema before zod is there: which fields a group has, which of
 * them may be left out and how long a text may be. Forms mark required fields and limit texts from
 * it on their first view; the schema itself, loaded after, validates (decision 0302).
 */
export interface FieldShape {
  /** A group of named fields, a list of items, or one value. */
  readonly kind: 'object' | 'list' | 'value';
  /** The field may be left out (`z.optional` or `z._default` around it). */
  readonly optional?: true;
  /** A group's fields. */
  readonly fields?: Readonly<Record<string, FieldShape>>;
  /** A list's item. */
  readonly item?: FieldShape;
  /** A text's maximum length. */
  readonly maxLength?: number;
}

interface Definition {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly innerType?: unknown;
  readonly element?: unknown;
  readonly checks?: readonly unknown[];
  readonly check?: string;
  readonly maximum?: unknown;
}

const definitionOf = (schema: unknown): Definition | undefined =>
  (schema as { _zod?: { def?: Definition } } | undefined)?._zod?.def;

const isWrapper = (definition: Definition | undefined) =>
  definition?.type === 'optional' || definition?.type === 'default';

/** The {@link FieldShape} of a zod/mini schema, read from its definitions. */
export function shapeOf(schema: unknown): FieldShape {
  let definition = definitionOf(schema);
  const optional = isWrapper(definition);
  while (isWrapper(definition)) definition = definitionOf(definition?.innerType);
  const own = optional ? { optional: true as const } : {};
  if (definition?.type === 'object') {
    const fields = Object.fromEntries(
      Object.entries(definition.shape ?? {}).map(([name, field]) => [name, shapeOf(field)]),
    );
    return { kind: 'object', ...own, fields };
  }
  if (definition?.type === 'array')
    return { kind: 'list', ...own, item: shapeOf(definition.element) };
  for (const check of definition?.checks ?? []) {
    const checkDefinition = definitionOf(check);
    if (checkDefinition?.check === 'max_length' && typeof checkDefinition.maximum === 'number') {
      return { kind: 'value', ...own, maxLength: checkDefinition.maximum };
    }
  }
  return { kind: 'value', ...own };
}
