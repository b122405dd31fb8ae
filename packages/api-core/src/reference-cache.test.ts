// The reference version inside a POST's transaction: read once per transaction, and the read
// then serves the requests after it for the version's time, as a read outside one would.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApiContext } from './context.ts';
import { referenceVersion } from './reference-cache.ts';
import type { StoreReads } from './store.ts';

/** A store (the API's own, or a transaction's) that counts its reads of the version. */
function countingStore(version: () => Promise<string>) {
  const store = {
    reads: 0,
    referenceVersion() {
      store.reads += 1;
      return version();
    },
  };
  return store;
}

const apiOn = (shared: object, versionTtlMs: number) =>
  ({
    caching: { versionTtlMs, maxAnswers: 10, partnerKeyTtlMs: 0 },
    store: shared,
  }) as unknown as ApiContext;

const asReads = (store: object) => store as unknown as StoreReads;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the reference version in a transaction', () => {
  it('is read once per transaction, and that read serves what comes after it', async () => {
    const shared = countingStore(async () => '7');
    const api = apiOn(shared, 60_000);
    const tx = countingStore(async () => '7');
    assert.deepEqual(
      await Promise.all([referenceVersion(api, asReads(tx)), referenceVersion(api, asReads(tx))]),
      ['7', '7'],
    );
    assert.equal(tx.reads, 1);
    // The next transaction and the next request outside one take the version it read.
    const next = countingStore(async () => '7');
    assert.equal(await referenceVersion(api, asReads(next)), '7');
    assert.equal(await referenceVersion(api, asReads(shared)), '7');
    assert.equal(next.reads + shared.reads, 0);
  });

  it('is read again once its time is up, and a failed read is not kept', async () => {
    const api = apiOn(
      countingStore(async () => '1'),
      20,
    );
    assert.equal(await referenceVersion(api, asReads(countingStore(async () => '1'))), '1');
    await wait(40);
    const later = countingStore(async () => '2');
    assert.equal(await referenceVersion(api, asReads(later)), '2', 'a changed version is seen');
    await wait(40);
    let fail = true;
    const flaky = countingStore(async () => {
      if (fail) throw new Error('database away');
      return '3';
    });
    await assert.rejects(referenceVersion(api, asReads(flaky)), /database away/);
    fail = false;
    assert.equal(await referenceVersion(api, asReads(flaky)), '3');
    assert.equal(flaky.reads, 2);
  });
});
