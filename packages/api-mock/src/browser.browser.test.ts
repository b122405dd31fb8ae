import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
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

  it('leaves the requests of another page (an example in an iframe) to the network', async () => {
    // The worker serves every page of the origin; a nested page that did not start a mock is
    // handed to a visible page that did. Visible, this page must not answer for the iframe,
    // whose own `?mock=` scenario the dev server's mock reads from its address.
    await executeServerCommand('bring-to-front');
    mock.scenarios.offline();
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.src = '/package.json?mock=unavailable';
    document.body.append(frame);
    try {
      await loaded;
      const response = await frame.contentWindow!.fetch('/v1/catalog', {
        headers: { Authorization: `Bearer ${demoPartnerKey}` },
      });
      expect(response.status, 'answered by the dev server with the page’s own scenario').to.equal(
        503,
      );
    } finally {
      frame.remove();
    }
  });
});
