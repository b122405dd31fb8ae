import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  NotFoundError,
  referralStatusValues,
  UnauthorisedError,
  ValidationError,
  type ReferralStatus,
  type ReferralStatusResponse,
} from '@vangnet/sdk';
import type { FragmentCredentials } from '../core/fragment-link.ts';
import { VangnetElement, errorCode, vangnetStyles } from '../core/index.ts';
import { formatDate, localised, Translator } from '../i18n/index.ts';
import { kitStyles } from '../kit/index.ts';
import { statusCatalogs, type StatusTranslator } from './messages.ts';
import { referralStatusStyles } from './referral-status.styles.ts';
import { takeStatusCredentials } from './status-link.ts';

type View =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'shown'; referral: ReferralStatusResponse };

const steps: readonly ReferralStatus[] = referralStatusValues;

/**
 * @summary Shows the referrer where a referral stands: received, a coach found, in coaching,
 * closed.
 *
 * The page is opened from the status link of the referral form's confirmation,
 * `…#status=<id>.<token>`. The element reads id and token from the fragment and removes it from
 * the address bar at once, then asks the API (`GET /v1/referrals/{id}` with the token in the
 * `Vangnet-Token` header). The API answers without personal data, and so does the element: only
 * the reference, the service, the status and its dates, and once matched the organisation.
 *
 * @fires vangnet-error - Loading failed or the link is not valid: `{ component, kind, code? }`.
 *
 * @csspart root - the wrapper of everything
 * @csspart status - the status shown: the current step's text
 * @csspart steps - the list of steps; each is `step`
 * @csspart reference - the referral number
 * @csspart organisation - the organisation it is matched with, once matched
 * @csspart problem - "this link does not work" or "cannot look it up now"
 * @csspart button - the retry button
 *
 * @cssprop --vangnet-* - the theme tokens of the form kit (docs/theming.md)
 *
 * @example
 * ```html
 * <vangnet-referral-status api="https://api.example.org" partner-key="pk_…"></vangnet-referral-status>
 * ```
 */
export class VangnetReferralStatus extends VangnetElement {
  static override styles = [vangnetStyles, kitStyles, referralStatusStyles];

  static override languages: readonly string[] = Object.keys(statusCatalogs);

  @state() private view: View = { kind: 'none' };

  readonly #t: StatusTranslator = new Translator(this, statusCatalogs, () => this.language);
  #credentials: FragmentCredentials | undefined;
  #requested = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Before anything renders: the token leaves the address bar at once.
    const taken = takeStatusCredentials();
    if (taken === 'invalid') {
      this.view = { kind: 'invalid' };
    } else if (taken) {
      this.#credentials = taken;
      this.#requested = false;
      this.view = { kind: 'loading' };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#credentials && !this.#requested && this.connection.client) {
      this.#requested = true;
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    const client = this.connection.client;
    const credentials = this.#credentials;
    if (!client || !credentials) return;
    // Set only on a retry: the first load starts in `updated`, already showing "loading".
    if (this.view.kind !== 'loading') this.view = { kind: 'loading' };
    try {
      const referral = await client.referrals.get(credentials.id, credentials.token);
      this.view = { kind: 'shown', referral };
      this.log('status shown', { step: referral.status });
    } catch (error) {
      const notValid =
        error instanceof NotFoundError ||
        error instanceof UnauthorisedError ||
        error instanceof ValidationError;
      this.view = { kind: notValid ? 'invalid' : 'failed' };
      this.emit('vangnet-error', {
        component: 'referral-status',
        kind: notValid ? 'api' : 'unreachable',
        code: errorCode(error),
      });
    }
  }

  protected override renderContent(): TemplateResult {
    const t = this.#t;
    return html`<section
      class="root"
      part="root"
      lang=${t.lang}
      dir=${t.dir}
      aria-busy=${this.view.kind === 'loading' ? 'true' : 'false'}
    >
      <h2 class="status-title">${t.msg('status.title')}</h2>
      <div role="status">${this.#body()}</div>
    </section>`;
  }

  #body(): TemplateResult {
    const t = this.#t;
    const view = this.view;
    switch (view.kind) {
      case 'none':
        return html`<p part="status">${t.msg('status.none')}</p>`;
      case 'loading':
        return html`<p part="status" data-loading>${t.msg('status.loading')}</p>`;
      case 'invalid':
        return html`<div class="banner banner-error" part="problem">
          <p>${t.msg('status.invalid')}</p>
        </div>`;
      case 'failed':
        return html`<div class="banner banner-error" part="problem">
            <p>${t.msg('status.failed')}</p>
          </div>
          <div class="actions">
            <button
              type="button"
              class="button button-primary"
              part="button"
              @click=${() => void this.#load()}
            >
              ${t.msg('status.retry')}
            </button>
          </div>`;
      default:
        return this.#shown(view.referral);
    }
  }

  #shown(referral: ReferralStatusResponse): TemplateResult {
    const t = this.#t;
    const current = steps.indexOf(referral.status);
    const service = this.connection.catalog?.services.find((item) => item.id === referral.service);
    const date = (value: string) => formatDate(t.lang, value);
    return html`<p class="status-text" part="status" data-status=${referral.status}>
        <strong>${t.msg(`status.step.${referral.status}`)}.</strong>
        ${
          referral.status === 'matched' && referral.organisation
            ? t.msg('status.text.matchedWith', { organisation: referral.organisation.name })
            : t.msg(`status.text.${referral.status}`)
        }
      </p>
      <ol class="steps" part="steps" aria-label=${t.msg('status.steps')}>
        ${steps.map((step, index) => {
          const done = index < current;
          const now = index === current;
          return html`<li
            class="step"
            part="step"
            data-state=${done ? 'done' : now ? 'now' : 'later'}
            aria-current=${now ? 'step' : nothing}
          >
            <span class="step-mark" aria-hidden="true">${done ? '✓' : now ? '●' : '○'}</span>
            <span>${t.msg(`status.step.${step}`)}</span>
            ${done ? html`<span class="visually-hidden">(${t.msg('status.done')})</span>` : nothing}
            ${now ? html`<span class="visually-hidden">(${t.msg('status.now')})</span>` : nothing}
          </li>`;
        })}
      </ol>
      <dl class="facts">
        <div>
          <dt>${t.msg('status.reference')}</dt>
          <dd><strong part="reference">${referral.reference}</strong></dd>
        </div>
        ${
          service
            ? html`<div>
                <dt>${t.msg('status.service')}</dt>
                <dd>${localised(service.label, t.lang)}</dd>
              </div>`
            : nothing
        }
        ${
          referral.organisation
            ? html`<div>
                <dt>${t.msg('status.organisation')}</dt>
                <dd part="organisation">${referral.organisation.name}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${t.msg('status.received.at')}</dt>
          <dd>${date(referral.createdAt)}</dd>
        </div>
        <div>
          <dt>${t.msg('status.updated.at')}</dt>
          <dd>${date(referral.updatedAt)}</dd>
        </div>
      </dl>
      <p class="hint">${t.msg('status.privacy')}</p>`;
  }
}
