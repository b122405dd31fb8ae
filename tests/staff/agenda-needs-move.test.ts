// Appointments on a day that is then closed are never cancelled by the change: they show under
// "Afspraken die moeten verhuizen", one is moved to another free time and one is cancelled, both
// after a confirmation. Against the real server; axe in every state.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import {
  deepActiveElement,
  named,
  press,
  tabTo,
} from '../../packages/widget/src/test-utils/keyboard.ts';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import {
  agendaOf,
  announced,
  appointmentItem,
  book,
  buttonIn,
  closeDay,
  freeDay,
  goToDay,
  pressOn,
  reopenDays,
  signInToAgenda,
  staffCall,
} from './agenda-support.ts';

const casemanager = 'casemanager-laak';

interface Listed {
  items: { reference: string; status: string; start: string }[];
}

describe('staff agenda: appointments that need moving', () => {
  const closed: string[] = [];
  afterEach(async () => {
    fixtureCleanup();
    await reopenDays(casemanager, 'laak', closed.splice(0));
  });

  it('closing a day lists its appointments; one is moved, one is cancelled', async () => {
    // A day no other test of the agenda closes: the fourth with free times at Laak.
    const { date, slots } = await freeDay('laak', 3);
    const [first, second] = [slots[0]!, slots[1]!];
    const moved = await book(first);
    const cancelled = await book(second);

    const workspace = await signInToAgenda(casemanager);
    const agenda = agendaOf(workspace);
    await goToDay(workspace, date);
    await waitUntil(() => appointmentItem(agenda, cancelled.reference), 'not on its day', {
      timeout: 10_000,
    });
    expect(agenda.querySelector('#move-title')?.parentElement?.textContent).not.to.contain(
      moved.reference,
    );

    await tabTo(named('Dag sluiten…'));
    await press('Enter');
    await waitUntil(() => agenda.querySelector('dialog')!.open, 'no confirmation');
    expect(agenda.querySelector('dialog')!.textContent).to.contain(
      'Afspraken die al gepland zijn, blijven staan',
    );
    closed.push(date);
    await tabTo(named('Bevestigen'));
    await press('Enter');
    await waitUntil(
      () => announced(agenda).includes('is gesloten. 2 afspraken moeten verhuizen.'),
      'not announced',
      { timeout: 10_000 },
    );
    const list = () => agenda.querySelector('#move-title')!.parentElement!;
    expect(deepActiveElement()?.id).to.equal('move-title');
    expect(appointmentItem(list(), moved.reference)).not.to.equal(null);
    expect(appointmentItem(list(), cancelled.reference)).not.to.equal(null);
    await expectNoAxeViolations(workspace);

    // Move: choose another free time, confirm.
    await pressOn(buttonIn(list(), `Verplaatsen ${moved.reference}`), 'Enter');
    const choice = () => agenda.querySelector<HTMLSelectElement>('#move-slot');
    await waitUntil(() => (choice()?.options.length ?? 0) > 1, 'no free times offered', {
      timeout: 10_000,
    });
    expect(deepActiveElement()).to.equal(choice());
    // Nothing chosen yet: said at the choice.
    await pressOn(buttonIn(list(), 'Verplaatsen…'), 'Enter');
    await waitUntil(() => list().querySelector('[role="alert"]'), 'no error');
    expect(list().querySelector('[role="alert"]')?.textContent).to.contain(
      'Kies eerst een nieuwe tijd.',
    );
    expect(choice()!.getAttribute('aria-invalid')).to.equal('true');
    await expectNoAxeViolations(workspace);
    const offered = [...choice()!.options].filter((option) => option.value);
    expect(
      offered.some((option) => option.value.includes(date.replaceAll('-', ''))),
      'the closed day is offered',
    ).to.equal(false);
    const target = offered[0]!;
    choice()!.value = target.value;
    choice()!.dispatchEvent(new Event('change', { bubbles: true }));
    await pressOn(buttonIn(list(), 'Verplaatsen…'), 'Enter');
    const dialog = agenda.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'no confirmation');
    expect(dialog.textContent).to.contain(`Je verplaatst afspraak ${moved.reference}`);
    await expectNoAxeViolations(workspace);
    await pressOn(buttonIn(agenda, 'Bevestigen'), 'Enter');
    await waitUntil(
      () => announced(agenda).includes(`Afspraak ${moved.reference} is verplaatst naar`),
      'not moved',
      { timeout: 10_000 },
    );
    await waitUntil(() => !appointmentItem(list(), moved.reference), 'still listed', {
      timeout: 10_000,
    });
    expect(appointmentItem(list(), cancelled.reference), 'the other one stays').not.to.equal(null);
    expect(deepActiveElement()?.id).to.equal('move-title');

    // Cancel: confirm; the young person gets the message (the server sends it).
    await pressOn(buttonIn(list(), `Annuleren… ${cancelled.reference}`), 'Enter');
    await waitUntil(() => dialog.open, 'no confirmation');
    expect(dialog.textContent).to.contain('Dit kan niet terug.');
    await pressOn(buttonIn(agenda, 'Bevestigen'), 'Enter');
    await waitUntil(
      () => announced(agenda).includes(`Afspraak ${cancelled.reference} is geannuleerd.`),
      'not cancelled',
      { timeout: 10_000 },
    );
    await waitUntil(
      () => list().textContent?.includes('Geen afspraken die moeten verhuizen.'),
      'the list is not empty',
      { timeout: 10_000 },
    );
    await waitUntil(
      () => appointmentItem(agenda, cancelled.reference)?.textContent?.includes('Geannuleerd'),
      'the day does not show the cancellation',
      { timeout: 10_000 },
    );
    await expectNoAxeViolations(workspace);

    // Behind the screen: nothing left to move, the moved one booked at its new time.
    const needsMove = (await (
      await staffCall(casemanager, '/v1/staff/locations/laak/needs-move')
    ).json()) as Listed;
    expect(needsMove.items.map((item) => item.reference)).not.to.include.members([
      moved.reference,
      cancelled.reference,
    ]);
    const newDate = target.value
      .match(/-(\d{4})(\d{2})(\d{2})-\d{4}$/)!
      .slice(1)
      .join('-');
    const onNewDay = (await (
      await staffCall(casemanager, `/v1/staff/locations/laak/appointments?date=${newDate}`)
    ).json()) as Listed;
    expect(onNewDay.items.find((item) => item.reference === moved.reference)?.status).to.equal(
      'booked',
    );
  });

  it('a time taken meanwhile is said at the choice, and the free times are read again', async () => {
    // The fifth day with free times at Laak: no other test of the agenda uses it.
    const { date, slots } = await freeDay('laak', 4);
    const waiting = await book(slots[0]!);
    closed.push(date);
    await closeDay(casemanager, 'laak', date);

    const workspace = await signInToAgenda(casemanager);
    const agenda = agendaOf(workspace);
    const list = () => agenda.querySelector('#move-title')!.parentElement!;
    await waitUntil(() => appointmentItem(list(), waiting.reference), 'not listed', {
      timeout: 10_000,
    });
    await pressOn(buttonIn(list(), `Verplaatsen ${waiting.reference}`), 'Enter');
    const choice = () => agenda.querySelector<HTMLSelectElement>('#move-slot');
    await waitUntil(() => (choice()?.options.length ?? 0) > 1, 'no free times offered', {
      timeout: 10_000,
    });
    const wanted = [...choice()!.options].find((option) => option.value)!.value;
    choice()!.value = wanted;
    choice()!.dispatchEvent(new Event('change', { bubbles: true }));
    await pressOn(buttonIn(list(), 'Verplaatsen…'), 'Enter');
    await waitUntil(() => agenda.querySelector('dialog')!.open, 'no confirmation');

    // Someone else books that time before the casemanager confirms.
    await book({ id: wanted });
    await pressOn(buttonIn(agenda, 'Bevestigen'), 'Enter');
    await waitUntil(
      () =>
        list()
          .querySelector('[role="alert"]')
          ?.textContent?.includes('Die tijd is net door iemand anders gekozen.'),
      'the taken time is not said',
      { timeout: 10_000 },
    );
    expect([...choice()!.options].map((option) => option.value)).not.to.include(wanted);
    expect(appointmentItem(list(), waiting.reference), 'still to move').not.to.equal(null);
    await expectNoAxeViolations(workspace);
  });
});
