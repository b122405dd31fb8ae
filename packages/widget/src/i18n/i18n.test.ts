import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { catalogProblems, describeCatalogs } from '../test-utils/catalog-checks.ts';
import '../test-utils/kit-test-form.ts';
import type { KitTestForm } from '../test-utils/kit-test-form.ts';
import { formatDate, formatTime, intlLocale } from './format.ts';
import { kitCatalogs, missingKeys } from './catalogs.ts';
import { kitMessages } from './messages/index.ts';
import { plainNumber, plainPluralRule } from './plain-numbers.ts';
import { Translator } from './translator.ts';
import type { Catalog } from './types.ts';

/** An element that speaks only the kit's own messages, in all the kit's languages. */
class KitMessagesOnly extends LitElement {
  readonly t = new Translator(this, kitCatalogs);
}
customElements.define('vangnet-kit-messages-only', KitMessagesOnly);

describeCatalogs('the form kit', { own: kitMessages, shipped: kitCatalogs });

describe('i18n: numbers and plurals without Intl', () => {
  const languages = Object.keys(kitCatalogs);
  const wholeNumbers = [
    ...Array.from({ length: 1201 }, (_, index) => index),
    ...[9999, 10000, 12345, 99999, 100000, 999999, 1000000, 1234567, 10000000, 987654321],
    Number.MAX_SAFE_INTEGER,
  ];
  const otherNumbers = [-1, -1000, 0.5, 1.5, 1.0001, 2.25, 1000.5, Number.NaN, Infinity];

  /** Fails where `plain` answers for a language and value and `intl` answers otherwise. */
  function expectIntlAnswers(
    plain: (language: string, value: number) => string | undefined,
    intl: (locale: string) => (value: number) => string,
  ): void {
    for (const language of languages) {
      const intlAnswer = intl(intlLocale(language));
      for (const value of [...wholeNumbers, ...otherNumbers]) {
        const answer = plain(language, value);
        if (answer !== undefined)
          expect(answer, `${language} ${value}`).to.equal(intlAnswer(value));
      }
    }
  }

  it('writes every number it answers for as Intl.NumberFormat does, in every shipped language', () => {
    expectIntlAnswers(plainNumber, (locale) => {
      const format = new Intl.NumberFormat(locale);
      return (value) => format.format(value);
    });
  });

  it('picks every plural form it answers for as Intl.PluralRules does, in every shipped language', () => {
    expectIntlAnswers(plainPluralRule, (locale) => {
      const rules = new Intl.PluralRules(locale);
      return (value) => rules.select(value);
    });
  });

  it('answers Dutch and English whole numbers and plurals itself, and leaves Arabic to Intl', () => {
    expect(
      ['nl', 'en', 'tr', 'pl', 'ar'].map((language) => plainNumber(language, 12)),
    ).to.deep.equal(['12', '12', '12', '12', undefined]);
    expect(plainNumber('nl', 10000)).to.equal('10.000');
    expect(plainNumber('en', 1234567)).to.equal('1,234,567');
    expect(plainNumber('pl', 10000)).to.equal(undefined);
    expect(plainNumber('nl', 1.5)).to.equal(undefined);
    expect(['nl', 'en', 'tr'].map((language) => plainPluralRule(language, 1))).to.deep.equal([
      'one',
      'one',
      'one',
    ]);
    expect(plainPluralRule('pl', 2)).to.equal(undefined);
    expect(plainPluralRule('ar', 0)).to.equal(undefined);
  });
});

describe('i18n: catalogs', () => {
  it('reports a key that a language lacks', () => {
    const { 'nav.next': _dropped, ...incomplete } = kitCatalogs.en;
    expect(missingKeys(kitCatalogs.nl, incomplete)).to.deep.equal(['nav.next']);
    expect(missingKeys(kitCatalogs.nl, { ...kitCatalogs.en, 'nav.back': '  ' })).to.deep.equal([
      'nav.back',
    ]);
  });

  it("fails a component that lacks a language, a key, a placeholder or the language's plural forms", async () => {
    const nl = { greeting: 'Hallo {name}', items: { one: '1 ding', other: '{count} dingen' } };
    const own = {
      nl,
      tr: { greeting: 'Merhaba', items: { few: '{count} şey', other: '{count} şey' } },
    };
    const shipped = { nl, tr: async () => ({}) };
    expect(await catalogProblems({ own, shipped }, 'pl')).to.deep.equal(['pl is not shipped']);
    expect(await catalogProblems({ own, shipped }, 'tr')).to.deep.equal([
      'greeting: missing',
      'items: missing',
    ]);
    const loaded = { nl, tr: async () => own.tr };
    expect(await catalogProblems({ own, shipped: loaded }, 'tr')).to.deep.equal([
      'greeting: none for {name}',
      'items: tr has no plural form "few"',
    ]);
  });
});

