// The embed snippet's promise, per component: from before the element is defined until it shows
// its first view with data, nothing on the host page moves (CLS 0).
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { demoPartnerKey } from '@vangnet/api-mock';
import { startMock } from '../../../packages/widget/src/core/testing/mock.ts';
import {
  bringToFront,
  measureLayoutShift,
  nextFrames,
} from '../../../packages/widget/src/core/testing/test-support.ts';

// Each component with the height its embed snippet reserves (the same as its own
// `--vangnet-reserved-height`). A component joins this list once its first view fits that height.
const components = [
  {
    tag: 'vangnet-referral-form',
    reserve: '40rem',
    define: () => import('@vangnet/widget/referral-form'),
    ready: (root: ShadowRoot) => root.querySelector('form, fieldset'),
  },
  {
    tag: 'vangnet-booking-form',
    reserve: '35rem',
    define: () => import('@vangnet/widget/booking-form'),
    ready: (root: ShadowRoot) => root.querySelector('input'),
  },
  {
    tag: 'vangnet-organisation-finder',
    reserve: '51rem',
    define: () => import('@vangnet/widget/organisation-finder'),
    // The results themselves, not the grey cards that stand in for them while loading.
    ready: (root: ShadowRoot) => root.querySelector('[part~="result-button"]'),
  },
];

describe('layout shift of each component on a host page', () => {
  before(() => startMock());
  // Tall enough that the text below the component is on screen: shifts off screen do not count.
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 2400 });
    await bringToFront();
  });

  for (const { tag, reserve, define, ready } of components) {
    it(`${tag}: CLS 0 from before definition to its first view`, async () => {
      const style = document.createElement('style');
      style.textContent = `${tag}:not(:defined) { display: block; min-height: ${reserve}; }`;
      document.head.append(style);
      const page = fixtureSync(
        html`<main>
          <h1>Pagina</h1>
          <div id="here"></div>
          <p id="below">Tekst onder het onderdeel.</p>
        </main>`,
      );
      const element = document.createElement(tag);
      element.setAttribute('api', location.origin);
      element.setAttribute('partner-key', demoPartnerKey);
      element.innerHTML = '<a href="/contact">Contact</a>';
      page.querySelector('#here')!.append(element);
      await nextFrames(2);
      const shift = await measureLayoutShift(async () => {
        await define();
        await waitUntil(() => element.shadowRoot && ready(element.shadowRoot), 'not ready', {
          timeout: 8000,
        });
      });
      const below = page.querySelector('#below')!.getBoundingClientRect();
      expect(below.bottom, 'the text below is on screen').to.be.lessThan(innerHeight);
      expect(shift).to.equal(0);
    });
  }
});
