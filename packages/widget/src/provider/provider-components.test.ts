import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@vangnet/widget/define';
import type { VangnetProvider } from '@vangnet/widget';
import { countCatalogRequests, demoPartnerKey, startMock } from '../core/testing/mock.ts';
import { captureConsole } from '../core/testing/test-support.ts';
import { expectNoAxeViolations } from '../test-utils/axe.ts';

/** Each component's first view with data from the API. */
const shown: Record<string, (root: ShadowRoot) => Element | null> = {
  'vangnet-referral-form': (root) => root.querySelector('fieldset, form'),
  'vangnet-booking-form': (root) => root.querySelector('input'),
  'vangnet-organisation-finder': (root) => root.querySelector('[part~="result"]'),
};

describe('<vangnet-provider> with the three components', () => {
  before(() => startMock());

  it('serves all three with one client and one catalog request', async () => {
    const requests = countCatalogRequests();
    const console = captureConsole();
    const provider = await fixture<VangnetProvider>(html`
      <vangnet-provider api=${location.origin} partner-key=${demoPartnerKey}>
        <vangnet-organisation-finder></vangnet-organisation-finder>
        <vangnet-referral-form></vangnet-referral-form>
        <vangnet-booking-form municipality="den-haag"></vangnet-booking-form>
      </vangnet-provider>
    `);
    for (const [tag, view] of Object.entries(shown)) {
      const element = provider.querySelector(tag)!;
      await waitUntil(() => element.shadowRoot && view(element.shadowRoot), `${tag} not shown`, {
        timeout: 8000,
      });
    }
    requests.stop();
    console.restore();
    expect(console.errors).to.deep.equal([]);
    expect(requests.count).to.equal(1);
    expect(provider.client).not.to.equal(undefined);
    // Both forms on one page: each landmark's name says which form it belongs to (landmark-unique).
    await expectNoAxeViolations(provider);
  });
});
