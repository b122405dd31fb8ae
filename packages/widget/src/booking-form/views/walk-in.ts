import { html, nothing, type TemplateResult } from 'lit';
import type { Location } from '@vangnet/sdk';
import type { Translator } from '../../i18n/index.ts';

/** 1 January 2024 was a Monday: the date of ISO weekday `n` in that week names the weekday. */
const weekdayDate = (weekday: number) => `2024-01-0${weekday}`;

/** The walk-in hours of a location, and its phone number: the way in without an appointment. */
export function walkInHours(t: Translator, location: Location): TemplateResult {
  return html`<section class="walk-in" part="walk-in" aria-labelledby="vangnet-walk-in-title">
    <h3 class="subheading" id="vangnet-walk-in-title">
      ${t.msg('walkIn.title', { place: location.name })}
    </h3>
    ${
      location.walkInHours.length > 0
        ? html`<p>${t.msg('walkIn.text')}</p>
            <ul class="plain-list">
              ${location.walkInHours.map(
                (hours) =>
                  html`<li>
                    ${t.msg('walkIn.hours', {
                      day: t.date(weekdayDate(hours.weekday), { weekday: 'long' }),
                      opens: hours.opens,
                      closes: hours.closes,
                    })}
                  </li>`,
              )}
            </ul>`
        : html`<p>${t.msg('walkIn.none', { place: location.name })}</p>`
    }
    ${location.phone ? html`<p>${phoneLine(t, location.phone)}</p>` : nothing}
  </section>`;
}

function phoneLine(t: Translator, phone: string): TemplateResult {
  const text = t.msg('walkIn.call', { phone });
  const at = text.indexOf(phone);
  // dir="ltr": a phone number's digit groups must not be reordered inside right-to-left text.
  const link = html`<a
    class="link"
    part="link"
    dir="ltr"
    href=${`tel:${phone.replace(/[^\d+]/g, '')}`}
    >${phone}</a
  >`;
  return at === -1
    ? html`${text} ${link}`
    : html`${text.slice(0, at)}${link}${text.slice(at + phone.length)}`;
}
