import type { Random } from '../random.ts';

// No 0/O, 1/I/L: a reference is read out on the phone.
const readable = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const lowercase = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A reference a person can read out, `VN-R-7K3M9Q`; `kind` is R(eferral), A(ppointment), C(all-back). */
export function newReference(random: Random, kind: 'R' | 'A' | 'C'): string {
  return `VN-${kind}-${random.string(6, readable)}`;
}

/** An opaque id for the store, `ref-k3m9q7x2ab`. */
export function newId(random: Random, prefix: string): string {
  return `${prefix}-${random.string(10, lowercase)}`;
}

/**
 * A bearer token for status and manage requests. Unlike ids it comes from the platform's CSPRNG:
 * the mock also runs on a port, and a guessable token would teach the wrong thing.
 */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}
