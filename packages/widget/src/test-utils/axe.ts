// axe-core ships as a UMD script: imported for its side effect, it puts `axe` on `window`
// (the test runner serves it as is, without a CommonJS transform).
import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

interface AxeGlobal {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

function axeOf(): AxeGlobal {
  const axe = (globalThis as { axe?: AxeGlobal }).axe;
  if (!axe) throw new Error('axe-core did not load.');
  return axe;
}

/**
 * Fails with a readable list when axe-core finds WCAG 2.x A/AA violations in an element,
 * its shadow root included (axe walks open shadow roots of the context).
 *
 * @example
 * ```ts
 * const el = await fixture(html`<vangnet-referral-form></vangnet-referral-form>`);
 * await expectNoAxeViolations(el);
 * ```
 */
export async function expectNoAxeViolations(
  element: Element,
  options: RunOptions = {},
): Promise<void> {
  const results = await axeOf().run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    resultTypes: ['violations'],
    // `region` is about a whole page's landmarks; a component under test is not a page.
    rules: { region: { enabled: false } },
    ...options,
  });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
        violation.nodes
          .map((node) => `  - ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
  throw new Error(`axe-core found ${results.violations.length} violation(s):\n${report}`);
}
