// Each component's own reservation against its first view, in every language it ships, at the
// narrowest width of each range (the viewport minus 1rem of page padding on each side): the view
// must fit, and on a laptop the reservation must not be taller than the view needs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { demoPartnerKey } from '@vangnet/api-mock';
import '@vangnet/widget/define';
import { bookingCatalogs } from '../../../packages/widget/src/booking-form/messages.ts';
import { finderCatalogs } from '../../../packages/widget/src/organisation-finder/messages.ts';
import { referralCatalogs } from '../../../packages/widget/src/referral-form/messages.ts';
import { startMock } from '../../../packages/widget/src/core/testing/mock.ts';
import { nextFrames } from '../../../packages/widget/src/core/testing/test-support.ts';
import { componentReservations } from './embed-snippet.ts';

const referralForm = {
  tag: 'vangnet-referral-form',
  languages: Object.keys(referralCatalogs),
  ready: (root: ShadowRoot) => root.querySelector('form') !== null,
};

const components: readonly {
  tag: string;
  attributes?: Record<string, string>;
  languages: readonly string[];
  ready: (root: ShadowRoot) => boolean;
}[] = [
  referralForm,
  // Starts at the referrer's details; the same height for either service.
  { ...referralForm, attributes: { service: 'pluscoaching', municipality: 'delft' } },
  { ...referralForm, attributes: { service: 'absenteeism', municipality: 'westland' } },
  {
    tag: 'vangnet-booking-form',
    languages: Object.keys(bookingCatalogs),
    ready: (root: ShadowRoot) => root.querySelector('input') !== null,
  },
  {
    tag: 'vangnet-organisation-finder',
    languages: Object.keys(finderCatalogs),
    ready: (root: ShadowRoot) =>
      /\d/.test(root.querySelector('[part~="count"]')?.textContent ?? ''),
  },
];

/** The viewport at the start of each range, and the range's name in a `Reservation`. */
const ranges = [
  { viewport: 360, range: 'narrow' },
  { viewport: 768, range: 'medium' },
  { viewport: 1280, range: 'wide' },
] as const;

/** On a laptop the reservation may exceed the tallest first view by less than this (px). */
const DESKTOP_SLACK = 8;

describe("each component's reservation against its first view", () => {
  before(() => startMock());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const { tag, attributes = {}, languages, ready } of components) {
    const preset = Object.entries(attributes)
      .map(([name, value]) => `[${name}="${value}"]`)
      .join('');
    it(`${tag}${preset}: the first view fits in every language (${languages.join(', ')}); not more on a laptop`, async () => {
      const key =
        tag +
        Object.keys(attributes)
          .map((name) => `[${name}]`)
          .join('');
      const reservation = componentReservations[key]!;
      const tallest: Record<string, number> = {};
      for (const lang of languages) {
        const box = await fixture<HTMLElement>(html`<div></div>`);
        const element = document.createElement(tag);
        element.setAttribute('api', location.origin);
        element.setAttribute('partner-key', demoPartnerKey);
        element.setAttribute('lang', lang);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        box.append(element);
        await waitUntil(
          () =>
            element.shadowRoot?.querySelector(`.root[lang="${lang}"]`) && ready(element.shadowRoot),
          `${tag} not ready in ${lang}`,
          { timeout: 10_000 },
        );
        for (const { viewport, range } of ranges) {
          await setViewport({ width: viewport, height: 900 });
          box.style.inlineSize = `${viewport - 32}px`;
          element.style.removeProperty('--vangnet-reserved-height');
          await nextFrames(1);
          const reserved = getComputedStyle(element).minBlockSize;
          expect(reserved, `${range} reservation`).to.equal(`${reservation[range] * 16}px`);
          // The view's own height: the same element without its reservation.
          element.style.setProperty('--vangnet-reserved-height', '0px');
          await nextFrames(1);
          const height = element.getBoundingClientRect().height;
          expect(height, `${lang} at ${viewport} px`).to.be.at.most(reservation[range] * 16);
          tallest[range] = Math.max(tallest[range] ?? 0, height);
        }
      }
      expect(reservation.wide * 16 - tallest['wide']!, 'room to spare at 1280 px').to.be.below(
        DESKTOP_SLACK,
      );
    });
  }
});
