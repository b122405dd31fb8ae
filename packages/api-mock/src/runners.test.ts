import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CatalogSchema } from '@vangnet/sdk';
import { demoPartnerKey } from '@vangnet/api-mock';
import { setupMockServer } from '@vangnet/api-mock/node';
import { mockApiPlugin } from '@vangnet/api-mock/dev-server';
import { startDevServer } from '@web/dev-server';

const authorization = { Authorization: `Bearer ${demoPartnerKey}` };

describe('setupMockServer (Node tests)', () => {
  const mock = setupMockServer({ now: '2026-03-02T09:00:00+01:00' });
  before(() => mock.listen());
  after(() => mock.close());

  it('answers fetch under any base URL, and reset empties the store', async () => {
    for (const base of ['https://api.example.org', 'https://gemeente.example.nl/vangnet-api']) {
      const response = await fetch(`${base}/v1/catalog`, { headers: authorization });
      assert.equal(CatalogSchema.parse(await response.json()).region.id, 'haaglanden');
    }
    const created = await fetch('https://api.example.org/v1/callback-requests', {
      method: 'POST',
      headers: {
        ...authorization,
        'Idempotency-Key': 'node-1',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ location: 'jongerenpunt070', name: 'Jongere', phone: '06 00000000' }),
    });
    assert.equal(created.status, 201);
    assert.equal(mock.store.callbackRequests.length, 1);
    mock.reset();
    assert.equal(mock.store.callbackRequests.length, 0);
  });
});

describe('npm run mock (standalone server)', () => {
  let child: ReturnType<typeof spawn>;
  let base = '';

  before(async () => {
    const serve = fileURLToPath(new URL('./bin/serve.ts', import.meta.url));
    child = spawn(process.execPath, ['--conditions=source', serve], {
      // The real clock: the Node example below books "in the next two weeks", on any date.
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout?.setEncoding('utf8');
    while (!/http:\/\/127\.0\.0\.1:\d+/.test(output)) {
      const [chunk] = (await once(child.stdout!, 'data')) as [string];
      output += chunk;
    }
    base = /http:\/\/127\.0\.0\.1:\d+/.exec(output)![0];
  });
  after(() => child.kill());

  it('prints its URL and answers the catalog for the demo key, as curl would ask', async () => {
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${base}/v1/catalog`, { headers: authorization });
    assert.equal(response.status, 200);
    assert.equal(CatalogSchema.parse(await response.json()).municipalities.length, 9);
    const denied = await fetch(`${base}/v1/catalog`);
    assert.equal(denied.status, 401);
    assert.equal(denied.headers.get('Content-Type'), 'application/problem+json');
  });

  it('streams request bodies in, answers preflights, and is steered through /__mock', async () => {
    const preflight = await fetch(`${base}/v1/referrals`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    const body = JSON.stringify({
      location: 'jongerenpunt070',
      name: 'Jongere',
      phone: '06 00000000',
    });
    const created = await fetch(`${base}/v1/callback-requests`, {
      method: 'POST',
      headers: {
        ...authorization,
        'Idempotency-Key': 'serve-1',
        'Content-Type': 'application/json',
      },
      body,
    });
    assert.equal(created.status, 201);
    await fetch(`${base}/__mock/scenarios`, {
      method: 'POST',
      body: JSON.stringify({ use: 'offline' }),
    });
    await assert.rejects(fetch(`${base}/v1/catalog`, { headers: authorization }));
    await fetch(`${base}/__mock/reset`, { method: 'POST' });
    assert.equal((await fetch(`${base}/v1/catalog`, { headers: authorization })).status, 200);
  });

  it('serves the Node example: it lists organisations and books through the SDK', async () => {
    const example = fileURLToPath(
      new URL('../../../examples/node/book-appointment.ts', import.meta.url),
    );
    const run = spawn(process.execPath, ['--conditions=source', example], {
      env: { ...process.env, VANGNET_API_URL: base },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    run.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const [code] = (await once(run, 'close')) as [number];
    assert.equal(code, 0);
    assert.match(output, /organisations match "coach"/);
    assert.match(output, /Booked VN-A-[A-Z0-9]{6}/);
    const outbox = (await (await fetch(`${base}/__mock/outbox`)).json()) as { kind: string }[];
    assert.equal(outbox.at(-1)?.kind, 'appointment-booked');
  });
});

describe('mockApiPlugin (@web/dev-server)', () => {
  const plugin = mockApiPlugin({ now: '2026-03-02T09:00:00+01:00' });
  let server: Awaited<ReturnType<typeof startDevServer>>;
  let base = '';

  before(async () => {
    server = await startDevServer({
      config: {
        rootDir: fileURLToPath(new URL('.', import.meta.url)),
        hostname: '127.0.0.1',
        port: 0,
        plugins: [plugin],
        watch: false,
      },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
    const address = server.server?.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(() => server.stop());

  it('serves the API on the pages’ origin and leaves other paths to the dev server', async () => {
    const api = await fetch(`${base}/v1/organisations?q=cardea`, { headers: authorization });
    assert.equal(api.status, 200);
    assert.equal(((await api.json()) as { total: number }).total, 1);
    const file = await fetch(`${base}/index.ts`);
    assert.equal(file.status, 200);
    assert.match(await file.text(), /createMockApi/);
  });

  it('reads scenarios from the page address in the Referer', async () => {
    const response = await fetch(`${base}/v1/slots?location=laak&from=2026-03-02&to=2026-03-06`, {
      headers: { ...authorization, Referer: `${base}/examples/booking.html?mock=full-calendar` },
    });
    assert.deepEqual(await response.json(), { items: [] });
    assert.equal(plugin.mock.scenarios.state.fullCalendar, false);
  });
});
