// The warning before a staff session ends, the one action that renews it, and the sign-out when
// it ran out: on timers the test moves by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SessionExpiry, type SessionTimers } from './session-expiry.ts';

/** Timers that run only when the test says time has passed. */
function manualTimers() {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: SessionTimers = {
    setTimeout(callback, ms) {
      next += 1;
      pending.set(next, { at: now + ms, callback });
      return next;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  const advance = (seconds: number) => {
    now += seconds * 1000;
    for (const [handle, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now || !pending.has(handle)) continue;
      pending.delete(handle);
      timer.callback();
    }
  };
  return { timers, advance, pending };
}

function session(options: { warnSeconds?: number } = {}) {
  const clock = manualTimers();
  const host = {
    updates: 0,
    addController(_controller: ReactiveController) {},
    requestUpdate() {
      this.updates += 1;
    },
  };
  let expired = 0;
  const expiry = new SessionExpiry(host as unknown as ReactiveControllerHost, {
    onExpired: () => (expired += 1),
    timers: clock.timers,
    ...options,
  });
  return { expiry, clock, host, expired: () => expired };
}

describe('the end of a staff session', () => {
  it('warns five minutes before an hour runs out, and signs out at the end', () => {
    const { expiry, clock, host, expired } = session();
    expiry.start(3600, undefined);
    assert.equal(expiry.state, 'running');
    clock.advance(3299);
    assert.equal(expiry.state, 'running');
    clock.advance(1);
    assert.equal(expiry.state, 'warning');
    assert.ok(host.updates >= 2, 'the host renders the warning');
    assert.equal(expiry.renewable, false);
    clock.advance(300);
    assert.equal(expired(), 1);
    assert.equal(expiry.state, 'idle');
  });

  it('warns halfway through a short sign-in, so there is time to answer', () => {
    const { expiry, clock } = session();
    expiry.start(120, undefined);
    clock.advance(59);
    assert.equal(expiry.state, 'running');
    clock.advance(1);
    assert.equal(expiry.state, 'warning');
  });

  it('renews with one action: a new lifetime, timed anew, and no sign-out at the old end', async () => {
    const { expiry, clock, expired } = session();
    let renewals = 0;
    expiry.start(600, async () => {
      renewals += 1;
      return 600;
    });
    clock.advance(300);
    assert.equal(expiry.state, 'warning');
    assert.equal(expiry.renewable, true);
    assert.equal(await expiry.renew(), true);
    assert.equal(renewals, 1);
    assert.equal(expiry.state, 'running');
    clock.advance(300); // the old end
    assert.equal(expired(), 0);
    assert.equal(expiry.state, 'warning', 'the new token warns halfway through again');
    clock.advance(300);
    assert.equal(expired(), 1);
  });

  it('keeps the warning when renewing fails, and still signs out at the end', async () => {
    const { expiry, clock, expired } = session();
    expiry.start(600, async () => {
      throw new Error('provider away');
    });
    clock.advance(300);
    assert.equal(await expiry.renew(), false);
    assert.equal(expiry.state, 'warning');
    clock.advance(300);
    assert.equal(expired(), 1);
  });

  it('changes nothing when a renewal answers after signing out, and times nothing without a lifetime', async () => {
    const { expiry, clock, expired } = session();
    let answer: (seconds: number) => void = () => undefined;
    expiry.start(600, () => new Promise<number>((resolve) => (answer = resolve)));
    clock.advance(300);
    const renewing = expiry.renew();
    assert.equal(expiry.state, 'renewing');
    expiry.stop(); // signed out meanwhile
    answer(600);
    assert.equal(await renewing, false);
    assert.equal(expiry.state, 'idle');
    assert.equal(clock.pending.size, 0);

    expiry.start(undefined, undefined);
    assert.equal(expiry.state, 'idle');
    assert.equal(clock.pending.size, 0);
    clock.advance(100_000);
    assert.equal(expired(), 0);
  });
});
