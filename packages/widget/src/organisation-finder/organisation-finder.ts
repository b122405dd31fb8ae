import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Catalog, Organisation } from '@vangnet/sdk';
import { Translator } from '../i18n/index.ts';
import { dispatch, type ErrorDetail, type OrganisationSelectedDetail } from '../core/events.ts';
import { Announcer, classifyFailure, kitStyles, type SubmitFailure } from '../kit/index.ts';
import {
  filterOptions,
  labelLookup,
  type FilterOption,
  type LabelLookup,
} from './catalog-labels.ts';
import { suggestionsFor, type Suggestion } from './empty-suggestions.ts';
import { errorReport } from './error-report.ts';
import {
  EMPTY_QUERY,
  FILTER_NAMES,
  isNarrowed,
  type FilterName,
  type FinderQuery,
} from './finder-query.ts';
// Interim: the referral form's connection (provider context, else own attributes) until the
// widget core's connection controller lands; one implementation for both components meanwhile.
import { ReferralConnection } from '../referral-form/referral-connection.ts';
import { finderCatalogs } from './messages.ts';
import { OrganisationSource, type Matches, type OrganisationsApi } from './organisation-source.ts';
import { organisationFinderStyles } from './organisation-finder.styles.ts';
import { renderDetail } from './views/organisation-detail.ts';
import { renderResults } from './views/results.ts';
import { renderSearchForm } from './views/search-form.ts';

/** Results shown at first and added by "show more": a screenful on a phone, cheap to render. */
const PAGE_SIZE = 20;
/** Typing pause before the count is announced, so a screen reader is not interrupted per key. */
const ANNOUNCE_DELAY_MS = 500;
/** Typing pause before a search goes to the API (only above 10,000 organisations). */
const REMOTE_DEBOUNCE_MS = 250;

type Phase = 'loading' | 'ready' | 'searching' | 'load-failed' | 'search-failed';

/**
 * @summary Search and filter the organisations of the network, see what each does, and refer to one.
 *
 * Before any input it lists all organisations A–Z. Typing searches name, summary, description and
 * themes (by prefix and substring, ignoring accents and case); filters narrow by municipality,
 * theme, service, coaching form and audience. Up to 10,000 organisations are loaded once and
 * searched in the browser on every keystroke; a larger network is searched through the API.
 *
 * @fires vangnet-error - Loading or searching failed, or a preset attribute names nothing in the
 *   catalog: `{ component, kind, code?, attribute? }`, never any data.
 * @fires vangnet-organisation-selected - "Refer to this organisation" was pressed; `detail` holds
 *   the organisation's `organisationId` and `organisationName`. A `<vangnet-referral-form>` on the
 *   page takes it as the preferred organisation.
 *
 * @slot - Fallback for the host page: shown before the component loads, and beside the message when
 *   the organisations cannot be loaded (e.g. a link to another list of organisations).
 *
 * @csspart root - the component's box
 * @csspart search - the search form: words and filters
 * @csspart input - the search box
 * @csspart select - each filter
 * @csspart clear - the button that clears words and filters
 * @csspart count - the number of organisations found
 * @csspart results - the list of results
 * @csspart result - one result
 * @csspart result-button - the name of a result, which opens its details
 * @csspart empty - what shows when nothing matches
 * @csspart detail - the details of one organisation
 * @csspart contact - its contact details
 * @csspart back - the button back to the list
 * @csspart refer - the "refer to this organisation" button
 * @csspart problem - what failed (loading or searching) and a retry button
 * @csspart field - label, hint and control of the search box and of each filter
 * @csspart label - the label of the search box and of each filter
 * @csspart button - every button; `button-primary` and `button-secondary` by role
 * @csspart link - the contact links
 *
 * @cssprop --vangnet-* - the kit's theme tokens (colours, fonts, spacing), see docs/theming.md
 */
export class VangnetOrganisationFinder extends LitElement {
  static override styles = [kitStyles, organisationFinderStyles];

  /** The API's base URL (when not inside a `<vangnet-provider>`). */
  @property() accessor api = '';

