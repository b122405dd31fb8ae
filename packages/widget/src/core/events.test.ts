import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { demoCatalog } from '@vangnet/api-mock';
import './testing/test-element.ts';
import type { VangnetTestElement } from './testing/test-element.ts';
import { demoPartnerKey, startMock } from './testing/mock.ts';
import {
  dispatch,
  FORBIDDEN_DETAIL_KEYS,
  forbiddenKeysIn,
  VANGNET_EVENTS,
  type VangnetEventName,
} from './events.ts';

describe('events', () => {
  before(() => startMock());

  it('a component event bubbles out of the shadow root and carries no forbidden key', async () => {
    const element = await fixture<VangnetTestElement>(
      html`<vangnet-test-element
        api=${location.origin}
        partner-key=${demoPartnerKey}
      ></vangnet-test-element>`,
    );
    await waitUntil(() => element.shadowRoot?.textContent?.includes(demoCatalog.region.name));
    const heard = oneEvent(document, 'vangnet-step');
    element.shadowRoot!.querySelector('button')!.click();
    const event = await heard;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      component: 'referral-form',
      step: 'review',
      index: 1,
      total: 3,
    });
    expect(forbiddenKeysIn(event.detail)).to.deep.equal([]);
  });

  it('finds forbidden keys at any depth, whatever their case', () => {
    expect(
      forbiddenKeysIn({ reference: 'VN-R-1', young: { Name: 'x', contact: { email: 'x' } } }),
    ).to.deep.equal(['young.Name', 'young.contact', 'young.contact.email']);
    for (const key of ['name', 'email', 'phone', 'dateOfBirth', 'token']) {
      expect(FORBIDDEN_DETAIL_KEYS).to.include(key);
    }
  });

  it('dispatch refuses a detail with personal data', () => {
    const target = document.createElement('div');
    let fired = false;
    target.addEventListener('vangnet-submitted', () => (fired = true));
    const leaky = { reference: 'VN-R-1', service: 'pluscoaching', email: 'a@example.org' };
    expect(() => dispatch(target, 'vangnet-submitted', leaky)).to.throw(/email/);
    expect(fired).to.equal(false);
  });

  it('declares every event with a detail that passes the check', () => {
    const samples: { [N in VangnetEventName]: Parameters<typeof dispatch<N>>[2] } = {
      'vangnet-step': { component: 'booking-form', step: 'slot', index: 2, total: 6 },
      'vangnet-submitted': { reference: 'VN-R-7K3M9Q', service: 'pluscoaching' },
      'vangnet-booked': { reference: 'VN-A-1' },
      'vangnet-rescheduled': { reference: 'VN-A-1' },
      'vangnet-cancelled': { reference: 'VN-A-1' },
      'vangnet-callback-requested': { reference: 'VN-C-1' },
      'vangnet-error': { component: 'booking-form', kind: 'api', code: 'slot-taken' },
      'vangnet-organisation-selected': { organisationId: 'org-1' },
    };
    expect(Object.keys(samples).sort()).to.deep.equal([...VANGNET_EVENTS].sort());
    const target = document.createElement('div');
    for (const name of VANGNET_EVENTS) {
      let detail: unknown;
      target.addEventListener(name, (event) => (detail = event.detail));
      dispatch(target, name, samples[name] as never);
      expect(detail, name).to.deep.equal(samples[name]);
      expect(forbiddenKeysIn(detail), name).to.deep.equal([]);
    }
  });
});
