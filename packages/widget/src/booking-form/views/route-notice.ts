import { html, nothing, type TemplateResult } from 'lit';
import type { Contact, Municipality } from '@vangnet/sdk';
import type { Translator } from '../../i18n/index.ts';
import { localised } from '../../i18n/index.ts';

/**
 * Where someone outside the age bounds goes instead: the municipality's Leerplicht route (under
 * 18) or its general contact (27 and older), as the catalog describes them.
 */
export function routeNotice(
  t: Translator,
  options: {
    readonly route: 'too-young' | 'too-old';
    readonly contact: Contact | undefined;
    readonly bounds: { min: number; max: number };
    /** The 18th birthday when it is near: from then on booking is possible. */
    readonly from: string | undefined;
    /** When the page names no municipality: the choice of one, to show its contact. */
    readonly municipalities: readonly Municipality[] | undefined;
    readonly onMunicipality: (id: string) => void;
    readonly onChange: () => void;
  },
): TemplateResult {
  const { contact } = options;
  const young = options.route === 'too-young';
  const description = localised(contact?.description, t.lang);
  return html`<section class="route" part="route" aria-labelledby="vangnet-route-title">
    <h2 class="step-heading" id="vangnet-route-title" tabindex="-1" data-vangnet-focus>
      ${t.msg(young ? 'route.leerplicht.title' : 'route.general.title', options.bounds)}
    </h2>
    <p>${t.msg(young ? 'route.leerplicht.text' : 'route.general.text', options.bounds)}</p>
    ${options.from ? html`<p>${t.msg('route.soon', { ...options.bounds, date: options.from })}</p>` : nothing}
    ${
      options.municipalities
        ? html`<div class="field">
            <label class="label" for="vangnet-route-municipality"
              >${t.msg('route.municipality')}</label
            >
            <select
              class="input select"
              id="vangnet-route-municipality"
              @change=${(event: Event) => options.onMunicipality((event.target as HTMLSelectElement).value)}
            >
              <option value="">${t.msg('select.placeholder')}</option>
              ${options.municipalities.map(
                (municipality) =>
                  html`<option value=${municipality.id}>${municipality.name}</option>`,
              )}
            </select>
          </div>`
        : nothing
    }
    ${
      contact
        ? html`<div class="contact-card" part="contact">
            <p class="contact-name">${contact.name}</p>
            ${description ? html`<p>${description}</p>` : nothing}
            <dl class="review-list">
              ${
                contact.phone
                  ? html`<div class="review-row">
                      <dt>${t.msg('route.phone')}</dt>
                      <dd>
                        <a
                          class="link"
                          part="link"
                          dir="ltr"
                          href=${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}
                          >${contact.phone}</a
                        >
                      </dd>
                    </div>`
                  : nothing
              }
              ${
                contact.email
                  ? html`<div class="review-row">
                      <dt>${t.msg('route.email')}</dt>
                      <dd>
                        <a class="link" part="link" dir="ltr" href=${`mailto:${contact.email}`}
                          >${contact.email}</a
                        >
                      </dd>
                    </div>`
                  : nothing
              }
              ${
                contact.website
                  ? html`<div class="review-row">
                      <dt>${t.msg('route.website')}</dt>
                      <dd>
                        <a class="link" part="link" href=${contact.website}>${contact.website}</a>
                      </dd>
                    </div>`
                  : nothing
              }
            </dl>
          </div>`
        : nothing
    }
    <div class="actions">
      <button
        type="button"
        class="button button-secondary"
        part="button button-secondary"
        @click=${options.onChange}
      >
        ${t.msg('route.change')}
      </button>
    </div>
  </section>`;
}
