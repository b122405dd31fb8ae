import { test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { InputError } from '@vangnet/sdk';
import {
  assertCommonHeaders,
  idempotencyKeyOf,
  onlyRequest,
  sent,
  server,
  testClient,
  url,
  useApi,
} from '../testing/api.ts';
import {
  appointment,
  appointmentCreated,
  appointmentInput,
  callbackCreated,
  callbackInput,
  location,
  slot,
} from '../testing/fixtures.ts';

useApi();

test('locations.list asks for one municipality', async () => {
  server.use(http.get(url('v1/locations'), () => HttpResponse.json({ items: [location] })));
  assert.deepEqual(await testClient().locations.list({ municipality: 'den-haag' }), {
    items: [location],
  });
  const request = onlyRequest();
  assertCommonHeaders(request);
  assert.equal(new URL(request.url).search, '?municipality=den-haag');
});

test('slots.list sends location, topic, channel and the date range', async () => {
  server.use(http.get(url('v1/slots'), () => HttpResponse.json({ items: [slot] })));
  const query = {
    location: 'jongerenpunt070',
    topic: 'school',
    channel: 'video',
    from: '2026-12-01',
    to: '2026-12-07',
  } as const;
  assert.deepEqual(await testClient().slots.list(query), { items: [slot] });
  assert.deepEqual(Object.fromEntries(new URL(onlyRequest().url).searchParams), query);
});

test('slots.list refuses a range given in Dutch notation before sending', async () => {
  await assert.rejects(
    testClient().slots.list({ location: 'jongerenpunt070', from: '01-12-2026', to: '2026-12-07' }),
    InputError,
  );
  assert.equal(sent.length, 0);
});

test('appointments.book posts the booking with an idempotency key', async () => {
  server.use(
    http.post(url('v1/appointments'), () => HttpResponse.json(appointmentCreated, { status: 201 })),
  );
  assert.deepEqual(
    await testClient().appointments.book(appointmentInput, { idempotencyKey: 'book-1' }),
    appointmentCreated,
  );
  const request = onlyRequest();
  assertCommonHeaders(request);
  assert.equal(idempotencyKeyOf(request), 'book-1');
  assert.deepEqual(await request.json(), appointmentInput);
});

test('appointments.book refuses contact details without an email or phone', async () => {
  await assert.rejects(
    testClient().appointments.book({
      ...appointmentInput,
      contact: { name: 'Sam', preferred: 'email' },
    }),
    (error) => {
      assert.ok(error instanceof InputError);
      assert.deepEqual(error.fieldIssues[0]?.path, ['contact', 'email']);
      assert.equal(error.fieldIssues[0]?.code, 'contact-required');
      return true;
    },
  );
  assert.equal(sent.length, 0);
});

test('appointments.get sends the manage token as a header and encodes the reference', async () => {
  server.use(http.get(url('v1/appointments/:reference'), () => HttpResponse.json(appointment)));
  assert.deepEqual(await testClient().appointments.get('VN A/7', 'tok_manage_1'), appointment);
  const request = onlyRequest();
  assert.equal(request.url, url('v1/appointments/VN%20A%2F7'));
  assert.equal(request.headers.get('vangnet-token'), 'tok_manage_1');
});

test('appointments.cancel posts to /cancel with token and idempotency key', async () => {
  const cancelled = { ...appointment, status: 'cancelled' as const };
  server.use(
    http.post(url('v1/appointments/VN-A-7K3M9Q/cancel'), () => HttpResponse.json(cancelled)),
  );
  assert.deepEqual(
    await testClient().appointments.cancel('VN-A-7K3M9Q', 'tok_manage_1'),
    cancelled,
  );
  const request = onlyRequest();
  assert.equal(request.headers.get('vangnet-token'), 'tok_manage_1');
  assert.ok(idempotencyKeyOf(request));
});

test('appointments.reschedule posts the new slot id', async () => {
  const moved = { ...appointment, slot: { ...slot, id: 'slot-2' } };
  server.use(
    http.post(url('v1/appointments/VN-A-7K3M9Q/reschedule'), () => HttpResponse.json(moved)),
  );
  const result = await testClient().appointments.reschedule(
    'VN-A-7K3M9Q',
    'tok_manage_1',
    'slot-2',
    {
      idempotencyKey: 'move-1',
    },
  );
  assert.equal(result.slot.id, 'slot-2');
  const request = onlyRequest();
  assert.deepEqual(await request.json(), { slotId: 'slot-2' });
  assert.equal(idempotencyKeyOf(request), 'move-1');
  assert.equal(request.headers.get('vangnet-token'), 'tok_manage_1');
});

test('callbackRequests.create posts the request', async () => {
  server.use(
    http.post(url('v1/callback-requests'), () =>
      HttpResponse.json(callbackCreated, { status: 201 }),
    ),
  );
  assert.deepEqual(await testClient().callbackRequests.create(callbackInput), callbackCreated);
  const request = onlyRequest();
  assertCommonHeaders(request);
  assert.ok(idempotencyKeyOf(request));
  assert.deepEqual(await request.json(), callbackInput);
});

test('callbackRequests.create refuses a phone number that is not one', async () => {
  await assert.rejects(
    testClient().callbackRequests.create({ ...callbackInput, phone: '12345' }),
    (error) => {
      assert.ok(error instanceof InputError);
      assert.deepEqual(error.fieldIssues[0], {
        path: ['phone'],
        code: 'phone',
        message: 'Not a Dutch or international phone number.',
      });
      return true;
    },
  );
});
