import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { demoCatalog } from '@vangnet/api-mock';
import './testing/test-element.ts';
import type { VangnetTestElement } from './testing/test-element.ts';
import { demoPartnerKey, startMock } from './testing/mock.ts';
import { captureConsole, simulatePageTranslation } from './testing/test-support.ts';

describe('a page-translation extension rewriting the text', () => {
  before(() => startMock());

  it('leaves the component working: it still changes state, renders and fires events', async () => {
    const console = captureConsole();
    const element = await fixture<VangnetTestElement>(
      html`<vangnet-test-element partner-key=${demoPartnerKey} service="x"
        ><a href="/contact">Contact</a></vangnet-test-element
      >`,
    );
    await element.updateComplete;
    // The problem message, and the fallback in the light DOM, get "translated".
    expect(simulatePageTranslation(element)).to.be.greaterThan(2);
    expect(element.shadowRoot!.textContent).to.contain('[');

    element.setAttribute('api', location.origin);
    element.setAttribute('service', 'pluscoaching');
    await waitUntil(() => element.shadowRoot!.querySelector('.content'), 'not ready', {
      timeout: 5000,
    });
    console.restore();
    expect(element.shadowRoot!.textContent).to.contain(demoCatalog.region.name);

    simulatePageTranslation(element);
    const heard = oneEvent(element, 'vangnet-step');
    element.shadowRoot!.querySelector('button')!.click();
    expect((await heard).detail.step).to.equal('review');
  });
});
