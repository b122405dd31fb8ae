import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../test-utils/kit-test-form.ts';
import { filledIn, type KitTestForm } from '../test-utils/kit-test-form.ts';
import { expectNoAxeViolations } from '../test-utils/axe.ts';

const render = (lang?: string) =>
  fixture<KitTestForm>(
    lang
      ? html`<vangnet-kit-test-form lang=${lang}></vangnet-kit-test-form>`
      : html`<vangnet-kit-test-form></vangnet-kit-test-form>`,
  );

/** Whether anything in the form sticks out sideways: the page or any element scrolls horizontally. */
function overflowsSideways(el: KitTestForm): string[] {
  const problems: string[] = [];
  const page = document.scrollingElement ?? document.documentElement;
  if (page.scrollWidth > page.clientWidth)
    problems.push(`page ${page.scrollWidth} > ${page.clientWidth}`);
  const hostRight = el.getBoundingClientRect().right;
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const rect = node.getBoundingClientRect();
    if (rect.width > 0 && rect.right > hostRight + 1)
      problems.push(`${node.tagName}.${node.className} ends at ${rect.right}`);
  }
  return problems;
}

describe('form kit: accessibility and layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.removeProperty('font-size');
  });

  it('has no axe violations when empty', async () => {
    const el = await render();
    await expectNoAxeViolations(el);
  });

  it('has no axe violations with errors and the summary shown, on every step', async () => {
    const el = await render();
    for (const step of ['referrer', 'young-person', 'support']) {
      el.steps.goTo(step, { focus: false });
      await el.updateComplete;
      el.form.validate(el.steps.current.fields);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="summary"]')).not.to.equal(null);
      await expectNoAxeViolations(el);
    }
  });

  it('has no axe violations while busy, on the review, and with the retry banner', async () => {
    const el = await render();
    el.form.reset(filledIn);
    el.steps.goTo('review', { focus: false });
    await el.updateComplete;
    await expectNoAxeViolations(el);

    let fail: (error: unknown) => void = () => undefined;
    el.send = () => new Promise((_, reject) => (fail = reject));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.submit.busy).to.equal(true);
    await expectNoAxeViolations(el);

    fail(new TypeError('Failed to fetch'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="retry-banner"]')).not.to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('lays out right to left in Arabic', async () => {
    const el = await render('ar');
    const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    const label = el.shadowRoot!.querySelector<HTMLElement>('label[for$="referrer-name"]')!;
    expect(label.textContent).to.contain('اسمك');
    expect(label.textContent).to.contain('(إلزامي)');
    // Labels start at the right edge; the submit button sits right of the back button's place.
    const rootBox = root.getBoundingClientRect();
    const labelBox = label.getBoundingClientRect();
    expect(Math.abs(rootBox.right - labelBox.right)).to.be.lessThan(2);
    // Strings the form lacks in Arabic come from Dutch, never as raw keys.
    expect(el.shadowRoot!.textContent).not.to.match(/test\.[a-z]/);

    el.steps.goTo('young-person', { focus: false });
    await el.updateComplete;
    const radio = el.shadowRoot!.querySelector<HTMLElement>('input[type="radio"]')!;
    const radioLabel = el.shadowRoot!.querySelector<HTMLElement>(`label[for="${radio.id}"]`)!;
    expect(radio.getBoundingClientRect().left).to.be.greaterThan(
      radioLabel.getBoundingClientRect().left,
    );
    await expectNoAxeViolations(el);
  });

  it('shows phone numbers left to right in Arabic, so their digit groups keep their order', async () => {
    const el = await render('ar');
    // Left of the second group of digits on screen, where the first group must be.
    const inOrder = (element: Element, first: string, second: string) => {
      // Not a comment: Lit's markers (`?lit$406…$`) hold random digits that may contain `first`.
      const node = [...element.childNodes].find(
        (child) => child.nodeType !== Node.COMMENT_NODE && child.textContent?.includes(first),
      )!;
      const textNode = node.nodeType === Node.TEXT_NODE ? node : node.firstChild!;
      const text = textNode.textContent ?? '';
      const box = (needle: string) => {
        const range = document.createRange();
        range.setStart(textNode, text.indexOf(needle));
        range.setEnd(textNode, text.indexOf(needle) + needle.length);
        return range.getBoundingClientRect();
      };
      return box(first).left < box(second).left;
    };
    const veiligThuis = el.shadowRoot!.querySelector('a[href="tel:08002000"]')!;
    expect(inOrder(veiligThuis, '0800', '2000'), 'Veilig Thuis').to.equal(true);

    el.form.reset({ ...filledIn, referrer: { ...filledIn.referrer, phone: '06 00000000' } });
    el.steps.goTo('review', { focus: false });
    await el.updateComplete;
    const phone = [...el.shadowRoot!.querySelectorAll('dd')].find((dd) =>
      dd.textContent?.includes('06 00000000'),
    )!;
    expect(inOrder(phone.querySelector('bdi') ?? phone, '06', '00000000'), 'review').to.equal(true);
  });

  it('fits 320 px without sideways scrolling, on every step and with errors', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render();
    for (const step of ['referrer', 'young-person', 'support']) {
      el.steps.goTo(step, { focus: false });
      el.form.validate(el.steps.current.fields);
      await el.updateComplete;
      expect(overflowsSideways(el), step).to.deep.equal([]);
    }
    el.form.reset(filledIn);
    el.steps.goTo('review', { focus: false });
    await el.updateComplete;
    expect(overflowsSideways(el), 'review').to.deep.equal([]);

    // The check itself catches what sticks out.
    el.shadowRoot!.querySelector<HTMLElement>('dl')!.style.width = '1000px';
    expect(overflowsSideways(el)).not.to.deep.equal([]);
  });

  // Browser zoom at 200% on a 1280 px screen gives a 640 CSS px viewport; doubling the text on top
  // of that is stricter than either zoom alone.
  it('fits at 200% zoom: 640 CSS px wide with text twice as big', async () => {
    await setViewport({ width: 640, height: 480 });
    document.documentElement.style.setProperty('font-size', '200%');
    const el = await render();
    for (const step of ['referrer', 'young-person', 'support']) {
      el.steps.goTo(step, { focus: false });
      el.form.validate(el.steps.current.fields);
      await el.updateComplete;
      expect(overflowsSideways(el), step).to.deep.equal([]);
    }
    el.form.reset(filledIn);
    el.steps.goTo('review', { focus: false });
    await el.updateComplete;
    expect(overflowsSideways(el), 'review').to.deep.equal([]);
  });
});
