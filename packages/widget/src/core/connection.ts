import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, VangnetClient } from '@vangnet/sdk';
import {
  checkAttributes,
  connectionRules,
  describeProblems,
  languageRule,
  type AttributeProblem,
  type AttributeRule,
} from './attributes.ts';
import { catalogOf, clientFor, loadedCatalog } from './client-cache.ts';
import { systemClock, type Clock } from './clock.ts';
import { ensureContextRoot } from './context-root.ts';
import { catalogContext, clientContext, clockContext, languageContext } from './contexts.ts';
import type { CatalogState } from './contexts.ts';
import { debugLog } from './debug.ts';
import { errorCode } from './error-code.ts';
import { dispatch, type ComponentName } from './events.ts';
import { languageOf, LANGUAGES } from './language.ts';

/**
 * Where a component stands:
 * - `invalid`: an attribute is missing or wrong (see `problems`), or the provider's are;
 * - `connecting`: the catalog is on its way;
 * - `ready`: `client` and `catalog` are there;
 * - `unreachable`: the API did not answer after the SDK's retries; `retry()` tries again.
 */
export type ConnectionStatus = 'invalid' | 'connecting' | 'ready' | 'unreachable';

/** What the connection needs of its host: a Lit element, optionally with its own clock. */
export interface ConnectionHost extends ReactiveControllerHost, HTMLElement {
  /** A clock set on the component itself; wins over the provider's. */
  now?: Clock | undefined;
}

/** Options of {@link VangnetConnection}. */
export interface ConnectionOptions {
  /** The component's own attribute rules (`service`, `municipality`…), checked with the shared ones. */
  rules?: () => readonly AttributeRule[];
  /** The languages the component speaks; others fall back to Dutch. */
  languages?: readonly string[];
  /** While true, nothing is checked or loaded (isolated mode: a frame connects instead). */
  idle?: () => boolean;
  /**
   * Whether the component was given a configured client as a property: its `api` and `partner-key`
   * attributes are then not needed, so their absence is no problem to show or report.
   */
  clientGiven?: () => boolean;
}

/**
 * The one thing every component uses: it finds the SDK client, the catalog, the language and the
 * clock — from an enclosing `<vangnet-provider>`, or from the component's own `api` and
 * `partner-key` attributes when it stands alone — and checks the attributes on the way. Each
 * problem is shown by the component and reported once with `console.error` for the webmaster.
 *
 * @example
 * ```ts
 * class MyForm extends LitElement {
 *   readonly connection = new VangnetConnection(this, { rules: () => [oneOfRule('service', ids)] });
 *   render() {
 *     if (this.connection.status !== 'ready') return html`…`;
 *     const { client, catalog } = this.connection;
 *   }
 * }
 * ```
 */
export class VangnetConnection implements ReactiveController {
  readonly #host: ConnectionHost;
  readonly #options: ConnectionOptions;
  #contextClient: VangnetClient | undefined;
  #contextCatalog: CatalogState | undefined;
  #contextLanguage: string | undefined;
  #contextClock: Clock | undefined;
  #underProvider = false;

  #ownClient: VangnetClient | undefined;
  #ownCatalog: CatalogState | undefined;
  #loading = 0;

