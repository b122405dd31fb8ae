import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { RequestOrder } from '../test-utils/request-order.ts';
import { renderFinder, resultNames, startMock } from './finder-fixture.ts';

describe('vangnet-organisation-finder: loading', () => {
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
});
