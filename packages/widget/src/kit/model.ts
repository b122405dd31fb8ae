/** A dotted path into a form's model, `youngPerson.dateOfBirth`. */
export type FieldKey = string;

/** Whether a value counts as not filled in: nothing, or only spaces. */
export function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Flat field values from a nested model: objects are walked, arrays and primitives are field
 * values (a checkbox group's value is an array).
 */
export function flattenModel(
  model: Readonly<Record<string, unknown>>,
  prefix = '',
  into = new Map<FieldKey, unknown>(),
): Map<FieldKey, unknown> {
  for (const [name, value] of Object.entries(model)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (isPlainObject(value)) flattenModel(value, key, into);
    else if (!isEmpty(value)) into.set(key, value);
  }
  return into;
}

/** A nested model from flat field values; empty fields are left out, so optional ones stay absent. */
export function buildModel(values: ReadonlyMap<FieldKey, unknown>): Record<string, unknown> {
  const model: Record<string, unknown> = {};
  for (const [key, value] of values) {
    if (isEmpty(value)) continue;
    const segments = key.split('.');
    let target = model;
    for (const segment of segments.slice(0, -1)) {
      const next = target[segment];
      if (isPlainObject(next)) target = next;
      else target = target[segment] = {};
    }
    target[segments[segments.length - 1] ?? key] = value;
  }
  return model;
}

/** The value at an issue path in a nested model. */
export function getAt(model: unknown, path: readonly PropertyKey[]): unknown {
  let current = model;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
