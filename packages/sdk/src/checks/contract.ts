import type * as z from 'zod/mini';
import type { FieldShape } from './field-shape.ts';

/**
 * How the SDK checks one shape, an answer or an input: a quick check first, and the zod schema,
 * the contract's one source, for the last word. The first view's reads use checks generated from
 * their schemas (`generated.ts`, decision 0301), so a page shows its first view before zod has
 * even been fetched; every other shape uses its schema for both ({@link contractOf}).
 *
 * @internal
 */
export interface Contract<Output> {
  /** What the schema would output, or `undefined` where only the schema can say. */
  readonly check: (input: unknown) => Output | undefined;
  /** The schema, for the issues of what `check` did not accept (and for what it left open). */
  readonly schema: () => z.ZodMiniType<Output> | Promise<z.ZodMiniType<Output>>;
}

/** The contract of a schema that is at hand: it checks and has the last word. */
export function contractOf<Output>(schema: z.ZodMiniType<Output>): Contract<Output> {
  return {
    check: (input) => {
      const result = schema.safeParse(input);
      return result.success ? result.data : undefined;
    },
    schema: () => schema,
  };
}

/**
 * What a form fills in: the shape of the input, at hand for the first view, and its schema, loaded
 * when the form first checks what was typed (decision 0302).
 */
export interface FormContract<Output> {
  /** The fields of the input: required marks and text limits. */
  readonly shape: FieldShape;
  /** The input's schema, one dynamic import away. */
  readonly schema: () => Promise<z.ZodMiniType<Output>>;
}
