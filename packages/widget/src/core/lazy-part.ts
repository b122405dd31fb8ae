// A part of a component that its first view does not need (later steps, the review, the
// confirmation…), in a module of its own: the browser bundle's loader makes it a chunk that is
// fetched right after the first view, never in series with it. Decision 0123.
import type { ReactiveControllerHost } from 'lit';

/**
 * A module loaded on first use, once, shared by every component that uses the same part.
 *
 * @example
 * const later = new LazyPart(() => import('./later-steps.ts'));
 * const view = later.module ? later.module.reviewStep(…) : later.placeholder(host);
 */
export class LazyPart<T> {
  #module: T | undefined;
  #loading: Promise<T> | undefined;
  #failed = false;
  readonly #load: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** The module, once it is there. */
  get module(): T | undefined {
    return this.#module;
  }

  /** True when the last attempt failed (the chunk could not be fetched); {@link fetch} tries again. */
  get failed(): boolean {
    return this.#failed;
  }

  /** Starts loading (once, or again after a failure); resolves with the module. */
  fetch(): Promise<T> {
    if (this.#module) return Promise.resolve(this.#module);
    if (!this.#loading || this.#failed) {
      this.#failed = false;
      this.#loading = this.#load().then(
        (module) => (this.#module = module),
        (error: unknown) => {
          this.#failed = true;
          throw error;
        },
      );
    }
    return this.#loading;
  }

  /** True while a load is under way. */
  get pending(): boolean {
    return this.#loading !== undefined && !this.#module && !this.#failed;
  }

  /** Settles when a load under way has ended, either way (nothing when none was asked for). */
  async settled(): Promise<void> {
    if (!this.#loading) return;
    await this.#loading.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Loads the module for `host`, which renders again when it is there (or when loading failed). */
  want(host: ReactiveControllerHost): void {
    if (this.#module) return;
    this.fetch().then(
      () => host.requestUpdate(),
      (error: unknown) => {
        console.error('vangnet: a part of the component could not be loaded', error);
        host.requestUpdate();
      },
    );
  }
}

/**
 * A host's `updateComplete` that also waits for the parts its render asked for: the update, then
 * (while a part it wants is on its way) the part and the update it causes.
 */
export async function completeWith(
  parts: readonly LazyPart<unknown>[],
  update: () => Promise<boolean>,
): Promise<boolean> {
  let result = await update();
  while (parts.some((part) => part.pending)) {
    await Promise.all(parts.map((part) => part.settled()));
    result = await update();
  }
  return result;
}

/**
 * Runs `task` once, right after the first view: when the browser is idle, or at the first
 * interaction with `host` if that comes sooner.
 */
export function afterFirstView(host: HTMLElement, task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    for (const type of interactions) host.removeEventListener(type, run, true);
    task();
  };
  const interactions = ['pointerdown', 'keydown', 'focusin'] as const;
  for (const type of interactions) host.addEventListener(type, run, { capture: true, once: true });
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
