// Hostile text for the browser security tests: payloads that would run script or inject markup
// if any of it reached the DOM as HTML, and the check that it did not.

/** Set by any payload that runs; nothing may ever set it. */
export const xssFlag = '__vangnetXss';

/** XSS payloads, each of which sets {@link xssFlag} if it ever runs. */
export const xssPayloads: readonly string[] = [
  `<img src=x onerror="window.${xssFlag}=1">`,
  `<script>window.${xssFlag}=1</script>`,
  `javascript:window.${xssFlag}=1`,
  `"><svg onload="window.${xssFlag}=1">`,
  `'><iframe srcdoc="<script>parent.${xssFlag}=1</script>"></iframe>`,
  `<a href="javascript:window.${xssFlag}=1">klik</a>`,
  `\${window.${xssFlag}=1}`,
  `{{constructor.constructor('window.${xssFlag}=1')()}}`,
];

/** The elements and attributes of `root` and of every shadow root below it. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/**
 * What in `host` (its shadow root included) looks injected: an event-handler attribute, a
 * `javascript:` link, a script, an iframe. Empty when everything is inert.
 */
export function injected(host: Element): string[] {
  const found: string[] = [];
  const roots: ParentNode[] = [host, ...(host.shadowRoot ? [host.shadowRoot] : [])];
  for (const root of roots)
    for (const element of allElements(root)) {
      const tag = element.localName;
      if (tag === 'script' || tag === 'iframe' || tag === 'object' || tag === 'embed')
        found.push(`<${tag}>`);
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
        if (/^\s*javascript:/i.test(value)) found.push(`<${tag} ${name}="${value}">`);
      }
    }
  return found;
}

/** Whether any payload ran (an `onerror` runs a moment after the image fails). */
export async function payloadRan(): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  return (window as unknown as Record<string, unknown>)[xssFlag] !== undefined;
}

/** 10,000 characters of ordinary text: longer than any field of the contract allows. */
export const tenThousand = 'Lang verhaal. '.repeat(715).slice(0, 10_000);

/** Prints the category's count line in the browser log, which the test runner shows. */
export function reportCount(category: string, tried: number, failed: number): void {
  const count = (n: number) => n.toLocaleString('en-US');
  console.log(`security: ${category} — ${count(tried)} cases tried, ${count(failed)} failed`);
}

interface Rendering extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
}

const textFieldSelector =
  'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="search"], textarea';

const labelOf = (field: HTMLInputElement | HTMLTextAreaElement) =>
  field.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() || field.id || field.name;

async function typeInto(
  component: Rendering,
  field: HTMLInputElement | HTMLTextAreaElement,
  value: string,
) {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  field.dispatchEvent(new FocusEvent('blur'));
  field.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await component.updateComplete;
  // A task, not only microtasks: the origin's mock service worker may route another test page's
  // requests through this page, and must not wait for hundreds of cases to finish.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether 10,000 characters are refused: cut off by `maxlength`, or marked invalid. */
const refusesLongText = (field: HTMLInputElement | HTMLTextAreaElement) =>
  (field.maxLength > 0 && field.maxLength < 10_000) ||
  field.getAttribute('aria-invalid') === 'true';

/** Attacks the text fields of one component step by step, counting over all the steps. */
export function fieldAttack(component: Rendering) {
  const tally = { tried: 0, failures: [] as string[] };
  return {
    tally,
    /** Attacks the fields shown now (see {@link attackTextFields}). */
    async attack(): Promise<void> {
      const result = await attackTextFields(component);
      tally.tried += result.tried;
      tally.failures.push(...result.failures);
    },
  };
}

/**
 * Types every payload, then 10,000 characters, into every text field the component shows now,
 * and puts the field's own value back. Answers one line per case that went wrong, and how many
 * cases it tried.
 */
export async function attackTextFields(
  component: Rendering,
): Promise<{ tried: number; failures: string[] }> {
  const shadow = component.shadowRoot!;
  // By id: a field may be rendered anew while another holds nonsense (a group that depends on
  // the date of birth disappears and comes back), and the old element is then detached.
  const ids = [
    ...shadow.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(textFieldSelector),
  ].map((field) => field.id);
  const failures: string[] = [];
  let tried = 0;
  for (const id of ids) {
    const field = () => shadow.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
    const original = field().value;
    for (const payload of xssPayloads) {
      tried += 1;
      await typeInto(component, field(), payload);
      const found = injected(component);
      if (found.length > 0) failures.push(`${labelOf(field())} ← ${payload}: ${found.join(', ')}`);
    }
    tried += 1;
    await typeInto(component, field(), tenThousand);
    if (!refusesLongText(field())) failures.push(`${labelOf(field())}: 10,000 characters accepted`);
    await typeInto(component, field(), original);
  }
  return { tried, failures };
}
