import { html, type TemplateResult } from 'lit';
import type { Location } from '@vangnet/sdk';
import type { AgendaTranslator } from './agenda.messages.ts';

/** The location on screen: a choice when there are several (an admin's all), else its name. */
export function locationChoice(
  t: AgendaTranslator,
  locations: readonly Location[],
  chosen: string,
  onChoose: (id: string) => void,
): TemplateResult {
  if (locations.length < 2) {
    return html`<p class="location-name">
      ${t.msg('location')}: <strong>${locations[0]?.name ?? ''}</strong>
    </p>`;
  }
  return html`<div class="field location-choice">
    <label class="label" for="agenda-location">${t.msg('location')}</label>
    <select
      id="agenda-location"
      class="input select"
      @change=${(event: Event) => onChoose((event.target as HTMLSelectElement).value)}
    >
      ${locations.map(
        (location) =>
          html`<option value=${location.id} ?selected=${location.id === chosen}>
            ${location.name}
          </option>`,
      )}
    </select>
  </div>`;
}
