import { waitUntil } from '@open-wc/testing';

/** Waits while a form says it is busy (`aria-busy` on its `<form>`), as a person waits for it. */
export async function waitUntilIdle(element: HTMLElement): Promise<void> {
  await waitUntil(
    () => element.shadowRoot?.querySelector('form')?.getAttribute('aria-busy') !== 'true',
    'the form stayed busy',
    { timeout: 5000 },
  );
}
