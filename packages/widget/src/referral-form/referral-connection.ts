import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClient, type Catalog, type VangnetClient } from '@vangnet/sdk';

/**
 * Interim connection until the widget core's connection controller lands: a client from the
 * host's `api` and `partner-key` attributes, and the catalog loaded once, with a retry.
 */
export class ReferralConnection implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #key = '';
  client: VangnetClient | undefined;
  catalog: Catalog | undefined;
  status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    void this.#connect();
  }

  hostUpdate(): void {
    void this.#connect();
  }

  /** Loads the catalog again after a failure. */
  retry(): void {
    this.#key = '';
    void this.#connect();
  }

  async #connect(): Promise<void> {
    const api = this.#host.getAttribute('api') ?? '';
    const partnerKey = this.#host.getAttribute('partner-key') ?? '';
    const key = `${api}\n${partnerKey}`;
    if (!api || !partnerKey || key === this.#key) return;
    this.#key = key;
    const client = createClient({ baseUrl: api, partnerKey });
    this.status = 'loading';
    this.#host.requestUpdate();
    try {
      this.catalog = await client.catalog.get();
      this.client = client;
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
    this.#host.requestUpdate();
  }
}
