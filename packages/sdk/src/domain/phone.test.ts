import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isDutchMobileNumber,
  isDutchPostcode,
  isPhoneNumber,
  normalisePhoneNumber,
} from '@vangnet/sdk';

test('Dutch numbers in the ways people type them become E.164', () => {
  assert.equal(normalisePhoneNumber('06 00000000'), '+31600000000');
  assert.equal(normalisePhoneNumber('06-0000 0000'), '+31600000000');
  assert.equal(normalisePhoneNumber('070 000 0000'), '+31700000000');
  assert.equal(normalisePhoneNumber('(070) 000-0000'), '+31700000000');
  assert.equal(normalisePhoneNumber('+31 6 00000000'), '+31600000000');
  assert.equal(normalisePhoneNumber('0031 6 00000000'), '+31600000000');
});

test('international numbers in E.164, as newcomers give them', () => {
  assert.equal(normalisePhoneNumber('+48 600 000 000'), '+48600000000');
  assert.equal(normalisePhoneNumber('0048600000000'), '+48600000000');
  assert.equal(isPhoneNumber('+1 202 000 0000'), true);
});

test('what is not a phone number', () => {
  for (const input of [
    '',
    '12345',
    '06 0000000',
    '06 000000000',
    '+31 06 00000000',
    '+0 600',
    'zes',
    '+123456789012345678',
  ])
    assert.equal(isPhoneNumber(input), false, input);
});

test('Dutch mobile numbers: 06, +316, 00316 only', () => {
  assert.equal(isDutchMobileNumber('06 00000000'), true);
  assert.equal(isDutchMobileNumber('+316 00000000'), true);
  assert.equal(isDutchMobileNumber('070 000 0000'), false);
  assert.equal(isDutchMobileNumber('+48 600 000 000'), false);
});

test('Dutch postcodes, with or without the space, never SA, SD or SS', () => {
  for (const ok of ['2511 AB', '2511AB', '2511 ab', ' 1000 AA '])
    assert.equal(isDutchPostcode(ok), true, ok);
  for (const bad of ['0511 AB', '2511 SS', '2511 SA', '2511 SD', '251 AB', '2511 A', 'AB 2511'])
    assert.equal(isDutchPostcode(bad), false, bad);
});
