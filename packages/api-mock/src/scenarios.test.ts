import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, problemName, testMock } from './test-support.ts';

const slotsPath = '/v1/slots?location=jongerenpunt070&from=2026-03-02&to=2026-03-06';

describe('scenarios', () => {
  it('adds latency', async () => {
    const mock = testMock();
    mock.scenarios.latency(60);
    const started = performance.now();
    await call(mock, '/v1/catalog');
    assert.ok(performance.now() - started >= 55);
  });

  it('answers a given status on a given route, once or until cleared', async () => {
    const mock = testMock();
    mock.scenarios.failRoute({ path: '/v1/slots', status: 503, once: true });
    const failed = await call(mock, slotsPath);
    assert.equal(failed.status, 503);
    assert.equal(failed.headers.get('Retry-After'), '5');
    assert.equal(await problemName(failed), 'unavailable');
    assert.equal((await call(mock, slotsPath)).status, 200);
    mock.scenarios.failRoute({ method: 'GET', path: '/v1/organisations/:id', status: 500 });
    assert.equal((await call(mock, '/v1/organisations/cardea')).status, 500);
    assert.equal((await call(mock, '/v1/organisations')).status, 200);
    mock.scenarios.clear();
    assert.equal((await call(mock, '/v1/organisations/cardea')).status, 200);
  });

  it('fails a share of requests, repeatably', async () => {
    const statuses = async () => {
      const mock = testMock();
      mock.scenarios.errorRate(0.5, 500);
      const results = [];
      for (let index = 0; index < 40; index++)
        results.push((await call(mock, '/v1/catalog')).status);
      return results;
    };
    const first = await statuses();
    assert.ok(first.includes(500) && first.includes(200));
    assert.deepEqual(await statuses(), first);
  });

  it('goes offline: requests fail as network errors', async () => {
    const mock = testMock();
    mock.scenarios.offline();
    await assert.rejects(call(mock, '/v1/catalog'), TypeError);
  });

  it('fills the calendar', async () => {
    const mock = testMock();
    mock.scenarios.fullCalendar();
    assert.deepEqual(await (await call(mock, slotsPath)).json(), { items: [] });
  });

  it('rate-limits with 429 and Retry-After after the allowed number of requests', async () => {
    const mock = testMock();
    mock.scenarios.rateLimit({ limit: 2, windowMs: 60_000, retryAfter: 12 });
    assert.equal((await call(mock, '/v1/catalog')).status, 200);
    assert.equal((await call(mock, '/v1/catalog')).status, 200);
    const limited = await call(mock, '/v1/catalog');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('Retry-After'), '12');
    assert.equal(await problemName(limited), 'rate-limited');
    mock.clock.advance(60_000);
    assert.equal((await call(mock, '/v1/catalog')).status, 200);
  });

  it('switches named scenarios on from options, from `use`, and from the page address in the Referer', async () => {
    const mock = testMock({ scenarios: 'full-calendar' });
    assert.deepEqual(await (await call(mock, slotsPath)).json(), { items: [] });
    mock.reset();
    assert.equal(mock.scenarios.state.fullCalendar, true, 'reset goes back to the options');
    mock.scenarios.clear().use('rate-limited');
    assert.equal((await call(mock, '/v1/catalog')).status, 429);
    mock.scenarios.clear();
    const fromPage = await call(mock, '/v1/catalog', {
      headers: { Referer: 'http://127.0.0.1:8765/examples/booking.html?mock=unavailable' },
    });
    assert.equal(fromPage.status, 503);
    assert.equal((await call(mock, '/v1/catalog')).status, 200, 'only that page');
  });

  it('reset empties the store and outbox and restores the clock', async () => {
    const mock = testMock();
    await call(mock, '/v1/callback-requests', {
      body: { location: 'laak', name: 'x', phone: '06 00000000' },
    });
    await call(mock, '/v1/callback-requests', {
      body: { location: 'jongerenpunt070', name: 'x', phone: '06 00000000' },
    });
    mock.clock.advance(86_400_000);
    mock.store.organisations.pop();
    assert.equal(mock.store.callbackRequests.length, 1);
    mock.reset();
    assert.equal(mock.store.callbackRequests.length, 0);
    assert.equal(mock.store.organisations.length, testMock().store.organisations.length);
    assert.equal(mock.clock.now().toISOString(), '2026-03-02T08:00:00.000Z');
  });
});

describe('scenarios for the booking and the finder', () => {
  const booking = (slotId: string) => ({
    slotId,
    topic: 'terug-naar-school',
    dateOfBirth: '2005-06-15',
    contact: { name: 'Jongere', email: 'jongere@example.org', preferred: 'email' },
  });
  const freeSlotIds = async (mock: ReturnType<typeof testMock>) =>
    ((await (await call(mock, slotsPath)).json()) as { items: { id: string }[] }).items.map(
      (slot) => slot.id,
    );

  it('slot-taken: the next booking finds its slot just taken, the slot disappears, the retry succeeds', async () => {
    const mock = testMock();
    mock.scenarios.slotTakenOnce();
    const [first, second] = await freeSlotIds(mock);
    const taken = await call(mock, '/v1/appointments', { body: booking(first!) });
    assert.equal(taken.status, 409);
    assert.equal(await problemName(taken), 'slot-taken');
    assert.ok(!(await freeSlotIds(mock)).includes(first!));
    assert.equal((await call(mock, '/v1/appointments', { body: booking(second!) })).status, 201);
  });

  it('slot-taken from a page address fires once for that page', async () => {
    const mock = testMock();
    const headers = { Referer: 'http://127.0.0.1:8765/examples/booking.html?mock=slot-taken' };
    const [first, second] = await freeSlotIds(mock);
    assert.equal(
      (await call(mock, '/v1/appointments', { body: booking(first!), headers })).status,
      409,
    );
    assert.equal(
      (await call(mock, '/v1/appointments', { body: booking(second!), headers })).status,
      201,
    );
  });

  it('slow-search slows the organisation search only', async () => {
    const mock = testMock();
    mock.scenarios.slowRoute({ method: 'GET', path: '/v1/organisations', ms: 80 });
    let started = performance.now();
    await call(mock, '/v1/organisations?q=coach');
    assert.ok(performance.now() - started >= 75);
    started = performance.now();
    await call(mock, '/v1/catalog');
    assert.ok(performance.now() - started < 75);
    assert.ok(mock.scenarios.use('slow-search').state.slowRoutes.length === 2);
  });
});
