// Helpers for this package's own tests (not shipped): the conformance suite's requests, on a mock.
import { createMockApi, type MockApi, type MockApiOptions } from '@vangnet/api-mock';
import { testNow } from '../../../tests/conformance/support/calls.ts';

export {
  call,
  problemName,
  referral,
  testBase,
  testNow,
  type CallOptions,
} from '../../../tests/conformance/support/calls.ts';

export function testMock(options: MockApiOptions = {}): MockApi {
  return createMockApi({ now: testNow, ...options });
}
