// `/staff/`: the workspace's static files, each answer under the strict policy, nothing outside
// its folder, and a plain answer when the workspace was not built.
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { staffPage, staffPagePolicy } from '@vangnet/server';

async function served() {
  const dir = await mkdtemp(join(tmpdir(), 'vangnet-staff-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Werkplek</title>');
  await writeFile(join(dir, 'workspace.js'), 'export {};');
  await writeFile(join(dir, 'notes.txt'), 'not served');
  const app = new Hono();
  app.route('/', staffPage(dir));
  return app;
}

describe('the staff workspace page', () => {
  it('serves the page and its module with the strict policy', async () => {
    const app = await served();
    const page = await app.request('/staff/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('Content-Type') ?? '', /^text\/html/);
    assert.match(await page.text(), /Werkplek/);
    const policy = page.headers.get('Content-Security-Policy') ?? '';
    assert.equal(policy, staffPagePolicy);
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    const script = await app.request('/staff/workspace.js');
    assert.equal(script.status, 200);
    assert.match(script.headers.get('Content-Type') ?? '', /^text\/javascript/);
    assert.equal(script.headers.get('Content-Security-Policy'), staffPagePolicy);
  });

  it("serves the page at a section's own address, such as /staff/outbox", async () => {
    const app = await served();
    for (const path of ['/staff/outbox', '/staff/agenda']) {
      const page = await app.request(path);
      assert.equal(page.status, 200, path);
      assert.match(await page.text(), /Werkplek/);
      assert.equal(page.headers.get('Content-Security-Policy'), staffPagePolicy);
    }
    assert.equal((await app.request('/staff/notes.txt')).status, 404);
  });

  it('sends /staff to /staff/', async () => {
    const answer = await (await served()).request('/staff');
    assert.equal(answer.status, 301);
    assert.equal(answer.headers.get('Location'), '/staff/');
  });

  it('serves nothing else: other types, hidden files, paths outside the folder', async () => {
    const app = await served();
    for (const path of [
      '/staff/notes.txt',
      '/staff/.env',
      '/staff/..%2Fpasswd.js',
      '/staff/x.js',
    ]) {
      const answer = await app.request(path);
      assert.equal(answer.status, 404, path);
      assert.equal(answer.headers.get('Content-Security-Policy'), staffPagePolicy, path);
    }
  });

  it('says how to build the workspace when it is not built', async () => {
    const app = new Hono();
    app.route('/', staffPage(join(tmpdir(), 'vangnet-no-such-dir')));
    const answer = await app.request('/staff/');
    assert.equal(answer.status, 404);
    assert.match(await answer.text(), /npm run build -w @vangnet\/staff/);
  });
});
