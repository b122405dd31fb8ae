import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consentParties } from '@vangnet/sdk';
import { catalog } from '../testing/fixtures.ts';

test('the default consent bands: parents under 12, both 12 to 15, the young person from 16', () => {
  const parties = (age: number) => consentParties(catalog.rules, 'pluscoaching', age);
  assert.deepEqual(parties(11), ['parent']);
  assert.deepEqual(parties(12), ['young-person', 'parent']);
  assert.deepEqual(parties(15), ['young-person', 'parent']);
  assert.deepEqual(parties(16), ['young-person']);
  assert.deepEqual(parties(17), ['young-person']);
  assert.deepEqual(parties(18), ['young-person']);
});

test('each service has its own bands; an age no band covers gives undefined, not "no consent"', () => {
  assert.deepEqual(consentParties(catalog.rules, 'absenteeism', 17), ['parent']);
  const gapped = {
    consent: { pluscoaching: [{ fromAge: 12, toAge: 16, parties: ['parent' as const] }] },
  };
  assert.equal(consentParties(gapped, 'pluscoaching', 11), undefined);
  assert.equal(consentParties(gapped, 'pluscoaching', 16), undefined);
  assert.equal(consentParties(gapped, 'absenteeism', 14), undefined);
});
