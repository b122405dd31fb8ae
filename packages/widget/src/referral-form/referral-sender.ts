import type { ReactiveController } from 'lit';
import {
  ValidationError,
  type FieldIssue,
  type ReferralCreated,
  type ReferralInput,
  type VangnetClient,
} from '@vangnet/sdk';
import { errorCode, type ErrorCode } from '../core/error-code.ts';
import { SubmitController, type KitHost, type SubmitFailure } from '../kit/index.ts';

/** After this long without an answer, the form says that sending takes longer than usual. */
export const SLOW_AFTER_MS = 2000;

/** What became of a send, for the form to show. */
export type SendResult =
  | {
      readonly kind: 'sent';
      readonly created: ReferralCreated;
      /** The referral the API holds: the one sent, or an earlier version (see `changesNotSent`). */
      readonly input: ReferralInput;
      /**
       * An earlier send's answer was lost but the API had stored it; changes made after it were
       * not sent (the API keeps one referral per key).
       */
      readonly changesNotSent: boolean;
    }
  /** A send was already running (a double click, Enter pressed again): nothing was sent. */
  | { readonly kind: 'ignored' }
  /** A network fault, 429 or 5xx: everything is kept and the retry banner shows. */
  | { readonly kind: 'failed'; readonly failure: SubmitFailure; readonly code: ErrorCode }
  /** A 422 with field errors, for the fields that caused them. */
  | { readonly kind: 'fields'; readonly issues: readonly FieldIssue[]; readonly code: ErrorCode }
  /** Refused in a way a retry cannot fix (401, 403, a 422 without fields). */
  | { readonly kind: 'refused'; readonly code: ErrorCode };

/**
 * Sends a referral once at a time, with one idempotency key per referral: every retry of the same
 * body (the SDK's own and the "Opnieuw proberen" button) reuses it, so the API returns the first
 * result instead of a second referral.
 *
 * The key is also kept when the person changes an answer after a send whose outcome is unknown (a
 * network fault, a timeout, a 5xx): had the API stored that send, a new key would make a second
 * referral. With the old key, the API either takes the changed body (nothing was stored) or
 * answers `422 idempotency-mismatch` (something was); then each body sent with the key is sent
 * again, and the one the API stored comes back as its first result. Only after an answer that
 * settles the key (a 422, given after the key was looked up) does a changed body get a new key.
 * Says when a send is slow.
 */
export class ReferralSender implements ReactiveController {
  readonly #host: KitHost;
  readonly submit: SubmitController;
  /** Whether the running send takes longer than {@link SLOW_AFTER_MS}. */
  slow = false;
  #attempt: { readonly body: string; readonly key: string } | undefined;
  /** Bodies sent with the current key whose outcome is unknown: one of them may be stored. */
  readonly #unsettled = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: KitHost, options: { onBusyChange?: (busy: boolean) => void } = {}) {
    this.#host = host;
    host.addController(this);
    this.submit = new SubmitController(host, {
      onBusyChange: (busy) => {
        this.#watchSlow(busy);
        options.onBusyChange?.(busy);
      },
    });
  }

  /** Whether a send is running. */
  get busy(): boolean {
    return this.submit.busy;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  async send(client: VangnetClient, input: ReferralInput): Promise<SendResult> {
    const body = JSON.stringify(input);
    if (this.#attempt === undefined || (this.#attempt.body !== body && this.#unsettled.size === 0))
      this.#attempt = { body, key: crypto.randomUUID() };
    else this.#attempt = { body, key: this.#attempt.key };
    const idempotencyKey = this.#attempt.key;
    const outcome = await this.submit.run(async () => {
      try {
        return { created: await client.referrals.create(input, { idempotencyKey }), input };
      } catch (error) {
        if (!isMismatch(error)) throw error;
        return this.#stored(client, idempotencyKey, body, error);
      }
    });
    switch (outcome.status) {
      case 'ignored':
        return { kind: 'ignored' };
      case 'done':
        this.#attempt = undefined;
        this.#unsettled.clear();
        return {
          kind: 'sent',
          ...outcome.value,
          changesNotSent: outcome.value.input !== input,
        };
      case 'failed':
        this.#unsettled.add(body);
        return { kind: 'failed', failure: outcome.failure, code: errorCode(outcome.error) };
      default: {
        const error = outcome.error;
        if (error instanceof ValidationError) {
          // The API judges the body only after it looked up the key, so a 422 means nothing is
          // held under it. A mismatch that no body sent with the key explains cannot be
          // resolved with that key either.
          this.#unsettled.clear();
          if (isMismatch(error)) this.#attempt = undefined;
        } else {
          // Refused before the key was looked at (401, 403, 400), or an answer the SDK could not
          // read: what the key holds is still unknown.
          this.#unsettled.add(body);
        }
        const code = errorCode(error);
        if (error instanceof ValidationError && error.fieldIssues.length > 0) {
          return { kind: 'fields', issues: error.fieldIssues, code };
        }
        return { kind: 'refused', code };
      }
    }
  }

  /**
   * After `422 idempotency-mismatch`: the API stored an earlier body sent with `key`. Sending that
   * body again returns the stored referral (a replay, never a second one); the others answer with
   * the same mismatch. Rethrows `mismatch` when none of them is the stored one.
   */
  async #stored(
    client: VangnetClient,
    idempotencyKey: string,
    current: string,
    mismatch: ValidationError,
  ): Promise<{ created: ReferralCreated; input: ReferralInput }> {
    for (const earlier of [...this.#unsettled].reverse()) {
      if (earlier === current) continue;
      const input = JSON.parse(earlier) as ReferralInput;
      try {
        return { created: await client.referrals.create(input, { idempotencyKey }), input };
      } catch (error) {
        if (!isMismatch(error)) throw error;
      }
    }
    throw mismatch;
  }

  /** Forgets the key and any failure: a new referral. */
  reset(): void {
    this.#attempt = undefined;
    this.#unsettled.clear();
    this.submit.clear();
  }

  #watchSlow(busy: boolean): void {
    clearTimeout(this.#timer);
    this.slow = false;
    if (!busy) return;
    this.#timer = setTimeout(() => {
      this.slow = true;
      this.#host.requestUpdate();
    }, SLOW_AFTER_MS);
  }
}

/** Whether the API answered that the key belongs to another body (`422 idempotency-mismatch`). */
function isMismatch(error: unknown): error is ValidationError {
  return error instanceof ValidationError && error.kind === 'idempotency-mismatch';
}
