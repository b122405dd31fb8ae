import type { ReactiveController } from 'lit';
import {
  ValidationError,
  type FieldIssue,
  type ReferralCreated,
  type ReferralInput,
  type VangnetClient,
} from '@vangnet/sdk';
import { SubmitController, type KitHost, type SubmitFailure } from '../kit/index.ts';

/** After this long without an answer, the form says that sending takes longer than usual. */
export const SLOW_AFTER_MS = 2000;

/** What became of a send, for the form to show. */
export type SendResult =
  | { readonly kind: 'sent'; readonly created: ReferralCreated }
  /** A send was already running (a double click, Enter pressed again): nothing was sent. */
  | { readonly kind: 'ignored' }
  /** A network fault, 429 or 5xx: everything is kept and the retry banner shows. */
  | { readonly kind: 'failed'; readonly failure: SubmitFailure }
  /** A 422 with field errors, for the fields that caused them. */
  | { readonly kind: 'fields'; readonly issues: readonly FieldIssue[]; readonly code: string }
  /** Refused in a way a retry cannot fix (401, 403, a 422 without fields). */
  | { readonly kind: 'refused'; readonly code: string };

/**
 * Sends a referral once at a time, with one idempotency key per referral: every retry of the same
 * body (the SDK's own and the "Opnieuw proberen" button) reuses it, so the API returns the first
 * result instead of a second referral; a changed body gets a new key, since the API refuses a key
 * reused with another body. Says when a send is slow.
 */
export class ReferralSender implements ReactiveController {
  readonly #host: KitHost;
  readonly submit: SubmitController;
  /** Whether the running send takes longer than {@link SLOW_AFTER_MS}. */
  slow = false;
  #attempt: { readonly body: string; readonly key: string } | undefined;
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
    if (this.#attempt?.body !== body) this.#attempt = { body, key: crypto.randomUUID() };
    const idempotencyKey = this.#attempt.key;
    const outcome = await this.submit.run(() => client.referrals.create(input, { idempotencyKey }));
    switch (outcome.status) {
      case 'ignored':
        return { kind: 'ignored' };
      case 'done':
        this.#attempt = undefined;
        return { kind: 'sent', created: outcome.value };
      case 'failed':
        return { kind: 'failed', failure: outcome.failure };
      default: {
        const error = outcome.error;
        const code = errorCode(error);
        if (error instanceof ValidationError && error.fieldIssues.length > 0) {
          return { kind: 'fields', issues: error.fieldIssues, code };
        }
        return { kind: 'refused', code };
      }
    }
  }

  /** Forgets the key and any failure: a new referral. */
  reset(): void {
    this.#attempt = undefined;
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

/** The problem type or error name of a failed send, for `vangnet-error` (never its message). */
function errorCode(error: unknown): string {
  if (error instanceof ValidationError) return error.kind;
  if (error instanceof Error) return error.name;
  return 'unknown';
}
