// `npm start` (scripts/start.mjs) as a newcomer runs it: the examples, the workspace and the server
// on its embedded database with the development sign-in, on one origin. A pupil referred through
// the API the school page uses is matched by the demo coordinator, and the status the school's
// status page reads says a coach was found. Then SIGTERM stops it cleanly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoPartnerKey } from '@vangnet/api-core';
import { freePort } from '../../scripts/free-port.mjs';
import { referral } from '../conformance/support/calls.ts';
import { repoRoot } from './support.ts';

interface Started {
  lines: string[];
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

async function startScript(env: Record<string, string>): Promise<Started> {
  const inherited = { ...process.env };
  for (const name of Object.keys(inherited))
    if (name === 'PORT' || name === 'DATABASE_URL' || name.startsWith('VANGNET_'))
      delete inherited[name];
  const child = spawn(process.execPath, ['--conditions=source', 'scripts/start.mjs'], {
    cwd: repoRoot,
    env: { ...inherited, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm start did not start in time: ${stdout} ${stderr}`));
    }, 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!stdout.includes('Demo partner key')) return;
      clearTimeout(timer);
      resolve();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`npm start stopped (${code}): ${stderr}`));
    });
  });
  return { lines: stdout.split('\n'), exited, stop };
}

describe('npm start', () => {
  let started: Started | undefined;
  let origin = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'finish-start-'));

  before(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    started = await startScript({
      PORT: String(port),
      VANGNET_DATA_DIR: dataDir,
      VANGNET_LOG_LEVEL: 'warn',
    });
  });
  after(async () => {
    await started?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the examples, the workspace and the status page', () => {
    const lines = started!.lines;
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
    assert.equal(await started!.stop(), 0);
  });
});
