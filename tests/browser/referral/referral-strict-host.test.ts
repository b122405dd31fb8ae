import { expect } from '@open-wc/testing';
import {
  button,
  declareConsents,
  fillUpToConsent,
  next,
  reach,
} from '../../../packages/widget/src/referral-form/referral-driver.ts';
import type { VangnetReferralForm } from '../../../packages/widget/src/referral-form/referral-form.ts';
import { openExample, shadowText, waitFor, type ExampleRun } from '../examples/open-example.ts';

describe('the referral form on a strict host page', () => {
  let run: ExampleRun | undefined;
  afterEach(() => run?.close());

  it('refers a pupil under a strict CSP with Trusted Types, without errors', async () => {
    run = await openExample('/tests/browser/referral/strict.html?csp=strict');
    const page = run;
    const form = await waitFor(
      () => {
        const element = page.document.querySelector<VangnetReferralForm>('vangnet-referral-form');
        return element?.shadowRoot?.querySelector('form') ? element : undefined;
      },
      () => `the form never rendered: ${page.errors.join('; ')}`,
    );
    // 16 both on the mock's date and on the real one: the page runs on the machine's clock.
    await fillUpToConsent(form, '2010-01-01');
    await declareConsents(form);
    await next(form);
    await reach(form, 'Controleer je aanmelding');
    button(form, 'Aanmelding versturen').click();
    await waitFor(
      () => form.shadowRoot!.querySelector('[part~="reference"]') ?? undefined,
      () => `no confirmation: ${shadowText(form)}`,
    );
    expect(run.errors, 'console errors').to.deep.equal([]);
    expect(run.violations, 'CSP violations').to.deep.equal([]);
    expect(run.vangnetErrors, 'vangnet-error events').to.deep.equal([]);
    expect(run.failedRequests(), 'failed requests').to.deep.equal([]);
  });
});
