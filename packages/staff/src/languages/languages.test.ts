// Every text set of the workspace in every language: the same keys as the Dutch reference, none
// empty, the same placeholders (like the widgets' completeness check). And the translators speak
// Dutch until a language's chunk has arrived, then that language, with values isolated in Arabic.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as workspace from '../messages.ts';
import * as agenda from '../sections/agenda/agenda.messages.ts';
import * as callbacks from '../sections/callbacks/callbacks.messages.ts';
import * as monitoring from '../sections/monitoring/monitoring.messages.ts';
import * as outbox from '../sections/outbox/outbox.messages.ts';
import { longDate, momentOf } from '../sections/agenda/agenda-format.ts';
import { staffLanguageOf, type LanguageTexts, type TextSetName } from '../translate.ts';
import { texts as ar } from './ar.ts';
import { texts as tr } from './tr.ts';
import { texts as pl } from './pl.ts';
import { loadLanguage } from './load.ts';

type Texts = Readonly<Record<string, string>>;

const reference: Record<TextSetName, { nl: Texts; en: Texts }> = {
  workspace,
  agenda,
  callbacks,
  monitoring,
  outbox,
};
const loaded: Record<string, LanguageTexts> = { ar, tr, pl };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** What a translator still has to do for one text set in one language. */
function problems(nl: Texts, other: Texts): string[] {
  const found: string[] = [];
  for (const [key, dutch] of Object.entries(nl)) {
    const text = other[key];
    if (text === undefined || text.trim() === '') found.push(`${key}: missing`);
    else if (placeholders(text).join() !== placeholders(dutch).join())
      found.push(
        `${key}: placeholders ${placeholders(text).join()} ≠ ${placeholders(dutch).join()}`,
      );
  }
  for (const key of Object.keys(other)) if (!(key in nl)) found.push(`${key}: not in Dutch`);
  return found;
}

describe('the workspace texts in every language', () => {
  for (const [name, { nl, en }] of Object.entries(reference)) {
    for (const [language, texts] of Object.entries({ en, ...loaded })) {
      const other = language === 'en' ? en : loaded[language]![name as TextSetName];
      it(`${name} in ${language}: every key, none empty, the same placeholders`, () => {
        assert.ok(Object.keys(nl).length > 10, `${name} has its Dutch texts`);
        assert.ok(texts, `${language} is shipped`);
        assert.deepEqual(problems(nl, other), []);
      });
    }
  }

  it('the check finds a missing key, an empty text and a changed placeholder', () => {
    const nl = { a: 'Open {reference}', b: 'Terug', c: 'Bevestigen' };
    assert.deepEqual(problems(nl, { a: 'Open {ref}', b: ' ', d: 'x' }), [
      'a: placeholders ref ≠ reference',
      'b: missing',
      'c: missing',
      'd: not in Dutch',
    ]);
  });

  it('keeps the product names and the reference placeholder in every language', () => {
    for (const texts of Object.values(loaded)) {
      assert.match(texts.workspace['app.title']!, /Vangnet/);
      assert.match(texts.monitoring['chart.title']!, /Pluscoaching/);
      assert.match(texts.workspace['detail.title']!, /\{reference\}/);
    }
  });
});

describe('the workspace translators', () => {
  it('speak Dutch for a language they do not know, English for en-GB', () => {
    assert.equal(staffLanguageOf('en-GB'), 'en');
    assert.equal(staffLanguageOf('AR'), 'ar');
    assert.equal(staffLanguageOf('fr'), 'nl');
    assert.equal(workspace.translator('fr').msg('nav.referrals'), 'Aanmeldingen');
    assert.equal(workspace.translator('en').msg('nav.referrals'), 'Referrals');
  });

  it('speak Dutch until the language has arrived, then the language in every text set', async () => {
    assert.equal(workspace.translator('tr').lang, 'nl');
    assert.equal(workspace.translator('tr').msg('nav.referrals'), 'Aanmeldingen');
    await loadLanguage('tr');
    assert.equal(workspace.translator('tr').lang, 'tr');
    assert.equal(workspace.translator('tr').msg('nav.referrals'), 'Başvurular');
    assert.equal(agenda.agendaTranslator('tr').msg('title'), 'Ajanda');
    assert.equal(
      workspace.translator('tr').msg('detail.title', { reference: 'VN-R-7K3M9Q' }),
      'Başvuru VN-R-7K3M9Q',
    );
  });

  it('isolate each value in Arabic, so a reference or a time keeps its order', async () => {
    await loadLanguage('ar');
    const t = workspace.translator('ar');
    assert.equal(t.lang, 'ar');
    assert.equal(
      t.msg('detail.title', { reference: 'VN-R-7K3M9Q' }),
      'الطلب \u2068VN-R-7K3M9Q\u2069',
    );
    assert.equal(
      agenda.agendaTranslator('ar').msg('day.open', { hours: '09:00–12:00' }),
      'مفتوح: \u206809:00–12:00\u2069',
    );
  });

  it("write dates in the chosen language's words, in Amsterdam", () => {
    assert.equal(longDate('tr', '2026-12-07'), '7 Aralık 2026 Pazartesi');
    assert.equal(longDate('pl', '2026-12-07'), 'poniedziałek, 7 grudnia 2026');
    // 23:30 UTC on 6 December is already Monday 7 December in Amsterdam.
    assert.equal(momentOf('pl', '2026-12-06T23:30:00Z'), 'poniedziałek, 7 grudnia, 00:30');
    assert.equal(momentOf('ar', '2026-12-06T23:30:00Z').endsWith('00:30'), true);
    assert.equal(longDate('nl', '2026-12-07'), 'maandag 7 december 2026');
  });
});
