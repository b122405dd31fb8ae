import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { demoPartnerKey } from '@vangnet/api-mock';
import { RequestOrder } from '../test-utils/request-order.ts';
import { forgetClients } from '../core/client-cache.ts';
import { button, renderFinder, resultNames, startMock } from './finder-fixture.ts';
import type { VangnetOrganisationFinder } from './organisation-finder.ts';

describe('vangnet-organisation-finder: loading', () => {
  // Each test starts without a catalog: a finder that failed must not find one loaded earlier.
  afterEach(() => forgetClients());

  it('asks for the organisations beside the catalog, not after it', async () => {
    const mock = await startMock();
    const order = new RequestOrder('/v1/organisations');
    mock.worker.use(http.get('*/v1/*', ({ request }) => order.seen(request.url)));
    try {
      const finder = await renderFinder();
      expect(order.steps).to.deep.equal([
        'asked /v1/catalog',
        'asked /v1/organisations?limit=1000',
        'catalog answered',
      ]);
      expect(resultNames(finder).length).to.be.greaterThan(0);
    } finally {
      mock.worker.resetHandlers();
    }
  });

  it('after the API was down, one "try again" shows the results', async () => {
    const mock = await startMock();
    mock.worker.use(http.all('*/v1/*', () => HttpResponse.error()));
    try {
      const finder = await fixture<VangnetOrganisationFinder>(
        html`<vangnet-organisation-finder
          api=${location.origin}
          partner-key=${demoPartnerKey}
        ></vangnet-organisation-finder>`,
      );
      // The SDK retries with backoff before it gives up: up to about ten seconds.
      const retry = () => {
        try {
          return button(finder, 'Opnieuw proberen');
        } catch {
          return undefined;
        }
      };
      await waitUntil(() => retry(), 'no "try again" while the API is down', { timeout: 15_000 });
      mock.worker.resetHandlers();
      retry()!.click();
      await waitUntil(() => resultNames(finder).length > 0, 'no results after one retry', {
        timeout: 10_000,
      });
      expect(finder.shadowRoot!.querySelector('[part~="problem"]')).to.equal(null);
    } finally {
      mock.worker.resetHandlers();
    }
  });
});
