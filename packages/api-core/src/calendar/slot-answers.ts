import { SlotListSchema, type Slot } from '@vangnet/sdk';
import type { ApiContext } from '../context.ts';
import { acceptsGzip, gzip } from '../http/caching.ts';
import { json } from '../http/respond.ts';
import type { CalendarEntry } from './calendar-cache.ts';

/** One answer of `GET /v1/slots` as it was written out: its body, gzipped once, and headers. */
interface KeptSlotAnswer {
  readonly calendar: readonly CalendarEntry[];
  readonly headers: [string, string][];
  readonly body: string;
  readonly gzipped: Uint8Array<ArrayBuffer>;
}

/** At most this many answers per API: a month of one location is about 30 kB, 3 kB gzipped. */
const maxAnswers = 256;

// Per API, by location and the ids of the free slots, most recently used last. Many people look at
// the same month of the same location between two bookings; checking, writing and sending its
// 30 kB again for each of them is what the server spent its time on (issue 22). What is free is
// still read per request, so a booking on any instance shows at once: it changes the ids.
const kept = new WeakMap<ApiContext, Map<string, Promise<KeptSlotAnswer>>>();

async function keep(
  calendar: readonly CalendarEntry[],
  items: readonly Slot[],
): Promise<KeptSlotAnswer> {
  const response = json(SlotListSchema, { items: [...items] });
  const body = await response.text();
  const headers = new Headers(response.headers);
  headers.set('Vary', 'Accept-Encoding');
  return { calendar, headers: [...headers], body, gzipped: await gzip(body) };
}

/**
 * The answer of `GET /v1/slots` for `items`, free slots of one calendar cut: kept and gzipped
 * once (for clients that accept gzip) while the same slots are free. A server's answers only,
 * as for reference data; the mock writes each answer anew.
 */
export async function slotAnswer(
  api: ApiContext,
  request: Request,
  locationId: string,
  calendar: readonly CalendarEntry[],
  items: readonly Slot[],
): Promise<Response> {
  let answers = kept.get(api);
  if (!answers) kept.set(api, (answers = new Map()));
  const name = `${locationId}\n${items.map((slot) => slot.id).join(' ')}`;
  let pending = answers.get(name);
  if (pending && (await pending).calendar !== calendar) pending = undefined;
  if (pending) {
    answers.delete(name);
  } else {
    pending = keep(calendar, items);
    if (answers.size >= maxAnswers) answers.delete(answers.keys().next().value!);
  }
  answers.set(name, pending);
  let answer: KeptSlotAnswer;
  try {
    answer = await pending;
  } catch (error) {
    // An answer that broke the contract is not kept: the next request tries again.
    answers.delete(name);
    throw error;
  }
  const headers = new Headers(answer.headers);
  if (!acceptsGzip(request)) return new Response(answer.body, { headers });
  headers.set('Content-Encoding', 'gzip');
  return new Response(answer.gzipped, { headers });
}
