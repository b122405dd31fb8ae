import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { demoPartnerKey } from '@vangnet/api-mock';
import { forgetClients } from '../core/index.ts';
import '../provider/define.ts';
import { forbiddenKeysIn } from '../core/events.ts';
import {
  bornAged,
  control,
  fillDate,
  fillReferrer,
  fillService,
  fillSupportNeed,
  fillYoungPerson,
  fixedClock,
  group,
  hasGroup,
  mockApi,
  next,
  reach,
  renderForm,
  root,
  stepTitle,
} from './referral-fixture.ts';

const choicesOf = (fieldset: HTMLFieldSetElement) =>
  [...fieldset.querySelectorAll('label')].map((label) => label.textContent?.trim());

describe('<vangnet-referral-form>: attributes and events', () => {
  it('with service and municipality set, starts at the referrer and asks only what absenteeism needs', async () => {
    const { form } = await renderForm({
      attributes: { service: 'absenteeism', municipality: 'westland' },
    });
    await waitUntil(() => stepTitle(form) === 'Over jou');
    expect(root(form).querySelector('.step-count')?.textContent).to.equal('Stap 1 van 6');
    await fillReferrer(form);
    await next(form);
    await fillYoungPerson(form, bornAged(9));
    await next(form);
    const reasons = choicesOf(group(form, 'Waarom meld je de jongere aan?'));
    expect(reasons).to.include('Zit thuis zonder school');
    expect(reasons).to.not.include('Twijfel over de opleiding');
    await fillSupportNeed(form);
    await next(form);
    await reach(form, 'Voorkeur');
    expect(hasGroup(form, 'Welke vorm van coaching past het best?')).to.equal(false);
  });

  it('offers only the services the municipality has', async () => {
    const { form } = await renderForm({ attributes: { municipality: 'den-haag' } });
    expect(choicesOf(group(form, 'Soort hulp'))).to.deep.equal(['Pluscoaching']);
  });

  it('names a wrong service attribute for the webmaster instead of showing the form', async () => {
    const reported = oneEvent(document, 'vangnet-error');
    const form = await fixture<HTMLElement>(
      html`<vangnet-referral-form
        api=${location.origin}
        partner-key=${demoPartnerKey}
        service="verzuim"
        ><p>Mail aanmelden@example.org</p></vangnet-referral-form
      >`,
    );
    expect((await reported).detail).to.include({
      component: 'referral-form',
      kind: 'configuration',
      attribute: 'service',
    });
    await waitUntil(() => root(form).textContent?.includes('het attribuut service klopt niet'));
    expect(root(form).querySelector('form')).to.equal(null);
  });

  it('presets the role for Leerplicht pages and a preferred organisation, even from elsewhere', async () => {
    const mock = await mockApi();
    // One that does not work in Westland: the page's choice still shows, by name.
    const organisation = mock.store.organisations.find(
      (candidate) =>
        candidate.services.includes('pluscoaching') &&
        !candidate.municipalities.includes('westland'),
    )!;
    const { form } = await renderForm({
      attributes: {
        'referrer-role': 'leerplichtambtenaar',
        organisation: organisation.id,
        municipality: 'westland',
        service: 'pluscoaching',
      },
    });
    expect(control<HTMLSelectElement>(form, 'Je functie').value).to.equal('leerplichtambtenaar');
    await fillReferrer(form);
    await next(form);
    await fillYoungPerson(form, bornAged(17));
    await next(form);
    await fillSupportNeed(form);
    await next(form);
    await reach(form, 'Voorkeur');
    await waitUntil(
      () =>
        control<HTMLSelectElement>(form, 'Voorkeur voor een organisatie').value === organisation.id,
      'the organisation is not preselected',
    );
  });

  it('tells the page each step by name, never with personal data', async () => {
    const details: unknown[] = [];
    const listener = (event: Event) => details.push((event as CustomEvent).detail);
    document.addEventListener('vangnet-step', listener);
    try {
      const { form } = await renderForm();
      await fillService(form);
      await next(form);
      await fillReferrer(form);
      await next(form);
      await fillYoungPerson(form, bornAged(14));
      await next(form);
      await waitUntil(() => details.length === 4);
    } finally {
      document.removeEventListener('vangnet-step', listener);
    }
    expect(details.map((detail) => (detail as { step: string }).step)).to.deep.equal([
      'service',
      'referrer',
      'young-person',
      'support-need',
    ]);
    expect(details.flatMap((detail) => forbiddenKeysIn(detail))).to.deep.equal([]);
  });

  it('inside a provider uses its client, catalog and clock, without attributes of its own', async () => {
    const mock = await mockApi();
    mock.reset();
    const provider = await fixture<HTMLElement>(
      html`<vangnet-provider api=${location.origin} partner-key=${demoPartnerKey} .now=${fixedClock}
        ><vangnet-referral-form></vangnet-referral-form
      ></vangnet-provider>`,
    );
    const form = provider.querySelector('vangnet-referral-form')!;
    await waitUntil(() => root(form).querySelector('form'), 'the form did not show');
    await fillService(form);
    await next(form);
    await fillReferrer(form);
    await next(form);
    await fillDate(form, 'Geboortedatum', bornAged(14));
    expect(root(form).textContent).to.include('De jongere is vandaag 14 jaar.');
  });

  it('without a connection shows the page’s fallback and loads again on request', async () => {
    const mock = await mockApi();
    mock.reset();
    // The page shares one client and catalog per API and key; start without one.
    forgetClients();
    mock.scenarios.offline();
    const form = await fixture<HTMLElement>(
      html`<vangnet-referral-form api=${location.origin} partner-key=${demoPartnerKey}
        ><p>Mail aanmelden@example.org</p></vangnet-referral-form
      >`,
    );
    await waitUntil(() => root(form).querySelector('slot'), 'no fallback', { timeout: 5000 });
    const slot = root(form).querySelector('slot')!;
    expect(slot.assignedElements()[0]?.textContent).to.equal('Mail aanmelden@example.org');
    expect(root(form).textContent).to.include('Dit onderdeel is nu niet bereikbaar.');

    mock.scenarios.offline(false);
    [...root(form).querySelectorAll('button')]
      .find((candidate) => candidate.textContent?.includes('Opnieuw proberen'))!
      .click();
    await waitUntil(() => root(form).querySelector('form'), 'the form did not load again');
    expect(root(form).querySelector('slot')).to.equal(null);
  });
});
