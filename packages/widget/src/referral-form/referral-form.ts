import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  amsterdamDate,
  isId,
  referralInputForm,
  serviceIdValues,
  type ReferralCreated,
  type ReferralInput,
  prepareLater,
} from '@vangnet/sdk';
import {
  VangnetElement,
  reservationStyles,
  vangnetStyles,
  type AttributeRule,
  type ErrorDetail,
} from '../core/index.ts';
import { Translator } from '../i18n/index.ts';
import {
  Announcer,
  FormController,
  StepController,
  emergencyNotice,
  errorSummary,
  kitStyles,
  retryBanner,
  schemaLoaded,
  secondaryButton,
  stepHeading,
  stepper,
  submitButton,
  type FieldKey,
} from '../kit/index.ts';
import { servicesOffered } from './catalog-text.ts';
import { referralCatalogs, type ReferralTranslator } from './messages.ts';
import {
  REFERRER_FIRST,
  referralFormReservation,
  referralFormStyles,
  referrerFirstReservation,
} from './referral-form.styles.ts';
import {
  completeReferral,
  referralRules,
  serviceOf,
  type ReferralContext,
} from './referral-rules.ts';
import { OrganisationOptions } from './organisation-options.ts';
import { referralAttributeRules } from './referral-attribute-rules.ts';
import { ReferralSender } from './referral-sender.ts';
import { afterFirstView, completeWith } from '../core/lazy-part.ts';
import { renderPlaceholder, renderProblem } from '../core/index.ts';
import { isFirstStep, referralLater, referralSteps, stepContent } from './referral-steps.ts';
import { serverFieldErrors } from './server-errors.ts';
import type { Sent } from './views/confirmation.ts';
import { statusLinkFor } from '../referral-status/status-link.ts';
import type { StepView } from './views/step-view.ts';

/**
 * @summary A school, Leerplicht or JGZ refers a pupil to Pluscoaching or to the school social
 * worker for absenteeism.
 *
 * Steps: service → referrer → young person → support need → preference → consent → review, then
 * a confirmation with the reference and what happens next. Every list comes from the catalog;
 * each step is checked with the SDK's schemas before going on; consent follows the catalog's
 * bands for the service and the age on the referral date. Sending is idempotent: one key per
 * referral, kept across retries. Nothing is written to storage; leaving the page with unsent
 * answers asks for confirmation.
 *
 * @fires vangnet-step - A step was shown: `{ component, step, index, total }`.
 * @fires vangnet-submitted - The API received the referral: `{ reference, service }`.
 * @fires vangnet-error - Loading or sending failed, or an attribute is wrong: `{ component, kind, code?, attribute?, step? }`; `code` is one of `ERROR_CODES`.
 *
 * @csspart root - the wrapper of everything
 * @csspart intro - the introduction above the steps
 * @csspart emergency-notice - "not for emergencies"
 * @csspart stepper - the progress bar
 * @csspart step-heading - "Stap 2 van 7" and the step's title
 * @csspart summary - the error summary
 * @csspart field - each field; `label`, `hint`, `error`, `input` inside it
 * @csspart group - a group of fields (parent or guardian, one person's consent)
 * @csspart privacy - what happens with the data
 * @csspart review - the answers on the review step
 * @csspart retry-banner - the message after a failed send, with its retry button
 * @csspart button - every button; `button-primary`, `button-secondary` tell them apart
 * @csspart confirmation - the confirmation after sending
 * @csspart reference - the reference number on the confirmation
 * @csspart status-link - the link to follow the referral's status, on the confirmation
 * @csspart placeholder - what shows while the form connects (the reserved height)
 * @csspart problem - why the form cannot work (a wrong attribute, the API unreachable)
 * @csspart fallback - the wrapper of the page's fallback content
 * @csspart retry - "try again" when the API was unreachable
 *
 * @slot - Fallback content for when the form cannot load (no connection, wrong setup): another
 *   way to refer, such as an email address. Hidden while the form works.
 *
 * @cssprop --vangnet-* - the theme tokens of the form kit (docs/theming.md)
 * @cssprop --vangnet-reserved-height - the height kept free while loading; by default its first view's height at
 *   the page's width, the same as the embed snippet of the guide "Embed in 5 minutes"
 */
