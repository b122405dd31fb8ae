// Drives a referral form the way a person finds its controls — by label, legend and button
// text — for the component tests and the screenshot script. No test library in here, so a plain
// page can use it too.
import { waitUntilIdle } from '../test-utils/wait-until-idle.ts';
import type { VangnetReferralForm } from './referral-form.ts';

type ReferralFormElement = VangnetReferralForm;

export const root = (form: HTMLElement): ShadowRoot => form.shadowRoot!;

const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The heading of the current step: "Stap 2 van 7: Over jou". */
export function stepTitle(form: HTMLElement): string {
  return text(root(form).querySelector('[data-vangnet-step-heading] .step-title'));
}

/** The control whose label starts with `label` (a text input, select, textarea, checkbox or radio). */
export function control<T extends HTMLElement = HTMLInputElement>(
  form: HTMLElement,
  label: string,
  within: ParentNode = root(form),
): T {
  const found = [...within.querySelectorAll('label')].find((candidate) =>
    text(candidate).startsWith(label),
  );
  const target = found?.htmlFor ? root(form).getElementById(found.htmlFor) : null;
  if (!target) throw new Error(`No control labelled "${label}"`);
  return target as T;
}

/** The fieldset whose legend starts with `legend`. */
export function group(form: HTMLElement, legend: string): HTMLFieldSetElement {
  const found = [...root(form).querySelectorAll('fieldset')].find((candidate) =>
    text(candidate.querySelector('legend')).startsWith(legend),
  );
  if (!found) throw new Error(`No group "${legend}"`);
  return found;
}

/** Whether a group with this legend is shown. */
export function hasGroup(form: HTMLElement, legend: string): boolean {
  return [...root(form).querySelectorAll('legend')].some((candidate) =>
    text(candidate).startsWith(legend),
  );
}

