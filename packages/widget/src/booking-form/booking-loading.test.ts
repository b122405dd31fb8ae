import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { demoPartnerKey } from '@vangnet/api-mock';
import { startMockWorker } from '@vangnet/api-mock/browser';
import { captureConsole } from '../core/testing/test-support.ts';
import { RequestOrder } from '../test-utils/request-order.ts';
import { NOW, renderBookingForm, heading } from './booking-fixture.ts';
import type { VangnetBookingForm } from './booking-form.ts';

const path = (url: string) => {
  const { pathname, search } = new URL(url);
  return pathname.replace(/^\/api/, '') + search;
};

describe('vangnet-booking-form: loading', () => {
  it('asks for the locations beside the catalog, not after it, with a client it was given', async () => {
    const order = new RequestOrder('/v1/locations');
    const { form } = await renderBookingForm({ hold: (request) => order.seen(request.url) });
    expect(order.steps.slice(0, 3)).to.deep.equal([
      'asked /v1/catalog',
      'asked /v1/locations?municipality=den-haag',
      'catalog answered',
    ]);
    expect(heading(form)).to.contain('Stap 1 van');
  });

  it('asks for the locations beside the catalog, not after it, with its own api and partner-key', async () => {
    const mock = await startMockWorker({ now: NOW });
    const order = new RequestOrder('/v1/locations');
    mock.worker.use(http.get('*/v1/*', ({ request }) => order.seen(request.url)));
    try {
      const form = await fixture<VangnetBookingForm>(
        html`<vangnet-booking-form
          api=${location.origin}
          partner-key=${demoPartnerKey}
          municipality="den-haag"
        ></vangnet-booking-form>`,
      );
      await waitUntil(() => heading(form).includes('Stap 1 van'), 'the form did not load', {
        timeout: 5000,
      });
      expect(order.steps.slice(0, 3)).to.deep.equal([
        'asked /v1/catalog',
        'asked /v1/locations?municipality=den-haag',
        'catalog answered',
      ]);
    } finally {
      await mock.stop();
    }
  });

  it('asks for all locations once the catalog knows no such municipality', async () => {
    const { form, requests } = await renderBookingForm({
      attributes: { municipality: 'atlantis' },
    });
    const locations = requests
      .map((request) => path(request.url))
      .filter((url) => url.startsWith('/v1/locations'));
    expect(locations).to.deep.equal(['/v1/locations?municipality=atlantis', '/v1/locations']);
    expect(heading(form)).to.contain('Stap 1 van');
  });

  it('asks once when the catalog confirms the municipality', async () => {
    const { requests } = await renderBookingForm();
    const locations = requests
      .map((request) => path(request.url))
      .filter((url) => url.startsWith('/v1/locations'));
    expect(locations).to.deep.equal(['/v1/locations?municipality=den-haag']);
  });

  it('given a client, needs no api or partner-key: nothing logged, no configuration event', async () => {
    const console = captureConsole();
    try {
      const { form, events } = await renderBookingForm();
      expect(heading(form)).to.contain('Stap 1 van');
      expect(console.errors).to.deep.equal([]);
      expect(events.filter((event) => event.type === 'vangnet-error')).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });
});