export class VangnetReferralForm extends VangnetElement {
  static override styles = [
    vangnetStyles,
    kitStyles,
    referralFormStyles,
    reservationStyles(referralFormReservation),
    reservationStyles(referrerFirstReservation, REFERRER_FIRST),
  ];

  /** The languages of its messages; a page in another language gets the form in Dutch. */
  static override languages: readonly string[] = Object.keys(referralCatalogs);

  /** The service to refer to, `pluscoaching` or `absenteeism`; absent: the user chooses. */
  @property({ reflect: true }) service = '';

  /** The municipality id from the catalog; absent: the user chooses. */
  @property({ reflect: true }) municipality = '';

  /** A preselected preferred organisation id. */
  @property({ reflect: true }) organisation = '';

  /** A preset referrer role id, for Leerplicht or JGZ pages (`leerplichtambtenaar`). */
  @property({ attribute: 'referrer-role', reflect: true }) referrerRole = '';

  /**
   * The page with `<vangnet-referral-status>`: the confirmation links there with the referral's id
   * and token in the fragment (`#status=<id>.<token>`). Absent: the current page.
   * @example /aanmelding-volgen
   */
  @property({ attribute: 'status-page', reflect: true }) statusPage = '';

  @state() private sent: Sent | undefined;
  @state() private rejected = false;

