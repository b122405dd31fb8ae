import { html, type TemplateResult } from 'lit';
import { StaffSection } from '../staff-section.ts';
import { translator } from '../../messages.ts';

/**
 * @summary The agenda of a casemanager's locations: opening hours, exceptions (a closed day), a day's appointments with attended / no-show, and the appointments the schedule no longer allows.
 */
export class VangnetStaffAgenda extends StaffSection {
  protected override render(): TemplateResult {
    return html`<section aria-labelledby="section-title">
      <h2 id="section-title" tabindex="-1">${translator(this.lang).msg('nav.agenda')}</h2>
    </section>`;
  }
}

if (!customElements.get('vangnet-staff-agenda'))
  customElements.define('vangnet-staff-agenda', VangnetStaffAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-staff-agenda': VangnetStaffAgenda;
  }
}
