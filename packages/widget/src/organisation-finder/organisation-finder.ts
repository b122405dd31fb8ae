import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { audienceValues, serviceIdValues, type Catalog, type Organisation } from '@vangnet/sdk';
import {
  VangnetElement,
  apiOf,
  catalogIdRule,
  oneOfRule,
  reservationStyles,
  vangnetStyles,
  type AttributeRule,
  type ErrorDetail,
  type OrganisationSelectedDetail,
} from '../core/index.ts';
import { Translator } from '../i18n/index.ts';
import { Announcer, classifyFailure, kitStyles, type SubmitFailure } from '../kit/index.ts';
import {
  filterOptions,
  labelLookup,
  type FilterOption,
  type LabelLookup,
} from './catalog-labels.ts';
import type { Suggestion } from './empty-suggestions.ts';
import { errorReport } from './error-report.ts';
import {
  EMPTY_QUERY,
  FILTER_NAMES,
  isNarrowed,
  type FilterName,
  type FinderQuery,
} from './finder-query.ts';
import { FinderSearch } from './finder-search.ts';
import { finderCatalogs } from './messages.ts';
import {
  organisationFinderReservation,
  organisationFinderStyles,
} from './organisation-finder.styles.ts';
import { afterFirstView, completeWith, LazyPart } from '../core/lazy-part.ts';
import { renderPlaceholder, renderProblem } from '../core/index.ts';
import { renderResults } from './views/results.ts';
import { renderSearchForm } from './views/search-form.ts';

/** Coaching forms an organisation can offer ("no preference" is a referral's choice, not a form). */
const COACHING_FORMS = ['pluscoach', 'plusstudent', 'plusmaatje'];

/** Typing pause before the count is announced, so a screen reader is not interrupted per key. */
const ANNOUNCE_DELAY_MS = 500;

/** The detail view: fetched right after the first view (decision 0123), or when one is opened. */
const finderDetail = new LazyPart(() => import('./views/organisation-detail.ts'));

/**
 * @summary Search and filter the organisations of the network, see what each does, and refer to one.
 *
 * Before any input it lists all organisations A–Z. Typing searches name, summary, description and
 * themes (by prefix and substring, ignoring accents and case); filters narrow by municipality,
 * theme, service, coaching form and audience. Up to 10,000 organisations are loaded once and
 * searched in the browser on every keystroke; a larger network is searched through the API.
 *
 * @fires vangnet-error - Loading or searching failed, or a preset attribute names nothing in the
 *   catalog: `{ component, kind, code?, attribute? }`, never any data; `code` is one of `ERROR_CODES`.
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
 * @csspart results-region - the scrollable region of fixed height around the results
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
 * @cssprop --vangnet-reserved-height - the height kept free while loading; by default its first view's height at
 *   the page's width, the same as the embed snippet of the guide "Embed in 5 minutes"
 * @cssprop --vangnet-results-height - the height of the scrollable results region (default 32rem)
 */
export class VangnetOrganisationFinder extends VangnetElement {
  static override styles = [
    vangnetStyles,
    kitStyles,
    organisationFinderStyles,
    reservationStyles(organisationFinderReservation),
  ];
  static override languages = Object.keys(finderCatalogs);

