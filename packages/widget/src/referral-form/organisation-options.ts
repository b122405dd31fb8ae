import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Organisation, ServiceId, VangnetClient } from '@vangnet/sdk';

/** Organisations offered as a preference: more would not fit a select; the finder is for search. */
const LIMIT = 200;

/** What to load: the service and municipality chosen, and a preferred organisation if any. */
export interface OrganisationQuery {
  readonly client: VangnetClient | undefined;
  readonly service: ServiceId | undefined;
  readonly municipality: unknown;
  readonly preferred: unknown;
}

/**
 * The organisations a referrer may prefer: those offering the service in the municipality, loaded
 * once per pair, plus a preferred one from elsewhere (set by the page or a finder), so that choice
 * shows by name; the API judges whether it fits. A failed load leaves an empty list and `failed`:
 * a preference is optional, so the form goes on without.
 */
export class OrganisationOptions implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #query: () => OrganisationQuery;
  #loadedFor = '';
  items: readonly Organisation[] = [];
  failed = false;

  constructor(host: ReactiveControllerHost, query: () => OrganisationQuery) {
    this.#host = host;
    this.#query = query;
    host.addController(this);
  }

  hostUpdated(): void {
    void this.#load();
  }

  /** The name of a loaded organisation. */
  nameOf(id: unknown): string | undefined {
    return this.items.find((organisation) => organisation.id === id)?.name;
  }

  async #load(): Promise<void> {
    const { client, service, municipality, preferred } = this.#query();
    if (!client || !service || typeof municipality !== 'string') return;
    // A preferred organisation outside the list is part of what is loaded; one inside is not.
    const outside = typeof preferred === 'string' && !this.nameOf(preferred) ? preferred : '';
    const key = `${service}|${municipality}|${outside}`;
    if (key === this.#loadedFor) return;
    this.#loadedFor = key;
    try {
      const page = await client.organisations.list({ service, municipality, limit: LIMIT });
      const items = [...page.items];
      if (typeof preferred === 'string' && !items.some((item) => item.id === preferred)) {
        const found = await client.organisations.get(preferred).catch(() => undefined);
        if (found) items.push(found);
      }
      if (this.#loadedFor !== key) return;
      this.items = items;
      this.failed = false;
    } catch {
      if (this.#loadedFor !== key) return;
      this.items = [];
      this.failed = true;
    }
    this.#host.requestUpdate();
  }
}
