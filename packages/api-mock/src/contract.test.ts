import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { generateOrganisations } from '@vangnet/api-mock';
import { call, problemName, testMock } from './test-support.ts';

describe('the mock keeps to the contract', () => {
  it('answers 500 server-error rather than a response that breaks the schemas', async () => {
    const mock = testMock();
    const organisation = mock.store.organisations.find((item) => item.id === 'cardea');
    assert.ok(organisation);
    organisation.email = 'not an email';
    const originalError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const response = await call(mock, '/v1/organisations/cardea');
      assert.equal(response.status, 500);
      assert.equal(await problemName(response), 'server-error');
    } finally {
      console.error = originalError;
    }
    assert.equal(logged.length, 1, 'the broken contract is reported to the developer');
  });

  it('gives the same calendar whatever the machine’s time zone', () => {
    const script = `
      import { createMockApi, demoPartnerKey } from '@vangnet/api-mock';
      const mock = createMockApi({ now: '2026-03-26T08:00:00+01:00' });
      const response = await mock.fetch('http://127.0.0.1/v1/slots?location=laak&from=2026-03-26&to=2026-04-03', {
        headers: { Authorization: 'Bearer ' + demoPartnerKey },
      });
      console.log(JSON.stringify(await response.json()));`;
    const run = (timeZone: string) =>
      spawnSync(process.execPath, ['--conditions=source', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: timeZone },
        encoding: 'utf8',
      });
    const utc = run('UTC');
    assert.equal(utc.status, 0, utc.stderr);
    const slots = JSON.parse(utc.stdout) as { items: { start: string }[] };
    assert.ok(slots.items.some((slot) => slot.start.endsWith('+01:00')));
    assert.ok(
      slots.items.some((slot) => slot.start.endsWith('+02:00')),
      'across the switch to summer time',
    );
    for (const timeZone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      assert.equal(run(timeZone).stdout, utc.stdout, timeZone);
    }
  });

  it('searches 10,000 organisations quickly enough for a finder typing against it', async () => {
    const mock = testMock({ data: { organisations: generateOrganisations(10_000) } });
    await call(mock, '/v1/organisations?limit=1'); // builds the index once
    const started = performance.now();
    for (const q of ['b', 'br', 'bru', 'brug', 'angst', 'schul', 'zoetermeer', 'café', 'elan']) {
      const response = await call(mock, `/v1/organisations?q=${encodeURIComponent(q)}&limit=50`);
      assert.equal(response.status, 200);
    }
    const perQuery = (performance.now() - started) / 9;
    assert.ok(perQuery < 100, `${perQuery.toFixed(1)} ms per search`);
  });
});
