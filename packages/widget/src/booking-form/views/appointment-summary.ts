import { html, nothing, type TemplateResult } from 'lit';
import type { Location, Slot } from '@vangnet/sdk';
import type { Translator } from '../../i18n/index.ts';
import { timeRange } from './slot-picker.ts';

/** "Voorbeeldstraat 70, 2511 AA Den Haag". */
export function addressText(location: Location): string {
  const { address } = location;
  return address ? `${address.street}, ${address.postalCode} ${address.city}` : '';
}

/** Where the talk is, or how a phone or video talk works. */
export function howText(t: Translator, slot: Slot, location: Location): string {
  if (slot.channel === 'in-person' && location.address) {
    return t.msg('channel.in-person.how', { place: location.name, address: addressText(location) });
  }
  return t.msg(slot.channel === 'video' ? 'channel.video.how' : 'channel.phone.how');
}

/** Date, time, place and reference of an appointment, as a description list. */
export function appointmentSummary(
  t: Translator,
  details: { slot: Slot; location: Location; topic?: string | undefined; reference?: string },
): TemplateResult {
  const { slot, location } = details;
  return html`<dl class="review-list appointment" part="appointment">
    ${
      details.topic
        ? html`<div class="review-row">
            <dt>${t.msg('review.topic')}</dt>
            <dd>${details.topic}</dd>
          </div>`
        : nothing
    }
    <div class="review-row">
      <dt>${t.msg('review.when')}</dt>
      <dd>
        ${t.date(slot.start, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })},
        ${timeRange(t, slot)}
      </dd>
    </div>
    <div class="review-row">
      <dt>${t.msg('review.where')}</dt>
      <dd>
        ${location.name}${
          slot.channel === 'in-person' && location.address
            ? html`<br />${addressText(location)}`
            : nothing
        }
      </dd>
    </div>
    <div class="review-row">
      <dt>${t.msg('review.how')}</dt>
      <dd>${t.msg(`channel.${slot.channel}`)}. ${howText(t, slot, location)}</dd>
    </div>
    ${
      details.reference
        ? html`<div class="review-row">
            <dt>${t.msg('confirm.reference')}</dt>
            <dd class="reference" part="reference">${details.reference}</dd>
          </div>`
        : nothing
    }
  </dl>`;
}
