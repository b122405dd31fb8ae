import { VangnetReferralForm } from './referral-form.ts';

/** Registers `<vangnet-referral-form>`, once: a page may load the bundle twice. */
if (!customElements.get('vangnet-referral-form')) {
  customElements.define('vangnet-referral-form', VangnetReferralForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-referral-form': VangnetReferralForm;
  }
}

export { VangnetReferralForm };
