// The server's kept answers of reference data: gzipped once for clients that accept it, with a
// tag of their own, and 304 for either tag. In-process on PGlite.
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { openPGlite, type Database } from '@vangnet/server';
import { messageServer, type MessageServer } from './support/message-harness.ts';

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
});
