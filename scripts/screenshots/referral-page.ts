// The page of `scripts/screenshots-referral.mjs`: one referral form against the mock on this
// origin, at a fixed time, with the tests' driver on `window` so the script can fill each step.
import '../../packages/widget/src/referral-form/define.ts';
import * as driver from '../../packages/widget/src/referral-form/referral-driver.ts';

const form = document.querySelector('vangnet-referral-form');
if (form) {
  form.now = () => new Date('2026-03-02T09:00:00+01:00');
  form.setAttribute('api', location.origin);
}
Object.assign(window, { referralDriver: driver });