describe('i18n: translator', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it("follows the component's own lang first", async () => {
    document.documentElement.setAttribute('lang', 'nl');
    const el = await fixture<KitTestForm>(
      html`<vangnet-kit-test-form lang="en"></vangnet-kit-test-form>`,
    );
    expect(el.t.lang).to.equal('en');
    expect(el.shadowRoot!.textContent).to.contain('Step 1 of 4');
    expect(el.shadowRoot!.textContent).to.contain('Not for emergencies');
  });

  it("else the page's <html lang>, and follows it when it changes", async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
    expect(el.t.lang).to.equal('en');
    document.documentElement.setAttribute('lang', 'nl');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Stap 1 van 4');
    expect(el.shadowRoot!.querySelector('.root')?.getAttribute('lang')).to.equal('nl');
  });

  it('falls back to Dutch for a language the component does not ship, and for no lang at all', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const french = await fixture<KitTestForm>(
      html`<vangnet-kit-test-form></vangnet-kit-test-form>`,
    );
    expect(french.t.lang).to.equal('nl');
    document.documentElement.removeAttribute('lang');
    const none = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
    expect(none.t.lang).to.equal('nl');
    expect(none.t.dir).to.equal('ltr');
  });

  it('writes Arabic right to left and picks plural forms per language', async () => {
    const el = await fixture<KitTestForm>(
      html`<vangnet-kit-test-form lang="ar"></vangnet-kit-test-form>`,
    );
    expect(el.t.dir).to.equal('rtl');
    // The test form does not ship Polish: a Polish page gets the whole form in Dutch.
    el.setAttribute('lang', 'pl');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(el.t.lang).to.equal('nl');

    const kitOnly = await fixture<KitMessagesOnly>(
      html`<vangnet-kit-messages-only lang="pl"></vangnet-kit-messages-only>`,
    );
    // Polish is loaded on first use: Dutch until it arrives.
    expect(kitOnly.t.lang).to.equal('nl');
    await kitOnly.t.ready;
    expect(kitOnly.t.lang).to.equal('pl');
    expect(kitOnly.t.msg('counter.remaining', { count: 3 })).to.equal('Zostały 3 znaki');
    expect(kitOnly.t.msg('counter.remaining', { count: 5 })).to.equal('Zostało 5 znaków');
    kitOnly.setAttribute('lang', 'nl');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(kitOnly.t.msg('counter.remaining', { count: 1 })).to.equal('Nog 1 teken over');
    expect(kitOnly.t.msg('summary.title', { count: 2 })).to.equal(
      'Er zijn 2 dingen niet goed ingevuld',
    );
  });
});

/** A greeting whose Turkish comes from a loader the test controls. */
let loadTurkish: () => Promise<Partial<Catalog<'greeting'>>> = async () => ({});
class LazyGreeting extends LitElement {
  readonly t = new Translator<'greeting'>(this, {
    nl: { greeting: 'Hallo' },
    tr: () => loadTurkish(),
  });
  override render() {
    return html`<p lang=${this.t.lang}>${this.t.msg('greeting')}</p>`;
  }
}
customElements.define('vangnet-lazy-greeting', LazyGreeting);

describe('i18n: languages loaded on first use', () => {
  const shown = (el: LazyGreeting) => el.shadowRoot?.querySelector('p')?.textContent;

  it('shows Dutch until the language arrives, then re-renders in it', async () => {
    let arrive: (catalog: Partial<Catalog<'greeting'>>) => void = () => {};
    loadTurkish = () => new Promise((resolve) => (arrive = resolve));
    const el = await fixture<LazyGreeting>(
      html`<vangnet-lazy-greeting lang="tr"></vangnet-lazy-greeting>`,
    );
    expect(shown(el)).to.equal('Hallo');
    arrive({ greeting: 'Merhaba' });
    await el.t.ready;
    await el.updateComplete;
    expect(shown(el)).to.equal('Merhaba');
    expect(el.shadowRoot?.querySelector('p')?.getAttribute('lang')).to.equal('tr');
  });

  it('stays in Dutch and tells the webmaster when a language cannot be loaded', async () => {
    loadTurkish = () => Promise.reject(new TypeError('Failed to fetch'));
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const el = await fixture<LazyGreeting>(
        html`<vangnet-lazy-greeting lang="tr"></vangnet-lazy-greeting>`,
      );
      await el.t.ready;
      await el.updateComplete;
      expect(shown(el)).to.equal('Hallo');
      expect(el.t.lang).to.equal('nl');
      expect(errors).to.have.length(1);
      expect(String(errors[0]?.[0])).to.contain('"tr"');
      // Asked again for the same language, it does not fetch and complain on every update.
      el.setAttribute('lang', 'tr');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.t.ready;
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });
});

describe('i18n: dates and times in Europe/Amsterdam', () => {
  it('shows a calendar date as that date, whatever the zone', () => {
    expect(formatDate('nl', '2009-03-14')).to.equal('14 maart 2009');
    expect(formatDate('en', '2009-03-14')).to.equal('14 March 2009');
    expect(
      formatDate('nl', '2009-01-01', { day: '2-digit', month: '2-digit', year: 'numeric' }),
    ).to.equal('01-01-2009');
  });

  it('shows moments in Amsterdam time, summer and winter', () => {
    // 23:30 UTC on 24 November is 00:30 the next day in Amsterdam (UTC+1).
    expect(formatTime('nl', '2026-11-24T23:30:00Z')).to.equal('00:30');
    expect(formatDate('nl', '2026-11-24T23:30:00Z')).to.equal('25 november 2026');
    // Summer time (UTC+2).
    expect(formatTime('nl', '2026-07-01T08:00:00Z')).to.equal('10:00');
  });
});
