// The workspace's client of the staff API: the token in memory only, sent as a bearer token,
// forgotten on sign-out and on a 401; the development sign-in's absence is not an error.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { StaffClient, StaffRequestError } from '@vangnet/staff/client';

const user = {
  id: 'coordinator-pluscoaching',
  name: 'Coördinator Voorbeeld',
  email: 'coordinator@example.org',
  grants: [{ role: 'coordinator', service: 'pluscoaching', region: 'haaglanden' }],
};
const signedIn = {
  accessToken: 'eyJ.test-token.signature',
  tokenType: 'Bearer',
  expiresIn: 3600,
  user,
};
const me = { subject: 'coordinator-pluscoaching', name: user.name, grants: user.grants };

const realFetch = globalThis.fetch;
const sent: Request[] = [];

/** Answers each request with the next of `answers`, and keeps what was sent. */
function answer(...answers: Response[]): void {
  globalThis.fetch = async (input, init) => {
    sent.push(new Request(input, init));
    const next = answers.shift();
    if (!next) throw new Error('No answer left');
    return next;
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('StaffClient', () => {
  afterEach(() => {
    globalThis.fetch = realFetch;
    sent.length = 0;
  });

  it('signs in, then sends the token as a bearer token', async () => {
    answer(json(signedIn), json(me));
    const client = new StaffClient('http://127.0.0.1:4020/');
    assert.equal(client.signedIn, false);
    await client.devSignIn('coordinator-pluscoaching');
    assert.equal(client.signedIn, true);
    assert.deepEqual(await client.me(), me);
    assert.equal(sent[0]?.url, 'http://127.0.0.1:4020/v1/staff/dev-signin');
    assert.equal(sent[0]?.headers.get('Authorization'), null);
    assert.equal(sent[1]?.headers.get('Authorization'), `Bearer ${signedIn.accessToken}`);
  });

  it('forgets the token on sign-out and on a 401, and sends nothing without one', async () => {
    answer(
      json(signedIn),
      json({ type: 'https://vangnet.example/problems/unauthorised', status: 401 }, 401),
    );
    const client = new StaffClient('http://127.0.0.1:4020');
    await client.devSignIn('coordinator-pluscoaching');
    await assert.rejects(client.me(), (error: unknown) => {
      assert.ok(error instanceof StaffRequestError);
      assert.equal(error.status, 401);
      assert.equal(error.type, 'unauthorised');
      return true;
    });
    assert.equal(client.signedIn, false);
    await assert.rejects(client.queue(), StaffRequestError);
    assert.equal(sent.length, 2, 'no request without a token');
  });

  it('answers undefined for the demo users when the development sign-in is off', async () => {
    answer(json({ status: 404 }, 404));
    assert.equal(await new StaffClient('http://127.0.0.1:4020').devUsers(), undefined);
  });

  it("asks how to sign in without a token, and signs in with the provider's token", async () => {
    const options = { devSignIn: false, partnerKey: 'pk_demo_haaglanden' };
    answer(json(options), json(me));
    const client = new StaffClient('http://127.0.0.1:4020');
    assert.deepEqual(await client.signInOptions(), options);
    assert.equal(sent[0]?.url, 'http://127.0.0.1:4020/v1/staff/signin');
    assert.equal(sent[0]?.headers.get('Authorization'), null);
    client.useToken('eyJ.provider-token.signature');
    assert.equal(client.signedIn, true);
    await client.me();
    assert.equal(sent[1]?.headers.get('Authorization'), 'Bearer eyJ.provider-token.signature');
  });

  it('asks the queue with the filters given, and at most 200', async () => {
    answer(json(signedIn), json({ items: [], total: 0 }));
    const client = new StaffClient('http://127.0.0.1:4020');
    await client.devSignIn('coordinator-pluscoaching');
    await client.queue({ service: 'pluscoaching', municipality: '', status: 'received' });
    const url = new URL(sent[1]!.url);
    assert.equal(url.pathname, '/v1/staff/referrals');
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      service: 'pluscoaching',
      status: 'received',
      limit: '200',
    });
  });
});
