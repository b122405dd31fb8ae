import { VangnetBookingForm } from './booking-form.ts';

/** Registers `<vangnet-booking-form>`, once: a page may load the bundle twice. */
if (!customElements.get('vangnet-booking-form')) {
  customElements.define('vangnet-booking-form', VangnetBookingForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-booking-form': VangnetBookingForm;
  }
}

export { VangnetBookingForm };