  /** Preset municipality filter (a municipality id of the catalog), for a page about one place. */
  @property({ reflect: true }) municipality = '';
  /** Preset theme filter (a theme id of the catalog). */
  @property({ reflect: true }) theme = '';
  /** Preset service filter: `pluscoaching` or `absenteeism`. */
  @property({ reflect: true }) service = '';
  /** Preset coaching form filter: `pluscoach`, `plusstudent` or `plusmaatje`. */
  @property({ attribute: 'coaching-form', reflect: true }) coachingForm = '';
  /** Preset audience filter: `po`, `vo`, `mbo` or `18-27`. */
  @property({ reflect: true }) audience = '';
  /**
   * The heading level of organisation names (1–6), to fit the page's outline.
   * @default 2
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private selected: Organisation | undefined;
  @state() private referredId: string | undefined;
  @state() private failure: SubmitFailure | undefined;

  // The connection's language includes the provider's `lang`, also after it changes.
  readonly #t = new Translator(this, finderCatalogs, () => this.language);
  readonly #announcer = new Announcer(this, this.#t);
  readonly #search = new FinderSearch(this, {
    onResults: (announce) => {
      this.failure = undefined;
      if (announce) this.#announce(this.#countText());
    },
    onError: (error) => {
      this.failure = classifyFailure(error);
      this.#report(errorReport(error));
    },
  });
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The API the search reads (see `apiOf`). */
  #searchApi: ReturnType<typeof apiOf> | undefined;
  #focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  #detailAsked = false;
  #lists:
    | {
        catalog: Catalog | undefined;
        language: string;
        options: Record<FilterName, readonly FilterOption[]>;
        labels: LabelLookup;
      }
    | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override attributeRules(): readonly AttributeRule[] {
    return [
      catalogIdRule('municipality', (catalog) => catalog.municipalities),
      catalogIdRule('theme', (catalog) => catalog.themes),
      oneOfRule('service', serviceIdValues),
      oneOfRule('coaching-form', COACHING_FORMS),
      oneOfRule('audience', audienceValues),
    ];
  }

  // In update(), not willUpdate(): the connection settles its status in its hostUpdate(), which
  // Lit runs between the two.
  protected override update(changed: PropertyValues<this>): void {
    this.#follow(changed);
    super.update(changed);
  }

