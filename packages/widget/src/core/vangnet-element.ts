import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AttributeRule } from './attributes.ts';
import type { Clock } from './clock.ts';
import { VangnetConnection } from './connection.ts';
import { debugLog, type DebugDetails } from './debug.ts';
import { dispatch, type VangnetEventDetails, type VangnetEventName } from './events.ts';
import { LANGUAGES } from './language.ts';
import { renderPlaceholder, renderProblem } from './problem-view.ts';
import { vangnetStyles } from './styles.ts';

/**
 * The base of the Vangnet components. It connects to the API (through a `<vangnet-provider>` or its
 * own `api` and `partner-key`), checks the attributes, and renders the shared states, so that a
 * component only renders what it is about, in {@link VangnetElement.renderContent}, once the client
 * and the catalog are there:
 * - while connecting: a placeholder of the reserved height (nothing on the page moves);
 * - a missing or wrong attribute: a polite message naming it, and one `console.error`;
 * - the API unreachable: a message with "try again";
 * - and in both failure states the webmaster's fallback content (the default slot) stays visible.
 *
 * A subclass sets `static override styles = [vangnetStyles, ownStyles, reservationStyles(heights)]`
 * to reserve its height per page width, and may add attribute rules with `attributeRules()`.
 */
export abstract class VangnetElement extends LitElement {
  static override styles = [vangnetStyles];

  /** The languages this component speaks; other languages fall back to Dutch. */
  static languages: readonly string[] = LANGUAGES;

  static override get observedAttributes(): string[] {
    // `lang` is a global attribute, not a Lit property: observe it to re-render in a new language.
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The API's address, when the component is used without a `<vangnet-provider>`.
   * @example https://api.example.org
   */
  @property() api = '';

  /** The website's partner key, when the component is used without a `<vangnet-provider>`. */
  @property({ attribute: 'partner-key' }) partnerKey = '';

  /** Logs what the component does to the console (never personal data), for webmasters. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /**
   * The clock the component uses (tests and demos set a fixed one); wins over the provider's.
   * A JavaScript property only.
   */
  @property({ attribute: false }) now: Clock | undefined = undefined;

  /**
   * Renders the component in a frame on the API's own origin, out of reach of the host page's
   * scripts (so does `<vangnet-provider isolated>` for every component inside it); see
   * docs/guides/privacy.md. Read when the element first renders.
   */
  @property({ type: Boolean, reflect: true }) isolated = false;

  /** The frame of isolated mode, once its chunk is loaded. */
  #frame: { readonly element: HTMLIFrameElement } | undefined;
  #framing = false;

  /** The client, catalog, language and clock, and the state of the connection. */
  protected readonly connection = new VangnetConnection(this, {
    rules: () => this.attributeRules(),
    languages: (this.constructor as typeof VangnetElement).languages,
    // In isolated mode the frame connects; the host page calls no API.
    idle: () => this.#isolated(),
  });

  #isolated(): boolean {
    return this.isolated || this.closest('vangnet-provider[isolated]') !== null;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The language in use: the component's `lang`, the provider's, the page's, else Dutch. */
  protected get language(): string {
    return this.connection.lang;
  }

  /** The component's own attribute rules (`service`, `municipality`…); see `attributes.ts`. */
  protected attributeRules(): readonly AttributeRule[] {
    return [];
  }

  /** What the component shows once `this.connection.client` and `.catalog` are there. */
  protected abstract renderContent(): unknown;

  /** What shows while connecting; override for a skeleton of the same (reserved) height. */
  protected renderLoading(): unknown {
    return renderPlaceholder(this.language);
  }

  /** What shows when the component cannot work: the problem and the fallback content. */
  protected renderUnavailable(): TemplateResult {
    const { status, problems, providerInvalid } = this.connection;
    return renderProblem({
      language: this.language,
      problems,
      providerInvalid,
      onRetry: status === 'unreachable' ? () => this.connection.retry() : undefined,
    });
  }

  protected override render(): unknown {
    if (this.#isolated()) {
      if (!this.#framing) {
        this.#framing = true;
        void import('../embed/isolated-frame.ts').then(({ IsolatedFrame }) => {
          this.#frame = new IsolatedFrame(this, this.language);
          this.requestUpdate();
        });
      }
      return this.#frame?.element ?? renderPlaceholder(this.language);
    }
    switch (this.connection.status) {
      case 'ready':
        return this.renderContent();
      case 'connecting':
        return this.renderLoading();
      default:
        return this.renderUnavailable();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('debug') && this.debug) this.log('debug logging on');
  }

  /** Logs to the console when `debug` is set. Pass ids, references, counts — no personal data. */
  protected log(message: string, details?: DebugDetails): void {
    debugLog(this, message, details);
  }

  /** Fires a typed Vangnet event (bubbling, composed; checked for personal data). */
  protected emit<N extends VangnetEventName>(name: N, detail: VangnetEventDetails[N]): boolean {
    this.log(`event ${name}`, { step: 'step' in detail ? String(detail.step) : undefined });
    return dispatch(this, name, detail);
  }
}
