import { idContract } from './generated.ts';

/** Whether `value` is an `Id` of the contract (`IdSchema`), checked without loading zod. */
export const isId = (value: unknown): value is string => idContract.check(value) !== undefined;
