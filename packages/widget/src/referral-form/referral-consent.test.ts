import { expect, waitUntil } from '@open-wc/testing';
import {
  bornAged,
  button,
  check,
  consentGroups,
  declareConsents,
  fillDate,
  fillReferrer,
  fillService,
  fillUpToConsent,
  hasGroup,
  inlineErrors,
  next,
  reach,
  renderForm,
  root,
  stepTitle,
} from './referral-fixture.ts';

const youngPerson = 'Toestemming van de jongere';
const parent = 'Toestemming van de ouder of verzorger';

/** The catalog's bands (demo data): parents under 12, both 12–15, the young person from 16. */
const bands = [
  { age: 11, who: 'the parent', parties: [parent], parentContact: 'required' },
  { age: 12, who: 'both', parties: [youngPerson, parent], parentContact: 'required' },
  { age: 15, who: 'both', parties: [youngPerson, parent], parentContact: 'required' },
  { age: 16, who: 'the young person', parties: [youngPerson], parentContact: 'optional' },
  { age: 17, who: 'the young person', parties: [youngPerson], parentContact: 'optional' },
  { age: 18, who: 'the young person', parties: [youngPerson], parentContact: 'none' },
] as const;

describe('<vangnet-referral-form>: consent from the catalog’s bands', () => {
  for (const band of bands) {
    it(`at ${band.age} asks consent of ${band.who} and the API accepts it`, async () => {
      const { form, mock } = await renderForm();
      await fillUpToConsent(form, bornAged(band.age));
      expect(consentGroups(form)).to.deep.equal(band.parties);
      expect(root(form).textContent).to.include(`De jongere is ${band.age} jaar.`);

      // Nothing declared: the step does not let the referral through.
      await next(form);
      expect(stepTitle(form)).to.equal('Toestemming');
      expect(inlineErrors(form)).to.include(
        'Geef aan of er toestemming is. Zonder toestemming kun je niet aanmelden.',
      );

      await declareConsents(form);
      await next(form);
      await reach(form, 'Controleer je aanmelding');
      button(form, 'Aanmelding versturen').click();
      await waitUntil(() => mock.store.referrals.length === 1, 'the referral was not stored');
      const stored = mock.store.referrals[0]!.input;
      const expected = band.parties.map((party) => (party === parent ? 'parent' : 'young-person'));
      expect(stored.consents.map((consent) => consent.party)).to.deep.equal(expected);
      // The fixture fills the parent contact wherever it is offered; from 18 it is not sent.
      expect(stored.parent !== undefined).to.equal(band.parentContact !== 'none');
    });
  }

  it('requires a parent contact under 16, offers it at 16 and 17, and not at 18', async () => {
    const { form } = await renderForm();
    await fillUpToConsent(form, bornAged(16));
    button(form, 'Vorige').click();
    await form.updateComplete;
    button(form, 'Vorige').click();
    await form.updateComplete;
    button(form, 'Vorige').click();
    await form.updateComplete;
    expect(stepTitle(form)).to.equal('Over de jongere');
    expect(hasGroup(form, 'Ouder of verzorger')).to.equal(true);
    expect(root(form).textContent).to.include(
      'Niet verplicht, omdat de jongere 16 jaar of ouder is.',
    );
  });

  it('under 16 does not go on without a parent or guardian', async () => {
    const { form } = await renderForm();
    await fillUpToConsent(form, bornAged(18));
    for (let i = 0; i < 3; i += 1) {
      button(form, 'Vorige').click();
      await form.updateComplete;
    }
    const year = root(form).querySelector<HTMLInputElement>(
      'input[name="youngPerson.dateOfBirth.year"]',
    )!;
    year.value = '2012';
    year.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    await next(form);
    expect(stepTitle(form)).to.equal('Over de jongere');
    expect(inlineErrors(form)).to.include('Vul de naam van een ouder of verzorger in.');
    expect(inlineErrors(form)).to.include('Vul een e-mailadres of een telefoonnummer in.');
  });

  it('for Pluscoaching under 12 asks the referrer to confirm the talk with the young person', async () => {
    const { form } = await renderForm();
    await fillUpToConsent(form, bornAged(11));
    expect(root(form).textContent).to.include('Pluscoaching is vrijwillig');
    // Declaring ticks the talk too; untick it again.
    await declareConsents(form);
    await check(form, 'Ik heb de aanmelding eerst met de jongere besproken');
    await next(form);
    expect(stepTitle(form)).to.equal('Toestemming');
    expect(inlineErrors(form)).to.deep.equal(['Bespreek de aanmelding eerst met de jongere.']);
  });

  it('refuses a consent date in the future', async () => {
    const { form } = await renderForm();
    await fillUpToConsent(form, bornAged(16));
    await declareConsents(form, '2026-03-03');
    await next(form);
    expect(stepTitle(form)).to.equal('Toestemming');
    expect(inlineErrors(form)).to.deep.equal(['Deze datum ligt in de toekomst.']);
  });

  it('takes the referral date in Amsterdam: 23:30 UTC on 28 February is already 1 March', async () => {
    const { form } = await renderForm();
    form.now = () => new Date('2026-02-28T23:30:00Z');
    await fillService(form);
    await next(form);
    await fillReferrer(form);
    await next(form);
    await fillDate(form, 'Geboortedatum', '2014-03-01');
    expect(root(form).textContent).to.include('De jongere is vandaag 12 jaar.');
  });
});
