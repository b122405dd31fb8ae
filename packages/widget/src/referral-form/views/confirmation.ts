import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog, ReferralCreated, ServiceId } from '@vangnet/sdk';
import { localised } from '../../i18n/index.ts';
import type { ReferralTranslator } from '../messages.ts';

/** What the confirmation shows: the answer of the API and what was sent. */
export interface Sent {
  readonly created: ReferralCreated;
  /** An earlier version had reached the API; the changes made after it were not sent. */
  readonly changesNotSent: boolean;
  readonly service: ServiceId;
  /** The preferred organisation's name, when one was chosen. */
  readonly organisationName: string | undefined;
  /** Where the referrer follows the referral: the status page with id and token in the fragment. */
  readonly statusLink: string;
}

/**
 * The confirmation: the reference to quote, the service and organisation, and what happens next
 * in the catalog's words for the service. "Nieuwe aanmelding" starts over with an empty form.
 */
export function confirmation(
  t: ReferralTranslator,
  catalog: Catalog,
  sent: Sent,
  onAgain: () => void,
): TemplateResult {
  const service = catalog.services.find((item) => item.id === sent.service);
  return html`<section class="confirmation" part="confirmation">
    <h2 class="step-heading" part="step-heading" tabindex="-1" data-vangnet-confirmation-heading>
      ${t.msg('done.title')}
    </h2>
    ${sent.changesNotSent ? html`<p class="hint" part="hint">${t.msg('done.changesNotSent')}</p>` : nothing}
    <dl class="review-list" part="confirmation-facts">
      <div class="review-row">
        <dt>${t.msg('done.reference')}</dt>
        <dd><strong class="reference" part="reference">${sent.created.reference}</strong></dd>
      </div>
      <div class="review-row">
        <dt>${t.msg('done.service')}</dt>
        <dd>${localised(service?.label, t.lang)}</dd>
      </div>
      <div class="review-row">
        <dt>${t.msg('done.organisation')}</dt>
        <dd>${sent.organisationName ?? t.msg('done.organisationNone')}</dd>
      </div>
    </dl>
    <p class="hint" part="hint">${t.msg('done.referenceHint')}</p>
    <p class="status-link" part="status-link">
      <a class="link" href=${sent.statusLink}>${t.msg('done.statusLink')}</a>
    </p>
    <p class="hint" part="hint">${t.msg('done.statusLinkHint')}</p>
    <h3 class="next-title">${t.msg('done.next')}</h3>
    <p class="next-steps" part="next-steps">${localised(service?.nextSteps, t.lang)}</p>
    <div class="actions">
      <button type="button" class="button button-primary" part="button again" @click=${onAgain}>
        ${t.msg('done.again')}
      </button>
    </div>
  </section>`;
}
