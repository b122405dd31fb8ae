import { expect } from '@open-wc/testing';
import { missingKeys } from '../i18n/index.ts';
import { bookingOwnCatalogs } from './messages/index.ts';

describe('<vangnet-booking-form>: messages', () => {
  for (const [language, catalog] of Object.entries(bookingOwnCatalogs)) {
    it(`has every message in ${language}`, () => {
      expect(missingKeys(bookingOwnCatalogs.nl, catalog)).to.deep.equal([]);
    });
  }

  it('keeps the placeholders of every Dutch message in every language', () => {
    const placeholders = (message: unknown) =>
      [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const catalog of Object.values(bookingOwnCatalogs)) {
      for (const [key, message] of Object.entries(bookingOwnCatalogs.nl)) {
        const own = new Set(placeholders((catalog as Record<string, unknown>)[key]));
        for (const name of new Set(placeholders(message))) {
          if (name !== 'count') expect(own.has(name), `${key} {${name}}`).to.equal(true);
        }
      }
    }
  });
});
