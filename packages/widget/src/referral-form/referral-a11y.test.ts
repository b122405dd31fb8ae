import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoPartnerKey } from '@vangnet/api-mock';
import { forgetClients } from '../core/index.ts';
import '../provider/define.ts';
import { expectNoAxeViolations } from '../test-utils/axe.ts';
import { type } from '../test-utils/keyboard.ts';
import { waitUntilIdle } from '../test-utils/wait-until-idle.ts';
import { kitMessages } from '../i18n/messages/index.ts';
import { referralOwnCatalogs } from './messages/index.ts';
import {
  bornAged,
  button,
  control,
  declareConsents,
  fill,
  fillDate,
  fillPreference,
  fillReferrer,
  fillService,
  fillSupportNeed,
  fillUpToConsent,
  fillYoungPerson,
  fixedClock,
  inlineErrors,
  mockApi,
  next,
  reach,
  renderForm,
  root,
  stepTitle,
  typed,
} from './referral-fixture.ts';
import type { VangnetReferralForm } from './referral-form.ts';

describe('<vangnet-referral-form>: accessibility and languages', () => {
  it('is axe-clean in every step, with errors shown, and on the confirmation', async () => {
    const { form } = await renderForm();
    const steps: string[] = [];
    const checkStep = async () => {
      steps.push(stepTitle(form));
      await expectNoAxeViolations(form);
    };

    await checkStep();
    await next(form); // nothing chosen: the error summary and inline errors show
    expect(root(form).querySelector('[data-vangnet-summary]')).to.not.equal(null);
    await expectNoAxeViolations(form);
    await fillService(form);
    await next(form);

    await checkStep();
    await fillReferrer(form);
    await next(form);

    await fillDate(form, 'Geboortedatum', bornAged(14));
    await checkStep(); // with the parent or guardian group
    await fillYoungPerson(form, bornAged(14));
    await next(form);

    await checkStep();
    await fillSupportNeed(form);
    await next(form);

    await reach(form, 'Voorkeur');
    await checkStep();
    await fillPreference(form);
    await next(form);

    await reach(form, 'Toestemming');
    await checkStep();
    await declareConsents(form);
    await next(form);

    await reach(form, 'Controleer je aanmelding');
    await checkStep();
    button(form, 'Aanmelding versturen').click();
    await waitUntil(() => root(form).querySelector('[part~="confirmation"]'));
    await expectNoAxeViolations(form);

    expect(steps).to.deep.equal([
      'Welke hulp zoek je?',
      'Over jou',
      'Over de jongere',
      'Wat is er aan de hand?',
      'Voorkeur',
      'Toestemming',
      'Controleer je aanmelding',
    ]);
  });

  it('announces progress in the heading: "Stap 2 van 7"', async () => {
    const { form } = await renderForm();
    await fillService(form);
    await next(form);
    const heading = root(form).querySelector('[data-vangnet-step-heading]')!;
    expect(heading.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Stap 2 van 7: Over jou');
  });

  it('speaks English on an English page', async () => {
    const { form } = await renderForm({ lang: 'en' });
    expect(stepTitle(form)).to.equal('What help are you looking for?');
    expect(root(form).textContent).to.include('Not for emergencies');
    expect(root(form).querySelector('label')?.textContent).to.include('Municipality of the school');
  });

  it('speaks Arabic right to left on an Arabic page, by heading, label and button, axe-clean with errors shown', async () => {
    const { form } = await renderForm({ lang: 'ar' });
    await reach(form, 'ما نوع المساعدة التي تبحث عنها؟');
    const heading = root(form).querySelector('h2[data-vangnet-step-heading]')!;
    expect(heading.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'الخطوة 1 من 7: ما نوع المساعدة التي تبحث عنها؟',
    );
    expect(control(form, 'بلدية المدرسة').tagName).to.equal('SELECT');
    expect(root(form).textContent).to.include('ليس لحالات الطوارئ');
    expect(root(form).textContent).not.to.include('Welke hulp');
    const shown = root(form).querySelector<HTMLElement>('.root')!;
    expect([shown.lang, shown.dir]).to.deep.equal(['ar', 'rtl']);
    expect(getComputedStyle(shown).direction).to.equal('rtl');
    await expectNoAxeViolations(form);
    button(form, 'التالي').click();
    await waitUntilIdle(form);
    await form.updateComplete;
    expect(root(form).querySelector('[part~="summary-title"]')?.textContent).to.match(
      /عدد المشكلات: \d|توجد مشكلة واحدة/,
    );
    expect(inlineErrors(form).some((error) => error.endsWith('يرجى الاختيار.'))).to.equal(true);
    await expectNoAxeViolations(form);
  });

  for (const [lang, title, label] of [
    ['tr', 'Ne tür yardım arıyorsunuz?', 'Okulun bulunduğu belediye'],
    ['pl', 'Jakiej pomocy szukasz?', 'Gmina, w której jest szkoła'],
  ] as const) {
    it(`speaks ${lang} on a ${lang} page, left to right`, async () => {
      const { form } = await renderForm({ lang });
      await reach(form, title);
      expect(control(form, label).tagName).to.equal('SELECT');
      const shown = root(form).querySelector<HTMLElement>('.root')!;
      expect([shown.lang, shown.dir]).to.deep.equal([lang, 'ltr']);
    });
  }

  // Walking back from the review shows every step in the language, and its dates written in it.
  for (const [lang, birthMonth] of [
    ['en', 'March'],
    ['ar', 'مارس'],
    ['tr', 'Mart'],
    ['pl', 'marca'],
  ] as const) {
    it(`is axe-clean in ${lang} in every step, walking back from the review`, async () => {
      const own = referralOwnCatalogs[lang];
      const { form } = await renderForm();
      await fillUpToConsent(form, bornAged(13));
      await declareConsents(form);
      await next(form);
      await reach(form, 'Controleer je aanmelding');
      form.setAttribute('lang', lang);
      await reach(form, own['step.review']);
      expect(root(form).querySelector('.root')?.getAttribute('dir')).to.equal(
        lang === 'ar' ? 'rtl' : 'ltr',
      );
      expect(root(form).textContent).to.include(birthMonth);
      const titles: string[] = [];
      for (;;) {
        titles.push(stepTitle(form));
        await expectNoAxeViolations(form);
        if (titles.length === 7) break;
        button(form, kitMessages[lang]['nav.back'] as string).click();
        await form.updateComplete;
      }
      const steps = ['review', 'consent', 'preference', 'supportNeed', 'youngPerson', 'referrer'];
      expect(titles).to.deep.equal(
        [...steps, 'service'].map((step) => own[`step.${step}` as keyof typeof own]),
      );
    });
  }

  it('switches language with the page, keeping what was typed', async () => {
    const { form } = await renderForm();
    await fillService(form);
    await next(form);
    await fill(form, 'Je naam', typed.name);
    form.setAttribute('lang', 'en');
    await waitUntil(() => stepTitle(form) === 'About you', 'did not switch to English');
    const name = [...root(form).querySelectorAll('label')].find((label) =>
      label.textContent?.includes('Your name'),
    );
    expect((root(form).getElementById(name!.htmlFor) as HTMLInputElement).value).to.equal(
      typed.name,
    );
    await expectNoAxeViolations(form);
    button(form, 'Back').click();
    await form.updateComplete;
    expect(stepTitle(form)).to.equal('What help are you looking for?');
    await expectNoAxeViolations(form);
  });

  it('follows its provider switching language after it rendered, keeping what was typed, to Arabic right to left as well', async () => {
    const mock = await mockApi();
    mock.reset();
    forgetClients();
    const provider = await fixture<HTMLElement>(
      html`<vangnet-provider
        api=${location.origin}
        partner-key=${demoPartnerKey}
        lang="nl"
        .now=${fixedClock}
        ><vangnet-referral-form></vangnet-referral-form
      ></vangnet-provider>`,
    );
    const form = provider.querySelector<VangnetReferralForm>('vangnet-referral-form')!;
    await waitUntil(() => root(form).querySelector('form'), 'the form did not load', {
      timeout: 5000,
    });
    await fillService(form);
    await next(form);
    control(form, 'Je naam').focus();
    await type(typed.name);
    await next(form); // the rest is empty: the summary lists what is missing
    expect(root(form).querySelector('[part~="summary-title"]')?.textContent).to.match(
      /Er zijn \d dingen niet goed ingevuld/,
    );

    provider.setAttribute('lang', 'en');
    await waitUntil(() => stepTitle(form) === 'About you', 'did not switch to English');
    expect(control(form, 'Your name').value).to.equal(typed.name);
    const summary = root(form).querySelector<HTMLElement>('[part~="summary"]')!;
    expect(summary.textContent).to.match(/There are \d problems/);
    expect(summary.textContent).to.include('Your email address');
    expect(root(form).textContent).not.to.include('Je e-mailadres');
    const shown = root(form).querySelector<HTMLElement>('.root')!;
    expect([shown.lang, shown.dir]).to.deep.equal(['en', 'ltr']);
    await expectNoAxeViolations(form);

    provider.setAttribute('lang', 'ar');
    await waitUntil(() => stepTitle(form) === 'معلومات عنك', 'did not switch to Arabic');
    expect([shown.lang, shown.dir]).to.deep.equal(['ar', 'rtl']);
    expect(getComputedStyle(shown).direction).to.equal('rtl');
    expect(control(form, 'اسمك').value).to.equal(typed.name);
    expect(root(form).textContent).not.to.include('Your email address');
    // The live regions sit outside the form's root: they follow the language too.
    const regions = [...root(form).querySelectorAll<HTMLElement>('[aria-live]')];
    expect(regions.map((region) => [region.lang, region.dir])).to.deep.equal([
      ['ar', 'rtl'],
      ['ar', 'rtl'],
    ]);
    button(form, 'السابق').click();
    await form.updateComplete;
    expect(stepTitle(form)).to.equal('ما نوع المساعدة التي تبحث عنها؟');
    await expectNoAxeViolations(form);
  });
});
