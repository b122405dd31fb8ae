// The workspace as a person finds it, for the browser tests in tests/staff/: controls by their
// visible label, buttons by their accessible name, the keyboard, signing in as a demo user.
// Each helper takes the element whose shadow root holds the controls: the workspace itself, or
// one of its sections (`sectionOf`).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoPartnerKey } from '@vangnet/api-core';
import '@vangnet/staff/define';
import type { VangnetStaffWorkspace } from '@vangnet/staff';

export const root = (element: Element): ShadowRoot => element.shadowRoot!;

/** A control by its visible label, as a person finds it. */
export function labelled<T extends HTMLElement>(element: Element, label: string): T {
  const found = [...root(element).querySelectorAll('label')].find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  const control = found?.htmlFor ? root(element).getElementById(found.htmlFor) : null;
  if (!control) throw new Error(`No control labelled "${label}"`);
  return control as T;
}

/** A button by its accessible name: its text, or its `aria-label`. */
export function button(element: Element, name: string | RegExp): HTMLButtonElement {
  const found = [...root(element).querySelectorAll('button')].find((candidate) => {
    const own = candidate.getAttribute('aria-label') ?? candidate.textContent?.trim() ?? '';
    return typeof name === 'string' ? own === name : name.test(own);
  });
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** Whether a button of that name is there. */
export function has(element: Element, name: string | RegExp): boolean {
  try {
    return Boolean(button(element, name));
  } catch {
    return false;
  }
}

/** Focuses a control and presses a key, as a keyboard user does. */
export async function press(control: HTMLElement, key: string): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
}

/** Chooses an option of a select with the `change` a person's choice fires. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The workspace on the test page, signed in with the development sign-in as `user`. */
export async function signedIn(user: string, basePath = ''): Promise<VangnetStaffWorkspace> {
  const workspace = await fixture<VangnetStaffWorkspace>(
    html`<vangnet-staff-workspace
      partner-key=${demoPartnerKey}
      base-path=${basePath}
    ></vangnet-staff-workspace>`,
  );
  await waitUntil(() => root(workspace).querySelector('#user'), 'no sign-in', {
    timeout: 10_000,
  });
  choose(labelled(workspace, 'Voorbeeldgebruiker'), user);
  await press(button(workspace, 'Inloggen'), 'Enter');
  // Signed in once the first section has its heading focused: the catalog is loaded by then.
  await waitUntil(
    () => root(workspace).activeElement?.matches('.section, #queue-title'),
    'not signed in',
    { timeout: 10_000 },
  );
  return workspace;
}

/** The tabs of the navigation, by their text. */
export const tabs = (workspace: Element): string[] =>
  [...root(workspace).querySelectorAll('nav a')].map((tab) => tab.textContent?.trim() ?? '');

/** Opens a tab of the navigation with the keyboard and answers the section it shows. */
export async function openTab(workspace: Element, name: string): Promise<HTMLElement> {
  const tab = [...root(workspace).querySelectorAll<HTMLAnchorElement>('nav a')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  if (!tab) throw new Error(`No tab "${name}"`);
  await press(tab, 'Enter');
  await waitUntil(() => tab.getAttribute('aria-current') === 'page', `"${name}" did not open`, {
    timeout: 5_000,
  });
  return sectionOf(workspace);
}

/** The section the workspace shows now (`<vangnet-staff-callbacks>`, …). */
export function sectionOf(workspace: Element): HTMLElement {
  const section = root(workspace).querySelector<HTMLElement>('.section');
  if (!section) throw new Error('No section shown');
  return section;
}

/** A development token for `user`, for what a test sets up through the staff API. */
export async function devToken(user: string): Promise<string> {
  const answer = await fetch('/v1/staff/dev-signin', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  return ((await answer.json()) as { accessToken: string }).accessToken;
}

/** The page fits its width: nothing scrolls sideways. */
export function scrollsSideways(): boolean {
  const page = document.documentElement;
  return page.scrollWidth > page.clientWidth;
}
