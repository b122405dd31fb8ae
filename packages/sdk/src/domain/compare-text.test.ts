import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareText } from '@vangnet/sdk';
import { caselessKey } from './compare-text.ts';
import { compareTextMismatches, textsToCompare } from './compare-text.cases.ts';

describe('compareText in Node', () => {
  it('orders every pair as Intl.Collator does, with and without case and numbers', () => {
    assert.deepEqual(compareTextMismatches(['nl', 'en', 'tr', 'pl', 'ar', 'de']), []);
  });

  it('sorts by caseless keys as it compares without case', () => {
    const options = { language: 'nl', caseless: true, numeric: true } as const;
    const keyed = textsToCompare.filter((text) => caselessKey(text, options) !== undefined);
    assert.ok(keyed.length > 50, 'most texts have a key');
    for (const a of keyed)
      for (const b of keyed) {
        const [keyA, keyB] = [caselessKey(a, options)!, caselessKey(b, options)!];
        assert.equal(keyA < keyB ? -1 : keyA > keyB ? 1 : 0, Math.sign(compareText(a, b, options)));
      }
  });

  it('leaves texts outside the plain order to a collator', () => {
    assert.equal(caselessKey('Ελλάδα', { language: 'nl' }), undefined);
    assert.equal(caselessKey('Straße', { language: 'nl' }), undefined);
    assert.equal(caselessKey('Educe', { language: 'tr' }), undefined);
    assert.equal(
      caselessKey('Educé', { language: 'nl' }),
      caselessKey('educe', { language: 'nl' }),
    );
  });
});