  /** The partner's publishable key (when not inside a `<vangnet-provider>`). */
  @property({ attribute: 'partner-key' }) accessor partnerKey = '';

  /** Preset municipality filter (a municipality id of the catalog), for a page about one place. */
  @property({ reflect: true }) accessor municipality = '';
  /** Preset theme filter (a theme id of the catalog). */
  @property({ reflect: true }) accessor theme = '';
  /** Preset service filter: `pluscoaching` or `absenteeism`. */
  @property({ reflect: true }) accessor service = '';
  /** Preset coaching form filter: `pluscoach`, `plusstudent` or `plusmaatje`. */
  @property({ attribute: 'coaching-form', reflect: true }) accessor coachingForm = '';
  /** Preset audience filter: `po`, `vo`, `mbo` or `18-27`. */
  @property({ reflect: true }) accessor audience = '';
  /**
   * The heading level of organisation names (1–6), to fit the page's outline.
   * @default 2
   */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;

  @state() private accessor phase: Phase = 'loading';
  @state() private accessor query: FinderQuery = EMPTY_QUERY;
  @state() private accessor found: Matches | undefined;
  @state() private accessor shown = PAGE_SIZE;
  @state() private accessor selected: Organisation | undefined;
  @state() private accessor referredId: string | undefined;
  @state() private accessor failure: SubmitFailure | undefined;
  @state() private accessor suggestions: readonly Suggestion[] | undefined;

  readonly #t = new Translator(this, finderCatalogs);
  readonly #announcer = new Announcer(this);
  #source: OrganisationSource | undefined;
  #firstPage: Matches | undefined;
  #loading: AbortController | undefined;
  #searching: AbortController | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #reported = new Set<string>();
  #focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  #options:
    | {
        catalog: Catalog | undefined;
        language: string;
        options: Record<FilterName, readonly FilterOption[]>;
        labels: LabelLookup;
      }
    | undefined;

  readonly #connection = new ReferralConnection(this);

