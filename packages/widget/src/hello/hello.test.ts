import { expect, fixture, html } from '@open-wc/testing';
import '@vangnet/widget';

describe('vangnet-hello', () => {
  it('renders its greeting', async () => {
    const el = await fixture(html`<vangnet-hello name="wereld"></vangnet-hello>`);
    expect(el.shadowRoot?.textContent).to.contain('Hallo wereld');
  });
});
