// Its own file: the provider must not be defined when the page starts.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { demoCatalog } from '@vangnet/api-mock';
import '../core/testing/test-element.ts';
import type { VangnetTestElement } from '../core/testing/test-element.ts';
import { countCatalogRequests, demoPartnerKey, startMock } from '../core/testing/mock.ts';
import { VangnetProvider } from './provider.ts';

const ready = (element: Element) =>
  waitUntil(() => element.shadowRoot?.textContent?.includes(demoCatalog.region.name), 'not ready', {
    timeout: 5000,
  });
const connection = (element: Element) => (element as VangnetTestElement)['connection'];

describe('<vangnet-provider> defined after its components', () => {
  before(() => startMock());

  it('serves components defined and placed before the provider itself is defined', async () => {
    const requests = countCatalogRequests();
    const page = fixtureSync(
      html`<div>
        <vangnet-provider api=${location.origin} partner-key=${demoPartnerKey}>
          <vangnet-test-element></vangnet-test-element>
          <vangnet-test-element></vangnet-test-element>
          <vangnet-test-element></vangnet-test-element>
        </vangnet-provider>
      </div>`,
    );
    const elements = [...page.querySelectorAll<VangnetTestElement>('vangnet-test-element')];
    await Promise.all(elements.map((element) => element.updateComplete));
    // Connecting, waiting for a provider that is not there yet: placeholders, no errors.
    expect(elements.every((e) => e.shadowRoot!.querySelector('[part="placeholder"]'))).to.equal(
      true,
    );
    customElements.define('vangnet-provider', VangnetProvider);
    await Promise.all(elements.map(ready));
    requests.stop();
    expect(requests.count).to.equal(1);
    expect(new Set(elements.map((e) => connection(e).client)).size).to.equal(1);
  });
});
