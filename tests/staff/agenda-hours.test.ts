// A casemanager changes a location's weekly hours in the agenda, by keyboard, and the public
// calendar (GET /v1/slots and a fresh booking form) offers only the new times; a booking the new
// hours leave out shows in "Afspraken die moeten verhuizen". A wrong time saves nothing, Cancel
// changes nothing, and a coordinator has no way to the editor. Against the real server (PGlite,
// development sign-in), at Escamp: no other test file changes that location's hours, and the
// files run two at a time against the same server.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { Slot } from '@vangnet/sdk';
import type { VangnetStaffWorkspace } from '@vangnet/staff';
import {
  deepActiveElement,
  named,
  press,
  tabTo,
  type,
} from '../../packages/widget/src/test-utils/keyboard.ts';
import { expectNoAxeViolations } from '../../packages/widget/src/test-utils/axe.ts';
import {
  agendaOf,
  announced,
  appointmentItem,
  book,
  bookingDay,
  bookingFormAtTimeStep,
  freeDays,
  publicClient,
  signInToAgenda,
  staffCall,
} from './agenda-support.ts';
import { scrollsSideways, signedIn } from './support/workspace-ui.ts';

const casemanager = 'casemanager-escamp';
const schedulePath = '/v1/staff/locations/escamp/schedule';

/** `HH:MM` of a slot id (`escamp-20261208-1045`). */
const timeOfSlot = (slot: Pick<Slot, 'id'>) => slot.id.slice(-4).replace(/(\d\d)(\d\d)/, '$1:$2');

/** The ISO weekday (1 = Monday) of a `YYYY-MM-DD` date. */
const weekdayOf = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The first date from tomorrow with free times at Escamp on `weekday`, and those times. */
async function nextFree(weekday: number): Promise<{ date: string; slots: Slot[] }> {
  const found = [...(await freeDays('escamp'))].find(([date]) => weekdayOf(date) === weekday);
  if (!found) throw new Error(`No free weekday ${weekday} at Escamp`);
  return { date: found[0], slots: found[1] };
}

/** The free times of Escamp on `date`, through the public API. */
async function timesOn(date: string): Promise<string[]> {
  const { items } = await publicClient().slots.list({ location: 'escamp', from: date, to: date });
  return items.map(timeOfSlot);
}

/** The text of a weekday's row in the week's table. */
const weekRow = (agenda: ShadowRoot, weekday: string) =>
  [...agenda.querySelectorAll('#schedule-title ~ table tbody tr')]
    .find((row) => row.querySelector('th')?.textContent?.trim() === weekday)
    ?.querySelector('td')
    ?.textContent?.trim();

const savedSchedule = async () =>
  ((await (await staffCall(casemanager, schedulePath)).json()) as { schedule: unknown }).schedule;

/** Clears the focused field with Backspace, as a person would, and types `text`. */
async function retype(text: string): Promise<void> {
  const field = deepActiveElement() as HTMLInputElement;
  for (let left = field.value.length; left > 0; left -= 1) await press('Backspace');
  await type(text);
}

/**
 * Waits for the focus to move to the field with id `id`, checks it is marked invalid, and
 * answers it with the text of its error (the second id in `aria-describedby`, after the hint).
 */
async function focusedError(
  agenda: ShadowRoot,
  id: string,
): Promise<{ field: HTMLInputElement; message: string | undefined }> {
  await waitUntil(() => deepActiveElement()?.id === id, 'focus not on the error');
  const field = deepActiveElement() as HTMLInputElement;
  expect(field.getAttribute('aria-invalid')).to.equal('true');
  const error = agenda.getElementById(field.getAttribute('aria-describedby')!.split(' ')[1]!);
  return { field, message: error?.textContent?.trim() };
}

/** Signs the Escamp casemanager in and opens the hours editor by keyboard. */
async function openHoursEditor(): Promise<{
  workspace: VangnetStaffWorkspace;
  agenda: ShadowRoot;
}> {
  const workspace = await signInToAgenda(casemanager);
  const agenda = agendaOf(workspace);
  await tabTo(named('Openingstijden aanpassen'), 80);
  await press('Enter');
  await waitUntil(() => agenda.querySelector('.hours-editor'), 'no editor');
  return { workspace, agenda };
}

