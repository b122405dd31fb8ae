import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CatalogItem } from '@vangnet/sdk';
import { suggestionsFor, type Suggestion } from './empty-suggestions.ts';
import { EMPTY_QUERY, isNarrowed, type FinderQuery } from './finder-query.ts';
import { OrganisationSource, type Matches, type OrganisationsApi } from './organisation-source.ts';

/** Results shown at first and added by "show more": a screenful on a phone, cheap to render. */
export const PAGE_SIZE = 20;
/** Typing pause before a search goes to the API (only above 10,000 organisations). */
const REMOTE_DEBOUNCE_MS = 250;

export type SearchPhase = 'loading' | 'ready' | 'searching' | 'load-failed' | 'search-failed';

export interface FinderSearchOptions {
  /** New results are shown; `announce` when they answer something the user did. */
  onResults: (announce: boolean) => void;
  /** Loading or searching failed (not when it was cancelled). */
  onError: (error: unknown) => void;
}

/**
 * The finder's state of searching: the query, what matches it, how many are shown, what failed.
 * It loads the organisations through an {@link OrganisationSource}, answers from the index at once
 * when there is one, and otherwise asks the API — debounced for typing, each new search cancelling
 * the one before, so a slow, stale answer never replaces a newer one.
 */
export class FinderSearch implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: FinderSearchOptions;
  #source: OrganisationSource | undefined;
  /** A source whose first page was asked for before the catalog arrived (see `prefetch`). */
  #early: OrganisationSource | undefined;
  #firstPage: Matches | undefined;
  #loading: AbortController | undefined;
  #searching: AbortController | undefined;

  phase: SearchPhase = 'loading';
  query: FinderQuery = EMPTY_QUERY;
  /** The matches so far; `undefined` until the first page is there. */
  matches: Matches | undefined;
  shown = PAGE_SIZE;
  /** For an empty result: which filter to drop; `undefined` while they are counted. */
  suggestions: readonly Suggestion[] | undefined;

  constructor(host: ReactiveControllerHost, options: FinderSearchOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: finish what the disconnect interrupted.
    if (this.#source && !this.#firstPage) void this.#load(this.#source);
    else if (this.#source && !this.#source.local) void this.#loadRest(this.#source);
  }

  hostDisconnected(): void {
    this.#loading?.abort();
    this.#searching?.abort();
    this.#early?.dropEarly();
    this.#early = undefined;
  }

  /**
   * Asks `api` for the first page already, while the catalog is still on its way: `start` with the
   * same API then uses that answer, one round trip sooner.
   */
  prefetch(api: OrganisationsApi): void {
    if (this.#early?.api === api) return;
    this.#early?.dropEarly();
    this.#early = new OrganisationSource(api);
    this.#early.fetchEarly();
  }

  /** Starts over with another API (or the first one), with `query` as the first search. */
  start(api: OrganisationsApi, themes: readonly CatalogItem[], query: FinderQuery): void {
    this.query = query;
    const source = this.#early?.api === api ? this.#early : new OrganisationSource(api);
    if (source !== this.#early) this.#early?.dropEarly();
    this.#early = undefined;
    source.themes = themes;
    void this.#load(source);
  }

  /** Searches for `query`: typing is debounced when the API answers, a filter is not. */
  search(query: FinderQuery, { debounce = false } = {}): void {
    this.query = query;
    this.#run({ debounce, announce: true });
  }

  /** Builds the local search now, when there is time after the first view. */
  prepare(): void {
    this.#source?.prepare();
  }

  /** Tries again what failed. */
  retry(): void {
    if (this.phase === 'load-failed' && this.#source) void this.#load(this.#source);
    else this.#run({ announce: true });
  }

  /**
   * Shows `PAGE_SIZE` more, fetching the next page from the API if needed. Resolves the position
   * of the first new result, or `undefined` when nothing was added.
   */
  async more(): Promise<number | undefined> {
    const matches = this.matches;
    const source = this.#source;
    if (!matches || !source) return undefined;
    const firstNew = this.shown;
    if (firstNew + PAGE_SIZE > matches.items.length && matches.nextCursor !== null) {
      this.#searching?.abort();
      const searching = (this.#searching = new AbortController());
      try {
        const page = await source.more(this.query, matches.nextCursor, searching.signal);
        this.matches = { ...page, items: [...matches.items, ...page.items] };
      } catch (error) {
        if (!searching.signal.aborted) this.#fail('search-failed', error);
        return undefined;
      }
    }
    this.shown = firstNew + PAGE_SIZE;
    this.#host.requestUpdate();
    return firstNew;
  }

  async #load(source: OrganisationSource): Promise<void> {
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    this.#source = source;
    this.#firstPage = undefined;
    this.matches = undefined;
    this.phase = 'loading';
    this.#host.requestUpdate();
    try {
      this.#firstPage = await source.start(loading.signal);
    } catch (error) {
      if (!loading.signal.aborted) this.#fail('load-failed', error);
      return;
    }
    this.#run();
    await this.#loadRest(source);
  }

  /** Loads and indexes the other pages (up to 10,000 organisations), then searches locally. */
  async #loadRest(source: OrganisationSource): Promise<void> {
    if (source.local) return;
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    try {
      if (await source.loadAll(loading.signal)) this.#run({ keepShown: true });
    } catch (error) {
      // Not shown: until everything is loaded, the API answers the searches.
      if (!loading.signal.aborted) this.#options.onError(error);
    }
  }

  /** Shows the matches of the current query: at once from the index, else from the API. */
  #run({ debounce = false, keepShown = false, announce = false } = {}): void {
    const source = this.#source;
    if (!source || !this.#firstPage) return;
    this.#searching?.abort();
    this.#searching = undefined;
    const local = source.searchLocal(this.query);
    if (local) this.#show(local, keepShown, announce);
    else if (!isNarrowed(this.query)) this.#show(this.#firstPage, keepShown, announce);
    else void this.#searchRemote(source, debounce);
  }

  async #searchRemote(source: OrganisationSource, debounce: boolean): Promise<void> {
    const searching = (this.#searching = new AbortController());
    const query = this.query;
    // The list shown belongs to the previous words until the answer comes: say so at once.
    this.phase = 'searching';
    this.#host.requestUpdate();
    try {
      if (debounce) await delay(REMOTE_DEBOUNCE_MS, searching.signal);
      this.#show(await source.searchRemote(query, searching.signal), false, true);
    } catch (error) {
      if (!searching.signal.aborted) this.#fail('search-failed', error);
    }
  }

  #show(matches: Matches, keepShown: boolean, announce: boolean): void {
    this.phase = 'ready';
    this.matches = matches;
    if (!keepShown) this.shown = PAGE_SIZE;
    this.suggestions = undefined;
    if (matches.total === 0) void this.#suggest();
    this.#host.requestUpdate();
    this.#options.onResults(announce);
  }

  async #suggest(): Promise<void> {
    const source = this.#source;
    const query = this.query;
    const signal = (this.#searching ??= new AbortController()).signal;
    if (!source) return;
    try {
      const suggestions = await suggestionsFor(query, (candidate) =>
        source.count(candidate, signal),
      );
      if (signal.aborted || this.query !== query) return;
      this.suggestions = suggestions;
      this.#host.requestUpdate();
    } catch {
      // Suggestions are a help, not a must: without them the empty state still says what happened.
    }
  }

  #fail(phase: 'load-failed' | 'search-failed', error: unknown): void {
    this.phase = phase;
    this.#host.requestUpdate();
    this.#options.onError(error);
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
