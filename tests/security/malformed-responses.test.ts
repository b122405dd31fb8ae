// Malformed answers, generated from each method's real answer by the mock: every one ends in a
// VangnetError (an InvalidResponseError where the contract cannot be met) or in valid data —
// never a crash, a hang, or a polluted Object.prototype.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidResponseError, isVangnetError } from '@vangnet/sdk';
import {
  hostileProblems,
  malformedAnswers,
  type MalformedAnswer,
} from './support/malformed-answers.ts';
import {
  clientOf,
  preparedMock,
  sdkMethods,
  type Prepared,
  type SdkMethod,
} from './support/sdk-methods.ts';
import { organisation } from '../../packages/sdk/src/testing/fixtures.ts';
import { tally, watchUnhandledRejections, within, type SecurityCase } from './support/tally.ts';

/** The first answer of `method` against a fresh mock: the valid answer the cases start from. */
async function validAnswer(method: SdkMethod) {
  const { mock, prepared } = await preparedMock();
  let first: { status: number; body: unknown } | undefined;
  const client = clientOf(async (input, init) => {
    const response = await mock.fetch(input, init);
    first ??= { status: response.status, body: await response.clone().json() };
    return response;
  });
  await method.call(client, prepared);
  assert.ok(first, `${method.name} sent nothing`);
  return { ...first, prepared, mock };
}

const unpolluted = () => {
  const probe: Record<string, unknown> = {};
  assert.equal(probe['polluted'], undefined, 'Object.prototype polluted');
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
};

function answerCase(
  method: SdkMethod,
  prepared: Prepared,
  forward: typeof fetch,
  answer: MalformedAnswer,
): SecurityCase {
  return {
    name: `${method.name}: ${answer.name}`,
    async run() {
      let answered = false;
      const client = clientOf(
        async (input, init) => {
          // The malformed answer first; a list's further pages come from the mock.
          if (answered) return forward(input, init);
          answered = true;
          const response = new Response(answer.body === '' ? null : answer.body, {
            status: answer.status,
          });
          // A string body gets text/plain by default; "no content type" means none at all.
          response.headers.delete('content-type');
          if (answer.contentType) response.headers.set('content-type', answer.contentType);
          return response;
        },
        { retry: 0 },
      );
      const outcome = await within(
        method.call(client, prepared).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        ),
        5000,
        'the call',
      );
      unpolluted();
      if ('error' in outcome) {
        assert.ok(isVangnetError(outcome.error), `not a VangnetError: ${String(outcome.error)}`);
        if (answer.mustFail)
          assert.ok(outcome.error instanceof InvalidResponseError, String(outcome.error));
      } else {
        assert.ok(!answer.mustFail, 'answered with data the contract does not allow');
        assert.equal(answer.status < 300, true, 'an error status answered as data');
      }
    },
  };
}

test('malformed answers to every SDK method are typed errors, never crashes', async () => {
  const rejections = watchUnhandledRejections();
  const cases: SecurityCase[] = [];
  for (const method of sdkMethods) {
    const { status, body, prepared, mock } = await validAnswer(method);
    const forward = mock.fetch;
    for (const answer of malformedAnswers(status, body as never))
      cases.push(answerCase(method, prepared, forward, answer));
    for (const problem of hostileProblems())
      cases.push(answerCase(method, prepared, forward, { ...problem, mustFail: false }));
  }
  const tried = await tally('malformed responses', cases);
  assert.ok(tried >= 1000, `only ${tried} cases`);
  assert.deepEqual(await rejections.stop(), [], 'unhandled rejections');
});

test('organisations.all against cursors that never end: an InvalidResponseError, not a hang', async () => {
  const cursorLoops: [string, (call: number) => string][] = [
    ['the same cursor on every page', () => 'again'],
    ['two cursors taking turns', (call) => (call % 2 === 0 ? 'even' : 'odd')],
  ];
  for (const [what, cursorOf] of cursorLoops) {
    let calls = 0;
    const client = clientOf(async () =>
      Response.json({ items: [organisation], total: 1, nextCursor: cursorOf(calls++) }),
    );
    const walk = async () => {
      for await (const page of client.organisations.all()) assert.ok(page.items.length > 0);
    };
    await assert.rejects(within(walk(), 2000, what), InvalidResponseError, what);
  }
  console.log('security: malformed responses — 2 endless cursor chains tried, 0 failed');
});
