// The embed snippet is printed in several places; each copy must reserve what the components
// reserve themselves, or a page that copied it shifts when the component takes over.
import { expect } from '@open-wc/testing';
import { cssIn, expectedReservations, reservationsIn, snippetFor } from './embed-snippet.ts';

const booking = ['vangnet-booking-form'];
const all = ['vangnet-booking-form', 'vangnet-referral-form', 'vangnet-organisation-finder'];

const copies: readonly { path: string; tags: readonly string[] }[] = [
  { path: '/README.md', tags: booking },
  { path: '/docs/guides/getting-started.md', tags: all },
  { path: '/docs/guides/nl/aan-de-slag.md', tags: all },
  { path: '/examples/examples.css', tags: all },
  { path: '/examples/plain.css', tags: booking },
  { path: '/docs/demo/site.css', tags: all },
  {
    path: '/docs/guides/components/referral-form.md',
    tags: ['vangnet-referral-form[service][municipality]'],
  },
];

describe('the embed snippet in the docs and examples', () => {
  for (const { path, tags } of copies) {
    it(`${path} reserves what the components reserve themselves`, async () => {
      const found = reservationsIn(await cssIn(path));
      expect(found, `${path} should say:\n${snippetFor(tags)}\n`).to.deep.equal(
        expectedReservations(tags),
      );
    });
  }

  it('the check reads every width and notices a wrong or missing height', () => {
    const right = snippetFor(all);
    expect(reservationsIn(right)).to.deep.equal(expectedReservations(all));
    const wrongWide = right.replace(
      /(@media \(min-width: 80em\)[\s\S]*?min-height: )[\d.]+rem/,
      (_, head: string) => `${head}9rem`,
    );
    expect(reservationsIn(wrongWide)).not.to.deep.equal(expectedReservations(all));
    const noDisplay = right.replace('display: block;', '');
    expect(reservationsIn(noDisplay)).not.to.deep.equal(expectedReservations(all));
    const otherBreakpoint = right.replace('(min-width: 48em)', '(min-width: 40em)');
    expect(reservationsIn(otherBreakpoint)).not.to.deep.equal(expectedReservations(all));
  });
});
