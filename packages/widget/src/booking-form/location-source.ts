import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Location, VangnetClient } from '@vangnet/sdk';
import { apiOf } from '../core/client-cache.ts';

/** Which locations to load: those of one municipality, or all of them. */
export interface LocationWish {
  readonly municipality: string | undefined;
  /**
   * Whether the catalog has confirmed the municipality id. An unconfirmed id is the page's
   * attribute as written: asked for at once, so the locations travel beside the catalog instead of
   * after it, but a failure then only means "ask again once the catalog is there".
   */
  readonly confirmed: boolean;
}

/**
 * The booking form's locations, loaded once per municipality. The first request goes out together
 * with the catalog's, with the `municipality` attribute as it stands: one round trip less before the
 * form shows. When the catalog then knows no such municipality, the form wishes for all locations
 * and they are loaded again.
 */
export class LocationSource implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #items: readonly Location[] | undefined;
  /** The client and municipality (`''`: all) the items are of, as one key. */
  #itemsOf: LocationsOf | undefined;
  #wished: LocationsOf | undefined;
  #loading: { readonly of: LocationsOf; readonly abort: AbortController } | undefined;
  /** An unconfirmed municipality whose request failed: not asked again until it is confirmed. */
  #unconfirmedFailure: LocationsOf | undefined;
  #failed = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The locations of the last wish, once they are there. */
  get items(): readonly Location[] | undefined {
    return same(this.#itemsOf, this.#wished) ? this.#items : undefined;
  }

  /** Whether loading the locations failed: the API is unreachable or refused. */
  get failed(): boolean {
    return this.#failed;
  }

  hostConnected(): void {
    // Moved in the page while loading: the disconnect cancelled the request, so ask again.
    if (!this.items) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#loading?.abort.abort();
    this.#loading = undefined;
  }

  /** Loads the locations `wish` asks for, unless they are there or on their way. */
  want(client: VangnetClient, wish: LocationWish): void {
    const of: LocationsOf = { api: apiOf(client), municipality: wish.municipality ?? '' };
    this.#wished = of;
    if (this.#failed || same(this.#itemsOf, of) || same(this.#loading?.of, of)) return;
    if (!wish.confirmed && same(this.#unconfirmedFailure, of)) return;
    this.#loading?.abort.abort();
    const loading = { of, abort: new AbortController() };
    this.#loading = loading;
    const query = of.municipality ? { municipality: of.municipality } : {};
    client.locations.list(query, { signal: loading.abort.signal }).then(
      ({ items }) => {
        if (this.#loading !== loading) return;
        this.#loading = undefined;
        this.#items = items;
        this.#itemsOf = of;
        this.#host.requestUpdate();
      },
      () => {
        if (this.#loading !== loading) return;
        this.#loading = undefined;
        if (wish.confirmed) this.#failed = true;
        else this.#unconfirmedFailure = of;
        this.#host.requestUpdate();
      },
    );
  }

  /** Forgets a failure, so the next wish loads again ("try again"). */
  retry(): void {
    this.#failed = false;
    this.#unconfirmedFailure = undefined;
    this.#itemsOf = undefined;
    this.#host.requestUpdate();
  }
}

/**
 * What a list of locations is of: which API and which municipality. A client in another language
 * talks to the same API, so a language switch loads nothing again.
 */
interface LocationsOf {
  readonly api: ReturnType<typeof apiOf>;
  readonly municipality: string;
}

const same = (a: LocationsOf | undefined, b: LocationsOf | undefined): boolean =>
  a !== undefined && b !== undefined && a.api === b.api && a.municipality === b.municipality;
