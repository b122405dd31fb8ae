// Test helpers for component tests (not shipped in any entry point).
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Rewrites every text node under `root` (and in the shadow roots below it) the way a page
 * translation extension does: some in place, others replaced by a `<font>` element with new text.
 * Returns how many nodes it rewrote.
 */
export function simulatePageTranslation(root: Node, translate = (text: string) => `[${text}]`) {
  let rewritten = 0;
  const visit = (node: Node): void => {
    for (const child of [...node.childNodes]) {
      if (child instanceof Text && child.data.trim() !== '') {
        const element = child.parentElement;
        if (element?.closest('[translate="no"], style, script')) continue;
        if (rewritten % 2 === 0) {
          child.data = translate(child.data);
        } else {
          const font = document.createElement('font');
          font.textContent = translate(child.data);
          child.replaceWith(font);
        }
        rewritten += 1;
      } else {
        visit(child);
      }
      if (child instanceof Element && child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return rewritten;
}

interface LayoutShift extends PerformanceEntry {
  readonly value: number;
}

/**
 * Sums the layout shifts while `run` runs and a few frames after. Brings the test's page to the
 * front first: only a visible page paints, and shifts come from painting.
 *
 * Every shift counts, also those Chromium marks `hadRecentInput` (which CLS leaves out): a resize
 * counts as input for 500 ms, so right after a test's `setViewport()` a real shift would be
 * missed. Nothing a person does happens while a component loads.
 */
export async function measureLayoutShift(run: () => Promise<unknown>): Promise<number> {
  await bringToFront();
  let total = 0;
  const add = (entries: PerformanceEntryList) => {
    for (const entry of entries as LayoutShift[]) total += entry.value;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift' });
  await run();
  await nextFrames(3);
  add(observer.takeRecords());
  observer.disconnect();
  return total;
}

/** Makes the test's page the visible one (two test files run side by side; only one paints). */
export async function bringToFront(): Promise<void> {
  await executeServerCommand('bring-to-front');
}

/** Waits `count` animation frames (layout shifts are reported after a frame is painted). */
export async function nextFrames(count = 1): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Records `console.error` (and `console.info`) calls until `restore()`. */
export function captureConsole() {
  const errors: string[] = [];
  const infos: unknown[][] = [];
  const { error, info } = console;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.info = (...args: unknown[]) => void infos.push(args);
  return {
    errors,
    infos,
    restore() {
      console.error = error;
      console.info = info;
    },
  };
}
