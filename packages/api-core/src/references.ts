import type { Random } from './random.ts';
import type { InsertResult } from './store.ts';

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

/** Draws of a reference before giving up: with 31⁶ references a second draw is already rare. */
const referenceDraws = 5;

/**
 * Inserts a record made by `make`, drawing a new reference (and id) while the store's uniqueness
 * constraint says the last one exists. Any other refusal is the caller's to handle.
 */
export async function insertWithFreshReference<T>(
  make: () => T,
  insert: (record: T) => Promise<InsertResult>,
): Promise<T> {
  for (let draw = 0; draw < referenceDraws; draw++) {
    const record = make();
    const result = await insert(record);
    if (result === 'ok') return record;
    if (result !== 'reference-taken') throw new Error(`Unexpected insert result: ${result}`);
  }
  throw new Error('No free reference after several draws');
}
