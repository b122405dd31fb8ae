import './define.ts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoCatalog } from '@vangnet/api-mock';
import '../core/testing/test-element.ts';
import type { VangnetTestElement } from '../core/testing/test-element.ts';
import { demoPartnerKey, startMock } from '../core/testing/mock.ts';
import { captureConsole } from '../core/testing/test-support.ts';
import { forgetClients } from '../core/index.ts';
import { VangnetProvider } from './provider.ts';

const text = (element: Element) => element.shadowRoot?.textContent ?? '';
const ready = (element: Element) =>
  waitUntil(() => text(element).includes(demoCatalog.region.name), 'not ready', { timeout: 5000 });
const connection = (element: Element) => (element as VangnetTestElement)['connection'];

describe('<vangnet-provider>', () => {
  before(() => startMock());
  afterEach(() => forgetClients());

  it('hands its clock and language to the components', async () => {
    const provider = await fixture<VangnetProvider>(html`
      <vangnet-provider api=${location.origin} partner-key=${demoPartnerKey} lang="en">
        <vangnet-test-element></vangnet-test-element>
      </vangnet-provider>
    `);
    const fixed = new Date('2026-03-02T08:00:00Z');
    provider.now = () => fixed;
    const element = provider.querySelector('vangnet-test-element')!;
    await ready(element);
    await element.updateComplete;
    expect(connection(element).now()).to.equal(fixed);
    expect(connection(element).lang).to.equal('en');
    // The component's own clock wins.
    const own = new Date('2030-01-01T00:00:00Z');
    element.now = () => own;
    expect(connection(element).now()).to.equal(own);
  });

  it('switching its lang keeps the components ready and changes their language', async () => {
    const provider = await fixture<VangnetProvider>(html`
      <vangnet-provider api=${location.origin} partner-key=${demoPartnerKey}>
        <vangnet-test-element></vangnet-test-element>
      </vangnet-provider>
    `);
    const element = provider.querySelector('vangnet-test-element')!;
    await ready(element);
    provider.setAttribute('lang', 'en');
    await provider.updateComplete;
    await element.updateComplete;
    expect(connection(element).lang).to.equal('en');
    expect(connection(element).status).to.equal('ready');
    expect(element.shadowRoot!.querySelector('[part="placeholder"]')).to.equal(null);
  });

  it("a component's own api and partner-key win over the provider's", async () => {
    const console = captureConsole();
    const provider = await fixture<VangnetProvider>(html`
      <vangnet-provider api=${location.origin} partner-key=${demoPartnerKey}>
        <vangnet-test-element api="not-a-url" partner-key="x"></vangnet-test-element>
      </vangnet-provider>
    `);
    const element = provider.querySelector('vangnet-test-element')!;
    await element.updateComplete;
    console.restore();
    expect(connection(element).status).to.equal('invalid');
    expect(console.errors).to.have.length(1);
    expect(console.errors[0]).to.contain('<vangnet-test-element>');
  });

  it('is defined once, however often its module is loaded', async () => {
    await import('./define.ts');
    await import('./define.ts?again' as string).catch(() => undefined);
    expect(customElements.get('vangnet-provider')).to.equal(VangnetProvider);
  });

  it('debug logs what it does, never the partner key', async () => {
    const console = captureConsole();
    const provider = await fixture<VangnetProvider>(html`
      <vangnet-provider debug api=${location.origin} partner-key=${demoPartnerKey}>
        <vangnet-test-element debug></vangnet-test-element>
      </vangnet-provider>
    `);
    await ready(provider.querySelector('vangnet-test-element')!);
    console.restore();
    const logged = JSON.stringify(console.infos);
    expect(logged).to.contain('[vangnet-provider] catalog loaded');
    expect(logged).to.contain('[vangnet-test-element] status connecting → ready');
    expect(logged).not.to.contain(demoPartnerKey);
  });
});
