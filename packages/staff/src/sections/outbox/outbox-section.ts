import { html, type TemplateResult } from 'lit';
import { StaffSection } from '../staff-section.ts';
import { translator } from '../../messages.ts';

/**
 * @summary The outbox of messages for an admin: pending, sent and dead letters; recipient and text only while the development sign-in is on.
 */
export class VangnetStaffOutbox extends StaffSection {
  protected override render(): TemplateResult {
    return html`<section aria-labelledby="section-title">
      <h2 id="section-title" tabindex="-1">${translator(this.lang).msg('nav.outbox')}</h2>
    </section>`;
  }
}

if (!customElements.get('vangnet-staff-outbox'))
  customElements.define('vangnet-staff-outbox', VangnetStaffOutbox);

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-staff-outbox': VangnetStaffOutbox;
  }
}
