import { expect, fixture, html } from '@open-wc/testing';
import '../test-utils/kit-test-form.ts';
import { expectNoAxeViolations } from '../test-utils/axe.ts';

describe('kit smoke', () => {
  it('renders and is axe clean', async () => {
    const el = await fixture(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
    expect(el.shadowRoot?.textContent).to.contain('Stap 1 van 4');
    await expectNoAxeViolations(el);
  });
});
