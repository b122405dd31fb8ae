import { SlotListSchema, SlotQuerySchema } from '@vangnet/sdk';
import { freeSlotsInCalendar } from '../calendar/availability.ts';
import { slotAnswer } from '../calendar/slot-answers.ts';
import { fieldError } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { json } from '../http/respond.ts';
import type { Route } from '../router.ts';

/** `GET /v1/slots?location&topic&channel&from&to`: free times from the location's calendar. */
export const slotRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/slots',
    async resolve({ api, store, url, request }) {
      const query = parseQuery(SlotQuerySchema, url);
      const location = (await store.locations()).find(
        (candidate) => candidate.id === query.location,
      );
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
      const { slots, calendar } = offersTopic
        ? await freeSlotsInCalendar(api, store, request, location, query.from, query.to)
        : { slots: [], calendar: undefined };
      const items = slots.filter(
        (slot) => query.channel === undefined || slot.channel === query.channel,
      );
      if (api.caching === undefined || calendar === undefined) {
        return json(SlotListSchema, { items });
      }
      return slotAnswer(api, request, location.id, calendar, items);
    },
  },
];
