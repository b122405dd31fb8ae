// A server keeps a known partner key for a short time and a made-up one never.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApiContext } from './context.ts';
import { partnerKeyOf } from './key-cache.ts';
import type { PartnerKey } from './store.ts';

const known: PartnerKey = { id: 'key_1', region: 'haaglanden', origins: ['loopback'] };

/** An API whose store counts its reads of keys; `keys` may change between them. */
function apiWith(keys: Map<string, PartnerKey>, partnerKeyTtlMs: number) {
  const reads: string[] = [];
  const api = {
    caching: { versionTtlMs: 1000, maxAnswers: 10, partnerKeyTtlMs },
    store: {
      async partnerKey(key: string) {
        reads.push(key);
        return keys.get(key);
      },
    },
  } as unknown as ApiContext;
  return { api, reads };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('partner keys kept by a server', () => {
  it('reads a known key once for requests at once and within its time, then again', async () => {
    const keys = new Map([['pk_a', known]]);
    const { api, reads } = apiWith(keys, 40);
    const first = await Promise.all([1, 2, 3].map(() => partnerKeyOf(api, 'pk_a')));
    assert.deepEqual(first, [known, known, known]);
    assert.equal((await partnerKeyOf(api, 'pk_a'))?.id, 'key_1');
    assert.equal(reads.length, 1);
    keys.delete('pk_a'); // revoked
    await wait(60);
    assert.equal(await partnerKeyOf(api, 'pk_a'), undefined);
    assert.equal(reads.length, 2);
  });

  it('keeps no unknown key: one added a moment later is taken at once', async () => {
    const keys = new Map<string, PartnerKey>();
    const { api, reads } = apiWith(keys, 60_000);
    assert.equal(await partnerKeyOf(api, 'pk_new'), undefined);
    keys.set('pk_new', known);
    assert.equal(await partnerKeyOf(api, 'pk_new'), known);
    assert.equal(reads.length, 2);
  });

  it('keeps nothing when a read fails, and reads each time without caching (the mock)', async () => {
    let fail = true;
    const api = {
      caching: { versionTtlMs: 1000, maxAnswers: 10, partnerKeyTtlMs: 60_000 },
      store: {
        async partnerKey() {
          if (fail) throw new Error('database away');
          return known;
        },
      },
    } as unknown as ApiContext;
    await assert.rejects(partnerKeyOf(api, 'pk_a'), /database away/);
    fail = false;
    assert.equal(await partnerKeyOf(api, 'pk_a'), known);

    const keys = new Map([['pk_a', known]]);
    const { api: mock, reads } = apiWith(keys, 0);
    await partnerKeyOf(mock, 'pk_a');
    await partnerKeyOf(mock, 'pk_a');
    assert.equal(reads.length, 2);
  });
});
