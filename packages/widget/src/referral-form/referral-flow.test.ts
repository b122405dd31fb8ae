import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { deepActiveElement, labelled, named, press, tabTo, type } from '../test-utils/keyboard.ts';
import {
  bornAged,
  button,
  check,
  control,
  declareConsents,
  fill,
  fillDate,
  fillUpToConsent,
  group,
  hasGroup,
  inlineErrors,
  pick,
  next,
  reach,
  renderForm,
  root,
  stepTitle,
  typed,
} from './referral-fixture.ts';

/** Tabs to the control labelled `label` and types `text`, as a keyboard user does. */
async function typeInto(label: string, text: string) {
  await tabTo(labelled(label));
  await type(text);
}

describe('<vangnet-referral-form>: the whole flow', () => {
  it('refers a 14-year-old to Pluscoaching by keyboard alone and stores exactly what was typed', async () => {
    const { form, mock } = await renderForm();
    control(form, 'Gemeente van de school').focus();

    // Step 1: municipality (type-ahead in the select) and service.
    await type('Westland');
    await tabTo(labelled('Pluscoaching'));
    await press('Space');
    await press('Enter');
    await reach(form, 'Over jou');
    expect(deepActiveElement()?.hasAttribute('data-vangnet-step-heading')).to.equal(true);

    // Step 2: the referrer.
    await typeInto('School of organisatie', typed.organisation);
    await typeInto('Je naam', typed.name);
    await tabTo(labelled('Je functie'));
    await type('Mentor');
    await typeInto('Je e-mailadres', typed.email);
    await typeInto('Je telefoonnummer', typed.phone);
    await press('Enter');
    await reach(form, 'Over de jongere');

    // Step 3: the young person, 14 on the referral date, so a parent contact is required.
    await typeInto('Voornaam', typed.givenName);
    await typeInto('Achternaam', typed.familyName);
    await typeInto('Dag', '1');
    await typeInto('Maand', '3');
    await typeInto('Jaar', '2012');
    await tabTo(labelled('Basisschool (po)'));
    await press('ArrowDown');
    await tabTo(labelled('Niveau of groep'));
    await type('havo');
    await typeInto('Klas of leerjaar', typed.classYear);
    await typeInto('Naam van de ouder of verzorger', typed.parentName);
    await tabTo(labelled('Ouder'));
    await press('Space');
    await typeInto('Telefoonnummer van de ouder of verzorger', typed.parentPhone);
    await press('Enter');
    await reach(form, 'Wat is er aan de hand?');

    // Step 4: the support need.
    await tabTo(labelled(typed.reason));
    await press('Space');
    await typeInto('Wat is er aan de hand?', typed.description);
    await typeInto('Wat heeft de school al gedaan?', typed.tried);
    await typeInto('Welke hulp is er al?', typed.help);
    await tabTo(named('Volgende'));
    await press('Enter');
    await reach(form, 'Voorkeur');

    // Step 5: the coaching form.
    await tabTo(labelled('Pluscoach'));
    await press('Space');
    await tabTo(named('Volgende'));
    await press('Enter');
    await reach(form, 'Toestemming');

    // Step 6: consent of the young person and the parent, in a talk on 27 February.
    for (const party of ['De jongere geeft', 'De ouder of verzorger geeft']) {
      await tabTo(labelled(party));
      await press('Space');
      await tabTo(labelled('In een gesprek'));
      await press('Space');
      await typeInto('Dag', '27');
      await typeInto('Maand', '2');
      await typeInto('Jaar', '2026');
    }
    await tabTo(named('Volgende'));
    await press('Enter');
    await reach(form, 'Controleer je aanmelding');
    expect(root(form).querySelector('[part~="review"]')?.textContent).to.include(typed.parentName);

    // Step 7: review and send.
    const submitted = oneEvent(form, 'vangnet-submitted');
    await tabTo(named('Aanmelding versturen'));
    await press('Enter');
    const { detail } = await submitted;

    expect(mock.store.referrals).to.have.length(1);
    const stored = mock.store.referrals[0]!;
    expect(detail).to.deep.equal({ reference: stored.reference, service: 'pluscoaching' });
    expect(stored.input).to.deep.equal({
      service: 'pluscoaching',
      municipality: 'westland',
      referrer: {
        organisation: typed.organisation,
        name: typed.name,
        role: 'mentor',
        email: typed.email,
        phone: typed.phone,
      },
      youngPerson: {
        givenName: typed.givenName,
        familyName: typed.familyName,
        dateOfBirth: '2012-03-01',
        schoolType: 'vo',
        schoolLevel: 'havo',
        classYear: typed.classYear,
      },
      parent: { name: typed.parentName, relationship: 'parent', phone: typed.parentPhone },
      supportNeed: {
        reasons: ['motivatie'],
        description: typed.description,
        triedAtSchool: typed.tried,
        helpInPlace: typed.help,
      },
      preference: { coachingForm: 'pluscoach' },
      consents: [
        { party: 'young-person', method: 'in-person', date: '2026-02-27' },
        { party: 'parent', method: 'in-person', date: '2026-02-27' },
      ],
    });

    // The confirmation: reference, service, what happens next, focus on its heading.
    await waitUntil(() => root(form).querySelector('[part~="confirmation"]'));
    const confirmation = root(form).querySelector('[part~="confirmation"]')!.textContent ?? '';
    expect(confirmation).to.include(stored.reference);
    expect(confirmation).to.include('Pluscoaching');
    expect(confirmation).to.include('De Plusvoorziening leest je aanmelding binnen 5 werkdagen');
    expect(deepActiveElement()?.textContent).to.include('Je aanmelding is verstuurd');
  });

  it('starts a new, empty referral from the confirmation', async () => {
    const { form } = await renderForm();
    await fillUpToConsent(form, bornAged(16));
    await declareConsents(form);
    await next(form);
    button(form, 'Aanmelding versturen').click();
    await waitUntil(() => root(form).querySelector('[part~="confirmation"]'));

    button(form, 'Nieuwe aanmelding').click();
    await form.updateComplete;
    expect(stepTitle(form)).to.equal('Welke hulp zoek je?');
    expect(control<HTMLSelectElement>(form, 'Gemeente van de school').value).to.equal('');
    await next(form);
    expect(stepTitle(form)).to.equal('Welke hulp zoek je?');
  });

  it('fills the referrer from autofill, never the young person or the parent', async () => {
    const { form } = await renderForm({
      attributes: { municipality: 'westland', service: 'pluscoaching' },
    });
    const tokens = () =>
      [...root(form).querySelectorAll('input, select, textarea')]
        .map((element) => element.getAttribute('autocomplete'))
        .filter((token) => token !== null);
    expect(stepTitle(form)).to.equal('Over jou');
    expect(control(form, 'School of organisatie').autocomplete).to.equal('organization');
    expect(control(form, 'Je naam').autocomplete).to.equal('name');
    expect(control(form, 'Je e-mailadres').autocomplete).to.equal('email');
    expect(control(form, 'Je telefoonnummer').autocomplete).to.equal('tel');

    await fill(form, 'School of organisatie', typed.organisation);
    await fill(form, 'Je naam', typed.name);
    await pick(form, 'Je functie', typed.role);
    await fill(form, 'Je e-mailadres', typed.email);
    await next(form);
    await fillDate(form, 'Geboortedatum', bornAged(14));
    expect(hasGroup(form, 'Ouder of verzorger')).to.equal(true);
    const personal = ['name', 'given-name', 'family-name', 'bday', 'bday-day', 'email', 'tel'];
    expect(tokens()).to.include('off');
    expect(tokens().filter((token) => personal.includes(token))).to.deep.equal([]);
  });

  it('asks before leaving with unsent answers, and writes nothing to storage', async () => {
    const { form } = await renderForm();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    await fillUpToConsent(form, bornAged(16));
    expect(leave()).to.equal(true);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('takes the organisation chosen in a finder on the page as the preference', async () => {
    const { form, mock } = await renderForm();
    const organisation = mock.store.organisations.find(
      (candidate) =>
        candidate.services.includes('pluscoaching') &&
        candidate.municipalities.includes('westland'),
    )!;
    document.dispatchEvent(
      new CustomEvent('vangnet-organisation-selected', {
        detail: { organisationId: organisation.id, organisationName: organisation.name },
      }),
    );
    await fillUpToConsent(form, bornAged(17));
    button(form, 'Vorige').click();
    await form.updateComplete;
    expect(stepTitle(form)).to.equal('Voorkeur');
    await waitUntil(
      () =>
        control<HTMLSelectElement>(form, 'Voorkeur voor een organisatie').value === organisation.id,
      'the finder’s organisation is not preselected',
    );
  });

  it('a change link returns to the review, or to a step the change made incomplete', async () => {
    const { form } = await renderForm();
    await fillUpToConsent(form, bornAged(16));
    await declareConsents(form);
    await next(form);
    await reach(form, 'Controleer je aanmelding');

    button(form, 'Wijzig Over jou').click();
    await form.updateComplete;
    expect(stepTitle(form)).to.equal('Over jou');
    await fill(form, 'Je naam', 'Sam van Dijk');
    button(form, 'Terug naar controleren').click();
    await reach(form, 'Controleer je aanmelding');
    expect(root(form).querySelector('[part~="review"]')?.textContent).to.include('Sam van Dijk');

    // Now 14: a parent contact on this step, then the parent's consent on the consent step.
    button(form, 'Wijzig Over de jongere').click();
    await form.updateComplete;
    await fillDate(form, 'Geboortedatum', bornAged(14));
    await fill(form, 'Naam van de ouder of verzorger', typed.parentName);
    await check(form, 'Ouder', group(form, 'Ouder of verzorger'));
    await fill(form, 'Telefoonnummer van de ouder of verzorger', typed.parentPhone);
    button(form, 'Terug naar controleren').click();
    await reach(form, 'Toestemming');
    expect(inlineErrors(form)).to.include(
      'Geef aan of er toestemming is. Zonder toestemming kun je niet aanmelden.',
    );
  });
});
