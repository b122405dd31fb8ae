import { expect, waitUntil } from '@open-wc/testing';
import { demoPartnerKey } from '@vangnet/api-mock';
import '../provider/define.ts';
import type { VangnetProvider } from '../provider/provider.ts';
import { expectNoAxeViolations } from '../test-utils/axe.ts';
import { type } from '../test-utils/keyboard.ts';
import './define.ts';
import { NOW, button, control, heading, root, textOf, waitForText } from './booking-fixture.ts';

describe('<vangnet-booking-form> inside a <vangnet-provider>', () => {
  let provider: VangnetProvider | undefined;
  afterEach(() => provider?.remove());

  /** A booking form for Den Haag inside a provider (with `lang`, if given), its first step shown. */
  async function formInProvider(lang?: string): Promise<HTMLElement> {
    provider = document.createElement('vangnet-provider');
    provider.setAttribute('api', location.origin);
    provider.setAttribute('partner-key', demoPartnerKey);
    if (lang) provider.setAttribute('lang', lang);
    provider.now = () => new Date(NOW);
    const form = document.createElement('vangnet-booking-form');
    form.setAttribute('municipality', 'den-haag');
    provider.append(form);
    document.body.append(provider);
    await waitUntil(() => root(form).querySelector('h2.step-heading'), 'the form did not load', {
      timeout: 5000,
    });
    return form;
  }

  it('takes the provider’s client and clock, without api or partner-key of its own', async () => {
    const form = await formInProvider();
    expect(heading(form)).to.contain('Stap 1 van');
    expect(form.hasAttribute('api')).to.equal(false);
    expect(textOf(form)).to.contain('Wat is je geboortedatum?');
  });

  it('follows the provider switching language after it rendered: texts, errors and direction change, the date typed stays', async () => {
    const form = await formInProvider('nl');
    const provider = form.parentElement!;
    control(form, 'Dag').focus();
    await type('14');
    control(form, 'Maand').focus();
    await type('3');
    // "Volgende" without a year: an error, shown in the summary and at the field.
    button(form, 'Volgende').click();
    await waitForText(form, 'Er is 1 ding niet goed ingevuld');

    provider.setAttribute('lang', 'en');
    await waitUntil(() => heading(form).startsWith('Step 1 of'), 'still in Dutch');
    expect(textOf(form)).to.contain('What is your date of birth?');
    expect(textOf(form)).to.contain('There is 1 problem');
    expect(textOf(form)).not.to.contain('Wat is je geboortedatum?');
    expect(control(form, 'Day').value).to.equal('14');
    expect(control(form, 'Month').value).to.equal('3');
    const shown = () => root(form).querySelector<HTMLElement>('.root')!;
    expect([shown().lang, shown().dir]).to.deep.equal(['en', 'ltr']);

    // Arabic is fetched on first use, then the form turns right to left.
    provider.setAttribute('lang', 'ar');
    await waitUntil(() => heading(form).startsWith('الخطوة 1 من'), 'Arabic did not arrive', {
      timeout: 5000,
    });
    expect([shown().lang, shown().dir]).to.deep.equal(['ar', 'rtl']);
    expect(getComputedStyle(shown()).direction).to.equal('rtl');
    expect(textOf(form)).to.contain('ما هو تاريخ ميلادك؟');
    expect(control(form, 'اليوم').value).to.equal('14');
    expect(control(form, 'الشهر').value).to.equal('3');
    control(form, 'السنة').focus();
    await type('2004');

    // The form's own lang wins over the provider's; without it, the provider's applies again.
    form.setAttribute('lang', 'nl');
    await waitUntil(() => heading(form).startsWith('Stap 1 van'), 'own lang ignored');
    expect([shown().lang, shown().dir]).to.deep.equal(['nl', 'ltr']);
    expect(control(form, 'Jaar').value).to.equal('2004');
    form.removeAttribute('lang');
    await waitUntil(() => heading(form).startsWith('الخطوة 1 من'), 'provider lang not back');
    await expectNoAxeViolations(form);
  });
});
