import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createFirstViewClient, type Catalog, type VangnetClient } from '@vangnet/sdk';
import type { Clock } from '../core/clock.ts';
import {
  catalogContext,
  clientContext,
  clockContext,
  type CatalogState,
} from '../core/contexts.ts';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Interim connection, no longer used by the referral form (it is a `VangnetElement` now); kept
 * while the organisation finder still imports it. The client, catalog
 * and clock of a surrounding `<vangnet-provider>`, else a client from the host's own `api` and
 * `partner-key` attributes with the catalog loaded once (and again on retry).
 */
export class ReferralConnection implements ReactiveController {
  readonly #host: Host;
  #key = '';
  #own: {
    client?: VangnetClient;
    catalog?: Catalog;
    status: 'idle' | 'loading' | 'ready' | 'failed';
  } = {
    status: 'idle',
  };
  readonly #providedClient: ContextConsumer<typeof clientContext, Host>;
  readonly #providedCatalog: ContextConsumer<typeof catalogContext, Host>;
  readonly #providedClock: ContextConsumer<typeof clockContext, Host>;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    this.#providedClient = new ContextConsumer(host, { context: clientContext, subscribe: true });
    this.#providedCatalog = new ContextConsumer(host, { context: catalogContext, subscribe: true });
    this.#providedClock = new ContextConsumer(host, { context: clockContext, subscribe: true });
  }

  /** Whether a provider answers: then the host's own `api` and `partner-key` are not needed. */
  get #provided(): boolean {
    return this.#providedCatalog.value !== undefined;
  }

  get client(): VangnetClient | undefined {
    return this.#provided ? this.#providedClient.value : this.#own.client;
  }

  get catalog(): Catalog | undefined {
    const state: CatalogState | undefined = this.#providedCatalog.value;
    if (state) return state.status === 'ready' ? state.catalog : undefined;
    return this.#own.catalog;
  }

  get status(): 'idle' | 'loading' | 'ready' | 'failed' {
    const state = this.#providedCatalog.value;
    if (!state) return this.#own.status;
    if (state.status === 'invalid') return 'idle';
    return state.status;
  }

  /** The provider's clock, if there is a provider. */
  get clock(): Clock | undefined {
    return this.#providedClock.value;
  }

  hostConnected(): void {
    void this.#connect();
  }

  hostUpdate(): void {
    void this.#connect();
  }

  /** Loads the catalog again after a failure. */
  retry(): void {
    const state = this.#providedCatalog.value;
    if (state?.status === 'failed') {
      state.retry();
      return;
    }
    this.#key = '';
    void this.#connect();
  }

  async #connect(): Promise<void> {
    if (this.#provided) return;
    const api = this.#host.getAttribute('api') ?? '';
    const partnerKey = this.#host.getAttribute('partner-key') ?? '';
    const key = `${api}\n${partnerKey}`;
    if (!api || !partnerKey || key === this.#key) return;
    this.#key = key;
    const client = createFirstViewClient({ baseUrl: api, partnerKey });
    this.#own = { status: 'loading' };
    this.#host.requestUpdate();
    try {
      this.#own = { client, catalog: await client.catalog.get(), status: 'ready' };
    } catch {
      this.#own = { status: 'failed' };
    }
    this.#host.requestUpdate();
  }
}
