// Hostile attribute values: each must give the component's polite message, or — for a preset a
// component documents as ignored when unknown — a `vangnet-error` of kind `configuration` naming
// the attribute; never markup or script.
import { injected, xssPayloads } from './hostile-text.ts';

const politeMessage = (element: Element) =>
  element.shadowRoot?.querySelector('[part~="problem"]') ?? null;

/**
 * Places `tag` with `valid` attributes and one of `names` set to each payload; answers how many
 * it tried and what went wrong.
 */
export async function attackAttributes(
  tag: string,
  valid: Record<string, string>,
  names: readonly string[],
  prepare: (element: HTMLElement) => void = () => {},
): Promise<{ tried: number; failures: string[] }> {
  const failures: string[] = [];
  let tried = 0;
  // Each refusal also tells the webmaster in the console; collected here instead of flooding it.
  const told: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => told.push(args.map(String).join(' '));
  try {
    for (const name of names)
      for (const payload of xssPayloads) {
        tried += 1;
        const element = document.createElement(tag);
        for (const [key, value] of Object.entries({ ...valid, [name]: payload }))
          element.setAttribute(key, value);
        prepare(element);
        const reported: string[] = [];
        element.addEventListener('vangnet-error', (event) => {
          const detail = (event as CustomEvent<{ kind: string; attribute?: string }>).detail;
          if (detail.kind === 'configuration' && detail.attribute) reported.push(detail.attribute);
        });
        document.body.append(element);
        const refused = () => politeMessage(element) !== null || reported.includes(name);
        const deadline = performance.now() + 1500;
        while (!refused() && performance.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 20));
        if (!refused()) failures.push(`${name}="${payload}": neither message nor report`);
        const found = injected(element);
        if (found.length > 0) failures.push(`${name}="${payload}": ${found.join(', ')}`);
        element.remove();
        if (politeMessage(element) && !told.some((line) => line.includes(`"${name}"`)))
          failures.push(`${name}="${payload}": the console does not name the attribute`);
        told.length = 0;
      }
  } finally {
    console.error = consoleError;
  }
  return { tried, failures };
}
