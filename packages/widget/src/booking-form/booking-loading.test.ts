import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { createClient } from '@vangnet/sdk';
import { createMockApi, demoPartnerKey } from '@vangnet/api-mock';
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

  it('moved in the page while its locations load, asks for them again and shows the form', async () => {
    let moves = 0;
    const { form, requests } = await renderBookingForm({
      hold: async (request) => {
        if (!request.url.includes('/v1/locations') || moves > 0) return;
        // A CMS moves the form while its first request for locations is on its way.
        moves += 1;
        const moved = document.querySelector('vangnet-booking-form')!;
        const box = document.createElement('div');
        document.body.append(box);
        box.append(moved);
      },
    });
    expect(moves).to.equal(1);
    expect(heading(form)).to.contain('Stap 1 van');
    const locations = requests.filter((request) => request.url.includes('/v1/locations'));
    expect(locations).to.have.length(2);
    form.parentElement!.remove();
  });

  it('asks the new API for its locations when it is given another client', async () => {
    const { form } = await renderBookingForm();
    const other = createMockApi({ now: NOW });
    const asked: string[] = [];
    form.client = createClient({
      baseUrl: 'http://127.0.0.1:9/other',
      partnerKey: demoPartnerKey,
      retry: 0,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        asked.push(path(request.url).replace(/^\/other/, ''));
        return other.fetch(request);
      },
    });
    await waitUntil(() => asked.some((url) => url.startsWith('/v1/locations')), 'not asked');
    await waitUntil(() => heading(form).includes('Stap 1 van'), 'the form did not come back');
    expect(asked).to.include('/v1/locations?municipality=den-haag');
  });
});
