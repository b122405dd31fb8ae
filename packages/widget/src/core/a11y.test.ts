import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '../test-utils/axe.ts';
import './testing/test-element.ts';
import type { VangnetTestElement } from './testing/test-element.ts';
import { breakApi, demoPartnerKey, startMock, worker } from './testing/mock.ts';
import { captureConsole } from './testing/test-support.ts';
import { forgetClients } from './client-cache.ts';

describe('the shared states are accessible', () => {
  before(() => startMock());
  afterEach(() => {
    worker.resetHandlers();
    forgetClients();
  });

  it('loading: a status that is announced, axe clean', async () => {
    const element = await fixture<VangnetTestElement>(
      html`<vangnet-test-element
        api=${location.origin}
        partner-key=${demoPartnerKey}
      ></vangnet-test-element>`,
    );
    const status = element.shadowRoot!.querySelector('[part="placeholder"] [role="status"]');
    expect(status?.textContent).to.equal('Bezig met laden…');
    await expectNoAxeViolations(element);
  });

  it('a wrong attribute: axe clean, with the fallback link', async () => {
    const console = captureConsole();
    const element = await fixture<VangnetTestElement>(
      html`<vangnet-test-element service="x"><a href="/contact">Contact</a></vangnet-test-element>`,
    );
    console.restore();
    await expectNoAxeViolations(element);
  });

  it('unreachable: "try again" is a real button, reachable by keyboard, axe clean', async () => {
    breakApi();
    const element = await fixture<VangnetTestElement>(
      html`<vangnet-test-element
        api=${location.origin}
        partner-key=${demoPartnerKey}
      ></vangnet-test-element>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('[part="retry"]'), 'no retry', {
      timeout: 15000,
    });
    const retry = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.focus();
    expect(element.shadowRoot!.activeElement).to.equal(retry);
    expect(retry.textContent).to.equal('Opnieuw proberen');
    await expectNoAxeViolations(element);
  });
});
