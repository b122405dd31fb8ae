import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The timers the controller runs on: the window's, or a test's. */
export interface SessionTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A new access token's lifetime in seconds (`undefined` when its issuer does not say). */
export type Renew = () => Promise<number | undefined>;

export interface SessionExpiryOptions {
  /** Called when the token has run out without being renewed: sign out. */
  onExpired: () => void;
  /** How long before the end the warning shows, in seconds. @default 300 */
  warnSeconds?: number;
  timers?: SessionTimers;
}

/** Where a signed-in session is: running, warned that it ends soon, or renewing. */
export type SessionState = 'idle' | 'running' | 'warning' | 'renewing';

/**
 * The end of a staff session, as WCAG 2.2.1 (timing adjustable) asks: a warning before the access
 * token runs out, with one action to stay signed in, and a sign-out when it has run out (a request
 * with the old token would fail anyway). The warning comes `warnSeconds` before the end, or halfway
 * for a lifetime shorter than twice that, so there is always time to answer it.
 */
export class SessionExpiry implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onExpired: () => void;
  readonly #warnSeconds: number;
  readonly #timers: SessionTimers;
  #renew: Renew | undefined;
  #handles: unknown[] = [];
  #state: SessionState = 'idle';
  /** Counts sessions, so an answer of a renewal after a sign-out changes nothing. */
  #generation = 0;

  constructor(host: ReactiveControllerHost, options: SessionExpiryOptions) {
    this.#host = host;
    this.#onExpired = options.onExpired;
    this.#warnSeconds = options.warnSeconds ?? 300;
    this.#timers = options.timers ?? {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    };
    host.addController(this);
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Whether staying signed in takes one action here (else: sign in again). */
  get renewable(): boolean {
    return this.#renew !== undefined;
  }

  /**
   * A token of `lifetimeSeconds` is in use; `renew` gets a new one without leaving the page, if
   * it can. Without a lifetime nothing is timed: the first 401 signs out.
   */
  start(lifetimeSeconds: number | undefined, renew: Renew | undefined): void {
    this.stop();
    this.#renew = renew;
    if (lifetimeSeconds === undefined || lifetimeSeconds <= 0) return;
    this.#state = 'running';
    const warnAt = Math.max(lifetimeSeconds - this.#warnSeconds, lifetimeSeconds / 2);
    const generation = this.#generation;
    this.#handles = [
      this.#timers.setTimeout(() => this.#set(generation, 'warning'), warnAt * 1000),
      this.#timers.setTimeout(() => {
        if (generation !== this.#generation) return;
        this.stop();
        this.#onExpired();
      }, lifetimeSeconds * 1000),
    ];
    this.#host.requestUpdate();
  }

  /** "Ingelogd blijven": a new token, timed anew; on failure the warning stays. */
  async renew(): Promise<boolean> {
    const renew = this.#renew;
    if (!renew || this.#state === 'renewing') return false;
    const generation = this.#generation;
    this.#set(generation, 'renewing');
    let lifetime: number | undefined;
    try {
      lifetime = await renew();
    } catch {
      this.#set(generation, 'warning');
      return false;
    }
    if (generation !== this.#generation) return false;
    this.start(lifetime, renew);
    return true;
  }

  /** Signed out: no more timers. */
  stop(): void {
    for (const handle of this.#handles) this.#timers.clearTimeout(handle);
    this.#handles = [];
    this.#generation += 1;
    this.#state = 'idle';
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  #set(generation: number, state: SessionState): void {
    if (generation !== this.#generation) return;
    this.#state = state;
    this.#host.requestUpdate();
  }
}
