import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { renderFinder, resultNames, startMock } from './finder-fixture.ts';

describe('vangnet-organisation-finder: loading', () => {
  it('asks for the organisations beside the catalog, not after it', async () => {
    const mock = await startMock();
    const steps: string[] = [];
    let organisationsAsked = () => {};
    const asked = new Promise<void>((resolve) => (organisationsAsked = resolve));
    // Both handlers only watch and wait, then let the mock answer.
    mock.worker.use(
      http.get('*/v1/catalog', async () => {
        steps.push('asked catalog');
        // The catalog answers once the organisations are asked for, or after a second: a finder
        // that waits for the catalog first asks for them only after it answered.
        await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 1000))]);
        steps.push('catalog answered');
      }),
      http.get('*/v1/organisations', () => {
        steps.push('asked organisations');
        organisationsAsked();
      }),
    );
    try {
      const finder = await renderFinder();
      expect(steps).to.deep.equal(['asked catalog', 'asked organisations', 'catalog answered']);
      expect(resultNames(finder).length).to.be.greaterThan(0);
    } finally {
      mock.worker.resetHandlers();
    }
  });
});
