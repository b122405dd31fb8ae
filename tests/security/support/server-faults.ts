// Counting for the server's fault categories: every request tried, whether it was answered, and at
// the end whether anything was lost or made twice. One line per category, like the rest of the
// security suite: `security: server killed — 1,000 requests tried, 1,000 answered, 0 lost, …`.
import assert from 'node:assert/strict';
import { referral } from '../../conformance/support/calls.ts';
import { bookingOf, request } from '../../server/support.ts';
import { formatCount } from './tally.ts';

/** What one category counted. */
export class FaultCount {
  tried = 0;
  answered = 0;
  /** A 201 that cannot be read afterwards, or a write that never succeeded, even on retry. */
  lost = 0;
  /** A second record for one request, or a retry answered with another record. */
  duplicated = 0;
  /** 5xx other than 503 `unavailable`. */
  serverErrors = 0;
  readonly problems: string[] = [];

  /** Notes `what` as a problem of the category (the first ten are shown on failure). */
  problem(what: string): void {
    this.problems.push(what);
  }

  /** Counts one answer (or none); a 5xx other than 503 is a problem. */
  answer(what: string, response: { status: number } | undefined): void {
    this.tried++;
    if (!response) return;
    this.answered++;
    if (response.status >= 500 && response.status !== 503) {
      this.serverErrors++;
      this.problem(`${what}: ${response.status}`);
    }
  }

  /** Prints the category's line, then fails with the first problems. */
  report(category: string, note = ''): void {
    console.log(
      `security: ${category} — ${formatCount(this.tried)} requests tried, ${formatCount(this.answered)} answered${note}, ` +
        `${formatCount(this.lost)} lost, ${formatCount(this.duplicated)} duplicated, ` +
        `${formatCount(this.serverErrors)} 5xx other than 503`,
    );
    assert.deepEqual(this.problems.slice(0, 10), [], `${this.problems.length} problems`);
    assert.equal(this.lost, 0, 'lost');
    assert.equal(this.duplicated, 0, 'duplicated');
    assert.equal(this.serverErrors, 0, '5xx other than 503');
  }
}

/** A write a client sends, with the key it retries with. */
export interface Write {
  readonly kind: 'booking' | 'referral';
  readonly key: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** Who the write is about, to find its rows: a slot id or a referral's family name. */
  readonly subject: string;
}

/** An answer as the client kept it. */
export interface Answer {
  readonly status: number;
  readonly text: string;
  readonly retryAfter: string | null;
}

/** Bookings of `slots` and as many referrals, interleaved, each with its own key. */
export function mixedWrites(prefix: string, slots: readonly { id: string; start: string }[]) {
  return slots.flatMap((slot, index): Write[] => {
    const familyName = `${prefix}-${index}`;
    return [
      {
        kind: 'booking',
        key: `${prefix}-booking-${index}`,
        path: '/v1/appointments',
        body: bookingOf(slot, `${prefix} ${index}`),
        subject: slot.id,
      },
      {
        kind: 'referral',
        key: `${prefix}-referral-${index}`,
        path: '/v1/referrals',
        body: referralFor(familyName) as unknown as Record<string, unknown>,
        subject: familyName,
      },
    ];
  });
}

/** A referral of an 18-year-old with `familyName`, consented by both. */
export function referralFor(familyName: string) {
  const base = referral('2008-05-01');
  return { ...base, youngPerson: { ...base.youngPerson, familyName } };
}

/** Sends `write` to `base`; undefined when no answer came (the connection died). */
export async function send(base: string, write: Write): Promise<Answer | undefined> {
  try {
    const response = await request(base, write.path, {
      body: write.body,
      idempotencyKey: write.key,
    });
    return {
      status: response.status,
      text: await response.text(),
      retryAfter: response.headers.get('Retry-After'),
    };
  } catch {
    return undefined;
  }
}

/** Whether the 201 `answer` of `write` reads back with its token (200). */
export async function readsBack(base: string, write: Write, answer: Answer): Promise<boolean> {
  const created = JSON.parse(answer.text) as { id?: string; reference: string; token: string };
  const path =
    write.kind === 'booking'
      ? `/v1/appointments/${created.reference}`
      : `/v1/referrals/${created.id ?? ''}`;
  const response = await request(base, path, { headers: { 'Vangnet-Token': created.token } });
  await response.body?.cancel();
  return response.status === 200;
}

/** The reference (or id) a 201 answer names. */
export const recordOf = (answer: Answer): string => {
  const created = JSON.parse(answer.text) as { id?: string; reference: string };
  return created.id ?? created.reference;
};

/** Runs `work` over `items`, `parallel` at a time. */
export async function inParallel<T>(
  items: readonly T[],
  parallel: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** The rows of each write's subject: more than one is a duplicate, none a loss. */
export async function rowsPerWrite(
  query: <Row>(text: string) => Promise<{ rows: Row[] }>,
  writes: readonly Write[],
): Promise<Map<string, number>> {
  const { rows: bookings } = await query<{ subject: string; n: number }>(
    "select slot_id as subject, count(*)::int as n from appointments where status = 'booked' group by slot_id",
  );
  const { rows: referrals } = await query<{ subject: string; n: number }>(
    "select input->'youngPerson'->>'familyName' as subject, count(*)::int as n from referrals group by 1",
  );
  const counts = new Map([...bookings, ...referrals].map((row) => [row.subject, row.n]));
  return new Map(writes.map((write) => [write.key, counts.get(write.subject) ?? 0]));
}

/** Resolves after `ms`. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
