import { problemTypes, type ProblemTypeName } from '../schemas/enum-values.ts';

/**
 * The name a problem `type` URI ends in (`https://…/problems/slot-taken` → `slot-taken`), when it
 * is one the contract knows.
 */
export function problemTypeName(type: string | undefined): ProblemTypeName | undefined {
  const name = type?.split(/[?#]/)[0]?.split('/').filter(Boolean).pop();
  return problemTypes.find((known) => known === name);
}
