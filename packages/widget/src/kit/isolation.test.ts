import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../test-utils/kit-test-form.ts';
import type { KitTestForm } from '../test-utils/kit-test-form.ts';
import { expectNoAxeViolations } from '../test-utils/axe.ts';
import { deepActiveElement, labelled, press, tabTo, type } from '../test-utils/keyboard.ts';

function addPageStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

describe('form kit: style isolation', () => {
  let pageStyle: HTMLStyleElement | undefined;
  afterEach(() => pageStyle?.remove());

  it('stays usable on a page with hostile global CSS', async () => {
    pageStyle = addPageStyle(`
      * { all: unset; }
      input, select, textarea, button, label { display: none !important; }
      form { display: none; }
    `);
    const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="referrer.name"]')!;
    const label = el.shadowRoot!.querySelector<HTMLElement>('label[for$="referrer-name"]')!;
    expect(getComputedStyle(input).display).to.equal('block');
    expect(input.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(getComputedStyle(label).display).to.equal('block');
    expect(getComputedStyle(el.shadowRoot!.querySelector('form')!).display).to.equal('block');
    // Borders and font come from the form, not from the (reset) page.
    expect(getComputedStyle(input).borderTopStyle).to.equal('solid');

    await tabTo(labelled('Uw naam'));
    await type('Sam');
    expect(input.value).to.equal('Sam');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(button.getBoundingClientRect().height).to.be.greaterThan(20);
    await tabTo((element) => element === button);
    await press('Enter');
    await el.form.focusSummary();
    expect(deepActiveElement()?.getAttribute('part')).to.contain('summary');
    await expectNoAxeViolations(el);
  });

  it('does not change how the rest of the page looks', async () => {
    // fixtureSync: a plain element needs no render, and waiting for a frame stalls in a background tab.
    const page = fixtureSync<HTMLElement>(
      html`<div>
        <label for="outside">Buiten</label><input id="outside" /><button>Knop</button>
        <p class="error">Pagina-tekst</p>
        <h2>Kop</h2>
      </div>`,
    );
    const measure = () =>
      [...page.querySelectorAll('label, input, button, p, h2')].map((node) => {
        const style = getComputedStyle(node);
        return [
          style.color,
          style.fontFamily,
          style.fontWeight,
          style.borderTopWidth,
          style.display,
          style.margin,
          style.outlineStyle,
        ].join('|');
      });
    const before = measure();
    const el = document.createElement('vangnet-kit-test-form') as KitTestForm;
    page.append(el);
    await el.updateComplete;
    el.form.validate();
    await el.updateComplete;
    expect(measure()).to.deep.equal(before);
    // Nothing was added to the document's own style sheets either.
    expect([...document.adoptedStyleSheets].length).to.equal(0);
  });

  it('has an axe helper that finds problems inside shadow roots', async () => {
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    root.append(input);
    let failure: Error | undefined;
    await expectNoAxeViolations(host).catch((error: Error) => (failure = error));
    expect(failure?.message).to.contain('label');
  });
});
