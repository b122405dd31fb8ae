// What the agenda's browser tests share: signing in as a demo casemanager, the agenda inside the
// workspace (two shadow roots deep), finding controls as a person does, and dates taken from the
// server's own free slots — never a fixed date, never the machine's time zone.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { amsterdamDate, createClient, type AppointmentCreated, type Slot } from '@vangnet/sdk';
import { demoPartnerKey } from '@vangnet/api-core';
import '@vangnet/staff/define';
import '../../packages/widget/src/booking-form/define.ts';
import type { VangnetStaffWorkspace } from '@vangnet/staff';
import { appointment } from '../conformance/support/calls.ts';

export const publicClient = () =>
  createClient({ baseUrl: location.origin, partnerKey: demoPartnerKey });

/** Today in Amsterdam, as the API counts days. */
export const today = () => amsterdamDate(new Date());

/** `date` plus `days` calendar days. */
export function plusDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The free slots of a location for the next three weeks, by Amsterdam date, from tomorrow on: a
 * day of today's could run out of free times while a test runs.
 */
export async function freeDays(
  locationId: string,
  channel?: Slot['channel'],
): Promise<Map<string, Slot[]>> {
  const from = plusDays(today(), 1);
  const { items } = await publicClient().slots.list({
    location: locationId,
    from,
    to: plusDays(from, 21),
    ...(channel ? { channel } : {}),
  });
  const days = new Map<string, Slot[]>();
  for (const slot of items) {
    const date = amsterdamDate(new Date(slot.start));
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return days;
}

/** The `index`-th date with free slots (0 = the first from tomorrow). */
export async function freeDay(locationId: string, index: number, channel?: Slot['channel']) {
  const days = [...(await freeDays(locationId, channel))];
  const found = days[index];
  if (!found) throw new Error(`No ${index + 1} days with free slots at ${locationId}`);
  return { date: found[0], slots: found[1] };
}

/** A booking through the public API, as a young person of 20 makes it. */
export async function book(
  slot: Pick<Slot, 'id'>,
  topic = 'terug-naar-school',
): Promise<AppointmentCreated> {
  const year = Number(today().slice(0, 4)) - 20;
  return publicClient().appointments.book(
    appointment(slot.id, { topic, dateOfBirth: `${year}-01-15` }) as Parameters<
      ReturnType<typeof publicClient>['appointments']['book']
    >[0],
  );
}

/** A staff access token of a demo user, for what the test checks behind the screen. */
export async function staffToken(user: string): Promise<string> {
  const response = await fetch('/v1/staff/dev-signin', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A staff API call with a demo user's token. */
export async function staffCall(
  user: string,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const token = await staffToken(user);
  return fetch(path, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      ...(init.headers ?? {}),
    },
  });
}

type Exception = { date: string; kind: string };

/** Reads a location's schedule, changes its exceptions, and saves it, as another screen would. */
async function editExceptions(
  user: string,
  locationId: string,
  edit: (exceptions: Exception[]) => Exception[],
): Promise<void> {
  const path = `/v1/staff/locations/${locationId}/schedule`;
  const { schedule } = (await (await staffCall(user, path)).json()) as {
    schedule: { exceptions: Exception[] };
  };
  const saved = await staffCall(user, path, {
    method: 'PUT',
    body: JSON.stringify({ ...schedule, exceptions: edit(schedule.exceptions) }),
  });
  if (!saved.ok) throw new Error(`The schedule was not saved: ${saved.status}`);
}

/** Removes the closed days a test made, whatever happened in the test (the server is shared). */
export const reopenDays = (user: string, locationId: string, dates: string[]) =>
  editExceptions(user, locationId, (exceptions) =>
    exceptions.filter(
      (exception) => !(exception.kind === 'closed' && dates.includes(exception.date)),
    ),
  );

/** Closes a day through the staff API, without the agenda. */
export const closeDay = (user: string, locationId: string, date: string) =>
  editExceptions(user, locationId, (exceptions) => [...exceptions, { date, kind: 'closed' }]);

const shadow = (element: Element | null | undefined) => {
  if (!element?.shadowRoot) throw new Error(`No shadow root on ${element?.tagName ?? 'nothing'}`);
  return element.shadowRoot;
};

/** The agenda section inside the workspace. */
export const agendaOf = (workspace: Element): ShadowRoot =>
  shadow(shadow(workspace).querySelector('vangnet-staff-agenda'));

/** A button by its accessible name (its `aria-label`, or its text) inside `root`. */
export function buttonIn(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => {
    const own =
      candidate.getAttribute('aria-label') ??
      candidate.textContent?.replace(/\s+/g, ' ').trim() ??
      '';
    return typeof name === 'string' ? own === name : name.test(own);
  });
  if (!found) throw new Error(`No button "${String(name)}"`);
  return found;
}

