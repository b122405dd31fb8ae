import { html, type TemplateResult } from 'lit';
import { StaffSection } from '../staff-section.ts';
import { translator } from '../../messages.ts';

/**
 * @summary The call-back requests of a casemanager's locations: open ones first, marked as called.
 */
export class VangnetStaffCallbacks extends StaffSection {
  protected override render(): TemplateResult {
    return html`<section aria-labelledby="section-title">
      <h2 id="section-title" tabindex="-1">${translator(this.lang).msg('nav.callbacks')}</h2>
    </section>`;
  }
}

if (!customElements.get('vangnet-staff-callbacks'))
  customElements.define('vangnet-staff-callbacks', VangnetStaffCallbacks);

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-staff-callbacks': VangnetStaffCallbacks;
  }
}
