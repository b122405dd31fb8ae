// Test support: the booking form against an in-process API mock, with a fixed clock, a recorder
// of every request the SDK sends, and helpers that find controls the way a person does.
import { waitUntil } from '@open-wc/testing';
import { createClient, type AppointmentCreated, type VangnetClient } from '@vangnet/sdk';
import { createMockApi, demoPartnerKey, type MockApi } from '@vangnet/api-mock';
import { VANGNET_EVENTS } from '../core/events.ts';
import './define.ts';
import { waitUntilIdle } from '../test-utils/wait-until-idle.ts';
import type { VangnetBookingForm } from './booking-form.ts';

/** Monday 2 March 2026, 09:00 in Amsterdam: summer time starts on 29 March, inside the calendar. */
export const NOW = '2026-03-02T09:00:00+01:00';

/** A request as the SDK sent it: what tests check for tokens in URLs. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
}

export interface BookingFixture {
  readonly form: VangnetBookingForm;
  readonly mock: MockApi;
  readonly requests: RecordedRequest[];
  /** Every Vangnet event the form fired, in order. */
  readonly events: CustomEvent[];
}

export interface BookingFixtureOptions {
  readonly attributes?: Readonly<Record<string, string>>;
  /** Prepares the mock before the form loads (scenarios, store, a booking made elsewhere). */
  readonly mock?: (mock: MockApi, client: VangnetClient) => void | Promise<void>;
  readonly lang?: string;
  /** Runs before the mock answers each request: a test holds an answer back until it may go. */
  readonly hold?: (request: Request) => Promise<void>;
}

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
  // A test that opened a manage link leaves no fragment for the next.
  history.replaceState(null, '', location.pathname + location.search);
});

/** A booking form on the page, connected to a fresh mock, with its first step shown. */
export async function renderBookingForm(
  options: BookingFixtureOptions = {},
): Promise<BookingFixture> {
  const mock = createMockApi({ now: NOW, manageUrl: 'http://localhost/afspraak' });
  const requests: RecordedRequest[] = [];
  const client = createClient({
    baseUrl: 'http://127.0.0.1:9/api',
    partnerKey: demoPartnerKey,
    retry: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push({ method: request.method, url: request.url, headers: request.headers });
      await options.hold?.(request);
      return mock.fetch(request);
    },
  });
  await options.mock?.(mock, client);
  requests.length = 0;
  const events: CustomEvent[] = [];
  const attributes = options.attributes ?? { municipality: 'den-haag' };
  const form = document.createElement('vangnet-booking-form');
  for (const [name, value] of Object.entries(attributes)) form.setAttribute(name, value);
  if (options.lang) form.setAttribute('lang', options.lang);
  form.client = client;
  form.now = () => new Date(NOW);
  for (const name of VANGNET_EVENTS)
    form.addEventListener(name, (event) => events.push(event as CustomEvent));
  // Appended directly rather than with `fixture()`, which waits for an animation frame: a test
  // file in a background tab gets none, and its tests would time out.
  document.body.append(form);
  mounted.push(form);
  await waitUntil(
    () => root(form).querySelector('h2.step-heading, .banner, .loading + button') !== null,
    'the form did not load',
    { timeout: 5000 },
  );
  // A language beyond Dutch and English arrives on its own; `updateComplete` waits for it.
  await form.updateComplete;
  return { form, mock, requests, events };
}

export const root = (form: HTMLElement): ShadowRoot => form.shadowRoot!;

/** The visible text of the form, spaces collapsed. */
export function textOf(form: HTMLElement): string {
  return (root(form).textContent ?? '').replace(/\s+/g, ' ');
}

/** A control found by its label text, as a person finds it. */
export function control<T extends HTMLElement = HTMLInputElement>(
  form: HTMLElement,
  label: string,
): T {
  const found = [...root(form).querySelectorAll('label')].find((candidate) =>
    candidate.textContent?.replace(/\s+/g, ' ').trim().startsWith(label),
  );
  const target = found?.htmlFor ? root(form).getElementById(found.htmlFor) : null;
  if (!target) throw new Error(`No control labelled "${label}".`);
  return target as T;
}

/** A button or link by its text. */
export function button(form: HTMLElement, text: string): HTMLElement {
  const found = [...root(form).querySelectorAll<HTMLElement>('button, a')].find((candidate) =>
    candidate.textContent?.replace(/\s+/g, ' ').trim().startsWith(text),
  );
  if (!found) throw new Error(`No button "${text}".`);
  return found;
}

