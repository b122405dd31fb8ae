import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClient, type Catalog, type VangnetClient } from '@vangnet/sdk';

/**
 * Interim connection until the widget core's controller lands: a client from the host's `api`
 * and `partner-key` attributes, and the catalog loaded once.
 */
export class FinderConnection implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #key = '';
  client: VangnetClient | undefined;
  catalog: Catalog | undefined;
  failed = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    void this.#connect();
  }

  async #connect(): Promise<void> {
    const api = this.#host.getAttribute('api') ?? '';
    const partnerKey = this.#host.getAttribute('partner-key') ?? '';
    const key = `${api}\n${partnerKey}`;
    if (!api || !partnerKey || key === this.#key) return;
    this.#key = key;
    const client = createClient({ baseUrl: api, partnerKey });
    try {
      this.catalog = await client.catalog.get();
      this.client = client;
    } catch {
      this.failed = true;
    }
    this.#host.requestUpdate();
  }
}
