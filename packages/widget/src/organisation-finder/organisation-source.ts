import {
  createOrganisationIndex,
  type CatalogItem,
  type Organisation,
  type OrganisationFilter,
  type OrganisationIndex,
  type OrganisationPage,
} from '@vangnet/sdk';
import { toFilter, toSearch, type FinderQuery } from './finder-query.ts';
import { FINDER_FIRST_PAGE } from '../first-reads.ts';

/** The part of the SDK client the finder uses. */
export interface OrganisationsApi {
  list(
    filter: OrganisationFilter,
    options?: { signal?: AbortSignal | undefined },
  ): Promise<OrganisationPage>;
}

/** Organisations that match a query: those loaded so far and how many there are in all. */
export interface Matches {
  readonly items: readonly Organisation[];
  readonly total: number;
  /** Cursor of the next API page when not all matches are loaded; `null` when they are. */
  readonly nextCursor: string | null;
}

export interface OrganisationSourceOptions {
  /** Up to this many organisations the finder loads them all and searches in the browser. */
  localLimit?: number;
  /** Page size while loading everything (the API's maximum). */
  loadPageSize?: number;
  /** Page size of searches through the API. */
  remotePageSize?: number;
}

/**
 * Where the finder's organisations come from. Up to `localLimit` (10,000) organisations it loads
 * every page once and searches an index in the browser on every keystroke; a larger network is
 * searched through the API's query parameters, a page at a time.
 *
 * The first page is usable at once: until the index is complete, searches go to the API.
 */
export class OrganisationSource {
  /** The API this source reads. */
  readonly api: OrganisationsApi;
  /**
   * The catalog's themes, whose labels the index searches: set before `start` when the source was
   * made before the catalog arrived.
   */
  themes: readonly CatalogItem[];
  readonly #localLimit: number;
  readonly #loadPageSize: number;
  readonly #remotePageSize: number;
  #index: OrganisationIndex | undefined;
  #firstPage: OrganisationPage | undefined;
  #early: { readonly page: Promise<OrganisationPage>; readonly abort: AbortController } | undefined;

  constructor(
    api: OrganisationsApi,
    themes: readonly CatalogItem[] = [],
    options: OrganisationSourceOptions = {},
  ) {
    this.api = api;
    this.themes = themes;
    this.#localLimit = options.localLimit ?? 10_000;
    this.#loadPageSize = options.loadPageSize ?? FINDER_FIRST_PAGE;
    this.#remotePageSize = options.remotePageSize ?? 50;
  }

  /** Whether searches run in the browser now (everything loaded and indexed). */
  get local(): boolean {
    return this.#index !== undefined;
  }

  /**
   * Asks for the first page before the catalog's themes are there, so both travel at once; `start`
   * then takes this answer instead of asking again.
   */
  fetchEarly(): void {
    if (this.#early) return;
    const abort = new AbortController();
    const page = this.api.list({ limit: this.#loadPageSize }, { signal: abort.signal });
    // A failure is `start`'s to handle; until then it must not count as unhandled.
    page.catch(() => {});
    this.#early = { page, abort };
  }

  /** Cancels the early request, when no `start` will take it (the finder left the page). */
  dropEarly(): void {
    this.#early?.abort.abort();
    this.#early = undefined;
  }

  /** The first page, A–Z, and how many organisations there are: what the finder shows before any input. */
  async start(signal: AbortSignal): Promise<Matches> {
    const early = this.#early;
    this.#early = undefined;
    const ask = () => this.api.list({ limit: this.#loadPageSize }, { signal });
    let page: OrganisationPage;
    if (early) {
      signal.addEventListener('abort', () => early.abort.abort(), { once: true });
      // An early request that failed (the API was down when the catalog failed too) is asked again.
      page = await early.page.catch((error: unknown) => {
        if (signal.aborted) throw error;
        return ask();
      });
    } else {
      page = await ask();
    }
    this.#firstPage = page;
    if (page.nextCursor === null) this.#index = this.#createIndex(page.items);
    return page;
  }

  /**
   * Loads the remaining pages and builds the index, when the network is small enough to search
   * in the browser. Resolves `true` when searches are local from now on.
   */
  async loadAll(signal: AbortSignal): Promise<boolean> {
    const first = this.#firstPage;
    if (this.#index) return true;
    if (!first || first.total > this.#localLimit) return false;
    const items = [...first.items];
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = await this.api.list({ limit: this.#loadPageSize, cursor }, { signal });
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    this.#index = this.#createIndex(items);
    // No first view waits for this index: build its search at once, not on the first keystroke.
    this.#index.prepare();
    return true;
  }

  /** Builds the search of the index the first page made, when there is time after the first view. */
  prepare(): void {
    this.#index?.prepare();
  }

  /** Matches from the index, synchronously; `undefined` while the index is not there. */
  searchLocal(query: FinderQuery): Matches | undefined {
    if (!this.#index) return undefined;
    const items = this.#index.search(toSearch(query));
    return { items, total: items.length, nextCursor: null };
  }

  /** The first page of matches from the API. */
  searchRemote(query: FinderQuery, signal: AbortSignal): Promise<Matches> {
    return this.api.list({ ...toFilter(query), limit: this.#remotePageSize }, { signal });
  }

  /** The next page of matches from the API. */
  more(query: FinderQuery, cursor: string, signal: AbortSignal): Promise<Matches> {
    return this.api.list({ ...toFilter(query), limit: this.#remotePageSize, cursor }, { signal });
  }

  /** How many organisations match `query`, from the index or asking the API for one item. */
  async count(query: FinderQuery, signal: AbortSignal): Promise<number> {
    const local = this.searchLocal(query);
    if (local) return local.total;
    const page = await this.api.list({ ...toFilter(query), limit: 1 }, { signal });
    return page.total;
  }

  #createIndex(items: readonly Organisation[]): OrganisationIndex {
    return createOrganisationIndex(items, { themes: this.themes });
  }
}
