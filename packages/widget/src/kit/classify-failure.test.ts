import { expect } from '@open-wc/testing';
import {
  NetworkError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '@vangnet/sdk';
import { classifyFailure } from './submit-controller.ts';

describe('form kit: which failures a retry can fix', () => {
  it("reads the SDK's errors", () => {
    expect(classifyFailure(new NetworkError())).to.deep.equal({ kind: 'network' });
    expect(classifyFailure(new TimeoutError())).to.deep.equal({ kind: 'network' });
    expect(
      classifyFailure(new RateLimitedError({ status: 429, retryAfterMs: 29_100 })),
    ).to.deep.equal({
      kind: 'rate-limited',
      retryAfterSeconds: 30,
    });
    expect(classifyFailure(new ServerError('unavailable', { status: 503 }))).to.deep.equal({
      kind: 'server',
    });
  });

  it('leaves a 422 to the form, and reads plain fetch faults and statuses', () => {
    expect(classifyFailure(new ValidationError('validation', [], { status: 422 }))).to.equal(
      undefined,
    );
    expect(classifyFailure(new TypeError('Failed to fetch'))).to.deep.equal({ kind: 'network' });
    expect(classifyFailure({ status: 502 })).to.deep.equal({ kind: 'server' });
    expect(classifyFailure({ status: 409 })).to.equal(undefined);
    expect(classifyFailure(new Error('a bug'))).to.equal(undefined);
  });
});