/** A control by its visible label inside a shadow root. */
export function labelledIn<T extends HTMLElement>(root: ShadowRoot, label: string): T {
  const found = [...root.querySelectorAll('label')].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  const control = found?.htmlFor ? root.getElementById(found.htmlFor) : null;
  if (!control) throw new Error(`No control labelled "${label}"`);
  return control as T;
}

/** Focuses a control and presses a key, as a keyboard user does. */
export async function pressOn(control: HTMLElement, key: string): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
}

/** The polite live region's text. */
export const announced = (agenda: ShadowRoot) =>
  agenda.querySelector('[role="status"]')?.textContent?.trim() ?? '';

/** Signs in as a demo user through the workspace's own form and waits for the agenda. */
export async function signInToAgenda(user: string): Promise<VangnetStaffWorkspace> {
  const workspace = await fixture<VangnetStaffWorkspace>(
    html`<vangnet-staff-workspace partner-key=${demoPartnerKey}></vangnet-staff-workspace>`,
  );
  const root = shadow(workspace);
  await waitUntil(() => root.querySelector('#user'), 'no sign-in', { timeout: 10_000 });
  const select = root.querySelector<HTMLSelectElement>('#user')!;
  select.value = user;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await pressOn(buttonIn(root, 'Inloggen'), 'Enter');
  await waitUntil(() => root.querySelector('vangnet-staff-agenda'), 'no agenda', {
    timeout: 10_000,
  });
  await waitUntil(
    () => agendaOf(workspace).querySelector('#day-label'),
    'the agenda did not load',
    {
      timeout: 10_000,
    },
  );
  return workspace;
}

/** Moves the agenda to `date` with the "Vorige dag" / "Volgende dag" buttons and Enter. */
export async function goToDay(workspace: Element, date: string): Promise<void> {
  const agenda = agendaOf(workspace);
  const shown = () => agenda.querySelector<HTMLInputElement>('#agenda-date')!.value;
  for (let step = 0; step < 40 && shown() !== date; step += 1) {
    await pressOn(buttonIn(agenda, shown() < date ? 'Volgende dag' : 'Vorige dag'), 'Enter');
    await (agenda.host as LitElement).updateComplete;
  }
  if (shown() !== date) throw new Error(`The agenda did not reach ${date}`);
}

/** The appointment's item in a list of the agenda (the day or needs-move). */
export const appointmentItem = (root: ParentNode, reference: string) =>
  root.querySelector<HTMLElement>(`[data-reference="${reference}"]`);

/**
 * The booking form for young people, on the same page and origin, at one location, topic and
 * channel: the date of birth of someone of 20 typed, at the step where a day and time are chosen.
 */
export async function bookingFormAtTimeStep(
  locationId: string,
  channel: Slot['channel'],
  topic = 'terug-naar-school',
): Promise<HTMLElement> {
  const form = await fixture<HTMLElement>(
    html`<vangnet-booking-form
      api=${location.origin}
      partner-key=${demoPartnerKey}
      location=${locationId}
      topic=${topic}
      channel=${channel}
    ></vangnet-booking-form>`,
  );
  const root = shadow(form);
  await waitUntil(() => root.querySelector('[name="dateOfBirth.day"]'), 'no booking form', {
    timeout: 10_000,
  });
  const type = (name: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  type('dateOfBirth.day', '15');
  type('dateOfBirth.month', '1');
  type('dateOfBirth.year', String(Number(today().slice(0, 4)) - 20));
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitUntil(() => root.querySelector('[part~="slot-picker"]'), 'no calendar', {
    timeout: 10_000,
  });
  return form;
}

/** The booking calendar's choice for `date`, turning its weeks as a person does. */
export async function bookingDay(form: HTMLElement, date: string): Promise<HTMLInputElement> {
  const root = shadow(form);
  for (let week = 0; week < 6; week += 1) {
    const day = root.querySelector<HTMLInputElement>(`#vangnet-day-${date}`);
    if (day) return day;
    const next = buttonIn(root, /Volgende week/);
    if (next.disabled) break;
    const label = root.querySelector('[part~="week-label"]')?.textContent;
    next.click();
    await waitUntil(
      () => root.querySelector('[part~="week-label"]')?.textContent !== label,
      'the week did not turn',
    );
  }
  throw new Error(`The booking calendar has no ${date}`);
}

/** What a person reads beside a day in the booking calendar: "3 tijden vrij", "vol of gesloten". */
export const dayLabel = (day: HTMLInputElement) =>
  day.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
