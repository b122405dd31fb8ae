// Isolated mode's test pages: the test page is on 127.0.0.1, the frame on localhost of the same
// port, a real cross-origin frame (the dev server serves /embed/… and the mock API on both).
import { fixtureSync, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '@vangnet/widget/define';

export { demoPartnerKey } from '@vangnet/api-mock';

/** The API, and so the frame, on another origin than the test page. */
export const otherOrigin = `http://localhost:${location.port}`;
/** The API on the test page's own origin, for the in-page comparison. */
export const sameOrigin = location.origin;

export function mount<T extends HTMLElement>(template: TemplateResult): T {
  // fixtureSync: fixture() waits for an animation frame, which a background tab never gets.
  return fixtureSync<T>(template);
}

export function frameOf(element: Element): HTMLIFrameElement | null {
  return element.shadowRoot?.querySelector('iframe') ?? null;
}

/** Waits until the frame told its height (its first message). */
export async function framed(element: Element): Promise<HTMLIFrameElement> {
  await waitUntil(
    () => {
      const frame = frameOf(element);
      return frame && frame.style.blockSize !== '0px' && frame.style.blockSize !== '';
    },
    'the frame never told its height',
    { timeout: 15_000 },
  );
  return frameOf(element)!;
}

/** Evaluates `expression` inside the embed frame (DevTools; the page itself cannot). */
export async function inFrame<T>(expression: string, options: { axe?: boolean } = {}): Promise<T> {
  const result = await executeServerCommand<{ value?: T; missing?: true }, object>('frame-eval', {
    url: '/embed/',
    expression,
    ...options,
  });
  if (!result || result.missing) throw new Error('no embed frame on the page');
  return result.value as T;
}

/** What a host page's own script can get of a component: its inputs, their values, the frame's document. */
export function whatAHostScriptSees(element: Element) {
  const roots: (Document | ShadowRoot)[] = [document];
  const walk = (root: Document | ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.shadowRoot) {
        roots.push(node.shadowRoot);
        walk(node.shadowRoot);
      }
    }
  };
  walk(document);
  const inputs = roots.flatMap((root) => [
    ...root.querySelectorAll<HTMLInputElement>('input, textarea, select'),
  ]);
  const frame = frameOf(element);
  let frameDocument: Document | null | 'refused' = null;
  if (frame) {
    frameDocument = frame.contentDocument;
    try {
      frameDocument ??= frame.contentWindow?.document ?? null;
    } catch {
      frameDocument = 'refused';
    }
  }
  return {
    inputs: inputs.length,
    values: inputs.map((input) => input.value).filter(Boolean),
    labels: roots.flatMap((root) => [...root.querySelectorAll('label')].map((l) => l.textContent)),
    frameDocument,
  };
}

/** Records every key and input event the host page's own script can hear. */
export function listenLikeATracker(): { heard: string[]; stop(): void } {
  const heard: string[] = [];
  const onKey = (event: KeyboardEvent) => heard.push(event.key);
  const onInput = (event: Event) =>
    heard.push((event.composedPath()[0] as HTMLInputElement).value ?? '');
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('input', onInput, true);
  return {
    heard,
    stop() {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('input', onInput, true);
    },
  };
}