/** The heading of the current step or view. */
export function heading(form: HTMLElement): string {
  return (root(form).querySelector('h2.step-heading')?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Waits until the form shows `text`. */
export async function waitForText(form: HTMLElement, text: string): Promise<void> {
  await waitUntil(() => textOf(form).includes(text), `"${text}" did not appear`, { timeout: 5000 });
}

/** Fills in a field by label (no keyboard: for tests that are about something else). */
export async function fill(form: VangnetBookingForm, label: string, value: string): Promise<void> {
  const input = control(form, label);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Checks a radio or checkbox by label. */
export async function choose(form: VangnetBookingForm, label: string): Promise<void> {
  const input = control(form, label);
  input.click();
  await form.updateComplete;
}

/** Presses the primary button of the step ("Volgende", "Afspraak maken"). */
export async function next(form: VangnetBookingForm): Promise<void> {
  root(form).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await form.updateComplete;
  await waitUntilIdle(form);
  await form.updateComplete;
}

/** Fills in the date of birth (day, month, year) and goes on. */
export async function enterDateOfBirth(form: VangnetBookingForm, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await fill(form, 'Dag', String(Number(day)));
  await fill(form, 'Maand', String(Number(month)));
  await fill(form, 'Jaar', year ?? '');
  await next(form);
}

/** Goes from the date of birth to the calendar: topic, Jongerenpunt070, in person. */
export async function toCalendar(
  form: VangnetBookingForm,
  dateOfBirth = '2000-05-10',
): Promise<void> {
  await enterDateOfBirth(form, dateOfBirth);
  await choose(form, 'Weer naar school gaan');
  await next(form);
  if (!heading(form).includes('Plek'))
    throw new Error(`Not at the place step: ${heading(form)} ${textOf(form)}`);
  await choose(form, 'Jongerenpunt070');
  await choose(form, 'Op de locatie');
  await next(form);
  await waitUntil(
    () =>
      root(form).querySelector('.slot-picker') || root(form).querySelector('[data-vangnet-full]'),
    'no calendar',
    { timeout: 5000 },
  );
}

/** The times offered on the day shown. */
export function timesShown(form: HTMLElement): string[] {
  return [...root(form).querySelectorAll('.time-label')].map(
    (label) => label.textContent?.trim() ?? '',
  );
}

/** The dates of days with free times in the week shown (from the radio ids). */
export function daysWithTimes(form: HTMLElement): string[] {
  return [
    ...root(form).querySelectorAll<HTMLInputElement>('input[name="vangnet-day"]:not([disabled])'),
  ].map((input) => input.id.replace('vangnet-day-', ''));
}

/**
 * Picks the first free time on the first day from `date` on that has one (the mock's calendar is
 * partly booked by others); answers the slot id.
 */
export async function pickFirstTimeOn(form: VangnetBookingForm, date: string): Promise<string> {
  const shadow = root(form);
  const nextWeek = () =>
    [...shadow.querySelectorAll<HTMLButtonElement>('.week-button')].find((b) =>
      b.textContent?.includes('Volgende week'),
    );
  const freeDay = () =>
    daysWithTimes(form)
      .filter((day) => day >= date)
      .sort()[0];
  for (let i = 0; i < 12 && !freeDay(); i += 1) {
    const button = nextWeek();
    if (!button || button.disabled) break;
    button.click();
    await form.updateComplete;
  }
  const found = freeDay();
  if (!found) throw new Error(`No free time from ${date}.`);
  (shadow.getElementById(`vangnet-day-${found}`) as HTMLInputElement).click();
  await form.updateComplete;
  const time = shadow.querySelector<HTMLInputElement>('input[name="vangnet-slot"]');
  if (!time) throw new Error(`No times on ${found}.`);
  time.click();
  await form.updateComplete;
  return time.id.replace('vangnet-slot-', '');
}

/** Fills in the contact step for someone who books for themselves, by email. */
export async function fillContact(form: VangnetBookingForm): Promise<void> {
  await fill(form, 'Je naam', 'Sam de Vries');
  await fill(form, 'Je e-mailadres', 'sam@example.org');
}

/** From the start to the review: the first time from `date` on, then the contact details. */
export async function toReview(form: VangnetBookingForm, date: string): Promise<string> {
  await toCalendar(form);
  const slotId = await pickFirstTimeOn(form, date);
  await next(form);
  await fillContact(form);
  await next(form);
  return slotId;
}

/** Books the first time on `date`, from the start to the confirmation. */
export async function bookOn(form: VangnetBookingForm, date: string): Promise<string> {
  const slotId = await toReview(form, date);
  await next(form);
  await waitForText(form, 'Je afspraak staat vast');
  return slotId;
}

/** The `.ics` file the confirmation links to. */
export async function icsText(form: HTMLElement): Promise<string> {
  const link = root(form).querySelector<HTMLAnchorElement>('a[download]');
  if (!link) throw new Error('No .ics link.');
  return (await fetch(link.href)).text();
}

/** Opens the page from a manage link for an appointment booked beforehand (the first free time). */
export async function openManageLink(
  link: (booked: AppointmentCreated) => string = (booked) => `${booked.reference}.${booked.token}`,
  prepare?: (mock: MockApi) => void,
): Promise<BookingFixture & { booked: AppointmentCreated }> {
  let booked: AppointmentCreated | undefined;
  const fixture = await renderBookingForm({
    mock: async (mock, client) => {
      const { items } = await client.slots.list({
        location: 'jongerenpunt070',
        channel: 'in-person',
        from: '2026-03-03',
        to: '2026-03-13',
      });
      booked = await client.appointments.book({
        slotId: items[0]!.id,
        topic: 'terug-naar-school',
        dateOfBirth: '2000-05-10',
        contact: { name: 'Sam de Vries', email: 'sam@example.org', preferred: 'email' },
      });
      history.replaceState(null, '', `#beheer=${link(booked)}`);
      prepare?.(mock);
    },
  });
  return { ...fixture, booked: booked! };
}

/**
 * The manage token of a booking, from the link in the confirmation the mock sent: the store keeps
 * only its hash, as the real API does.
 */
export function manageTokenOf(mock: MockApi, reference: string): string {
  const link = mock.outbox.find((message) => message.reference === reference)?.manageLink;
  const token = link?.split(`#beheer=${reference}.`)[1];
  if (!token) throw new Error(`No confirmation with a manage link for ${reference}`);
  return token;
}
