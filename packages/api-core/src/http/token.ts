import { hashSecret, sameText } from '../secrets.ts';
import { ProblemError } from './problem.ts';

/** Throws 401 `unauthorised` unless the request's `Vangnet-Token` hashes to `expectedHash`. */
export async function requireToken(request: Request, expectedHash: string): Promise<void> {
  const token = request.headers.get('Vangnet-Token')?.trim() ?? '';
  if (token === '' || !sameText(await hashSecret(token), expectedHash)) {
    throw new ProblemError('unauthorised', {
      detail: 'Send the token you got when this was created, in the Vangnet-Token header.',
    });
  }
}
