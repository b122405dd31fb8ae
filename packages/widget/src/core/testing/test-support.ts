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

/**
 * Sums the layout shifts (without recent input) while `run` runs and a few frames after. Brings
 * the test's page to the front first: only a visible page paints, and shifts come from painting.
 */
export async function measureLayoutShift(run: () => Promise<unknown>): Promise<number> {
  await bringToFront();
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  await run();
  await nextFrames(3);
  for (const entry of observer.takeRecords() as (PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
  })[]) {
    if (!entry.hadRecentInput) total += entry.value;
  }
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
