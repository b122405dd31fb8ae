// Its own file: `<vangnet-provider>` is never defined on this page.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../core/testing/test-element.ts';
import type { VangnetTestElement } from '../core/testing/test-element.ts';
import { demoPartnerKey } from '../core/testing/mock.ts';
import { captureConsole } from '../core/testing/test-support.ts';
import { VangnetConnection } from '../core/index.ts';

describe('<vangnet-provider> whose script never loads', () => {
  it('the components say so, once, instead of waiting forever', async () => {
    const wait = VangnetConnection.providerWait;
    VangnetConnection.providerWait = 50;
    const console = captureConsole();
    try {
      const page = fixtureSync(
        html`<div>
          <vangnet-provider api=${location.origin} partner-key=${demoPartnerKey}>
            <vangnet-test-element></vangnet-test-element>
          </vangnet-provider>
        </div>`,
      );
      const element = page.querySelector<VangnetTestElement>('vangnet-test-element')!;
      await element.updateComplete;
      await waitUntil(() => element.shadowRoot!.textContent!.includes('is niet geladen'));
      expect(console.errors).to.deep.equal([
        '<vangnet-test-element>: <vangnet-provider> is not defined; expected ' +
          "vangnet-provider's script (or api and partner-key on this component itself).",
      ]);
    } finally {
      console.restore();
      VangnetConnection.providerWait = wait;
    }
  });
});
