import { SlotListSchema, SlotQuerySchema } from '@vangnet/sdk';
import type { MockContext } from '../context.ts';
import { fieldError } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { json } from '../http/respond.ts';
import { route } from '../http/route.ts';
import { freeSlots } from '../store/availability.ts';

/** `GET /v1/slots?location&topic&channel&from&to`: free times, from the mock's rolling calendar. */
export const slotHandlers = (mock: MockContext) => [
  route(mock, 'GET', '/v1/slots', ({ url, scenarios }) => {
    const query = parseQuery(SlotQuerySchema, url);
    const location = mock.store.locations.find((candidate) => candidate.id === query.location);
    if (!location) {
      throw new ProblemError('validation', {
        detail: 'Some query parameters are not valid.',
        errors: [fieldError(['location'], 'unknown', 'There is no location with this id.')],
      });
    }
    if (query.to < query.from) {
      throw new ProblemError('validation', {
        detail: 'Some query parameters are not valid.',
        errors: [fieldError(['to'], 'before-from', 'The end date is before the start date.')],
      });
    }
    const offersTopic = query.topic === undefined || location.topics.includes(query.topic);
    const items = offersTopic
      ? freeSlots(mock, scenarios, location, query.from, query.to).filter(
          (slot) => query.channel === undefined || slot.channel === query.channel,
        )
      : [];
    return json(SlotListSchema, { items });
  }),
];
