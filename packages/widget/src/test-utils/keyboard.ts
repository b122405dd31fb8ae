import { sendKeys } from '@web/test-runner-commands';

/** Presses Tab (or Shift+Tab) `times` times, as a keyboard user would. */
export async function tab(times = 1, options: { back?: boolean } = {}): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    await sendKeys({ press: options.back ? 'Shift+Tab' : 'Tab' });
  }
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
