// The pages of isolated mode: a strict policy, framed only by the key's origins, configuration
// only in the page, and the bundles of dist/ beside it (JavaScript only, nothing outside dist/).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { embedRoutes, frameAncestors } from '@vangnet/server/embed';

const dir = mkdtempSync(join(tmpdir(), 'vangnet-embed-'));
writeFileSync(join(dir, 'vangnet-referral-form.js'), 'export {};');
writeFileSync(join(dir, 'secret.txt'), 'no');
after(() => rmSync(dir, { recursive: true, force: true }));

const app = embedRoutes({
  partnerKeyOrigins: async (key) =>
    key === 'pk_school' ? ['https://school.example.nl', 'loopback'] : undefined,
  assetsDir: dir,
});
const get = (path: string) => app.request(`http://api.example.org${path}`);

describe('GET /embed/…', () => {
  it('serves the component page under a strict policy, framed by the key’s origins', async () => {
    const response = await get('/embed/referral-form?key=pk_school&lang=en-GB');
    assert.equal(response.status, 200);
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const part of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
      'frame-ancestors https://school.example.nl http://localhost:* http://127.0.0.1:* http://[::1]:*',
    ]) {
      assert.ok(policy.includes(part), `${part} in ${policy}`);
    }
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const page = await response.text();
    assert.match(page, /<html lang="en" dir="ltr">/);
    assert.match(page, /src="assets\/vangnet-referral-form\.js"/);
    assert.match(page, /src="assets\/vangnet-embed\.js"/);
    assert.doesNotMatch(page, /pk_school|<script>/);
  });

  it('an unknown key, or none, may be framed nowhere; a strange language becomes Dutch', async () => {
    for (const path of ['/embed/booking-form?key=pk_other', '/embed/booking-form']) {
      const response = await get(`${path}&lang=%22%3E%3Cscript%3E`.replace(/^([^?]*)&/, '$1?'));
      assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
      assert.match(await response.text(), /<html lang="nl"/);
    }
  });

  it('knows only the three components', async () => {
    assert.equal((await get('/embed/provider')).status, 404);
    assert.equal((await get('/embed/')).status, 404);
  });

  it('serves JavaScript from dist/ and nothing else', async () => {
    const bundle = await get('/embed/assets/vangnet-referral-form.js');
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /^text\/javascript/);
    for (const path of ['secret.txt', '..%2Fpackage.json', 'missing.js', '%2E%2E/x.js']) {
      assert.equal((await get(`/embed/assets/${path}`)).status, 404, path);
    }
  });

  it('drops stored origins that are not plain origins', () => {
    assert.equal(
      frameAncestors(['https://a.example; script-src *', 'https://b.example']),
      'https://b.example',
    );
    assert.equal(frameAncestors([]), "'none'");
  });
});
