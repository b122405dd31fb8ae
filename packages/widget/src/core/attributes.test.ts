import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { demoCatalog } from '@vangnet/api-mock';
import '../provider/define.ts';
import './testing/test-element.ts';
import type { VangnetTestElement } from './testing/test-element.ts';
import { demoPartnerKey, startMock } from './testing/mock.ts';
import { captureConsole } from './testing/test-support.ts';
import { forgetClients } from './client-cache.ts';

const api = location.origin;
const text = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Each wrong configuration, the attribute it names, and the words shown. */
const cases: { name: string; attributes: Record<string, string>; attribute: string }[] = [
  { name: 'api missing', attributes: { 'partner-key': demoPartnerKey }, attribute: 'api' },
  {
    name: 'api not http(s)',
    attributes: { api: 'javascript:alert(1)', 'partner-key': demoPartnerKey },
    attribute: 'api',
  },
  {
    name: 'api not a URL',
    attributes: { api: 'api.example.org', 'partner-key': demoPartnerKey },
    attribute: 'api',
  },
  { name: 'partner-key empty', attributes: { api, 'partner-key': '  ' }, attribute: 'partner-key' },
  { name: 'partner-key missing', attributes: { api }, attribute: 'partner-key' },
  {
    name: 'lang unknown',
    attributes: { api, 'partner-key': demoPartnerKey, lang: 'xx' },
    attribute: 'lang',
  },
  {
    name: 'lang malformed',
    attributes: { api, 'partner-key': demoPartnerKey, lang: 'n l' },
    attribute: 'lang',
  },
  {
    name: 'service not an option',
    attributes: { api, 'partner-key': demoPartnerKey, service: 'x' },
    attribute: 'service',
  },
  {
    name: 'municipality not in the catalog',
    attributes: { api, 'partner-key': demoPartnerKey, municipality: 'atlantis' },
    attribute: 'municipality',
  },
];

async function place(attributes: Record<string, string>): Promise<VangnetTestElement> {
  const element = document.createElement('vangnet-test-element');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(
    Object.assign(document.createElement('a'), { href: '/contact', textContent: 'Contact' }),
  );
  return fixture<VangnetTestElement>(element);
}

describe('attribute validation', () => {
  before(() => startMock());
  afterEach(() => forgetClients());

  for (const { name, attributes, attribute } of cases) {
    it(`${name}: a polite message naming "${attribute}", one console.error, the fallback kept`, async () => {
      const console = captureConsole();
      try {
        const element = await place(attributes);
        await waitUntil(() => text(element).includes('niet worden getoond'), 'no message', {
          timeout: 5000,
        });
        // More renders must not repeat the console message.
        element.requestUpdate();
        await element.updateComplete;
        const problem = element.shadowRoot!.querySelector('[part="problem"]')!;
        expect(problem.getAttribute('role')).to.equal('status');
        expect(text(element)).to.contain(`het attribuut ${attribute} `);
        expect(console.errors).to.have.length(1);
        expect(console.errors[0]).to.contain(`"${attribute}"`);
        expect(console.errors[0]).not.to.contain(demoPartnerKey);
        const slot = element.shadowRoot!.querySelector('slot')!;
        expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Contact']);
      } finally {
        console.restore();
      }
    });
  }

  it('speaks English when the page does', async () => {
    const console = captureConsole();
    const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="en"></div>`);
    const element = document.createElement('vangnet-test-element');
    element.setAttribute('partner-key', 'k');
    wrapper.append(element);
    await element.updateComplete;
    console.restore();
    expect(text(element)).to.contain('This part of the page cannot be shown right now.');
    expect(text(element)).to.contain('the attribute api is missing');
  });

  it('recovers once the attribute is corrected', async () => {
    const console = captureConsole();
    const element = await place({ api, 'partner-key': demoPartnerKey, service: 'x' });
    element.setAttribute('service', 'absenteeism');
    await waitUntil(() => text(element).includes(demoCatalog.region.name), 'not ready', {
      timeout: 5000,
    });
    console.restore();
    expect(console.errors).to.have.length(1);
  });

  it('under a provider: the provider reports its wrong attribute once, the components say they are unavailable', async () => {
    const console = captureConsole();
    try {
      const provider = await fixture(html`
        <vangnet-provider api="nope" partner-key=${demoPartnerKey}>
          <vangnet-test-element></vangnet-test-element>
          <vangnet-test-element></vangnet-test-element>
        </vangnet-provider>
      `);
      const elements = [...provider.querySelectorAll('vangnet-test-element')];
      await Promise.all(elements.map((element) => element.updateComplete));
      await waitUntil(() => elements.every((e) => text(e).includes('niet worden getoond')));
      expect(text(provider)).to.contain('het attribuut api klopt niet');
      expect(text(elements[0]!)).to.contain('vangnet-provider');
      expect(console.errors).to.have.length(1);
      expect(console.errors[0]).to.match(/^<vangnet-provider>: the attribute "api"/);
    } finally {
      console.restore();
    }
  });
});