  /** Starts searching once connected, and follows preset attributes that change later. */
  #follow(changed: PropertyValues<this>): void {
    const { status, client, catalog, clientSoon } = this.connection;
    // The first page does not need the catalog: ask for both at once.
    if (status === 'connecting' && clientSoon && this.#searchApi !== apiOf(clientSoon))
      this.#search.prefetch(clientSoon.organisations);
    if (status !== 'ready' || !client || !catalog) return;
    if (this.#searchApi !== apiOf(client)) {
      // First connection, or another API (a provider's attributes changed): start over. A client
      // in another language talks to the same API: the search and what it loaded stay.
      this.#searchApi = apiOf(client);
      this.#search.start(client.organisations, catalog.themes, {
        ...EMPTY_QUERY,
        ...this.#presets(),
      });
    } else if (FILTER_NAMES.some((name) => changed.has(name))) {
      this.#search.search({ ...this.#search.query, ...this.#presets() });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The first view is there: fetch the detail view now, not when a result is opened, and build
    // the search before the first keystroke needs it.
    if (!this.#detailAsked && this.connection.catalog) {
      this.#detailAsked = true;
      afterFirstView(this, () => {
        void finderDetail.fetch().catch(() => undefined);
        this.#search.prepare();
      });
    }
    // An intent waits for its target: "show more" may need a page from the API first.
    const target = this.#focusAfterUpdate?.();
    if (!target) return;
    this.#focusAfterUpdate = undefined;
    target.focus();
  }

  /** The preset filters from the attributes (the attribute rules have checked them). */
  #presets(): Record<FilterName, string> {
    const presets = { ...EMPTY_QUERY } as Record<FilterName, string>;
    for (const name of FILTER_NAMES) presets[name] = this[name].trim();
    return presets;
  }

  /** The filters' choices and the labels of ids, from the catalog in the current language. */
  #filterLists() {
    const catalog = this.connection.catalog;
    const language = this.#t.lang;
    if (!this.#lists || this.#lists.catalog !== catalog || this.#lists.language !== language) {
      const options = filterOptions(catalog, language);
      this.#lists = { catalog, language, options, labels: labelLookup(options) };
    }
    return this.#lists;
  }

  #countText(): string {
    const { phase, matches, query } = this.#search;
    if (phase === 'loading' || !matches) return this.#t.msg('finder.loading');
    if (phase === 'searching') return this.#t.msg('finder.searching');
    if (matches.total === 0) return this.#t.msg('finder.count.none');
    const key = isNarrowed(query) ? 'finder.count.found' : 'finder.count.all';
    return this.#t.msg(key, { count: this.#t.number(matches.total) });
  }

  /** Puts `text` in the live region once typing pauses; the visible count updates at once. */
  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    const lang = this.#t.lang;
    // A count written before a switch of language is not read out in the new one.
    this.#announceTimer = setTimeout(() => {
      if (this.#t.lang === lang) void this.#announcer.announce(text);
    }, ANNOUNCE_DELAY_MS);
  }

  async #more(): Promise<void> {
    // Focus moves to the first new result, so keyboard users continue where the list grew.
    const firstNew = this.#search.shown;
    const focusFirstNew = () =>
      this.renderRoot.querySelectorAll<HTMLElement>('[part~="result-button"]')[firstNew];
    this.#focusAfterUpdate = focusFirstNew;
    const added = await this.#search.more();
    if (added === undefined && this.#focusAfterUpdate === focusFirstNew)
      this.#focusAfterUpdate = undefined;
  }

  #report(detail: Omit<ErrorDetail, 'component' | 'step'>): void {
    this.emit('vangnet-error', { component: 'organisation-finder', ...detail });
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
    this.emit('vangnet-organisation-selected', detail);
  }

  #setQuery(query: FinderQuery, { debounce = false } = {}): void {
    this.#search.search(query, { debounce });
  }

  #drop(drop: Suggestion['drop']): void {
    this.#setQuery({ ...this.#search.query, [drop]: '' });
    this.#focusAfterUpdate = () =>
      this.renderRoot.querySelector<HTMLElement>(drop === 'q' ? '#words' : `#filter-${drop}`);
  }

  /** While connecting: the same layout with placeholder cards, so nothing moves when data comes. */
  protected override renderLoading() {
    return this.renderContent();
  }

  /** Also waits for the detail view when one is opened before it arrived. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeWith([finderDetail], () => super.getUpdateComplete());
  }

  /** An opened result while the detail view is on its way, or a retry if it did not come. */
  #waitForDetail() {
    finderDetail.want(this);
    if (!finderDetail.failed) return renderPlaceholder(this.#t.lang);
    return renderProblem({
      language: this.#t.lang,
      problems: [],
      onRetry: () => finderDetail.want(this),
    });
  }

  protected override renderContent() {
    const t = this.#t;
    const { options, labels } = this.#filterLists();
    const search = this.#search;
    const selected = this.selected;
    const headingLevel = this.#headingLevel();
    return html`
      <div class="root finder" part="root" lang=${t.lang} dir=${t.dir}>
        ${
          selected && !finderDetail.module
            ? this.#waitForDetail()
            : selected && finderDetail.module
              ? finderDetail.module.renderDetail(selected, {
                  t,
                  labels,
                  headingLevel,
                  referred: this.referredId === selected.id,
                  onBack: () => this.#back(),
                  onRefer: (organisation) => this.#refer(organisation),
                })
              : html`${renderSearchForm({
                  t,
                  query: search.query,
                  options,
                  onWords: (q) => this.#setQuery({ ...search.query, q }, { debounce: true }),
                  onFilter: (name, value) => this.#setQuery({ ...search.query, [name]: value }),
                  onClear: () => {
                    this.#setQuery({ ...EMPTY_QUERY });
                    this.#focusAfterUpdate = () =>
                      this.renderRoot.querySelector<HTMLElement>('#words');
                  },
                })}
                ${renderResults({
                  t,
                  matches: search.matches,
                  shown: search.shown,
                  count: this.#countText(),
                  busy: search.phase === 'loading' || search.phase === 'searching',
                  failed:
                    search.phase === 'load-failed'
                      ? 'load'
                      : search.phase === 'search-failed'
                        ? 'search'
                        : undefined,
                  reason: this.failure,
                  query: search.query,
                  suggestions: search.suggestions,
                  options,
                  labels,
                  headingLevel,
                  onOpen: (organisation) => this.#open(organisation),
                  onMore: () => void this.#more(),
                  onDrop: (drop) => this.#drop(drop),
                  onRetry: () => this.#search.retry(),
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
