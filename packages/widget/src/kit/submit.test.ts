import { expect, fixture, html } from '@open-wc/testing';
import '../test-utils/kit-test-form.ts';
import { filledIn, type KitTestForm } from '../test-utils/kit-test-form.ts';
import { deepActiveElement, press, tabTo } from '../test-utils/keyboard.ts';

async function atReview(): Promise<KitTestForm> {
  const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
  el.form.reset(filledIn);
  el.steps.goTo('review', { focus: false });
  await el.updateComplete;
  return el;
}

const submitButton = (el: KitTestForm) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;

describe('form kit: sending', () => {
  it('sends once for 20 fast clicks, and shows busy meanwhile', async () => {
    const el = await atReview();
    let calls = 0;
    let finish: (value: { reference: string }) => void = () => undefined;
    el.send = () => {
      calls += 1;
      return new Promise((resolve) => (finish = resolve));
    };
    for (let i = 0; i < 20; i += 1) submitButton(el).click();
    await el.updateComplete;
    expect(calls).to.equal(1);
    expect(el.shadowRoot!.querySelector('form')?.getAttribute('aria-busy')).to.equal('true');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(submitButton(el).textContent).to.contain('Bezig met versturen');
    finish({ reference: 'VN-R-ONCE01' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(calls).to.equal(1);
    expect(el.shadowRoot!.textContent).to.contain('VN-R-ONCE01');
  });

  it('keeps everything after a network failure and retries from the banner', async () => {
    const el = await atReview();
    const attempts: unknown[] = [];
    el.send = async (data) => {
      attempts.push(data);
      if (attempts.length === 1) throw new TypeError('Failed to fetch');
      return { reference: 'VN-R-RETRY1' };
    };
    submitButton(el).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    const banner = el.shadowRoot!.querySelector('[part~="retry-banner"]');
    expect(banner?.getAttribute('role')).to.equal('alert');
    expect(banner?.textContent).to.contain('Versturen is niet gelukt');
    expect(banner?.textContent).to.contain('is niet verloren');
    expect(el.form.get('referrer.name')).to.equal('Sam');

    await tabTo((element) => element.getAttribute('part')?.includes('retry-button') === true);
    await press('Enter');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(attempts).to.have.length(2);
    expect(attempts[1]).to.deep.equal(attempts[0]);
    expect(el.shadowRoot!.textContent).to.contain('VN-R-RETRY1');
  });

  it('says how long to wait when the server asks (429 with Retry-After)', async () => {
    const el = await atReview();
    el.send = async () => {
      throw Object.assign(new Error('rate limited'), { status: 429, retryAfter: 30 });
    };
    submitButton(el).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="retry-banner"]')?.textContent).to.contain(
      'Probeer het over 30 seconden opnieuw',
    );
  });

  it('has its live regions from the start and announces busy politely', async () => {
    const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
    const polite = el.shadowRoot!.querySelector('[data-vangnet-announcer="polite"]');
    expect(polite?.getAttribute('aria-live')).to.equal('polite');
    expect(polite?.getAttribute('role')).to.equal('status');
    expect(polite?.textContent).to.equal('');
    await el.announcer.announce('Bezig met versturen…');
    expect(polite?.textContent).to.equal('Bezig met versturen…');
    // Still the same node after renders: screen readers keep tracking it.
    el.steps.goTo(1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-vangnet-announcer="polite"]')).to.equal(polite);
  });

  it('moves focus to the step heading, which says "Stap 2 van 4", on step change', async () => {
    const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
    expect(deepActiveElement()).not.to.equal(
      el.shadowRoot!.querySelector('[data-vangnet-step-heading]'),
    );
    el.steps.next();
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector('[data-vangnet-step-heading]');
    expect(deepActiveElement()).to.equal(heading);
    expect(heading?.textContent?.replace(/\s+/g, ' ')).to.contain('Stap 2 van 4: Over de jongere');
    const current = el.shadowRoot!.querySelector('[aria-current="step"]');
    expect(current?.textContent).to.contain('2. Over de jongere');
  });
});
