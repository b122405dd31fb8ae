import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClient, type Catalog, type VangnetClient } from '@vangnet/sdk';

/** What the booking form needs of its host to connect. */
export interface BookingConnectionHost extends ReactiveControllerHost, HTMLElement {
  /** A configured client, set by a provider or a test; wins over `api` and `partner-key`. */
  client: VangnetClient | undefined;
}

/**
 * The client and the catalog the form works with: a client set as a property, or one made from the
 * `api` and `partner-key` attributes, and the catalog loaded once per client.
 */
export class BookingConnection implements ReactiveController {
  readonly #host: BookingConnectionHost;
  #client: VangnetClient | undefined;
  #loading: AbortController | undefined;
  catalog: Catalog | undefined;
  failed = false;

  constructor(host: BookingConnectionHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The client in use, once there is one. */
  get client(): VangnetClient | undefined {
    return this.#client;
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
    const client = this.#host.client ?? this.#fromAttributes();
    if (!client || client === this.#client) return;
    this.#client = client;
    void this.reload();
  }

  /** Loads the catalog again, after a failure. */
  async reload(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    this.failed = false;
    this.catalog = undefined;
    this.#host.requestUpdate();
    try {
      const catalog = await client.catalog.get({}, { signal: loading.signal });
      if (loading.signal.aborted) return;
      this.catalog = catalog;
    } catch {
      if (loading.signal.aborted) return;
      this.failed = true;
    }
    this.#host.requestUpdate();
  }

  #fromAttributes(): VangnetClient | undefined {
    const api = this.#host.getAttribute('api');
    const partnerKey = this.#host.getAttribute('partner-key');
    if (!api || !partnerKey) return undefined;
    try {
      return createClient({
        baseUrl: api,
        partnerKey,
        locale: document.documentElement.lang || 'nl',
      });
    } catch {
      return undefined;
    }
  }
}
