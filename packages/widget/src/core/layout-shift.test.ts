import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { VangnetTestElement } from './testing/test-element.ts';
import { breakApi, demoPartnerKey, startMock, worker } from './testing/mock.ts';
import { bringToFront, measureLayoutShift, nextFrames } from './testing/test-support.ts';
import { forgetClients } from './client-cache.ts';

// The embed snippet's rule, as the README gives it to webmasters.
const snippet = document.createElement('style');
snippet.textContent = ':not(:defined)[data-reserve] { display: block; min-height: 10rem; }';
document.head.append(snippet);

let count = 0;
/** A host page: text above, the element (not yet defined) and text below. */
async function hostPage(): Promise<{ tag: string; element: HTMLElement }> {
  const tag = `vangnet-shift-${++count}`;
  const page = fixtureSync(
    html`<main>
      <h1>Aanmelden</h1>
      <p>Tekst boven het onderdeel.</p>
      <div id="slot"></div>
      <p>Tekst onder het onderdeel, die niet mag verspringen.</p>
    </main>`,
  );
  const element = document.createElement(tag);
  element.dataset['reserve'] = '';
  element.setAttribute('api', location.origin);
  element.setAttribute('partner-key', demoPartnerKey);
  element.innerHTML = '<a href="/contact">Contact</a>';
  page.querySelector('#slot')!.append(element);
  await nextFrames(2);
  return { tag, element };
}

describe('layout shift (CLS) of the shared states', () => {
  before(() => startMock());
  beforeEach(() => bringToFront());
  afterEach(() => {
    worker.resetHandlers();
    forgetClients();
  });

  it('the measurement sees a shift when space is not reserved', async () => {
    const page = fixtureSync(
      html`<main>
        <div id="late"></div>
        <p>Tekst eronder.</p>
      </main>`,
    );
    await nextFrames(2);
    const shift = await measureLayoutShift(async () => {
      page.querySelector('#late')!.append(
        Object.assign(document.createElement('div'), {
          style: 'height: 300px',
        }),
      );
    });
    expect(shift).to.be.greaterThan(0);
  });

  it('is 0 from before definition through loading to ready', async () => {
    const { tag, element } = await hostPage();
    const shift = await measureLayoutShift(async () => {
      customElements.define(tag, class extends VangnetTestElement {});
      await waitUntil(() => element.shadowRoot?.querySelector('.content'), 'not ready', {
        timeout: 5000,
      });
    });
    expect(shift).to.equal(0);
  });

  it('is 0 from before definition to "unreachable" with the fallback', async () => {
    breakApi();
    const { tag, element } = await hostPage();
    const shift = await measureLayoutShift(async () => {
      customElements.define(tag, class extends VangnetTestElement {});
      await waitUntil(() => element.shadowRoot?.querySelector('[part="retry"]'), 'no retry', {
        timeout: 15000,
      });
    });
    expect(shift).to.equal(0);
  });
});