  // The connection's language includes the provider's `lang`, also after it changes.
  readonly #t: ReferralTranslator = new Translator(this, referralCatalogs, () => this.language);
  readonly #form = new FormController<ReferralInput>(this, {
    schema: referralInputForm,
    translator: this.#t,
    complete: (model) => completeReferral(model, this.#context()),
    rules: referralRules(() => this.#context()),
  });
  readonly #steps = new StepController(this, {
    steps: () => referralSteps(this.#t, this.#context()),
    onChange: (step, index) => this.#stepShown(step.id, index),
  });
  readonly #sender = new ReferralSender(this, {
    onBusyChange: (busy) => {
      if (busy) void this.#announcer.announce(this.#t.msg('busy.sending'));
    },
  });
  readonly #announcer = new Announcer(this, this.#t);
  readonly #organisations = new OrganisationOptions(this, () => {
    const model = this.#form.model;
    return {
      client: this.connection.client,
      service: serviceOf(model, this.#context()),
      municipality: model['municipality'],
      preferred: (model['preference'] as { organisationId?: unknown } | undefined)?.organisationId,
    };
  });
  /** Whether the step was opened with a change link on the review, to return there. */
  #fromReview = false;
  #presets: string | undefined;
  #laterAsked = false;

  constructor() {
    super();
    // Controllers run in the order they were added: this one after the connection's, so the
    // presets apply in the very update in which the catalog arrives.
    this.addController({ hostUpdate: () => this.#applyPresets() });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    document.addEventListener('vangnet-organisation-selected', this.#onOrganisationSelected);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    document.removeEventListener('vangnet-organisation-selected', this.#onOrganisationSelected);
  }

  /**
   * The page's presets (role, organisation) go into the form once there is a catalog, and again
   * when the attributes change, as long as nothing was typed: they never overwrite a person's input.
   */
  #applyPresets(): void {
    if (!this.connection.catalog) return;
    const presets = `${this.referrerRole}|${this.organisation}`;
    const first = this.#presets === undefined;
    if (!first && (presets === this.#presets || this.#form.dirty)) return;
    this.#presets = presets;
    this.#form.reset(this.#initial());
    // The first step is "shown" once there is a catalog to show it with.
    if (first) void this.updateComplete.then(() => this.#stepShown(this.#steps.current.id, 0));
  }

  protected override renderContent(): TemplateResult {
    const t = this.#t;
    return html`<div class="root" part="root" lang=${t.lang} dir=${t.dir}>
      <p class="intro" part="intro">${t.msg('form.intro')}</p>
      ${emergencyNotice(t)} ${this.#body()}
    </div>`;
  }

  /** The checks of the component's own attributes, with the shared ones of the core. */
  protected override attributeRules(): readonly AttributeRule[] {
    return referralAttributeRules(() => this.municipality);
  }

  #body(): TemplateResult {
    const t = this.#t;
    const catalog = this.connection.catalog;
    if (!catalog) return html``;
    const context = this.#context();
    if (context.municipality && servicesOffered(catalog, context.municipality).length === 0) {
      return html`<p class="banner" part="banner">${t.msg('form.noServices')}</p>`;
    }
    const later = referralLater.module;
    const step = this.#steps.current;
    if (!later && (this.sent || !isFirstStep(step))) return this.#waitForLater();
    if (this.sent && later) {
      return later.confirmation(t, catalog, this.sent, () => this.#startOver());
    }
    // The first view is there: fetch the rest of the form now, not when the next step asks.
    if (!later && !this.#laterAsked) {
      this.#laterAsked = true;
      afterFirstView(this, () => {
        void referralLater.fetch().catch(() => undefined);
        // The SDK's writes (ky, the referral's schemas) too, before the send needs them.
        if (this.connection.client) prepareLater(this.connection.client);
        this.#form.prepare();
      });
    }
    const view = this.#view();
    const isReview = step.id === 'review';
    return html`${stepper(t, this.#steps, t.msg('form.name'))}
      <form
        novalidate
        aria-busy=${this.#sender.busy || this.#form.busy ? 'true' : 'false'}
        @submit=${this.#onSubmit}
      >
        ${stepHeading(t, this.#steps)} ${errorSummary(this.#form)}
        ${stepContent(view, step, this.#steps.all, (target) => {
          this.#fromReview = true;
          this.#steps.goTo(target);
        })}
        ${isReview ? this.#sendState() : nothing}
        <div class="actions" part="actions">
          ${
            isReview
              ? submitButton(t, this.#sender.submit, t.msg('review.send'))
              : html`<button
                  type="submit"
                  class="button button-primary"
                  part="button button-primary"
                >
                  ${this.#fromReview ? t.msg('review.return') : t.msg('nav.next')}
                </button>`
          }
          ${
            this.#steps.isFirst
              ? nothing
              : secondaryButton(t.msg('nav.back'), () => {
                  this.#fromReview = false;
                  this.#steps.back();
                })
          }
        </div>
      </form>`;
  }

  /** A step after the first ones while its part is on the way, or a retry if it did not come. */
  #waitForLater(): TemplateResult {
    referralLater.want(this);
    if (!referralLater.failed) return html`${renderPlaceholder(this.#t.lang)}`;
    // What the typed form holds stays in the form controller; "try again" fetches the part again.
    return renderProblem({
      language: this.#t.lang,
      problems: [],
      onRetry: () => referralLater.want(this),
    });
  }

  /** Also waits for the later part of the form when a view needs it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeWith([referralLater], () => super.getUpdateComplete());
  }

  /** The end of the update under way, without waiting for a part on its way. */
  #rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /** Under the review: progress while sending, the retry banner, or why it was refused. */
  #sendState(): TemplateResult {
    const t = this.#t;
    return html`${
      this.#sender.busy && this.#sender.slow
        ? html`<p class="notice" part="notice slow">${t.msg('review.slow')}</p>`
        : nothing
    }
    ${retryBanner(t, this.#sender.submit.failure, () => void this.#send())}
    ${
      this.rejected
        ? html`<div class="banner banner-error" part="banner" role="alert">
            <p>${t.msg('review.rejected')}</p>
          </div>`
        : nothing
    }`;
  }

  #view(): StepView {
    const catalog = this.connection.catalog;
    if (!catalog) throw new Error('The referral form renders steps only with a catalog.');
    return {
      t: this.#t,
      form: this.#form,
      catalog,
      context: this.#context(),
      model: this.#form.model,
      organisations: this.#organisations.items,
      organisationsFailed: this.#organisations.failed,
    };
  }

  /** The attributes and the referral date, for the rules (the core has checked the attributes). */
  #context(): ReferralContext {
    const catalog = this.connection.catalog;
    return {
      catalog,
      today: amsterdamDate(this.connection.now()),
      service: serviceIdValues.find((id) => id === this.service),
      municipality: this.municipality || undefined,
    };
  }

  /** What a new referral starts with: the presets of the page. */
  #initial(): Record<string, unknown> {
    const initial: Record<string, Record<string, unknown>> = {};
    if (this.referrerRole) initial['referrer'] = { role: this.referrerRole };
    if (this.organisation) initial['preference'] = { organisationId: this.organisation };
    return initial;
  }

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.#steps.current.id === 'review') {
      void this.#send();
      return;
    }
    // Pressed before the schema arrived: wait for it; without it the step has its rules checked.
    if (!this.#form.loaded) await this.#form.settle();
    const result = this.#form.validate(this.#steps.current.fields);
    if (!result.valid) {
      void this.#form.focusSummary();
      return;
    }
    if (!this.#fromReview) {
      this.#steps.next();
      return;
    }
    // Back from a change link: straight to the review, unless the change made a later step
    // incomplete (a new date of birth may ask for another person's consent); then to that step.
    this.#fromReview = false;
    const whole = this.#form.validate();
    if (whole.valid) this.#steps.goTo('review');
    else this.#goToErrors(whole.errors);
  };

  async #send(): Promise<void> {
    const client = this.connection.client;
    if (!client || this.#sender.busy) return;
    if (!(await schemaLoaded(this.#sender.submit, this.#form))) return;
    const validation = this.#form.validate();
    if (!validation.valid || !validation.data) {
      this.#goToErrors(validation.errors);
      return;
    }
    const input = validation.data;
    this.rejected = false;
    const result = await this.#sender.send(client, input);
    switch (result.kind) {
      case 'sent':
        await this.#confirm(result.created, result.input, result.changesNotSent);
        break;
      case 'failed':
        this.#reportError({ kind: 'unreachable', code: result.code });
        break;
      case 'fields':
        this.#goToErrors(this.#form.setServerErrors(serverFieldErrors(result.issues, input)));
        void this.#announcer.announce(this.#t.msg('review.fieldsRejected'));
        this.#reportError({ kind: 'api', code: result.code });
        break;
      case 'refused':
        this.rejected = true;
        this.#reportError({ kind: 'api', code: result.code });
        break;
      default:
        break;
    }
  }

  /** Shows the confirmation and drops the typed answers: only what it shows is kept. */
  async #confirm(
    created: ReferralCreated,
    input: ReferralInput,
    changesNotSent: boolean,
  ): Promise<void> {
    const organisationId = input.preference?.organisationId;
    this.sent = {
      created,
      changesNotSent,
      service: input.service,
      organisationName: this.#organisations.nameOf(organisationId) ?? organisationId,
      statusLink: statusLinkFor(this.#statusPage(), { id: created.id, token: created.token }),
    };
    this.#form.reset({});
    this.emit('vangnet-submitted', { reference: created.reference, service: input.service });
    this.#stepShown('confirmation', this.#steps.count);
    // The confirmation's part is there (the review came from it): focus in the very render.
    await this.#rendered();
    this.renderRoot.querySelector<HTMLElement>('[data-vangnet-confirmation-heading]')?.focus();
  }

  /** The status page's address, relative to the page; the page itself when absent or unusable. */
  #statusPage(): string {
    const here = location.href.split('#')[0] ?? location.href;
    if (!this.statusPage) return here;
    try {
      const url = new URL(this.statusPage, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : here;
    } catch {
      return here;
    }
  }

  /** Goes to the earliest step with an error, where the summary lists them, and focuses it. */
  #goToErrors(keys: readonly FieldKey[]): void {
    this.#steps.goToFirstOf(keys);
    void this.#form.focusSummary();
  }

  #startOver(): void {
    this.#fromReview = false;
    this.sent = undefined;
    this.rejected = false;
    this.#sender.reset();
    this.#form.reset(this.#initial());
    this.#steps.goTo(0);
  }

  #stepShown(step: string, index: number): void {
    this.emit('vangnet-step', {
      component: 'referral-form',
      step,
      index,
      total: this.#steps.count,
    });
  }

  #reportError(detail: Omit<ErrorDetail, 'component' | 'step'>): void {
    this.emit('vangnet-error', {
      component: 'referral-form',
      step: this.sent ? 'confirmation' : this.#steps.current.id,
      ...detail,
    });
  }

  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.#form.dirty) return;
    event.preventDefault();
    // Older browsers show the dialog only when `returnValue` is set.
    event.returnValue = '';
  };

  #onOrganisationSelected = (event: Event): void => {
    const detail = (event as CustomEvent<{ organisationId?: unknown; organisationName?: unknown }>)
      .detail;
    const id = detail?.organisationId;
    if (!isId(id) || this.sent) return;
    this.#form.set('preference.organisationId', id);
    // A choice from outside the loaded list: load again, so it shows by name.
    const name =
      typeof detail.organisationName === 'string'
        ? detail.organisationName
        : this.#organisations.nameOf(id);
    if (name) {
      void this.#announcer.announce(this.#t.msg('preference.organisationSelected', { name }));
    }
  };
}
