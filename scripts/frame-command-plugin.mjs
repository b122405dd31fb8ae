// A test-runner command, `frame-eval`: evaluates an expression in a frame of the calling test's
// page through the DevTools protocol, for frames of another origin that the page's own script
// cannot enter (isolated mode's tests read the framed form's focus and run axe-core in it).
// `axe: true` first loads axe-core into the frame; DevTools evaluation is not subject to the
// frame's CSP, which would rightly refuse it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function frameCommandPlugin() {
  let axeSource;
  return {
    name: 'vangnet-frame-eval',
    async executeCommand({ command, payload, session }) {
      if (command !== 'frame-eval') return undefined;
      const { url, expression, axe } =
        /** @type {{ url: string, expression: string, axe?: boolean }} */ (payload);
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('frame-eval needs the Chrome launcher');
      const frame = page.frames().find((candidate) => candidate.url().includes(url));
      if (!frame) return { missing: true };
      if (axe) {
        axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
        await frame.evaluate(axeSource);
      }
      return { value: await frame.evaluate(expression) };
    },
  };
}
