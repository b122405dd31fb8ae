import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { VangnetTestElement } from './testing/test-element.ts';
import { breakApi, demoPartnerKey, startMock, worker } from './testing/mock.ts';
import { forgetClients } from './client-cache.ts';

const visible = (element: Element) => element.getBoundingClientRect().height > 0;

describe('fallback content', () => {
  before(() => startMock());
  afterEach(() => {
    worker.resetHandlers();
    forgetClients();
  });

  it('shows before the element is defined, and again when the API is down for good', async () => {
    breakApi();
    const element = fixtureSync(html`
      <vangnet-late-element api=${location.origin} partner-key=${demoPartnerKey}>
        <p>Bel ons: <a href="tel:+31600000000">06 00000000</a></p>
      </vangnet-late-element>
    `);
    const link = element.querySelector('a')!;
    expect(element.shadowRoot).to.equal(null);
    expect(visible(link)).to.equal(true);

    customElements.define('vangnet-late-element', class extends VangnetTestElement {});
    const upgraded = element as VangnetTestElement;
    await upgraded.updateComplete;
    // While connecting: a placeholder of the reserved height instead.
    expect(upgraded.shadowRoot!.querySelector('[part="placeholder"]')).not.to.equal(null);

    await waitUntil(() => upgraded.shadowRoot!.querySelector('[part="retry"]'), 'no retry', {
      timeout: 15000,
    });
    expect(visible(link)).to.equal(true);
    expect(upgraded.shadowRoot!.textContent).to.contain('niet bereikbaar');
  });

  it('"try again" connects once the API is back', async () => {
    breakApi();
    const element = await fixture<VangnetTestElement>(
      html`<vangnet-test-element api=${location.origin} partner-key=${demoPartnerKey}
        ><a href="/contact">Contact</a></vangnet-test-element
      >`,
    );
    const retry = () => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
    await waitUntil(retry, 'no retry', { timeout: 15000 });
    worker.resetHandlers();
    retry()!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('.content'), 'not ready');
    expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
  });
});
