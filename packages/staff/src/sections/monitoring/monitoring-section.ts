import { html, type TemplateResult } from 'lit';
import { StaffSection } from '../staff-section.ts';
import { translator } from '../../messages.ts';

/**
 * @summary The monthly monitoring: counts per month as a table and a simple chart against the yearly target, and the CSV download.
 */
export class VangnetStaffMonitoring extends StaffSection {
  protected override render(): TemplateResult {
    return html`<section aria-labelledby="section-title">
      <h2 id="section-title" tabindex="-1">${translator(this.lang).msg('nav.monitoring')}</h2>
    </section>`;
  }
}

if (!customElements.get('vangnet-staff-monitoring'))
  customElements.define('vangnet-staff-monitoring', VangnetStaffMonitoring);

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-staff-monitoring': VangnetStaffMonitoring;
  }
}
