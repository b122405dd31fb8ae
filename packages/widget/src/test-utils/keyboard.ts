import { sendKeys } from '@web/test-runner-commands';

/** Presses Tab (or Shift+Tab) `times` times, as a keyboard user would. */
export async function tab(times = 1, options: { back?: boolean } = {}): Promise<void> {
  if (options.back) await sendKeys({ down: 'Shift' });
  for (let i = 0; i < times; i += 1) await sendKeys({ press: 'Tab' });
  if (options.back) await sendKeys({ up: 'Shift' });
}

/** Types text into whatever has focus. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Presses one key (`Enter`, `Space`, `ArrowDown`). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab until the focused element (through shadow roots) matches `predicate`, as a keyboard
 * user moves to a control; fails after `limit` presses.
 */
export async function tabTo(
  predicate: (element: Element) => boolean,
  limit = 40,
): Promise<HTMLElement> {
  for (let i = 0; i < limit; i += 1) {
    const active = deepActiveElement();
    if (active && predicate(active)) return active as HTMLElement;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab did not reach the element within ${limit} presses.`);
}

/** A predicate for {@link tabTo}: the control whose accessible label text contains `text`. */
export function labelled(text: string): (element: Element) => boolean {
  return (element) => {
    const labels = (element as HTMLInputElement).labels;
    return [...(labels ?? [])].some((label) => label.textContent?.includes(text) ?? false);
  };
}

/** A predicate for {@link tabTo}: a button (or link) whose text contains `text`. */
export function named(text: string): (element: Element) => boolean {
  return (element) =>
    (element.tagName === 'BUTTON' || element.tagName === 'A') &&
    (element.textContent?.includes(text) ?? false);
}
