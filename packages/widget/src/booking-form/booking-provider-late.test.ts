// Its own file: nothing but the booking form may be defined when the page starts. Through
// dist/vangnet.js the chunks run in the order they arrive, so the booking form can be defined and
// connected before `<vangnet-provider>` is, and before any other Vangnet element was constructed.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { demoPartnerKey, startMock } from '../core/testing/mock.ts';
import { VangnetProvider } from '../provider/provider.ts';
import './define.ts';
import { heading, root } from './booking-fixture.ts';

describe('<vangnet-booking-form> defined before its <vangnet-provider>', () => {
  before(() => startMock());

  it('shows its first step once the provider is defined after it', async () => {
    const page = fixtureSync(
      html`<div>
        <vangnet-provider api=${location.origin} partner-key=${demoPartnerKey}>
          <vangnet-booking-form municipality="den-haag"></vangnet-booking-form>
        </vangnet-provider>
      </div>`,
    );
    const form = page.querySelector('vangnet-booking-form')!;
    await form.updateComplete;
    // Connected and waiting for a provider that is not defined yet.
    expect(root(form).querySelector('h2.step-heading')).to.equal(null);
    customElements.define('vangnet-provider', VangnetProvider);
    await waitUntil(() => root(form).querySelector('h2.step-heading'), 'the form never loaded', {
      timeout: 5000,
    });
    expect(heading(form)).to.contain('Stap 1 van');
  });
});
