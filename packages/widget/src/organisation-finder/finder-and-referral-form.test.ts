// The finder and a referral form on one page, as on a school's website: the organisation chosen in
// the finder reaches the form.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { demoPartnerKey } from '@vangnet/api-mock';
import '../referral-form/define.ts';
import { button, control, resultNames, startMock } from './finder-fixture.ts';
import './define.ts';

afterEach(async () => (await startMock()).reset());

describe('finder and referral form on one page', () => {
  it('"Verwijs naar deze organisatie" makes it the form’s preferred organisation', async function () {
    // Two components loading at once: generous when the machine is busy with other test files.
    this.timeout(40_000);
    await startMock();
    // fixtureSync: fixture() waits for an animation frame, which a test page in a background tab never gets.
    const page = fixtureSync<HTMLElement>(
      html`<main>
        <vangnet-organisation-finder
          api=${location.origin}
          partner-key=${demoPartnerKey}
        ></vangnet-organisation-finder>
        <vangnet-referral-form
          api=${location.origin}
          partner-key=${demoPartnerKey}
          service="pluscoaching"
          municipality="delft"
        ></vangnet-referral-form>
      </main>`,
    );
    const finder = page.querySelector('vangnet-organisation-finder')!;
    const form = page.querySelector('vangnet-referral-form')!;
    await waitUntil(() => resultNames(finder).length > 0, 'the finder shows nothing', {
      timeout: 10_000,
    });
    // The form knows Delft's Pluscoaching organisations once its first step is there.
    await waitUntil(() => form.shadowRoot?.querySelector('form'), 'the form did not load', {
      timeout: 10_000,
    });
    const words = control<HTMLInputElement>(finder, 'Zoek een organisatie');
    words.value = 'educe';
    words.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await finder.updateComplete;
    button(finder, 'Educé').click();
    await finder.updateComplete;
    const announced = form.shadowRoot!.querySelector('[data-vangnet-announcer="polite"]')!;
    button(finder, 'Verwijs naar deze organisatie').click();
    await waitUntil(
      () => announced.textContent?.includes('Educé is gekozen als voorkeur.'),
      'the form did not take the organisation',
      { timeout: 10_000 },
    );
    expect(finder.shadowRoot!.textContent).to.include('Je hebt Educé gekozen.');
  });
});
