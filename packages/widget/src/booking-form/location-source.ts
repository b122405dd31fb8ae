import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Location, VangnetClient } from '@vangnet/sdk';

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
  /** The municipality the items are of (`''`: all). */
  #itemsOf: string | undefined;
  #wished: string | undefined;
  #loading: { readonly of: string; readonly abort: AbortController } | undefined;
  /** An unconfirmed municipality whose request failed: not asked again until it is confirmed. */
  #unconfirmedFailure: string | undefined;
  #failed = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The locations of the last wish, once they are there. */
  get items(): readonly Location[] | undefined {
    return this.#itemsOf === this.#wished ? this.#items : undefined;
  }

  /** Whether loading the locations failed: the API is unreachable or refused. */
  get failed(): boolean {
    return this.#failed;
  }

  hostDisconnected(): void {
    this.#loading?.abort.abort();
    this.#loading = undefined;
  }

  /** Loads the locations `wish` asks for, unless they are there or on their way. */
  want(client: VangnetClient, wish: LocationWish): void {
    const of = wish.municipality ?? '';
    this.#wished = of;
    if (this.#failed || this.#itemsOf === of || this.#loading?.of === of) return;
    if (!wish.confirmed && this.#unconfirmedFailure === of) return;
    this.#loading?.abort.abort();
    const loading = { of, abort: new AbortController() };
    this.#loading = loading;
    client.locations.list(of ? { municipality: of } : {}, { signal: loading.abort.signal }).then(
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
