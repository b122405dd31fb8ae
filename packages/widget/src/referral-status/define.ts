import { VangnetReferralStatus } from './referral-status.ts';

/** Registers `<vangnet-referral-status>`, once: a page may load the bundle twice. */
if (!customElements.get('vangnet-referral-status')) {
  customElements.define('vangnet-referral-status', VangnetReferralStatus);
}

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-referral-status': VangnetReferralStatus;
  }
}

export { VangnetReferralStatus };
