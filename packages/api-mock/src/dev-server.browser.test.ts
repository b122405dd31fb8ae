import { expect } from '@open-wc/testing';
import { demoBoundPartnerKey, demoPartnerKey } from '@vangnet/api-mock';

// No worker here: the test runner's own server answers /v1/ through mockApiPlugin.
describe('the mock on the test runner’s origin', () => {
  it('answers the API on the page’s own origin', async () => {
    const response = await fetch('/v1/organisations?q=impegno', {
      headers: { Authorization: `Bearer ${demoPartnerKey}` },
    });
    expect(response.status).to.equal(200);
    expect(((await response.json()) as { total: number }).total).to.equal(1);
  });

  it('answers 403 origin-not-allowed to a key bound to another origin, readable by the page', async () => {
    // A POST carries the page's Origin even on the same origin, so the key's origin check applies.
    const response = await fetch('/v1/callback-requests', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${demoBoundPartnerKey}`,
        'Idempotency-Key': crypto.randomUUID(),
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(response.status).to.equal(403);
    expect(((await response.json()) as { type: string }).type).to.match(/\/origin-not-allowed$/);
  });
});
