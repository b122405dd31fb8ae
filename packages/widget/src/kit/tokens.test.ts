import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../test-utils/kit-test-form.ts';
import { filledIn, type KitTestForm } from '../test-utils/kit-test-form.ts';
import { kitStyles } from './styles.ts';
import { themeTokens } from './tokens.ts';

const unique = (values: Iterable<string>) => [...new Set(values)].sort();

async function theming(): Promise<string> {
  const response = await fetch('/docs/theming.md');
  expect(response.ok, 'docs/theming.md is served').to.equal(true);
  return response.text();
}

describe('form kit: design tokens', () => {
  const css = kitStyles.cssText;

  it('documents every token the CSS uses, and uses every token it documents', async () => {
    const used = unique(css.match(/--vangnet-[a-z0-9-]+/g) ?? []);
    const documented = unique(
      [...(await theming()).matchAll(/^\| `(--vangnet-[a-z0-9-]+)`/gm)].map(
        (match) => match[1] ?? '',
      ),
    );
    expect(used.length).to.be.greaterThan(20);
    expect(
      used.filter((token) => !documented.includes(token)),
      'used but not documented',
    ).to.deep.equal([]);
    expect(
      documented.filter((token) => !used.includes(token)),
      'documented but not used',
    ).to.deep.equal([]);
    expect(unique(themeTokens.map((token) => token.name))).to.deep.equal(used);
  });

  it('defines every private property it reads, and reads every one it defines', () => {
    const defined = unique(
      [...css.matchAll(/(--_[a-z0-9-]+)\s*:/g)].map((match) => match[1] ?? ''),
    );
    const read = unique([...css.matchAll(/var\((--_[a-z0-9-]+)/g)].map((match) => match[1] ?? ''));
    expect(
      read.filter((name) => !defined.includes(name)),
      'read but not defined',
    ).to.deep.equal([]);
    expect(
      defined.filter((name) => !read.includes(name)),
      'defined but not read',
    ).to.deep.equal([]);
  });

  it('falls back to NL Design System tokens and sizes in em, never px', () => {
    for (const token of themeTokens) {
      if ('nlToken' in token) expect(token.nlToken).to.match(/^--(nl|utrecht)-[a-z0-9-]+$/);
      expect(token.fallback, token.name).not.to.match(/\d+px/);
    }
    // Only hairlines (1px borders, the visually-hidden pattern) may be in px.
    const pixels = (css.match(/-?\d*\.?\d+px/g) ?? []).filter((value) => !/^-?1px$/.test(value));
    expect(pixels).to.deep.equal([]);
  });

  describe('on a page', () => {
    let style: HTMLStyleElement | undefined;
    afterEach(() => {
      style?.remove();
      document.body.classList.remove('gemeente-theme');
    });

    it('takes the municipal house style of docs/theming.md', async () => {
      const example = /```css\n([\s\S]*?)```/.exec(await theming())?.[1];
      expect(example).to.contain('--nl-button-primary-background-color');
      style = document.createElement('style');
      // The example styles the real elements; the kit's test form stands in for them.
      style.textContent = (example ?? '').replace(
        'vangnet-organisation-finder {',
        'vangnet-organisation-finder,\nvangnet-kit-test-form {',
      );
      document.head.append(style);
      document.body.classList.add('gemeente-theme');
      const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
      const button = el.shadowRoot!.querySelector('button[type="submit"]')!;
      const input = el.shadowRoot!.querySelector('input')!;
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 89, 79)');
      expect(getComputedStyle(button).borderTopLeftRadius).to.equal(`${2 * 18}px`);
      expect(getComputedStyle(input).borderTopLeftRadius).to.equal(`${0.5 * 18}px`);
      expect(getComputedStyle(root).fontFamily).to.contain('Fira Sans');
    });

    it('uses dark defaults on a dark host, and NL tokens win over defaults', async () => {
      const el = await fixture<KitTestForm>(
        html`<vangnet-kit-test-form class="dark"></vangnet-kit-test-form>`,
      );
      style = document.createElement('style');
      style.textContent = '.dark { color-scheme: dark; }';
      document.head.append(style);
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(getComputedStyle(root).backgroundColor).to.equal('rgb(22, 24, 29)');
      expect(getComputedStyle(root).color).to.equal('rgb(242, 242, 242)');
      el.style.setProperty('--utrecht-document-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle(root).color).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--vangnet-color-text', 'rgb(4, 5, 6)');
      expect(getComputedStyle(root).color).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('user settings', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' }));

    it('keeps borders and the progress visible in forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
      const input = el.shadowRoot!.querySelector('input')!;
      expect(getComputedStyle(input).borderTopStyle).to.equal('solid');
      const current = el.shadowRoot!.querySelector('[aria-current="step"]')!;
      const todo = el.shadowRoot!.querySelector('.stepper-todo')!;
      expect(getComputedStyle(current).backgroundColor).not.to.equal(
        getComputedStyle(todo).backgroundColor,
      );
    });

    it('stops the spinner for people who ask for less motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
      el.form.reset(filledIn);
      el.steps.goTo('review', { focus: false });
      el.send = () => new Promise(() => undefined);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      const spinner = el.shadowRoot!.querySelector('[part~="spinner"]')!;
      expect(getComputedStyle(spinner).animationName).to.equal('none');
    });
  });
});