  #status: ConnectionStatus = 'connecting';
  #problems: readonly AttributeProblem[] = [];
  #providerInvalid = false;
  #reported = '';
  #providerMissing = false;
  #providerTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * How long a component inside `<vangnet-provider>` waits for that element to be defined before
   * it says so (the page forgot the provider's script), in milliseconds.
   */
  static providerWait = 4000;

  constructor(host: ConnectionHost, options: ConnectionOptions = {}) {
    this.#host = host;
    this.#options = options;
    // Before any consumer asks: a host defined ahead of its provider (the loader's chunks run in
    // the order they arrive) must have its requests kept until the provider is there.
    ensureContextRoot(document);
    host.addController(this);
    const subscribe = true;
    const update = () => host.requestUpdate();
    new ContextConsumer(host, {
      context: clientContext,
      subscribe,
      callback: (value) => ((this.#contextClient = value), update()),
    });
    new ContextConsumer(host, {
      context: catalogContext,
      subscribe,
      callback: (value) => ((this.#contextCatalog = value), update()),
    });
    new ContextConsumer(host, {
      context: languageContext,
      subscribe,
      callback: (value) => ((this.#contextLanguage = value), update()),
    });
    new ContextConsumer(host, {
      context: clockContext,
      subscribe,
      callback: (value) => ((this.#contextClock = value), update()),
    });
  }

  /** Where the component stands; see {@link ConnectionStatus}. */
  get status(): ConnectionStatus {
    return this.#status;
  }

  /** The attributes found missing or wrong (empty unless `status` is `invalid`). */
  get problems(): readonly AttributeProblem[] {
    return this.#problems;
  }

  /** Whether `invalid` comes from the provider's attributes (the provider shows those). */
  get providerInvalid(): boolean {
    return this.#providerInvalid;
  }

  /** The SDK client, once `status` is `ready`. */
  get client(): VangnetClient | undefined {
    return this.#status === 'ready' ? this.#client() : undefined;
  }

  /**
   * The SDK client as soon as there is one, also while the catalog is on its way (`connecting`):
   * for a first request that does not need the catalog, sent beside it instead of after it.
   */
  get clientSoon(): VangnetClient | undefined {
    return this.#status === 'ready' || this.#status === 'connecting' ? this.#client() : undefined;
  }

  /** The region's catalog, once `status` is `ready`. */
  get catalog(): Catalog | undefined {
    const state = this.#catalogState();
    return this.#status === 'ready' && state?.status === 'ready' ? state.catalog : undefined;
  }

  /** The language to speak: the component's `lang`, the provider's, the page's, else `nl`. */
  get lang(): string {
    return languageOf(this.#host, this.#contextLanguage, this.#options.languages ?? LANGUAGES);
  }

  /** The current moment, from the component's clock, the provider's, or the machine's. */
  now(): Date {
    return (this.#host.now ?? this.#contextClock ?? systemClock)();
  }

  /** Whether the component is configured by a provider rather than by its own attributes. */
  get underProvider(): boolean {
    return this.#underProvider && !this.#standalone();
  }

  /** Loads the catalog again after `unreachable`. */
  retry(): void {
    const state = this.#catalogState();
    if (state?.status !== 'failed') return;
    debugLog(this.#host, 'retrying');
    state.retry();
  }

  hostConnected(): void {
    this.#underProvider = hasProviderAncestor(this.#host);
    if (this.#underProvider && !customElements.get('vangnet-provider')) {
      this.#providerTimer = setTimeout(() => {
        if (customElements.get('vangnet-provider') || this.#standalone()) return;
        this.#providerMissing = true;
        this.#host.requestUpdate();
      }, VangnetConnection.providerWait);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#providerTimer);
  }

  hostUpdate(): void {
    if (!this.#options.idle?.()) this.#evaluate();
  }

  #standalone(): boolean {
    return (
      !this.#underProvider ||
      this.#host.hasAttribute('api') ||
      this.#host.hasAttribute('partner-key')
    );
  }

  #client(): VangnetClient | undefined {
    return this.#standalone() ? this.#ownClient : this.#contextClient;
  }

  #catalogState(): CatalogState | undefined {
    return this.#standalone() ? this.#ownCatalog : this.#contextCatalog;
  }

  #evaluate(): void {
    const standalone = this.#standalone();
    const given = this.#options.clientGiven?.() ?? false;
    const own = this.#options.rules?.() ?? [];
    const rules = standalone && !given ? [...connectionRules, ...own] : [languageRule(), ...own];
    let problems = checkAttributes(this.#host, rules);
    if (!standalone && this.#providerMissing && !customElements.get('vangnet-provider')) {
      problems = [providerNotDefined, ...problems];
    }
    if (problems.length === 0 && standalone && !given) this.#connectOwn();
    const state = this.#catalogState();
    if (problems.length === 0 && state?.status === 'ready') {
      problems = checkAttributes(this.#host, rules, state.catalog);
    }
    this.#problems = problems;
    this.#providerInvalid = problems.length === 0 && state?.status === 'invalid';
    const previous = this.#status;
    this.#status =
      problems.length > 0 || this.#providerInvalid
        ? 'invalid'
        : state?.status === 'ready'
          ? 'ready'
          : state?.status === 'failed'
            ? 'unreachable'
            : 'connecting';
    if (this.#status !== previous) this.#changed(previous, state);
    this.#report(problems);
  }

  /** A client from the component's own attributes, and its catalog. */
  #connectOwn(): void {
    const client = clientFor({
      api: this.#host.getAttribute('api')?.trim() ?? '',
      partnerKey: this.#host.getAttribute('partner-key')?.trim() ?? '',
      locale: this.lang,
    });
    if (client === this.#ownClient && this.#ownCatalog?.status !== 'failed') return;
    if (client !== this.#ownClient) this.#ownCatalog = undefined;
    this.#ownClient = client;
    if (!this.#ownCatalog) this.#load(client);
  }

  #load(client: VangnetClient): void {
    const attempt = ++this.#loading;
    const loaded = loadedCatalog(client);
    if (loaded) {
      this.#ownCatalog = { status: 'ready', catalog: loaded };
      return;
    }
    this.#ownCatalog = { status: 'loading' };
    debugLog(this.#host, 'loading the catalog');
    catalogOf(client).then(
      (catalog) => {
        if (attempt !== this.#loading) return;
        this.#ownCatalog = { status: 'ready', catalog };
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (attempt !== this.#loading) return;
        this.#ownCatalog = { status: 'failed', error, retry: () => this.#load(client) };
        this.#host.requestUpdate();
      },
    );
  }

  #changed(previous: ConnectionStatus, state: CatalogState | undefined): void {
    debugLog(this.#host, `status ${previous} → ${this.#status}`, {
      provider: this.underProvider,
      language: this.lang,
    });
    if (this.#status === 'unreachable' && state?.status === 'failed') {
      const code = errorCode(state.error);
      console.warn(`<${this.#host.localName}>: the Vangnet API could not be reached (${code}).`);
      dispatch(this.#host, 'vangnet-error', {
        component: componentName(this.#host),
        kind: 'unreachable',
        code,
      });
    }
  }

  /** One `console.error` (and one `vangnet-error`) per distinct set of problems, not per render. */
  #report(problems: readonly AttributeProblem[]): void {
    const signature = problems.map((p) => `${p.attribute}:${p.reason}:${p.value ?? ''}`).join('|');
    if (signature === this.#reported) return;
    this.#reported = signature;
    if (problems.length === 0) return;
    console.error(describeProblems(this.#host.localName, problems));
    dispatch(this.#host, 'vangnet-error', {
      component: componentName(this.#host),
      kind: 'configuration',
      attribute: problems.map((problem) => problem.attribute).join(' '),
    });
  }
}

/** The problem of a `<vangnet-provider>` whose script was never loaded. */
const providerNotDefined: AttributeProblem = {
  attribute: 'vangnet-provider',
  reason: 'not-defined',
  expected: {
    nl: 'het script van vangnet-provider (of api en partner-key op dit onderdeel zelf)',
    en: "vangnet-provider's script (or api and partner-key on this component itself)",
  },
};

/** The component's name in events: its element name without `vangnet-`. */
export function componentName(element: Element): ComponentName {
  return element.localName.replace(/^vangnet-/, '') as ComponentName;
}

/** Whether a `<vangnet-provider>` encloses `element`, also across shadow roots. */
function hasProviderAncestor(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    if (node instanceof Element && node.localName === 'vangnet-provider') return true;
  }
  return false;
}
