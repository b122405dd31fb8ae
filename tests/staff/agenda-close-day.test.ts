// A casemanager closes a day in the agenda, by keyboard and after a confirmation, and the booking
// form young people use stops offering that day; opening it again offers it again. Against the
// real server (PGlite, development sign-in); axe in every state.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import {
  deepActiveElement,
  labelled,
  named,
  press,
  tabTo,
} from '../../packages/widget/src/test-utils/keyboard.ts';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import {
  agendaOf,
  announced,
  bookingDay,
  bookingFormAtTimeStep,
  dayLabel,
  freeDay,
  freeDays,
  goToDay,
  reopenDays,
  signInToAgenda,
} from './agenda-support.ts';

const casemanager = 'casemanager-laak';

describe('staff agenda: closing a day', () => {
  const closed: string[] = [];
  afterEach(async () => {
    fixtureCleanup();
    await reopenDays(casemanager, 'laak', closed.splice(0));
  });

  it('a closed day is no longer offered in the booking form, and is again once reopened', async () => {
    // The second day with free talks in person at Laak, counted from tomorrow.
    const { date } = await freeDay('laak', 1, 'in-person');

    const before = await bookingFormAtTimeStep('laak', 'in-person');
    const offered = await bookingDay(before, date);
    expect(offered.disabled, 'offered before closing').to.equal(false);
    expect(dayLabel(offered)).to.match(/tijden? vrij/);
    fixtureCleanup();

    const workspace = await signInToAgenda(casemanager);
    const agenda = agendaOf(workspace);
    expect(agenda.textContent).to.contain('Jongerencentrum Laak');
    await expectNoAxeViolations(workspace);
    await goToDay(workspace, date);
    expect(agenda.querySelector('[data-day-status]')?.textContent).to.contain('Open:');

    // Keyboard only: Tab to the reason, choose one with the arrow keys, Tab to the button, Enter.
    await tabTo(labelled('Reden (niet verplicht)'));
    await press('ArrowDown');
    expect((deepActiveElement() as HTMLSelectElement).value).to.equal('holiday');
    await tabTo(named('Dag sluiten…'));
    await press('Enter');
    const dialog = agenda.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'no confirmation');
    expect(dialog.textContent).to.contain('Jongerencentrum Laak');
    expect(dialog.textContent).to.contain('Jongeren kunnen die dag geen afspraak meer maken.');
    await expectNoAxeViolations(workspace);
    closed.push(date);
    await tabTo(named('Bevestigen'));
    await press('Enter');
    await waitUntil(() => announced(agenda).includes('is gesloten'), 'not announced', {
      timeout: 10_000,
    });
    expect(agenda.querySelector('[data-day-status]')?.textContent).to.contain(
      'Gesloten op deze dag: Vrije dag.',
    );
    expect(agenda.querySelector(`[data-exception="${date}"]`)?.textContent).to.contain('gesloten');
    // Focus stays on the day just closed.
    expect(deepActiveElement()?.id).to.equal('day-label');
    await expectNoAxeViolations(workspace);
    fixtureCleanup();

    // A young person opens the booking form: the day is there, but without times.
    const after = await bookingFormAtTimeStep('laak', 'in-person');
    const shut = await bookingDay(after, date);
    expect(shut.disabled, 'not offered after closing').to.equal(true);
    expect(dayLabel(shut)).to.contain('vol of gesloten');
    fixtureCleanup();

    // Opened again: offered again.
    const again = await signInToAgenda(casemanager);
    const agendaAgain = agendaOf(again);
    await goToDay(again, date);
    await tabTo(named('Dag weer openen…'));
    await press('Enter');
    await waitUntil(() => agendaAgain.querySelector('dialog')!.open, 'no confirmation');
    await tabTo(named('Bevestigen'));
    await press('Enter');
    await waitUntil(() => announced(agendaAgain).includes('is weer open'), 'not reopened', {
      timeout: 10_000,
    });
    expect(agendaAgain.querySelector('[data-day-status]')?.textContent).to.contain('Open:');
    fixtureCleanup();
    const reopened = await bookingDay(await bookingFormAtTimeStep('laak', 'in-person'), date);
    expect(reopened.disabled).to.equal(false);
  });

  it('Escape leaves the confirmation and nothing is closed', async () => {
    const { date } = await freeDay('laak', 2, 'in-person');
    const workspace = await signInToAgenda(casemanager);
    const agenda = agendaOf(workspace);
    await goToDay(workspace, date);
    await tabTo(named('Dag sluiten…'));
    await press('Enter');
    const dialog = agenda.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'no confirmation');
    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Dag sluiten…');
    expect(agenda.querySelector('[data-day-status]')?.textContent).to.contain('Open:');
    expect((await freeDays('laak', 'in-person')).has(date), 'still offered').to.equal(true);
  });
});