describe('staff agenda: changing the opening hours', () => {
  let original: unknown;
  before(async () => {
    original = await savedSchedule();
  });
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
    // The server is shared by the test files: Escamp gets its hours back whatever happened.
    const restored = await staffCall(casemanager, schedulePath, {
      method: 'PUT',
      body: JSON.stringify(original),
    });
    expect(restored.ok, 'the hours were restored').to.equal(true);
  });

  it("a casemanager changes Tuesday's hours by keyboard; only the new times are offered", async () => {
    const tuesday = await nextFree(2);
    const wednesday = await nextFree(3);
    const wednesdayTimes = await timesOn(wednesday.date);
    // A booking on Tuesday afternoon, which the new hours leave out.
    const afternoon = tuesday.slots.find((slot) => timeOfSlot(slot) >= '13:00');
    if (!afternoon) throw new Error('No free Tuesday afternoon at Escamp');
    const booked = await book(afternoon);

    const workspace = await signInToAgenda(casemanager);
    const agenda = agendaOf(workspace);
    expect(agenda.textContent).to.contain('Wijkcentrum Escamp');
    expect(weekRow(agenda, 'dinsdag')).to.equal('09:00–12:00, 13:00–16:45');

    await tabTo(named('Openingstijden aanpassen'), 80);
    await press('Enter');
    await waitUntil(() => agenda.querySelector('.hours-editor'), 'no editor');
    await waitUntil(() => deepActiveElement()?.id === 'hours-title', 'focus not on the editor');
    await expectNoAxeViolations(workspace);

    // Tuesday from 10:00 until 11.30 (written the Dutch way), the afternoon taken away.
    await tabTo((element) => element.id === 'hours-2-0-opens');
    await type('10:00');
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('hours-2-0-closes');
    await type('11.30');
    await tabTo((element) => element.getAttribute('data-remove-period') === '2-1');
    await press('Enter');
    await waitUntil(() => !agenda.querySelector('#hours-2-1-opens'), 'period not removed');
    // Focus stays on Tuesday, on what took the removed button's place.
    expect(deepActiveElement()?.getAttribute('data-add-period')).to.equal('2');
    await tabTo(named('Opslaan'), 80);
    await press('Enter');

    await waitUntil(() => announced(agenda).includes('opgeslagen'), 'not saved', {
      timeout: 10_000,
    });
    expect(announced(agenda)).to.equal(
      'De openingstijden zijn opgeslagen. 1 afspraak moet verhuizen.',
    );
    expect(agenda.querySelector('.hours-editor')).to.equal(null);
    expect(weekRow(agenda, 'dinsdag')).to.equal('10:00–11:30');
    expect(weekRow(agenda, 'woensdag')).to.equal('09:00–12:00, 13:00–16:45');
    // The booking is kept, and listed to be moved; focus goes to that list.
    const moving = agenda.querySelector('#move-title')!.closest('section')!;
    expect(appointmentItem(moving, booked.reference), 'listed to move').to.not.equal(null);
    expect(deepActiveElement()?.id).to.equal('move-title');
    await expectNoAxeViolations(workspace);

    // The public calendar: Tuesday has the talks of 45 minutes that fit in 10:00–11:30.
    expect(await timesOn(tuesday.date)).to.deep.equal(['10:00', '10:45']);
    expect(await timesOn(wednesday.date)).to.deep.equal(wednesdayTimes);
    fixtureCleanup();

    // A young person opens the booking form afresh: the same two times on that Tuesday.
    const form = await bookingFormAtTimeStep('escamp', 'in-person');
    const day = await bookingDay(form, tuesday.date);
    expect(day.disabled).to.equal(false);
    day.click();
    await (form as LitElement).updateComplete;
    const offered = [
      ...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="vangnet-slot"]'),
    ].map((input) => input.id.slice(-4));
    expect(offered).to.deep.equal(['1000', '1045']);
  });

  it('an end before the start shows the error at the field, focuses it, and saves nothing', async () => {
    const before = await savedSchedule();
    const { workspace, agenda } = await openHoursEditor();

    await tabTo((element) => element.id === 'hours-2-0-opens');
    await type('12:00');
    await press('Tab');
    await type('10:00');
    // Enter in a field sends the form, as in any form.
    await press('Enter');

    const { field, message } = await focusedError(agenda, 'hours-2-0-closes');
    expect(message).to.equal('De eindtijd moet later zijn dan de begintijd.');
    expect(announced(agenda)).to.equal('Niet opgeslagen. 1 veld klopt nog niet.');
    await expectNoAxeViolations(workspace);
    expect(await savedSchedule(), 'nothing saved').to.deep.equal(before);

    // Fixed, the error goes at once; Cancel then leaves the week as it was.
    await retype('13:00');
    await waitUntil(() => field.getAttribute('aria-invalid') === 'false', 'error stayed');
    await tabTo(named('Annuleren'), 80);
    await press('Enter');
    await waitUntil(() => !agenda.querySelector('.hours-editor'), 'the editor stayed');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Openingstijden aanpassen');
    expect(weekRow(agenda, 'dinsdag')).to.equal('09:00–12:00, 13:00–16:45');
    expect(await savedSchedule(), 'nothing saved').to.deep.equal(before);
  });

  it('a period that starts inside the one before it is refused at its start time', async () => {
    const before = await savedSchedule();
    const { workspace, agenda } = await openHoursEditor();

    // Tuesday is 09:00–12:00 and 13:00–16:45: the afternoon now starts at 11:00.
    await tabTo((element) => element.id === 'hours-2-1-opens');
    await retype('11:00');
    await press('Enter');

    const { message } = await focusedError(agenda, 'hours-2-1-opens');
    expect(message).to.equal(
      'Deze tijd valt samen met een andere tijd op dezelfde dag. Kies een begintijd na het einde van die andere tijd.',
    );
    await expectNoAxeViolations(workspace);
    expect(await savedSchedule(), 'nothing saved').to.deep.equal(before);
  });

  it('a change someone else saved meanwhile is not overwritten: said, kept, and the typed hours saved on top', async () => {
    const { workspace, agenda } = await openHoursEditor();

    // While the editor is open, a colleague closes a day at Escamp.
    const theirs = original as { exceptions: unknown[] };
    const colleagueDay = { date: '2027-06-01', kind: 'closed', note: 'Teamdag' };
    const colleague = await staffCall(casemanager, schedulePath, {
      method: 'PUT',
      body: JSON.stringify({ ...theirs, exceptions: [...theirs.exceptions, colleagueDay] }),
    });
    expect(colleague.ok, 'the colleague saved').to.equal(true);

    await tabTo((element) => element.id === 'hours-2-0-opens');
    await retype('10:00');
    await press('Enter');

    await waitUntil(
      () => agenda.querySelector('[role="alert"]')?.textContent?.includes('Iemand anders'),
      'no word of the other change',
    );
    expect(agenda.querySelector('[role="alert"]')?.textContent?.trim()).to.equal(
      'Iemand anders heeft de openingstijden net veranderd. Er is niets opgeslagen. Kijk het na en probeer het opnieuw.',
    );
    const kept = (await savedSchedule()) as { exceptions: unknown[]; weekly: unknown[] };
    expect(kept.exceptions, "the colleague's day is kept").to.deep.include(colleagueDay);
    expect(
      agenda.querySelector<HTMLInputElement>('#hours-2-0-opens')?.value,
      'what was typed stays',
    ).to.equal('10:00');
    await expectNoAxeViolations(workspace);

    // Saved again: on top of the colleague's change, not instead of it.
    await tabTo(named('Opslaan'), 80);
    await press('Enter');
    await waitUntil(() => announced(agenda).includes('opgeslagen'), 'not saved', {
      timeout: 10_000,
    });
    const saved = (await savedSchedule()) as {
      exceptions: unknown[];
      weekly: { weekday: number; opens: string }[];
    };
    expect(saved.exceptions).to.deep.include(colleagueDay);
    expect(
      saved.weekly.filter((hours) => hours.weekday === 2).map((hours) => hours.opens),
    ).to.deep.equal(['10:00', '13:00']);
  });

  it('fits 320 px, in every language of the workspace', async () => {
    const workspace = await signInToAgenda(casemanager);
    const agenda = agendaOf(workspace);
    await setViewport({ width: 320, height: 640 });
    await tabTo(named('Openingstijden aanpassen'), 80);
    await press('Enter');
    await waitUntil(() => agenda.querySelector('.hours-editor'), 'no editor');
    expect(scrollsSideways(), 'sideways scrolling at 320 px').to.equal(false);
    await expectNoAxeViolations(workspace);
    const heading = () => agenda.querySelector('#hours-title')?.textContent?.trim();
    const headings: Record<string, string> = {
      en: 'Change opening hours',
      ar: 'تغيير ساعات العمل',
      tr: 'Açılış saatlerini değiştir',
      pl: 'Zmień godziny otwarcia',
    };
    const choice = workspace.shadowRoot!.querySelector<HTMLSelectElement>('#language')!;
    for (const [language, text] of Object.entries(headings)) {
      choice.value = language;
      choice.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => heading() === text, `no ${language} editor`, { timeout: 10_000 });
      expect(scrollsSideways(), `sideways scrolling at 320 px in ${language}`).to.equal(false);
    }
  });

  it("an admin changes another location's hours: chosen in the list, saved, and served", async () => {
    const workspace = await signedIn('admin');
    const agenda = agendaOf(workspace);
    await waitUntil(() => agenda.querySelector('#agenda-location'), 'no location choice', {
      timeout: 10_000,
    });
    await tabTo((element) => element.id === 'agenda-location', 80);
    const select = deepActiveElement() as HTMLSelectElement;
    select.value = 'escamp';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => agenda.textContent?.includes('Wijkcentrum Escamp'), 'not at Escamp');
    await waitUntil(() => agenda.querySelector('[data-edit-hours]'), 'no way to the editor');
    await tabTo(named('Openingstijden aanpassen'), 80);
    await press('Enter');
    await waitUntil(() => agenda.querySelector('.hours-editor'), 'no editor');

    // Talks of 30 minutes instead of 45.
    await tabTo((element) => element.id === 'hours-minutes');
    await retype('30');
    await tabTo(named('Opslaan'), 80);
    await press('Enter');
    await waitUntil(() => announced(agenda).includes('opgeslagen'), 'not saved', {
      timeout: 10_000,
    });
    expect(((await savedSchedule()) as { slotMinutes: number }).slotMinutes).to.equal(30);
    const tuesday = await nextFree(2);
    expect(await timesOn(tuesday.date)).to.include.members(['09:00', '09:30', '10:00']);
    await expectNoAxeViolations(workspace);
  });

  it('a coordinator has no agenda and no way to the editor; the server refuses them too', async () => {
    const workspace = await signedIn('coordinator-pluscoaching');
    const buttons = [...workspace.shadowRoot!.querySelectorAll('button, a')].map((element) =>
      element.textContent?.trim(),
    );
    expect(buttons).to.not.include('Openingstijden aanpassen');
    expect(workspace.shadowRoot!.querySelector('vangnet-staff-agenda')).to.equal(null);
    const refused = await staffCall('coordinator-pluscoaching', schedulePath, {
      method: 'PUT',
      body: JSON.stringify(original),
    });
    expect(refused.status).to.equal(403);
    // Another location's casemanager is refused as well.
    const other = await staffCall('casemanager-laak', schedulePath, {
      method: 'PUT',
      body: JSON.stringify(original),
    });
    expect(other.status).to.equal(403);
  });
});
