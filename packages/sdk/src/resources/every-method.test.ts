// Each method of every resource group, against the same failure answers: each must parse with its
// own schema, map error answers to typed errors, and give up at once on an aborted signal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createClient,
  InvalidResponseError,
  UnauthorisedError,
  type RequestOptions,
  type VangnetClient,
} from '@vangnet/sdk';
import { appointmentInput, callbackInput, problem, referralInput } from '../testing/fixtures.ts';

const methods: Record<
  string,
  (client: VangnetClient, options: RequestOptions) => Promise<unknown>
> = {
  'catalog.get': (c, o) => c.catalog.get({}, o),
  'organisations.list': (c, o) => c.organisations.list({}, o),
  'organisations.get': (c, o) => c.organisations.get('stichting-voorbeeld', o),
  'organisations.all': async (c, o) => {
    for await (const page of c.organisations.all({}, o)) return page;
  },
  'referrals.create': (c, o) => c.referrals.create(referralInput, o),
  'referrals.get': (c, o) => c.referrals.get('r-1', 'tok', o),
  'locations.list': (c, o) => c.locations.list({}, o),
  'slots.list': (c, o) =>
    c.slots.list({ location: 'jongerenpunt070', from: '2026-12-01', to: '2026-12-07' }, o),
  'appointments.book': (c, o) => c.appointments.book(appointmentInput, o),
  'appointments.get': (c, o) => c.appointments.get('VN-A-1', 'tok', o),
  'appointments.cancel': (c, o) => c.appointments.cancel('VN-A-1', 'tok', o),
  'appointments.reschedule': (c, o) => c.appointments.reschedule('VN-A-1', 'tok', 'slot-2', o),
  'callbackRequests.create': (c, o) => c.callbackRequests.create(callbackInput, o),
};

const clientAnswering = (answer: () => Response) => {
  let calls = 0;
  const client = createClient({
    baseUrl: 'https://api.example.org',
    partnerKey: 'pk_test',
    retry: 0,
    fetch: async () => {
      calls += 1;
      return answer();
    },
  });
  return { client, calls: () => calls };
};

for (const [name, call] of Object.entries(methods)) {
  test(`${name}: a JSON answer of another shape is an InvalidResponseError`, async () => {
    const { client } = clientAnswering(() => Response.json({ unexpected: true }));
    await assert.rejects(call(client, {}), (error) => {
      assert.ok(error instanceof InvalidResponseError);
      assert.equal(error.reason, 'schema');
      assert.equal(error.operation, name.replace('organisations.all', 'organisations.list'));
      return true;
    });
  });

  test(`${name}: a 401 problem is an UnauthorisedError`, async () => {
    const { client } = clientAnswering(() =>
      Response.json(problem('unauthorised', 401), { status: 401 }),
    );
    await assert.rejects(call(client, {}), UnauthorisedError);
  });

  test(`${name}: an aborted signal rejects with AbortError and sends nothing`, async () => {
    const { client, calls } = clientAnswering(() => Response.json({}));
    await assert.rejects(call(client, { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(calls(), 0);
  });
}
