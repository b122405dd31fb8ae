import { html, nothing } from 'lit';
import type { Organisation } from '@vangnet/sdk';
import type { LabelLookup } from '../catalog-labels.ts';
import { displayWebsite, emailHref, phoneHref, websiteHref } from '../contact-links.ts';
import type { FinderTranslator } from '../messages.ts';
import { renderFact } from './fact.ts';

export interface DetailOptions {
  t: FinderTranslator;
  labels: LabelLookup;
  headingLevel: number;
  /** Whether "refer" was pressed for this organisation: the confirmation shows. */
  referred: boolean;
  onBack: () => void;
  onRefer: (organisation: Organisation) => void;
}

/**
 * Everything about one organisation, and the way to refer to it. Contact details become links only
 * when they are safe ones (see contact-links.ts); otherwise they are plain text.
 */
export function renderDetail(organisation: Organisation, options: DetailOptions) {
  const { t, labels, headingLevel, referred, onBack, onRefer } = options;
  return html`
    <article
      class="detail"
      part="detail"
      aria-labelledby="detail-name"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') onBack();
      }}
    >
      <button type="button" class="link-button back" part="back" @click=${onBack}>
        ${t.msg('finder.detail.back')}
      </button>
      <div
        id="detail-name"
        class="detail-name"
        role="heading"
        aria-level=${headingLevel}
        tabindex="-1"
      >
        ${organisation.name}
      </div>
      <p dir="auto">${organisation.summary}</p>
      ${
        organisation.description
          ? html`<div class="sub-heading" role="heading" aria-level=${headingLevel + 1}>
                ${t.msg('finder.detail.about', { name: organisation.name })}
              </div>
              <p class="description" dir="auto">${organisation.description}</p>`
          : nothing
      }
      <dl class="facts detail-facts">
        ${renderFact(t.msg('finder.result.services'), organisation.services.map(labels.service))}
        ${renderFact(
          t.msg('finder.detail.coachingForms'),
          organisation.coachingForms.map(labels.coachingForm),
        )}
        ${renderFact(t.msg('finder.detail.audiences'), organisation.audiences.map(labels.audience))}
        ${renderFact(
          t.msg('finder.result.municipalities'),
          organisation.municipalities.map(labels.municipality),
        )}
        ${renderFact(t.msg('finder.result.themes'), organisation.themes.map(labels.theme))}
      </dl>
      <div class="sub-heading" role="heading" aria-level=${headingLevel + 1}>
        ${t.msg('finder.detail.contact')}
      </div>
      ${renderContact(t, organisation)}
      <div class="refer">
        <button
          type="button"
          class="button button-primary"
          part="button button-primary refer"
          @click=${() => onRefer(organisation)}
        >
          ${t.msg('finder.detail.refer')}
        </button>
        <p role="status" class="referred">
          ${referred ? t.msg('finder.detail.referred', { name: organisation.name }) : nothing}
        </p>
      </div>
    </article>
  `;
}

function renderContact(t: FinderTranslator, organisation: Organisation) {
  const { website, phone, email, address } = organisation;
  if (!website && !phone && !email && !address) {
    return html`<p>${t.msg('finder.detail.noContact')}</p>`;
  }
  const websiteLink = websiteHref(website);
  return html`<dl class="facts contact" part="contact">
    ${renderContactFact(
      t.msg('finder.detail.website'),
      website,
      websiteLink,
      websiteLink && displayWebsite(websiteLink),
    )}
    ${renderContactFact(t.msg('finder.detail.phone'), phone, phoneHref(phone))}
    ${renderContactFact(t.msg('finder.detail.email'), email, emailHref(email))}
    ${renderContactFact(
      t.msg('finder.detail.address'),
      address && `${address.street}, ${address.postalCode} ${address.city}`,
      undefined,
    )}
  </dl>`;
}

/** One contact line: a link when `href` is a safe one, else the plain text. */
function renderContactFact(
  term: string,
  text: string | undefined,
  href: string | undefined,
  linkText = text,
) {
  if (!text) return nothing;
  return html`<div class="fact">
    <dt>${term}</dt>
    <dd>
      ${href ? html`<a class="link" part="link" href=${href} rel="noreferrer">${linkText}</a>` : text}
    </dd>
  </div>`;
}
