import type { Appointment, VangnetClient } from '@vangnet/sdk';
import { IdempotencyKeys } from './idempotency-keys.ts';
import type { ManageCredentials } from './manage-link.ts';

/**
 * One booking opened from its manage link. The token lives only in this object's private field
 * and goes only into the SDK's calls, which send it in the `Vangnet-Token` header — never in an
 * event, a log, storage or a URL.
 */
export class ManageSession {
  readonly reference: string;
  readonly #token: string;
  readonly #keys = new IdempotencyKeys();

  constructor(credentials: ManageCredentials) {
    this.reference = credentials.reference;
    this.#token = credentials.token;
  }

  get(client: VangnetClient): Promise<Appointment> {
    return client.appointments.get(this.reference, this.#token);
  }

  /** Cancels; pressing again after a network fault repeats the same request (same key). */
  cancel(client: VangnetClient): Promise<Appointment> {
    return client.appointments.cancel(this.reference, this.#token, {
      idempotencyKey: this.#keys.keyFor({ cancel: this.reference }),
    });
  }

  /** Moves the booking to `slotId`; another slot after a 409 gets a new idempotency key. */
  reschedule(client: VangnetClient, slotId: string): Promise<Appointment> {
    return client.appointments.reschedule(this.reference, this.#token, slotId, {
      idempotencyKey: this.#keys.keyFor({ reschedule: this.reference, slotId }),
    });
  }
}
