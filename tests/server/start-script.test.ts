// `npm start` (scripts/start.mjs) as a newcomer runs it: the examples, the workspace and the server
// on its embedded database with the development sign-in, on one origin. A pupil referred through
// the API the school page uses is matched by the demo coordinator, and the status the school's
// status page reads says a coach was found. Then SIGTERM stops it cleanly.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { demoPartnerKey } from '@vangnet/api-core';
import { freePort } from '../../scripts/free-port.mjs';
import { referral } from '../conformance/support/calls.ts';
import { serverFixture, type ServerProcess } from './support/server-fixture.ts';

describe('npm start', () => {
  const fixture = serverFixture();
  let started: ServerProcess | undefined;
  let origin = '';
  const dataDir = fixture.tempDir('finish-start-');

  before(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    started = await fixture.spawn({
      script: 'scripts/start.mjs',
      env: { PORT: String(port), VANGNET_DATA_DIR: dataDir, VANGNET_LOG_LEVEL: 'warn' },
      ready: (stdout) => stdout.includes('Demo partner key'),
      timeoutMs: 120_000,
    });
  });

  it('prints the examples, the workspace and the status page', () => {
    const lines = started!.stdout.split('\n');
    assert.ok(
      lines.some((line) => line.endsWith(`${origin}/examples/`)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) => line.endsWith(`${origin}/staff/`)),
      lines.join('\n'),
    );
    assert.ok(lines.some((line) => line.endsWith(`${origin}/examples/status.html`)));
  });

  it('serves the examples index with links to the workspace and the status page', async () => {
    const index = await fetch(`${origin}/examples/`);
    assert.equal(index.status, 200);
    const text = await index.text();
    assert.match(text, /href="\/staff\/"/);
    assert.match(text, /href="status.html"/);
    const status = await fetch(`${origin}/examples/status.html`);
    assert.match(await status.text(), /<vangnet-referral-status>/);
    const school = await (await fetch(`${origin}/examples/school.html`)).text();
    assert.match(school, /status-page="status.html"/);
  });

  it('serves the built workspace under its strict policy, signed in with the dev sign-in', async () => {
    const page = await fetch(`${origin}/staff/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('Content-Security-Policy') ?? '', /trusted-types lit-html/);
    const html = await page.text();
    assert.match(html, /<vangnet-staff-workspace/);
    // Every file the page links is there: no 404 in the console (the browser asks for an icon).
    for (const [, file] of html.matchAll(/(?:href|src)="\.\/([^"]+)"/g)) {
      const answer = await fetch(`${origin}/staff/${file}`);
      assert.equal(answer.status, 200, file);
    }
    assert.match(html, /rel="icon"/);
    const signIn = (await (await fetch(`${origin}/v1/staff/signin`)).json()) as unknown;
    assert.deepEqual(signIn, { devSignIn: true, partnerKey: demoPartnerKey });
  });

  it('a referral sent as the school page sends it is matched, and its status says so', async () => {
    const sent = await fetch(`${origin}/v1/referrals`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${demoPartnerKey}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': `finish-start-${process.pid}`,
      },
      body: JSON.stringify(
        referral(`${new Date().getFullYear() - 16}-01-15`, {
          consents: [{ party: 'young-person', method: 'in-person', date: '2026-01-05' }],
        }),
      ),
    });
    assert.equal(sent.status, 201, await sent.clone().text());
    const { id, token } = (await sent.json()) as { id: string; token: string };
    const signedIn = await fetch(`${origin}/v1/staff/dev-signin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: 'coordinator-pluscoaching' }),
    });
    const { accessToken } = (await signedIn.json()) as { accessToken: string };
    const organisations = (await (
      await fetch(`${origin}/v1/organisations?service=pluscoaching&limit=1`, {
        headers: { Authorization: `Bearer ${demoPartnerKey}` },
      })
    ).json()) as { items: { id: string }[] };
    const matched = await fetch(`${origin}/v1/staff/referrals/${id}/status`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        status: 'matched',
        match: { organisationId: organisations.items[0]!.id, coachingForm: 'pluscoach' },
      }),
    });
    assert.equal(matched.status, 200, await matched.clone().text());
    const status = await fetch(`${origin}/v1/referrals/${id}`, {
      headers: { Authorization: `Bearer ${demoPartnerKey}`, 'Vangnet-Token': token },
    });
    assert.equal(((await status.json()) as { status: string }).status, 'matched');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    await started!.kill('SIGTERM');
    assert.equal(await started!.exited, 0);
  });
});
