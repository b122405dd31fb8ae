import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, VangnetClient } from '@vangnet/sdk';
import { catalogOf } from '../core/client-cache.ts';
import type { Clock } from '../core/clock.ts';
import { VangnetConnection } from '../core/connection.ts';
import type { AttributeProblem } from '../core/attributes.ts';

/** What the booking form needs of its host to connect. */
export interface BookingConnectionHost extends ReactiveControllerHost, HTMLElement {
  /** A configured client, set by a developer or a test; wins over the provider and attributes. */
  client: VangnetClient | undefined;
  now?: Clock | undefined;
}

/**
 * The core's {@link VangnetConnection} (provider or own `api` and `partner-key`, clock, attribute
 * checks), plus one thing the booking form offers on top: a client set as a property, for a
 * developer's own configured SDK client or a test's in-process mock. Its catalog is loaded once
 * with the core's shared cache.
 */
export class BookingConnection implements ReactiveController {
  readonly #host: BookingConnectionHost;
  readonly core: VangnetConnection;
  #injected: VangnetClient | undefined;
  #catalog: Catalog | undefined;
  #failed = false;

  constructor(host: BookingConnectionHost) {
    this.#host = host;
    this.core = new VangnetConnection(host, { clientGiven: () => host.client !== undefined });
    host.addController(this);
  }

  /** The client in use, once there is one. */
  get client(): VangnetClient | undefined {
    return this.#host.client ?? this.core.client;
  }

  /** The client as soon as there is one, also while the catalog is on its way. */
  get clientSoon(): VangnetClient | undefined {
    return this.#host.client ?? this.core.clientSoon;
  }

  get catalog(): Catalog | undefined {
    return this.#host.client ? this.#catalog : this.core.catalog;
  }

  /** Whether the catalog could not be loaded: the API is unreachable. */
  get failed(): boolean {
    return this.#host.client ? this.#failed : this.core.status === 'unreachable';
  }

  /**
   * Attributes the core found missing or wrong (`api`, `partner-key`, `lang`). A client set as a
   * property makes `api` and `partner-key` unnecessary, so the core does not ask for them then.
   */
  get problems(): readonly AttributeProblem[] {
    return this.core.problems;
  }

  /** Whether the form cannot work as configured (shown with the core's problem box). */
  get invalid(): boolean {
    return this.#host.client ? this.problems.length > 0 : this.core.status === 'invalid';
  }

  /** The current moment: the element's clock, the provider's, or the machine's. */
  now(): Date {
    return this.core.now();
  }

  hostUpdate(): void {
    const client = this.#host.client;
    if (client && client !== this.#injected) {
      this.#injected = client;
      this.#load(client);
    }
  }

  /** Loads the catalog again, after a failure. */
  reload(): void {
    if (this.#injected && this.#host.client) this.#load(this.#injected);
    else this.core.retry();
  }

  #load(client: VangnetClient): void {
    this.#catalog = undefined;
    this.#failed = false;
    catalogOf(client).then(
      (catalog) => {
        if (client !== this.#injected) return;
        this.#catalog = catalog;
        this.#host.requestUpdate();
      },
      () => {
        if (client !== this.#injected) return;
        this.#failed = true;
        this.#host.requestUpdate();
      },
    );
  }
}
