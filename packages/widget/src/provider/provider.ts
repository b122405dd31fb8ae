import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { VangnetClient } from '@vangnet/sdk';
import {
  catalogContext,
  catalogOf,
  checkAttributes,
  clientContext,
  clientFor,
  clockContext,
  connectionRules,
  describeProblems,
  ensureContextRoot,
  languageContext,
  loadedCatalog,
  primarySubtag,
  renderProblem,
  systemClock,
  debugLog,
  dispatch,
  vangnetStyles,
  type AttributeProblem,
  type CatalogState,
  type Clock,
} from '../core/index.ts';

/**
 * @summary Configures the Vangnet components inside it: one API client, one catalog, one language.
 *
 * The components inside it need no `api` or `partner-key` of their own. The catalog is loaded once
 * and shared. A missing or wrong attribute is shown in place and reported once in the console.
 *
 * With `isolated`, every component inside renders in a frame on the API's origin (see the
 * components' `isolated`); the provider then loads nothing itself.
 *
 * @slot - The Vangnet components (and anything else of the page).
 * @csspart problem - the message shown when an attribute is missing or wrong
 * @fires vangnet-error - an attribute is missing or wrong (`kind: configuration`)
 */
export class VangnetProvider extends LitElement {
  static override styles = [
    vangnetStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The API's address.
   * @example https://api.example.org
   */
  @property() api = '';

  /** The website's partner key (publishable; it says which website asks). */
  @property({ attribute: 'partner-key' }) partnerKey = '';

  /** Logs what the provider does to the console (never personal data). */
  @property({ type: Boolean, reflect: true }) debug = false;

  /** The clock every component inside uses; tests and demos set a fixed one. JavaScript only. */
  @property({ attribute: false }) now: Clock = systemClock;

  @state() private problems: readonly AttributeProblem[] = [];

  readonly #client = new ContextProvider(this, { context: clientContext });
  readonly #catalog = new ContextProvider(this, {
    context: catalogContext,
    initialValue: { status: 'loading' } as CatalogState,
  });
  readonly #language = new ContextProvider(this, { context: languageContext });
  readonly #clock = new ContextProvider(this, { context: clockContext, initialValue: systemClock });
  #reported = '';
  #loading = 0;

  constructor() {
    super();
    ensureContextRoot(document);
  }

  /** The shared SDK client, once the attributes are valid. */
  get client(): VangnetClient | undefined {
    return this.#client.value;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(): void {
    this.#clock.setValue(this.now);
    const lang = this.getAttribute('lang');
    this.#language.setValue(lang ? primarySubtag(lang) : undefined);
    this.problems = checkAttributes(this, connectionRules);
    this.#report();
    // `isolated`: the components' frames connect; the host page loads nothing.
    if (this.problems.length > 0 || this.hasAttribute('isolated')) {
      this.#client.setValue(undefined);
      this.#catalog.setValue({ status: 'invalid' });
      return;
    }
    const client = clientFor({
      api: this.api.trim(),
      partnerKey: this.partnerKey.trim(),
      locale: this.#language.value ?? 'nl',
    });
    const stale = this.#catalog.value.status === 'invalid';
    if (client !== this.#client.value || stale) {
      this.#client.setValue(client);
      this.#load(client);
    }
  }

  protected override render() {
    if (this.problems.length === 0) return html`<slot></slot>`;
    // The components inside say they are unavailable; the webmaster's details are shown here once.
    return html`${renderProblem({ language: this.#language.value ?? 'nl', problems: this.problems })}`;
  }

  #load(client: VangnetClient): void {
    const attempt = ++this.#loading;
    const loaded = loadedCatalog(client);
    if (loaded) {
      this.#catalog.setValue({ status: 'ready', catalog: loaded });
      return;
    }
    this.#catalog.setValue({ status: 'loading' });
    debugLog(this, 'loading the catalog');
    catalogOf(client).then(
      (catalog) => {
        if (attempt !== this.#loading) return;
        debugLog(this, 'catalog loaded', { region: catalog.region.id });
        this.#catalog.setValue({ status: 'ready', catalog });
      },
      (error: unknown) => {
        if (attempt !== this.#loading) return;
        debugLog(this, 'catalog failed');
        this.#catalog.setValue({ status: 'failed', error, retry: () => this.#load(client) });
      },
    );
  }

  #report(): void {
    const signature = this.problems
      .map((p) => `${p.attribute}:${p.reason}:${p.value ?? ''}`)
      .join();
    if (signature === this.#reported) return;
    this.#reported = signature;
    if (this.problems.length === 0) return;
    console.error(describeProblems(this.localName, this.problems));
    dispatch(this, 'vangnet-error', {
      component: 'provider',
      kind: 'configuration',
      attribute: this.problems.map((problem) => problem.attribute).join(' '),
    });
  }
}
