import { expect } from '@open-wc/testing';
import { missingKeys } from '../i18n/index.ts';
import { en } from './messages/en.ts';
import { nl } from './messages/nl.ts';

describe('finder messages', () => {
  it('English has every Dutch message', () => {
    expect(missingKeys(nl, en)).to.deep.equal([]);
  });

  it('every plural message has the forms Dutch and English need', () => {
    for (const catalog of [nl, en]) {
      for (const [key, message] of Object.entries(catalog)) {
        if (typeof message === 'string') continue;
        expect(message, key).to.have.keys('one', 'other');
      }
    }
  });
});
