import { expect } from '@open-wc/testing';
import * as sdk from '@vangnet/sdk';
import {
  ApiError,
  InputError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  VangnetError,
  errorFromResponse,
  problemTypeBase,
  type InvalidResponseReason,
} from '@vangnet/sdk';
import { ERROR_CODES, errorCode, type ErrorCode } from './error-code.ts';

/** An API answer with the problem `name` and `status`, made into an error by the SDK's factory. */
const answered = (name: string, status: number) =>
  errorFromResponse({
    status,
    body: { type: `${problemTypeBase}${name}`, title: name, status },
    headers: new Headers(),
  });

/** Every problem type of api.md with its status: the code is the problem type's name. */
const problems: readonly [ErrorCode, number][] = [
  ['malformed-request', 400],
  ['idempotency-key-missing', 400],
  ['unauthorised', 401],
  ['origin-not-allowed', 403],
  ['not-found', 404],
  ['slot-taken', 409],
  ['idempotency-in-progress', 409],
  ['validation', 422],
  ['age-out-of-bounds', 422],
  ['consent-missing', 422],
  ['idempotency-mismatch', 422],
  ['rate-limited', 429],
  ['server-error', 500],
  ['unavailable', 503],
];

const reasons: readonly InvalidResponseReason[] = [
  'empty',
  'not-json',
  'schema',
  'unexpected-status',
  'pagination',
];

/** Failures without a problem the API meant, and what the SDK may be handed by a host. */
const others: readonly [string, unknown, ErrorCode][] = [
  ['NetworkError', new NetworkError(), 'network'],
  ['TimeoutError', new TimeoutError(), 'timeout'],
  ...reasons.map((reason): [string, unknown, ErrorCode] => [
    `InvalidResponseError (${reason})`,
    new InvalidResponseError(reason, { status: 200 }),
    'invalid-response',
  ]),
  [
    'InputError',
    new InputError([{ path: ['email'], code: 'invalid_format', message: 'x' }]),
    'validation',
  ],
  ['a 409 without a type', answered('conflict', 409), 'invalid-response'],
  [
    'a proxy page on 502',
    errorFromResponse({ status: 502, body: '<html>', headers: new Headers() }),
    'server-error',
  ],
  ['a bare ApiError of a 404', new ApiError('x', { status: 404 }), 'not-found'],
  ['a bare VangnetError', new VangnetError('x'), 'invalid-response'],
  ['a fetch TypeError', new TypeError('Failed to fetch'), 'network'],
  ['an AbortSignal.timeout', new DOMException('late', 'TimeoutError'), 'timeout'],
  ['a bug', new Error('Jan de Vries'), 'invalid-response'],
  ['not an error', 'oops', 'invalid-response'],
];

describe('error codes: one vocabulary for vangnet-error', () => {
  for (const [name, status] of problems) {
    it(`problem ${name} (${status}) is code ${name}`, () => {
      expect(errorCode(answered(name, status))).to.equal(name);
    });
  }

  for (const [label, error, code] of others) {
    it(`${label} is code ${code}`, () => {
      expect(errorCode(error)).to.equal(code);
    });
  }

  it('covers every error class the SDK exports, and reaches every documented code', () => {
    const cases = [
      ...problems.map(([name, status]) => answered(name, status)),
      ...others.map(([, error]) => error),
    ];
    const classes = Object.values(sdk).filter(
      (value): value is typeof VangnetError =>
        typeof value === 'function' && value.prototype instanceof Error,
    );
    const untested = classes.filter(
      (errorClass) => !cases.some((error) => error?.constructor === errorClass),
    );
    expect(untested.map((errorClass) => errorClass.name)).to.deep.equal([]);
    const reached = new Set(cases.map((error) => errorCode(error)));
    expect(ERROR_CODES.filter((code) => !reached.has(code))).to.deep.equal([]);
  });
});
