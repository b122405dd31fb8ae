// The server's kept answers of reference data: gzipped once for clients that accept it, with a
// tag of their own, and 304 for either tag. The free slots' kept answers: gzipped too, never
// stale after a booking. In-process on PGlite.
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { openPGlite, type Database } from '@vangnet/server';
import { book, messageServer, type MessageServer } from './support/message-harness.ts';

describe('kept answers of reference data', () => {
  let db: Database;
  let target: MessageServer;
  before(async () => {
    db = await openPGlite('memory://');
    target = await messageServer(db, '2026-03-02T09:00:00+01:00');
  });
  after(async () => target?.server.close());

  it('sends the catalog gzipped to a client that accepts gzip, the same JSON, another tag', async () => {
    const plain = await target.call('/v1/catalog');
    const zipped = await target.call('/v1/catalog', {
      headers: { 'Accept-Encoding': 'br;q=1, gzip;q=0.8' },
    });
    assert.equal(plain.headers.get('Content-Encoding'), null);
    assert.equal(zipped.headers.get('Content-Encoding'), 'gzip');
    assert.match(zipped.headers.get('Vary') ?? '', /Accept-Encoding/);
    const body = Buffer.from(await zipped.arrayBuffer());
    const text = await plain.text();
    assert.ok(body.length < text.length / 3, `${body.length} bytes gzipped of ${text.length}`);
    assert.equal(gunzipSync(body).toString('utf8'), text);
    const tag = plain.headers.get('ETag') ?? '';
    assert.equal(zipped.headers.get('ETag'), tag.replace(/"$/, '-gzip"'));
  });

  it('answers identity to gzip;q=0, and 304 for either tag', async () => {
    const refused = await target.call('/v1/catalog', {
      headers: { 'Accept-Encoding': 'gzip;q=0' },
    });
    assert.equal(refused.headers.get('Content-Encoding'), null);
    const tag = refused.headers.get('ETag') ?? '';
    for (const [encoding, ifNoneMatch] of [
      ['gzip', tag],
      ['identity', tag.replace(/"$/, '-gzip"')],
      ['gzip', tag.replace(/"$/, '-gzip"')],
    ] as const) {
      const again = await target.call('/v1/catalog', {
        headers: { 'Accept-Encoding': encoding, 'If-None-Match': ifNoneMatch },
      });
      assert.equal(again.status, 304, `${encoding} with ${ifNoneMatch}`);
    }
  });

  it('keeps a month of free slots gzipped, and a booking takes its slot out of the next answer', async () => {
    const month = '/v1/slots?location=laak&from=2026-03-03&to=2026-03-31';
    const gzip = { headers: { 'Accept-Encoding': 'gzip' } };
    const plain = await target.call(month);
    const text = await plain.text();
    const { items } = JSON.parse(text) as { items: { id: string }[] };
    assert.ok(items.length > 20, `${items.length} free slots`);
    const first = await target.call(month, gzip);
    const again = await target.call(month, gzip);
    assert.equal(first.headers.get('Content-Encoding'), 'gzip');
    assert.match(first.headers.get('Vary') ?? '', /Accept-Encoding/);
    const firstBody = gunzipSync(Buffer.from(await first.arrayBuffer())).toString('utf8');
    assert.equal(firstBody, text);
    assert.equal(gunzipSync(Buffer.from(await again.arrayBuffer())).toString('utf8'), text);
    const booked = await book(target, '2026-03-03', { slotId: items[0]!.id });
    assert.equal(booked.slot.id, items[0]!.id);
    const after = JSON.parse(
      gunzipSync(Buffer.from(await (await target.call(month, gzip)).arrayBuffer())).toString(
        'utf8',
      ),
    ) as { items: { id: string }[] };
    assert.deepEqual(
      after.items.map((slot) => slot.id),
      items.slice(1).map((slot) => slot.id),
    );
    const identity = (await (await target.call(month)).json()) as { items: { id: string }[] };
    assert.equal(identity.items.length, items.length - 1);
  });
});
