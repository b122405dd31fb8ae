// An appointment booked through the public API shows on its day in the agenda, with its time,
// reference and topic but nothing more of the young person, and is marked no-show; reloading the
// day shows it as no-show. At 320 px without sideways scrolling; axe in every state.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import {
  agendaOf,
  announced,
  appointmentItem,
  book,
  buttonIn,
  freeDay,
  goToDay,
  plusDays,
  pressOn,
  signInToAgenda,
} from './agenda-support.ts';

const noSidewaysScrolling = () => {
  const page = document.documentElement;
  expect(page.scrollWidth, 'sideways scrolling').to.be.at.most(page.clientWidth);
};

describe('staff agenda: a day and its appointments', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('at 320 px, a booked appointment shows on its day and is marked no-show', async () => {
    await setViewport({ width: 320, height: 640 });
    const { date, slots } = await freeDay('jongerenpunt070', 1);
    const slot = slots.at(-1)!;
    const booked = await book(slot, 'opleiding-kiezen');

    const workspace = await signInToAgenda('casemanager-jongerenpunt070');
    const agenda = agendaOf(workspace);
    noSidewaysScrolling();
    await expectNoAxeViolations(workspace);
    await goToDay(workspace, date);
    await waitUntil(() => appointmentItem(agenda, booked.reference), 'not on its day', {
      timeout: 10_000,
    });
    const item = appointmentItem(agenda, booked.reference)!;
    const time = new Intl.DateTimeFormat('nl-NL', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date(slot.start));
    expect(item.textContent).to.contain(time);
    expect(item.textContent).to.contain('Een opleiding kiezen');
    // No more of the young person than needed: not the name, not the email address.
    expect(agenda.textContent).not.to.contain('sam@example.org');
    expect(agenda.textContent).not.to.contain('Sam');
    expect(item.querySelector('[data-attendance]')?.textContent).to.contain('Nog niet ingevuld');
    noSidewaysScrolling();
    await expectNoAxeViolations(workspace);

    await pressOn(buttonIn(item, 'Niet gekomen'), 'Enter');
    await waitUntil(
      () => announced(agenda).includes(`${booked.reference}: Niet gekomen is opgeslagen.`),
      'not saved',
      { timeout: 10_000 },
    );
    const marked = appointmentItem(agenda, booked.reference)!;
    expect(marked.querySelector('[data-attendance]')?.textContent).to.contain('Niet gekomen');
    expect(buttonIn(marked, 'Niet gekomen').getAttribute('aria-pressed')).to.equal('true');
    expect(buttonIn(marked, 'Gekomen').getAttribute('aria-pressed')).to.equal('false');
    await expectNoAxeViolations(workspace);

    // Away and back: the day is read again from the server.
    await goToDay(workspace, plusDays(date, 1));
    await waitUntil(() => !appointmentItem(agenda, booked.reference), 'still shown');
    await goToDay(workspace, date);
    await waitUntil(() => appointmentItem(agenda, booked.reference), 'not shown again', {
      timeout: 10_000,
    });
    expect(
      appointmentItem(agenda, booked.reference)!.querySelector('[data-attendance]')?.textContent,
    ).to.contain('Niet gekomen');

    // And in a new sign-in, as after a reload of the page.
    fixtureCleanup();
    const again = await signInToAgenda('casemanager-jongerenpunt070');
    await goToDay(again, date);
    await waitUntil(() => appointmentItem(agendaOf(again), booked.reference), 'not shown', {
      timeout: 10_000,
    });
    expect(
      appointmentItem(agendaOf(again), booked.reference)!.querySelector('[data-attendance]')
        ?.textContent,
    ).to.contain('Niet gekomen');
  });

  it('an admin sees every location and its schedule, but not the appointments', async () => {
    const workspace = await signInToAgenda('admin');
    const agenda = agendaOf(workspace);
    const choice = agenda.querySelector<HTMLSelectElement>('#agenda-location')!;
    expect(choice.options.length).to.be.greaterThan(1);
    expect([...choice.options].map((option) => option.value)).to.include.members([
      'jongerenpunt070',
      'laak',
    ]);
    expect(agenda.textContent).to.contain(
      'Alleen de casemanagers van deze locatie zien de afspraken.',
    );
    expect(agenda.querySelector('#schedule-title')?.textContent).to.equal('Openingstijden');
    await expectNoAxeViolations(workspace);
  });
});
