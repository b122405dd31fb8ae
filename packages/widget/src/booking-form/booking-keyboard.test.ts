import { expect, waitUntil } from '@open-wc/testing';
import { deepActiveElement, labelled, named, press, tabTo, type } from '../test-utils/keyboard.ts';
import { heading, renderBookingForm, root, textOf, waitForText } from './booking-fixture.ts';

describe('<vangnet-booking-form>: by keyboard only', () => {
  it('books a talk from the date of birth to the confirmation with Tab, Space, Enter and typing', async () => {
    const { form, mock } = await renderBookingForm();

    await tabTo(labelled('Dag'));
    await type('10');
    await tabTo(labelled('Maand'));
    await type('5');
    await tabTo(labelled('Jaar'));
    await type('2000');
    await press('Enter');
    await waitUntil(() => heading(form).includes('Stap 2'), 'not on step 2');
    expect(deepActiveElement()?.matches('h2[data-vangnet-step-heading]')).to.equal(true);

    await tabTo(labelled('Weer naar school gaan'));
    await press('Space');
    await tabTo(named('Volgende'));
    await press('Enter');
    await waitUntil(() => heading(form).includes('Stap 3'), 'not on step 3');

    await tabTo(labelled('Jongerenpunt070'));
    await press('Space');
    await tabTo(labelled('Op de locatie'));
    await press('Space');
    await tabTo(named('Volgende'));
    await press('Enter');
    await waitUntil(() => root(form).querySelector('[part~="first-slot"]'), 'no first free time');

    // Tab enters the days at the chosen one; arrow keys move between days, as in any radio group.
    const day = await tabTo((element) => (element as HTMLInputElement).name === 'vangnet-day');
    const firstDay = day.id;
    await press('ArrowDown');
    const nextDay = deepActiveElement() as HTMLInputElement;
    expect(nextDay.id).to.not.equal(firstDay);
    expect(nextDay.checked).to.equal(true);
    await tabTo((element) => (element as HTMLInputElement).name === 'vangnet-slot');
    await press('Space');
    await tabTo(named('Volgende'));
    await press('Enter');
    await waitUntil(() => heading(form).includes('Gegevens'), 'not on the contact step');

    await tabTo(labelled('Je naam'));
    await type('Sam de Vries');
    await tabTo(labelled('Je e-mailadres'));
    await type('sam@example.org');
    await tabTo(named('Volgende'));
    await press('Enter');
    await waitUntil(() => heading(form).includes('Controleren'), 'not on the review');
    expect(textOf(form)).to.contain('sam@example.org');

    await tabTo(named('Afspraak maken'));
    await press('Enter');
    await waitForText(form, 'Je afspraak staat vast');
    expect(mock.store.appointments).to.have.length(1);
    expect(deepActiveElement()?.textContent).to.contain('Je afspraak staat vast');
    await tabTo(named('Zet in je agenda'));
  });
});
