import { ProblemError } from './problem.ts';

/** Compares in constant time, so a token cannot be guessed one character at a time. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  }
  return difference === 0;
}

/** Throws 401 `unauthorised` unless the request's `Vangnet-Token` is `expected`. */
export function requireToken(request: Request, expected: string): void {
  const token = request.headers.get('Vangnet-Token')?.trim() ?? '';
  if (token === '' || !sameText(token, expected)) {
    throw new ProblemError('unauthorised', {
      detail: 'Send the token you got when this was created, in the Vangnet-Token header.',
    });
  }
}