  get #organisationsApi(): OrganisationsApi | undefined {
    return this.#connection.client?.organisations;
  }
  get #catalog(): Catalog | undefined {
    return this.#connection.catalog;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: finish what the disconnect interrupted.
    if (this.#source && !this.#firstPage) void this.#start();
    else if (this.#source && !this.#source.local) void this.#loadRest(this.#source);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
    this.#searching?.abort();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const presetChanged = ['municipality', 'theme', 'service', 'coachingForm', 'audience'].some(
      (name) => changed.has(name as keyof VangnetOrganisationFinder),
    );
    if (this.#organisationsApi && this.#catalog && this.#source?.api !== this.#organisationsApi) {
      // First connection, or another API (a provider's attributes changed): start over.
      this.query = { ...EMPTY_QUERY, ...this.#presets() };
      void this.#start();
    } else if (presetChanged && this.#source) {
      this.query = { ...this.query, ...this.#presets() };
      this.#runQuery({ announce: true });
    }
  }

  protected override updated(): void {
    const target = this.#focusAfterUpdate?.();
    this.#focusAfterUpdate = undefined;
    target?.focus();
  }

  /** The preset filters from the attributes, each checked against the catalog's list. */
  #presets(): Record<FilterName, string> {
    const { options } = this.#lists();
    const presets = { ...EMPTY_QUERY } as Record<FilterName, string>;
    for (const name of FILTER_NAMES) {
      const value = this[name].trim();
      if (value === '') continue;
      if (options[name].some((option) => option.value === value)) presets[name] = value;
      else this.#reportAttribute(name === 'coachingForm' ? 'coaching-form' : name);
    }
    return presets;
  }

  #lists() {
    const catalog = this.#catalog;
    const language = this.#t.lang;
    if (
      !this.#options ||
      this.#options.catalog !== catalog ||
      this.#options.language !== language
    ) {
      const options = filterOptions(catalog, language);
      this.#options = { catalog, language, options, labels: labelLookup(options) };
    }
    return this.#options;
  }

  async #start(): Promise<void> {
    const api = this.#organisationsApi;
    const catalog = this.#catalog;
    if (!api || !catalog) return;
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    const source = (this.#source = new OrganisationSource(api, catalog.themes));
    this.#firstPage = undefined;
    this.found = undefined;
    this.phase = 'loading';
    try {
      this.#firstPage = await source.start(loading.signal);
    } catch (error) {
      if (loading.signal.aborted) return;
      this.phase = 'load-failed';
      this.#failed(error);
      return;
    }
    this.phase = 'ready';
    this.#runQuery();
    await this.#loadRest(source);
  }

  /** Loads and indexes the other pages (up to 10,000 organisations), then searches locally. */
  async #loadRest(source: OrganisationSource): Promise<void> {
    if (source.local) return;
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    try {
      if (await source.loadAll(loading.signal)) this.#runQuery({ keepShown: true });
    } catch (error) {
      // Not fatal, and not shown: until everything is loaded, the API answers the searches.
      if (!loading.signal.aborted) this.#report(errorReport(error));
    }
  }

  /** Shows the matches of the current query: at once from the index, else from the API. */
  #runQuery({ debounce = false, keepShown = false, announce = false } = {}): void {
    const source = this.#source;
    if (!source || !this.#firstPage) return;
    this.#searching?.abort();
    this.#searching = undefined;
    const local = source.searchLocal(this.query);
    if (local) {
      this.#show(local, keepShown, announce);
    } else if (!isNarrowed(this.query)) {
      this.#show(this.#firstPage, keepShown, announce);
    } else {
      void this.#searchRemote(debounce);
    }
  }

  async #searchRemote(debounce: boolean): Promise<void> {
    const source = this.#source!;
    const searching = (this.#searching = new AbortController());
    const query = this.query;
    try {
      // The list shown belongs to the previous words until the answer comes: say so at once.
      this.phase = 'searching';
      if (debounce) await delay(REMOTE_DEBOUNCE_MS, searching.signal);
      const matches = await source.searchRemote(query, searching.signal);
      this.#show(matches, false, true);
    } catch (error) {
      if (searching.signal.aborted) return;
      this.phase = 'search-failed';
      this.#failed(error);
    }
  }

  #show(matches: Matches, keepShown: boolean, announce: boolean): void {
    this.phase = 'ready';
    this.failure = undefined;
    this.found = matches;
    if (!keepShown) this.shown = PAGE_SIZE;
    this.suggestions = undefined;
    if (matches.total === 0) void this.#suggest();
    if (announce) this.#announce(this.#countText());
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
      if (!signal.aborted && this.query === query) this.suggestions = suggestions;
    } catch {
      // Suggestions are a help, not a must: without them the empty state still says what happened.
    }
  }

  #countText(): string {
    const matches = this.found;
    if (this.phase === 'loading' || !matches) return this.#t.msg('finder.loading');
    if (this.phase === 'searching') return this.#t.msg('finder.searching');
    if (matches.total === 0) return this.#t.msg('finder.count.none');
    const key = isNarrowed(this.query) ? 'finder.count.found' : 'finder.count.all';
    return this.#t.msg(key, { count: this.#t.number(matches.total) });
  }

  /** Puts `text` in the live region once typing pauses; the visible count updates at once. */
  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => void this.#announcer.announce(text), ANNOUNCE_DELAY_MS);
  }

  #setQuery(query: FinderQuery, debounce: boolean): void {
    this.query = query;
    this.#runQuery({ debounce, announce: true });
  }

  async #more(): Promise<void> {
    const matches = this.found;
    const source = this.#source;
    if (!matches || !source) return;
    const firstNew = this.shown;
    if (firstNew + PAGE_SIZE > matches.items.length && matches.nextCursor !== null) {
      this.#searching?.abort();
      const searching = (this.#searching = new AbortController());
      try {
        const page = await source.more(this.query, matches.nextCursor, searching.signal);
        this.found = { ...page, items: [...matches.items, ...page.items] };
      } catch (error) {
        if (searching.signal.aborted) return;
        this.phase = 'search-failed';
        this.#failed(error);
        return;
      }
    }
    this.shown = firstNew + PAGE_SIZE;
    // Focus moves to the first new result, so keyboard users continue where the list grew.
    this.#focusAfterUpdate = () =>
      this.renderRoot.querySelectorAll<HTMLElement>('[part~="result-button"]')[firstNew];
  }

  #retry(): void {
    if (this.#connection.status === 'failed') this.#connection.retry();
    else if (this.phase === 'load-failed') void this.#start();
    else this.#runQuery();
  }

  /** Says why it failed (offline, server…) and tells the page, without any data. */
  #failed(error: unknown): void {
    this.failure = classifyFailure(error);
    this.#report(errorReport(error));
  }

  #reportAttribute(attribute: string): void {
    if (this.#reported.has(attribute)) return;
    this.#reported.add(attribute);
    // After the current update: presets are checked while updating.
    queueMicrotask(() => this.#report({ kind: 'configuration', attribute }));
  }

  #report(detail: Omit<ErrorDetail, 'component' | 'step'>): void {
    dispatch(this, 'vangnet-error', { component: 'organisation-finder', ...detail });
  }

  #open(organisation: Organisation): void {
    this.selected = organisation;
    this.referredId = undefined;
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#detail-name');
  }

  #back(): void {
    const id = this.selected?.id;
    this.selected = undefined;
    this.#focusAfterUpdate = () =>
      this.renderRoot.querySelector<HTMLElement>(`[part~="result-button"][data-id="${id}"]`) ??
      this.renderRoot.querySelector<HTMLElement>('#words');
  }

  #refer(organisation: Organisation): void {
    this.referredId = organisation.id;
    // The name is an organisation's, not a person's: a form can show it without a lookup.
    const detail: OrganisationSelectedDetail & { readonly organisationName: string } = {
      organisationId: organisation.id,
      organisationName: organisation.name,
    };
    dispatch(this, 'vangnet-organisation-selected', detail);
  }

  #drop(drop: Suggestion['drop']): void {
    this.#setQuery({ ...this.query, [drop]: '' }, false);
    this.#focusAfterUpdate = () =>
      this.renderRoot.querySelector<HTMLElement>(drop === 'q' ? '#words' : `#filter-${drop}`);
  }

  override render() {
    const t = this.#t;
    const { options, labels } = this.#lists();
    const selected = this.selected;
    return html`
      <div class="root finder" part="root" lang=${t.lang} dir=${t.dir}>
        ${
          selected
            ? renderDetail(selected, {
                t,
                labels,
                headingLevel: this.#headingLevel(),
                referred: this.referredId === selected.id,
                onBack: () => this.#back(),
                onRefer: (organisation) => this.#refer(organisation),
              })
            : html`${renderSearchForm({
                t,
                query: this.query,
                options,
                onWords: (q) => this.#setQuery({ ...this.query, q }, true),
                onFilter: (name, value) => this.#setQuery({ ...this.query, [name]: value }, false),
                onClear: () => {
                  this.#setQuery({ ...EMPTY_QUERY }, false);
                  this.#focusAfterUpdate = () =>
                    this.renderRoot.querySelector<HTMLElement>('#words');
                },
              })}
              ${renderResults({
                t,
                matches: this.found,
                shown: this.shown,
                count: this.#countText(),
                busy: this.phase === 'loading' || this.phase === 'searching',
                failed:
                  this.phase === 'load-failed' || this.#connection.status === 'failed'
                    ? 'load'
                    : this.phase === 'search-failed'
                      ? 'search'
                      : undefined,
                reason: this.failure,
                query: this.query,
                suggestions: this.suggestions,
                options,
                labels,
                headingLevel: this.#headingLevel(),
                onOpen: (organisation) => this.#open(organisation),
                onMore: () => void this.#more(),
                onDrop: (drop) => this.#drop(drop),
                onRetry: () => this.#retry(),
              })}`
        }
      </div>
    `;
  }

  #headingLevel(): number {
    const level = Math.round(this.headingLevel);
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 2;
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
