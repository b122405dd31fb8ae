import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoCatalog } from '@vangnet/api-mock';
import '../provider/define.ts';
import type { VangnetProvider } from '../provider/provider.ts';
import './testing/test-element.ts';
import type { VangnetTestElement } from './testing/test-element.ts';
import {
  breakApi,
  countCatalogRequests,
  demoPartnerKey,
  startMock,
  worker,
} from './testing/mock.ts';
import { captureConsole } from './testing/test-support.ts';
import { forgetClients } from './client-cache.ts';

const api = location.origin;
const text = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const ready = (element: VangnetTestElement) =>
  waitUntil(() => text(element).includes(demoCatalog.region.name), 'not ready', { timeout: 5000 });

describe('VangnetConnection', () => {
  before(() => startMock());
  afterEach(() => {
    worker.resetHandlers();
    forgetClients();
  });

  it('a component alone connects with its own api and partner-key', async () => {
    const element = await fixture<VangnetTestElement>(
      html`<vangnet-test-element api=${api} partner-key=${demoPartnerKey}></vangnet-test-element>`,
    );
    await ready(element);
    expect(text(element)).to.contain(demoCatalog.region.name);
  });

  it('a provider shares one client and one catalog with three components', async () => {
    const requests = countCatalogRequests();
    const provider = await fixture<VangnetProvider>(html`
      <vangnet-provider api=${api} partner-key=${demoPartnerKey}>
        <vangnet-test-element></vangnet-test-element>
        <section><vangnet-test-element></vangnet-test-element></section>
        <vangnet-test-element></vangnet-test-element>
      </vangnet-provider>
    `);
    const elements = [...provider.querySelectorAll('vangnet-test-element')];
    await Promise.all(elements.map(ready));
    requests.stop();
    expect(requests.count).to.equal(1);
    const clients = new Set(elements.map((element) => element['connection'].client));
    expect(clients.size).to.equal(1);
    expect([...clients][0]).to.equal(provider.client);
  });

  it('a wrong attribute gives a visible message and one console.error naming it', async () => {
    const console = captureConsole();
    try {
      const element = await fixture<VangnetTestElement>(
        html`<vangnet-test-element
          api="ftp://x"
          partner-key=${demoPartnerKey}
        ></vangnet-test-element>`,
      );
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      expect(text(element)).to.contain('kan nu niet worden getoond');
      expect(text(element)).to.contain('api');
      expect(console.errors).to.have.length(1);
      expect(console.errors[0]).to.contain('"api"');
    } finally {
      console.restore();
    }
  });

  it('keeps the fallback content visible when the API is unreachable', async () => {
    breakApi();
    const element = await fixture<VangnetTestElement>(
      html`<vangnet-test-element api=${api} partner-key=${demoPartnerKey}
        ><a href="tel:+31600000000">06 00000000</a></vangnet-test-element
      >`,
    );
    await waitUntil(() => text(element).includes('niet bereikbaar'), 'no message', {
      timeout: 15000,
    });
    const slot = element.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]?.textContent).to.equal('06 00000000');
    expect(element.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
