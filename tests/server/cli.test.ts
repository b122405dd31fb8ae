// The server's commands on PostgreSQL, beside a running server: `keys add|list|revoke`, and
// `import`/`export` of the directory. Keys and tokens are stored only as hashes.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, it } from 'node:test';
import pg from 'pg';
import { referral } from '../conformance/support/calls.ts';
import { bookingOf, describeOnPostgres, request, upcomingSlots } from './support.ts';
import { serverFixture, type ServerProcess } from './support/server-fixture.ts';

describeOnPostgres('the server’s commands', (adminUrl) => {
  const fixture = serverFixture({ adminUrl, env: { VANGNET_RATE_LIMIT_WRITES: '0' } });
  const dir = fixture.tempDir('vangnet-cli-');
  let server: ServerProcess;
  before(async () => (server = await fixture.start()));

  const origin = 'https://partner.example.org';

  it('keys add makes a key for its origin (403 from another), list never shows it, revoke makes it 401', async () => {
    const added = await fixture.run([
      'keys',
      'add',
      '--region',
      'haaglanden',
      '--origin',
      origin,
      '--label',
      'Partner',
    ]);
    assert.equal(added.status, 0, added.stderr);
    const [id, key] = added.stdout.split('\n')[0]?.split('\t') ?? [];
    assert.match(id ?? '', /^key_/);
    assert.match(key ?? '', /^pk_live_/);
    const catalog = (from: string) =>
      request(server.url, '/v1/catalog', { key: key as string, headers: { Origin: from } });
    assert.equal((await catalog(origin)).status, 200);
    assert.equal((await catalog('https://other.example.org')).status, 403);

    const listed = await fixture.run(['keys', 'list']);
    assert.equal(listed.status, 0, listed.stderr);
    assert.match(
      listed.stdout,
      new RegExp(`^${id}\\thaaglanden\\t${origin}\\tactive\\tPartner$`, 'm'),
    );
    assert.ok(!listed.stdout.includes(key as string), 'list never prints a key');
    assert.ok(!listed.stdout.includes('pk_demo_haaglanden'));

    const revoked = await fixture.run(['keys', 'revoke', id as string]);
    assert.equal(revoked.status, 0, revoked.stderr);
    // The running server trusts a read of a known key for a second (decision 0256).
    const revokedAt = performance.now();
    let status = (await catalog(origin)).status;
    while (status !== 401 && performance.now() - revokedAt < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await catalog(origin)).status;
    }
    assert.equal(status, 401);
    // A second trusted, plus room for a loaded machine's requests.
    assert.ok(performance.now() - revokedAt < 3000, 'refused within the second it is trusted');
    assert.match(
      (await fixture.run(['keys', 'list'])).stdout,
      new RegExp(`^${id}\\t.*\\trevoked\\t`, 'm'),
    );
    const again = await fixture.run(['keys', 'revoke', id as string]);
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /No active key/);
  });

  it('stores partner keys, manage tokens and status tokens only as hashes', async () => {
    const added = await fixture.run(['keys', 'add', '--region', 'haaglanden']);
    const key = added.stdout.split('\n')[0]?.split('\t')[1] as string;
    const [slot] = await upcomingSlots(server.url);
    const booking = (await (
      await request(server.url, '/v1/appointments', { body: bookingOf(slot!), key })
    ).json()) as { token: string };
    const created = await request(server.url, '/v1/referrals', {
      body: referral(`${new Date().getFullYear() - 17}-01-01`, {
        consents: [{ party: 'young-person', method: 'in-person', date: '2020-01-01' }],
      }),
      key,
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { token } = (await created.json()) as { token: string };
    const client = new pg.Client({ connectionString: fixture.database.url });
    await client.connect();
    try {
      for (const table of ['partner_keys', 'appointments', 'referrals']) {
        const { rows } = await client.query<{ row: string }>(
          `select row_to_json(t)::text as row from ${table} t`,
        );
        assert.ok(rows.length > 0, table);
        const text = rows.map((row) => row.row).join('\n');
        for (const secret of [key, booking.token, token, 'pk_demo_haaglanden'])
          assert.ok(!text.includes(secret), `${table} holds a plaintext secret`);
      }
    } finally {
      await client.end();
    }
  });

  it('export → import round-trips, and an invalid document imports nothing', async () => {
    const exported = await fixture.run(['export']);
    assert.equal(exported.status, 0, exported.stderr);
    const document = JSON.parse(exported.stdout) as {
      organisations: { id: string; name: string }[];
      locations: unknown[];
    };
    assert.ok(document.organisations.length > 0 && document.locations.length > 0);
    const changed = structuredClone(document);
    changed.organisations[0]!.name = 'Hernoemd';
    changed.organisations.push({
      ...changed.organisations[1]!,
      id: 'nieuw-partner',
      name: 'Nieuw',
    });
    changed.organisations.sort((a, b) => (a.id < b.id ? -1 : 1));
    const file = join(dir, 'directory.json');
    writeFileSync(file, JSON.stringify(changed));
    const imported = await fixture.run(['import', file]);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(
      imported.stdout,
      new RegExp(`Imported ${changed.organisations.length} organisations`),
    );
    const again = await fixture.run(['export']);
    assert.deepEqual(JSON.parse(again.stdout), changed);
    const shown = await request(server.url, '/v1/organisations/nieuw-partner');
    assert.equal(((await shown.json()) as { name: string }).name, 'Nieuw');

    const invalid = structuredClone(changed);
    invalid.organisations[0]!.name = 'Niet opgeslagen';
    (invalid.organisations[1] as { email?: string }).email = 'not an email';
    writeFileSync(file, JSON.stringify(invalid));
    const refused = await fixture.run(['import', file]);
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /^Not a valid directory at organisations\.1\.email: /);
    assert.equal(refused.stderr.trim().split('\n').length, 1, refused.stderr);
    const missing = await fixture.run(['import', join(dir, 'absent.json')]);
    assert.notEqual(missing.status, 0);
    assert.equal(missing.stderr.trim().split('\n').length, 1, missing.stderr);
    assert.deepEqual(JSON.parse((await fixture.run(['export'])).stdout), changed);
  });
});
