import type { ReactiveController } from 'lit';
import {
  IdempotencyInProgressError,
  NetworkError,
  RateLimitedError,
  ServerError,
  TimeoutError,
} from '@vangnet/sdk';
import type { KitHost } from './form-controller.ts';

/** Why sending failed in a way that a retry can fix. */
export interface SubmitFailure {
  readonly kind: 'offline' | 'network' | 'server' | 'rate-limited';
  /** Seconds to wait, from the server's `Retry-After`. */
  readonly retryAfterSeconds?: number;
}

/** What became of {@link SubmitController.run}. */
export type SubmitOutcome<R> =
  /** Already busy: a double click or Enter pressed again. Nothing was sent. */
  | { readonly status: 'ignored' }
  | { readonly status: 'done'; readonly value: R }
  /** A network fault or 5xx: the form keeps everything and shows the retry banner. */
  | { readonly status: 'failed'; readonly failure: SubmitFailure; readonly error: unknown }
  /** Any other error (422, 409): for the form to handle. */
  | { readonly status: 'rejected'; readonly error: unknown };

/**
 * Whether the form's schema is at hand for a send, loading it if need be. A schema that did not
 * arrive is a failed send: the banner offers the retry and everything typed stays.
 */
export async function schemaLoaded(
  submit: SubmitController,
  form: { readonly loaded: boolean; load(): Promise<void> },
): Promise<boolean> {
  if (form.loaded) return true;
  return (await submit.run(() => form.load())).status === 'done';
}

/** Options of {@link SubmitController}. */
export interface SubmitControllerOptions {
  /** Tells retryable failures apart. @default {@link classifyFailure} */
  readonly classify?: (error: unknown) => SubmitFailure | undefined;
  /** Called when busy starts and ends, e.g. to announce "Bezig met versturen…". */
  readonly onBusyChange?: (busy: boolean) => void;
}

/**
 * Sends once at a time: while a send is running, further submits (20 fast clicks, Enter spam) are
 * ignored, so one referral is made. `busy` drives `aria-busy` and the submit button's state;
 * `failure` drives the retry banner. Retrying is calling `run` again with the same task — the
 * task keeps its idempotency key.
 *
 * @example
 * ```ts
 * const outcome = await this.submit.run(() => client.referrals.create(data, { idempotencyKey }));
 * if (outcome.status === 'done') this.steps.next();
 * ```
 */
export class SubmitController implements ReactiveController {
  readonly #host: KitHost;
  readonly #options: SubmitControllerOptions;
  #busy = false;
  #failure: SubmitFailure | undefined;

  constructor(host: KitHost, options: SubmitControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether a send is running. */
  get busy(): boolean {
    return this.#busy;
  }

  /** The last retryable failure, until the next send starts or {@link clear}. */
  get failure(): SubmitFailure | undefined {
    return this.#failure;
  }

  /** Nothing to set up: the state lives as long as the form, across moves in the page. */
  hostConnected(): void {}

  /** Forgets the failure (a new referral). */
  clear(): void {
    this.#failure = undefined;
    this.#host.requestUpdate();
  }

  /** Runs `task` unless one is running. Never throws: the outcome says what happened. */
  async run<R>(task: () => Promise<R>): Promise<SubmitOutcome<R>> {
    if (this.#busy) return { status: 'ignored' };
    this.#setBusy(true);
    this.#failure = undefined;
    try {
      const value = await task();
      return { status: 'done', value };
    } catch (error) {
      const failure = (this.#options.classify ?? classifyFailure)(error);
      if (failure) {
        this.#failure = failure;
        return { status: 'failed', failure, error };
      }
      return { status: 'rejected', error };
    } finally {
      this.#setBusy(false);
    }
  }

  #setBusy(busy: boolean): void {
    this.#busy = busy;
    this.#options.onBusyChange?.(busy);
    this.#host.requestUpdate();
  }
}

/**
 * The default classification: the SDK's errors (`NetworkError`, `TimeoutError`, `RateLimitedError`,
 * `ServerError`, `IdempotencyInProgressError` — the same key may be retried), and by shape for
 * anything else: a `status` of 429 or 5xx, a fetch `TypeError`, or no network at all.
 */
export function classifyFailure(error: unknown): SubmitFailure | undefined {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  if (error instanceof NetworkError || error instanceof TimeoutError) {
    return { kind: offline ? 'offline' : 'network' };
  }
  if (error instanceof RateLimitedError) return withWait('rate-limited', error.retryAfterMs);
  if (error instanceof ServerError || error instanceof IdempotencyInProgressError) {
    return withWait('server', (error as { retryAfterMs?: number | undefined }).retryAfterMs);
  }
  const shape = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    retryAfter?: unknown;
  };
  const status = typeof shape.status === 'number' ? shape.status : undefined;
  const seconds = typeof shape.retryAfter === 'number' ? shape.retryAfter * 1000 : undefined;
  if (status === 429) return withWait('rate-limited', seconds);
  if (status !== undefined && status >= 500) return withWait('server', seconds);
  if (status !== undefined) return undefined;
  if (offline) return { kind: 'offline' };
  if (error instanceof TypeError) return { kind: 'network' };
  return undefined;
}

function withWait(kind: SubmitFailure['kind'], milliseconds: number | undefined): SubmitFailure {
  return milliseconds === undefined
    ? { kind }
    : { kind, retryAfterSeconds: Math.max(1, Math.ceil(milliseconds / 1000)) };
}
