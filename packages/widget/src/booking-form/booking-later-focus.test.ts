// Its own file: the later part of the form (booking-later.ts) must not be in this page's module
// map before the test holds its request.
import { expect, waitUntil } from '@open-wc/testing';
import { createClient } from '@vangnet/sdk';
import { createMockApi, demoPartnerKey } from '@vangnet/api-mock';
import { deepActiveElement } from '../test-utils/keyboard.ts';
import { NOW, button, control, heading, root } from './booking-fixture.ts';
import { holdRequests, releaseRequests, unblockRequests } from '../test-utils/requests.ts';

/** Types into a field as `input` and `change` events, without waiting for the form's update. */
function enter(form: HTMLElement, label: string, value: string): void {
  const input = control(form, label);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('<vangnet-booking-form> whose later part arrives after the person went on', () => {
  afterEach(() => unblockRequests());

  it('moves focus to the heading of step 2 once its view is there', async () => {
    await holdRequests(['/booking-form/booking-later.ts']);
    const mock = createMockApi({ now: NOW });
    const form = document.createElement('vangnet-booking-form');
    form.setAttribute('municipality', 'den-haag');
    form.client = createClient({
      baseUrl: 'http://127.0.0.1:9/api',
      partnerKey: demoPartnerKey,
      retry: 0,
      fetch: (input, init) => mock.fetch(new Request(input, init)),
    });
    form.now = () => new Date(NOW);
    document.body.append(form);
    try {
      await waitUntil(() => heading(form).includes('Stap 1'), 'no first step', { timeout: 5000 });
      enter(form, 'Dag', '10');
      enter(form, 'Maand', '5');
      enter(form, 'Jaar', '2000');
      button(form, 'Volgende').click();
      // Step 2 waits for its view: no heading to focus yet.
      await waitUntil(() => root(form).querySelector('[part~="placeholder"], .loading'), 'no wait');
      expect(heading(form)).to.equal('');

      await releaseRequests();
      await waitUntil(() => heading(form).includes('Stap 2'), 'not on step 2', { timeout: 5000 });
      await form.updateComplete;
      expect(deepActiveElement()?.matches('h2[data-vangnet-step-heading]')).to.equal(true);
    } finally {
      form.remove();
    }
  });
});
