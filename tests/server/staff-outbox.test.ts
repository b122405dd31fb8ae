// The staff outbox: admins see what the server sends and whether it arrived; the recipient and
// text (a manage link until sent) only while the development sign-in is on.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { StaffOutboxMessage } from '@vangnet/sdk';
import { appointment, freeSlot } from '../conformance/support/calls.ts';
import { onEveryDatabase, publicPost, type StaffTarget } from './support/staff-server.ts';

async function book(target: StaffTarget): Promise<string> {
  const slotId = await freeSlot({
    fetch: async (url, init) => target.server.app.fetch(new Request(url, init)),
  });
  const answer = await publicPost(target, '/v1/appointments', appointment(slotId));
  assert.equal(answer.status, 201);
  return ((await answer.json()) as { reference: string }).reference;
}

async function outbox(target: StaffTarget, token: string, query = '') {
  const answer = await target.staff(token, `/v1/staff/outbox${query}`);
  return { status: answer.status, body: (await answer.json()) as { items: StaffOutboxMessage[] } };
}

describe('the staff outbox with the development sign-in (a demo without a mail server)', () => {
  onEveryDatabase((target) => {
    beforeEach(() => target().reset());

    it('lists the confirmation as pending, with its recipient and text, for an admin only', async () => {
      const reference = await book(target());
      const { status, body } = await outbox(
        target(),
        await target().tokenOf('admin'),
        '?state=pending',
      );
      assert.equal(status, 200);
      const confirmation = body.items.find((item) => item.kind === 'appointment-booked');
      assert.equal(confirmation?.reference, reference);
      assert.equal(confirmation?.state, 'pending');
      assert.equal(confirmation?.to, 'sam@example.org');
      assert.match(confirmation?.text ?? '', new RegExp(`#beheer=${reference}\\.`));
      const coordinator = await outbox(
        target(),
        await target().tokenOf('coordinator-pluscoaching'),
      );
      assert.equal(coordinator.status, 403);
    });
  });
});

describe('the staff outbox without the development sign-in', () => {
  onEveryDatabase(
    (target) => {
      beforeEach(() => target().reset());

      it('shows kind, state and reference, never the recipient or the text', async () => {
        const reference = await book(target());
        const token = await target().provider.sign({ roles: ['admin'] });
        const { status, body } = await outbox(target(), token);
        assert.equal(status, 200);
        const confirmation = body.items.find(
          (item) => item.reference === reference && item.kind === 'appointment-booked',
        );
        assert.equal(confirmation?.state, 'pending');
        assert.equal(confirmation?.to, undefined);
        assert.equal(confirmation?.text, undefined);
        assert.ok(!JSON.stringify(body).includes('sam@example.org'));
        assert.ok(!JSON.stringify(body).includes('#beheer='));
      });
    },
    { VANGNET_DEV_SIGNIN: '0' },
  );
});
