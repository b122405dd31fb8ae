import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClient, type Catalog, type VangnetClient } from '@vangnet/sdk';
import type { Clock } from '../core/clock.ts';
import { catalogContext, clientContext, clockContext } from '../core/contexts.ts';

/** What the booking form needs of its host to connect. */
export interface BookingConnectionHost extends ReactiveControllerHost, HTMLElement {
  /** A configured client, set by a test or a developer; wins over everything else. */
  client: VangnetClient | undefined;
}

/**
 * The client, catalog and clock the form works with — until the widget core's connection
 * controller lands: a client set as a property; else those of a surrounding `<vangnet-provider>`;
 * else a client from the host's own `api` and `partner-key` attributes, with the catalog loaded
 * once per client (and again on retry).
 */
export class BookingConnection implements ReactiveController {
  readonly #host: BookingConnectionHost;
  readonly #providedClient: ContextConsumer<typeof clientContext, BookingConnectionHost>;
  readonly #providedCatalog: ContextConsumer<typeof catalogContext, BookingConnectionHost>;
  readonly #providedClock: ContextConsumer<typeof clockContext, BookingConnectionHost>;
  #client: VangnetClient | undefined;
  #catalog: Catalog | undefined;
  #failed = false;
  #loading: AbortController | undefined;

  constructor(host: BookingConnectionHost) {
    this.#host = host;
    host.addController(this);
    this.#providedClient = new ContextConsumer(host, { context: clientContext, subscribe: true });
    this.#providedCatalog = new ContextConsumer(host, { context: catalogContext, subscribe: true });
    this.#providedClock = new ContextConsumer(host, { context: clockContext, subscribe: true });
  }

  /** Whether a provider answers and no client was set on the element itself. */
  get #provided(): boolean {
    return this.#host.client === undefined && this.#providedCatalog.value !== undefined;
  }

  /** The client in use, once there is one. */
  get client(): VangnetClient | undefined {
    return this.#provided ? this.#providedClient.value : this.#client;
  }

  get catalog(): Catalog | undefined {
    const state = this.#provided ? this.#providedCatalog.value : undefined;
    if (state) return state.status === 'ready' ? state.catalog : undefined;
    return this.#catalog;
  }

  /** Whether the catalog could not be loaded. */
  get failed(): boolean {
    const state = this.#provided ? this.#providedCatalog.value : undefined;
    return state ? state.status === 'failed' : this.#failed;
  }

  /** The provider's clock, if there is a provider. */
  get clock(): Clock | undefined {
    return this.#providedClock.value;
  }

  hostConnected(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    this.#loading?.abort();
    this.#client = undefined;
  }

  /** Picks up a new client (property or attributes) and loads its catalog. */
  refresh(): void {
    if (this.#provided) return;
    const client = this.#host.client ?? this.#fromAttributes();
    if (!client || client === this.#client) return;
    this.#client = client;
    void this.reload();
  }

  /** Loads the catalog again, after a failure. */
  async reload(): Promise<void> {
    const state = this.#provided ? this.#providedCatalog.value : undefined;
    if (state?.status === 'failed') {
      state.retry();
      return;
    }
    const client = this.#client;
    if (!client) return;
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    this.#failed = false;
    this.#catalog = undefined;
    this.#host.requestUpdate();
    try {
      const catalog = await client.catalog.get({}, { signal: loading.signal });
      if (loading.signal.aborted) return;
      this.#catalog = catalog;
    } catch {
      if (loading.signal.aborted) return;
      this.#failed = true;
    }
    this.#host.requestUpdate();
  }

  #fromAttributes(): VangnetClient | undefined {
    const api = this.#host.getAttribute('api');
    const partnerKey = this.#host.getAttribute('partner-key');
    if (!api || !partnerKey) return undefined;
    try {
      return createClient({ baseUrl: new URL(api, document.baseURI), partnerKey });
    } catch {
      return undefined;
    }
  }
}
