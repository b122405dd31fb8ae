import { expect, waitUntil } from '@open-wc/testing';
import { demoPartnerKey } from '@vangnet/api-mock';
import '../provider/define.ts';
import './define.ts';
import { heading, root, textOf } from './booking-fixture.ts';

describe('<vangnet-booking-form> inside a <vangnet-provider>', () => {
  let provider: HTMLElement | undefined;
  afterEach(() => provider?.remove());

  it('takes the provider’s client and clock, without api or partner-key of its own', async () => {
    provider = document.createElement('vangnet-provider');
    provider.setAttribute('api', location.origin);
    provider.setAttribute('partner-key', demoPartnerKey);
    const form = document.createElement('vangnet-booking-form');
    form.setAttribute('municipality', 'den-haag');
    provider.append(form);
    document.body.append(provider);
    await waitUntil(() => root(form).querySelector('h2.step-heading'), 'the form did not load', {
      timeout: 5000,
    });
    expect(heading(form)).to.contain('Stap 1 van');
    expect(form.hasAttribute('api')).to.equal(false);
    expect(textOf(form)).to.contain('Wat is je geboortedatum?');
  });
});
