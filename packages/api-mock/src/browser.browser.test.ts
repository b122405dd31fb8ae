import { expect } from '@open-wc/testing';
import { demoPartnerKey } from '@vangnet/api-mock';
import { startMockWorker, type MockWorker } from '@vangnet/api-mock/browser';

describe('startMockWorker (pages and component tests)', () => {
  let mock: MockWorker;

  before(async () => {
    mock = await startMockWorker({ now: '2026-03-02T09:00:00+01:00' });
  });
  afterEach(() => mock.reset());
  after(() => mock.stop());

  it('answers the page’s fetch from this page’s own mock, with CORS for its origin', async () => {
    const response = await fetch('/v1/catalog', {
      headers: { Authorization: `Bearer ${demoPartnerKey}` },
    });
    expect(response.status).to.equal(200);
    expect(((await response.json()) as { region: { id: string } }).region.id).to.equal(
      'haaglanden',
    );
  });

  it('keeps what a POST saved inspectable, and switches scenarios', async () => {
    const response = await fetch('/v1/callback-requests', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${demoPartnerKey}`,
        'Idempotency-Key': 'browser-1',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' }),
    });
    expect(response.status).to.equal(201);
    expect(mock.store.callbackRequests).to.have.length(1);
    mock.scenarios.offline();
    let failed = false;
    await fetch('/v1/catalog').catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});
