import { expect } from '@open-wc/testing';
import { compareTextMismatches } from './compare-text.cases.ts';

describe('compareText in Chromium', () => {
  it('orders every pair as the browser’s Intl.Collator does, in every shipped language', () => {
    expect(compareTextMismatches(['nl', 'en', 'tr', 'pl', 'ar'])).to.deep.equal([]);
  });
});
