// Text messages through the HTTP gateway adapter, against a stub of the provider on 127.0.0.1:
// its 429 (with Retry-After) and 5xx are tried again with the same idempotency key, a 400 is a
// dead letter; the text fits one GSM-7 SMS with the short manage link.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  createLogger,
  createOutboxWorker,
  fitSms,
  gsm7Length,
  httpSmsTransport,
  openPGlite,
  toE164,
  toGsm7,
  type Database,
} from '@vangnet/server';
import {
  book,
  dateOfBirth,
  manageUrl,
  messageServer,
  outboxRows,
  publicUrl,
  resetData,
  secretsFound,
  cancelAsJongerenpunt,
  type MessageServer,
} from './support/message-harness.ts';

interface StubRequest {
  headers: IncomingMessage['headers'];
  body: { reference: string; originator: string; recipients: string[]; body: string };
}

/** The provider: answers with the next planned status (then 200), recording every request. */
async function startGateway() {
  const requests: StubRequest[] = [];
  const plan: { status: number; retryAfter?: string }[] = [];
  const server: Server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      requests.push({ headers: request.headers, body: JSON.parse(text) as StubRequest['body'] });
      const next = plan.shift() ?? { status: 200 };
      response.writeHead(next.status, {
        'Content-Type': 'application/json',
        ...(next.retryAfter ? { 'Retry-After': next.retryAfter } : {}),
      });
      response.end(JSON.stringify(next.status === 200 ? { id: 'gw-1' } : { error: 'no' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/messages`,
    requests,
    plan,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const start = '2026-03-02T09:00:00+01:00';
const sms = { name: 'Sam', phone: '06 12345678', preferred: 'sms' };

describe('text messages through the HTTP gateway', () => {
  let db: Database;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let target: MessageServer;
  const tokens: string[] = [];

  before(async () => {
    db = await openPGlite('memory://');
    gateway = await startGateway();
    target = await messageServer(db, start, {
      VANGNET_SMS_URL: gateway.url,
      VANGNET_SMS_KEY: 'test-gateway-key',
      VANGNET_SMS_SENDER: 'Jongerenpnt',
      VANGNET_DEV_SIGNIN: '1',
    });
  });
  beforeEach(async () => {
    target.setNow(start);
    gateway.requests.length = 0;
    gateway.plan.length = 0;
    await resetData(db);
  });
  after(async () => {
    await target.server.close();
    await gateway.close();
  });

  it('sends the confirmation in one GSM-7 SMS with the short manage link', async () => {
    const booked = await book(target, '2026-03-05', { contact: sms, location: 'jongerenpunt070' });
    tokens.push(booked.token);
    assert.deepEqual(await target.server.messages.deliverDue(), { sent: 1, retried: 0, dead: 0 });
    const [request] = gateway.requests;
    const [row] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.equal(request?.headers.authorization, 'Bearer test-gateway-key');
    assert.equal(request?.headers['idempotency-key'], row?.id);
    assert.deepEqual(request?.body.recipients, ['+31612345678']);
    assert.equal(request?.body.originator, 'Jongerenpnt');
    const text = request!.body.body;
    assert.ok(text.includes(`${publicUrl}/m#beheer=${booked.reference}.${booked.token}`), text);
    assert.ok(text.includes(booked.reference));
    assert.ok((gsm7Length(text) ?? Infinity) <= 160, `one SMS: ${text.length} characters`);
    assert.ok(!text.includes('Sam'), 'no name');
    const short = await target.server.app.fetch(new Request(`${publicUrl}/m`));
    assert.equal(short.status, 302, 'the short link redirects; the browser keeps the fragment');
    assert.equal(short.headers.get('Location'), manageUrl);
  });

  it('tries 429 (after its Retry-After) and 5xx again with the same key; 200 is sent once', async () => {
    gateway.plan.push({ status: 429, retryAfter: '120' }, { status: 503 }, { status: 502 });
    tokens.push((await book(target, '2026-03-05', { contact: sms })).token);
    assert.deepEqual(await target.server.messages.deliverDue(), { sent: 0, retried: 1, dead: 0 });
    const [waiting] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    const wait = new Date(waiting!.next_attempt_at).getTime() - target.now().getTime();
    assert.ok(wait >= 120_000, `waits for Retry-After (${wait} ms)`);
    assert.equal(waiting?.last_error, 'SMS gateway 429');
    target.setNow(new Date(target.now().getTime() + 60_000));
    assert.equal((await target.server.messages.deliverDue()).retried, 0, 'not before Retry-After');
    for (const status of ['SMS gateway 503', 'SMS gateway 502']) {
      target.setNow(new Date(target.now().getTime() + 10 * 60_000));
      assert.equal((await target.server.messages.deliverDue()).retried, 1);
      const [row] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
      assert.equal(row?.last_error, status);
    }
    target.setNow(new Date(target.now().getTime() + 30 * 60_000));
    assert.equal((await target.server.messages.deliverDue()).sent, 1);
    target.setNow(new Date(target.now().getTime() + 6 * 3_600_000));
    await target.server.messages.deliverDue();
    const keys = gateway.requests.map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 4, 'three refusals, one delivery, nothing after');
    assert.equal(new Set(keys).size, 1, 'one idempotency key for every attempt');
  });

  it('a 400 is final: a dead letter staff can see', async () => {
    gateway.plan.push({ status: 400 });
    tokens.push((await book(target, '2026-03-05', { contact: sms })).token);
    assert.deepEqual(await target.server.messages.deliverDue(), { sent: 0, retried: 0, dead: 1 });
    const [row] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.deepEqual([row?.state, row?.last_error], ['dead', 'SMS gateway 400']);
  });

  it('is a dead letter after the last attempt (5xx every time)', async () => {
    const worker = createOutboxWorker({
      db,
      clock: { now: () => target.now() },
      log: createLogger('silent'),
      transports: { sms: httpSmsTransport({ url: gateway.url, key: 'k', sender: 'Vangnet' }) },
      maxAttempts: 2,
      retentionDays: 30,
      pollMs: 60_000,
    });
    gateway.plan.push({ status: 500 }, { status: 500 });
    tokens.push((await book(target, '2026-03-05', { contact: sms })).token);
    assert.deepEqual(await worker.deliverDue(), { sent: 0, retried: 1, dead: 0 });
    target.setNow(new Date(target.now().getTime() + 10 * 60_000));
    assert.deepEqual(await worker.deliverDue(), { sent: 0, retried: 0, dead: 1 });
    const [row] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.deepEqual([row?.state, row?.attempts], ['dead', 2]);
  });

  it("a casemanager's cancellation by SMS: in one SMS, that it cannot go ahead and the phone to book again", async () => {
    const booked = await book(target, '2026-03-05', { contact: sms, location: 'jongerenpunt070' });
    tokens.push(booked.token);
    await target.server.messages.deliverDue();
    const answer = await cancelAsJongerenpunt(target, booked.reference, {
      reason: 'location-closed',
    });
    assert.equal(answer.status, 200);
    await target.server.messages.deliverDue();
    assert.equal(gateway.requests.length, 2);
    const text = gateway.requests[1]!.body.body;
    assert.ok(text.startsWith('Gaat niet door: afspraak casemanager'), text);
    assert.ok(text.includes('070 000 0070'), 'the phone to book again');
    assert.ok(!text.includes('#beheer='), 'no manage link');
    assert.ok((gsm7Length(text) ?? Infinity) <= 160, `one SMS: ${text.length} characters`);
    assert.deepEqual(
      (await outboxRows(db)).filter((m) => m.kind === 'appointment-reminder'),
      [],
      'the reminder is withdrawn',
    );
  });

  it('confirms a call-back request by SMS, without the name', async () => {
    const response = await target.call('/v1/callback-requests', {
      body: {
        location: 'jongerenpunt070',
        name: 'Sam Voorbeeld',
        phone: '06 12345678',
        dateOfBirth,
      },
    });
    assert.equal(response.status, 201);
    const { reference } = (await response.json()) as { reference: string };
    await target.server.messages.deliverDue();
    const text = gateway.requests[0]?.body.body ?? '';
    assert.ok(text.includes(reference) && text.includes('Jongerenpunt070'), text);
    assert.ok(!text.includes('Sam') && !text.includes(dateOfBirth));
    // A Dutch landline gets no text message.
    await target.call('/v1/callback-requests', {
      body: { location: 'jongerenpunt070', name: 'Sam', phone: '070 1234567' },
    });
    assert.equal((await target.server.messages.deliverDue()).sent, 0);
  });

  it('says once at start that email stays in the outbox without VANGNET_SMTP_URL', async () => {
    const lines = target.logs.filter((line) => line.includes('VANGNET_SMTP_URL is not set'));
    assert.equal(lines.length, 1);
    assert.ok(lines[0]?.includes('listed at /staff/outbox'), lines[0]);
    tokens.push((await book(target, '2026-03-05')).token);
    await target.server.messages.deliverDue();
    const [row] = (await outboxRows(db)).filter((m) => m.kind === 'appointment-booked');
    assert.deepEqual([row?.channel, row?.state, row?.attempts], ['email', 'pending', 0]);
    assert.equal(target.logs.filter((line) => line.includes('VANGNET_SMTP_URL')).length, 1);
  });

  it('keeps no date of birth in the logs or messages, and no token once delivered', async () => {
    await resetData(db);
    tokens.push((await book(target, '2026-03-05', { contact: sms })).token);
    target.setNow('2026-03-06T09:00:00+01:00');
    await target.server.messages.deliverDue();
    assert.deepEqual(await secretsFound(db, target.logs, [dateOfBirth, ...tokens]), []);
  });
});

describe('GSM-7', () => {
  it('counts septets, extension characters twice, and refuses what is not in the alphabet', () => {
    assert.equal(gsm7Length('Afspraak 10:00'), 14);
    assert.equal(gsm7Length('€ [x]'), 8);
    assert.equal(gsm7Length('Zoë'), undefined);
    assert.equal(toGsm7('Zoë – “café”'), 'Zoe - "café"');
  });
  it('takes the richest text that fits 160, else the shortest', () => {
    assert.equal(fitSms(['x'.repeat(161), 'y'.repeat(160)]), 'y'.repeat(160));
    assert.equal(fitSms(['x'.repeat(200), 'y'.repeat(170)]), 'y'.repeat(170));
  });
  it('writes numbers as E.164', () => {
    assert.equal(toE164('06-12 34 56 78'), '+31612345678');
    assert.equal(toE164('0031612345678'), '+31612345678');
    assert.equal(toE164('+44 7700 900123'), '+447700900123');
  });
});