/** A button by its visible text. */
export function button(form: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root(form).querySelectorAll('button')].find(
    (candidate) => text(candidate) === name || text(candidate).startsWith(`${name} `),
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** Types into a field as input events, the way a fast typist's browser reports it. */
export async function fill(
  form: ReferralFormElement,
  label: string,
  value: string,
  within?: ParentNode,
) {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(form, label, within);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Picks an option of a select by its visible text. */
export async function pick(form: ReferralFormElement, label: string, option: string) {
  const select = control<HTMLSelectElement>(form, label);
  const found = [...select.options].find((candidate) => text(candidate) === option);
  if (!found) throw new Error(`No option "${option}" in "${label}"`);
  select.value = found.value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Clicks a radio button or checkbox by its label, within a group when given. */
export async function check(form: ReferralFormElement, label: string, within?: ParentNode) {
  control(form, label, within).click();
  await form.updateComplete;
}

/** Types a date as day, month and year into the three inputs of a date field. */
export async function fillDate(
  form: ReferralFormElement,
  legend: string,
  iso: string,
  within?: ParentNode,
) {
  const fieldset = within
    ? [...within.querySelectorAll('fieldset')].find((candidate) =>
        text(candidate.querySelector('legend')).startsWith(legend),
      )
    : group(form, legend);
  if (!fieldset) throw new Error(`No date field "${legend}"`);
  const [year, month, day] = iso.split('-');
  const inputs = fieldset.querySelectorAll('input');
  for (const [index, value] of [day, month, year].entries()) {
    const input = inputs[index]!;
    input.value = String(Number(value));
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
}

/** Presses "Volgende" and waits for the next render, and for the form while it says it is busy. */
export async function next(form: ReferralFormElement) {
  button(form, 'Volgende').click();
  await form.updateComplete;
  await waitUntilIdle(form);
  await form.updateComplete;
}

/** The error texts shown inline in the current step. */
export function inlineErrors(form: HTMLElement): string[] {
  return [...root(form).querySelectorAll('.error')].map((element) =>
    text(element).replace(/^Fout: /, ''),
  );
}

/** A complete referral, as typed in the tests. */
export const typed = {
  municipality: 'Westland',
  service: 'Pluscoaching',
  organisation: 'Lyceum Westland (demo)',
  name: 'Sam de Vries',
  role: 'Mentor',
  email: 'mentor@example.org',
  phone: '06 00000000',
  givenName: 'Noor',
  familyName: 'Jansen',
  schoolType: 'Middelbare school (vo)',
  level: 'havo',
  classYear: '3B',
  parentName: 'Anna Jansen',
  parentPhone: '06 00000001',
  reason: 'Weinig motivatie voor school',
  description: 'Komt vaak te laat en haakt af in de les.',
  tried: 'Gesprekken met de mentor.',
  help: 'Begeleiding vanuit het OPDC.',
  consentDate: '2026-02-27',
};

/** Step 1: the municipality and the service. */
export async function fillService(form: ReferralFormElement, service = typed.service) {
  await pick(form, 'Gemeente van de school', typed.municipality);
  await check(form, service);
}

/** Step 2: the referrer's own details. */
export async function fillReferrer(form: ReferralFormElement) {
  await fill(form, 'School of organisatie', typed.organisation);
  await fill(form, 'Je naam', typed.name);
  await pick(form, 'Je functie', typed.role);
  await fill(form, 'Je e-mailadres', typed.email);
}

/** Step 3: the young person, and the parent or guardian wherever the form asks for one. */
export async function fillYoungPerson(form: ReferralFormElement, dateOfBirth: string) {
  await fill(form, 'Voornaam', typed.givenName);
  await fill(form, 'Achternaam', typed.familyName);
  await fillDate(form, 'Geboortedatum', dateOfBirth);
  await check(form, typed.schoolType);
  if (hasGroup(form, 'Ouder of verzorger')) {
    await fill(form, 'Naam van de ouder of verzorger', typed.parentName);
    await check(form, 'Ouder', group(form, 'Ouder of verzorger'));
    await fill(form, 'Telefoonnummer van de ouder of verzorger', typed.parentPhone);
  }
}

/** Step 4: a reason and the situation. */
export async function fillSupportNeed(form: ReferralFormElement) {
  await check(form, 'Vaak afwezig of te laat', group(form, 'Waarom meld je de jongere aan?'));
  await fill(form, 'Wat is er aan de hand?', typed.description);
}

/** Step 5: no preference for a coaching form (Pluscoaching only). */
export async function fillPreference(form: ReferralFormElement) {
  if (hasGroup(form, 'Welke vorm van coaching past het best?')) await check(form, 'Geen voorkeur');
}

/** The steps {@link fillUpToConsent} fills, in order. */
export type FilledStep = 'service' | 'referrer' | 'young-person' | 'support-need' | 'preference';

/**
 * Fills every step up to the consent step for a young person born on `dateOfBirth`.
 * `afterStep` runs once each step is filled, before "Volgende": to change or probe its fields.
 */
export async function fillUpToConsent(
  form: ReferralFormElement,
  dateOfBirth: string,
  options: { service?: string; afterStep?: (step: FilledStep) => Promise<void> } = {},
) {
  const after = options.afterStep ?? (async () => {});
  await fillService(form, options.service);
  await after('service');
  await next(form);
  await fillReferrer(form);
  await after('referrer');
  await next(form);
  await fillYoungPerson(form, dateOfBirth);
  await after('young-person');
  await next(form);
  await fillSupportNeed(form);
  await after('support-need');
  await next(form);
  await reach(form, 'Voorkeur');
  await fillPreference(form);
  await after('preference');
  await next(form);
  await reach(form, 'Toestemming');
}

/** Declares every consent the consent step asks for, given on `date`. */
export async function declareConsents(form: ReferralFormElement, date = typed.consentDate) {
  for (const fieldset of root(form).querySelectorAll<HTMLFieldSetElement>('fieldset[data-party]')) {
    (fieldset.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await check(form, 'In een gesprek', fieldset);
    await fillDate(form, 'Op welke datum?', date, fieldset);
  }
  if (hasDiscussed(form)) await check(form, 'Ik heb de aanmelding eerst met de jongere besproken');
}

const hasDiscussed = (form: HTMLElement) =>
  [...root(form).querySelectorAll('label')].some((label) =>
    text(label).startsWith('Ik heb de aanmelding eerst'),
  );

/** The parties whose consent the consent step asks for, by the group titles. */
export function consentGroups(form: HTMLElement): string[] {
  return [...root(form).querySelectorAll('fieldset[data-party] > legend')].map(text);
}

/** Waits until the step titled `title` shows; fails with the step and errors that show instead. */
export async function reach(form: HTMLElement, title: string, timeout = 2000) {
  const until = Date.now() + timeout;
  while (stepTitle(form) !== title) {
    if (Date.now() > until) {
      throw new Error(
        `Expected step "${title}", still on "${stepTitle(form)}" with errors: ${inlineErrors(form).join(' | ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
