import {
  amsterdamDate,
  CallbackRequestCreatedSchema,
  CallbackRequestInputSchema,
} from '@vangnet/sdk';
import { fieldError, parseOrProblem } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { json } from '../http/respond.ts';
import { insertWithFreshReference, newReference } from '../references.ts';
import type { Route } from '../router.ts';
import { toAmsterdamIso } from '../time/amsterdam.ts';
import { requireAgeInBounds } from './age-bounds.ts';
import { regionCatalog, writesOf } from './region.ts';

/** `POST /v1/callback-requests`: when no time suits, a casemanager calls back. */
export const callbackRequestRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/callback-requests',
    async resolve(context) {
      const { api, body, store } = context;
      const input = parseOrProblem(CallbackRequestInputSchema, body);
      const location = (await store.locations()).find(
        (candidate) => candidate.id === input.location,
      );
      if (!location || !location.callbackAvailable) {
        throw new ProblemError('validation', {
          detail: 'This location does not call back.',
          errors: [
            fieldError(
              ['location'],
              location ? 'callback-not-available' : 'unknown',
              'Choose a location that calls back.',
            ),
          ],
        });
      }
      if (input.topic !== undefined && !location.topics.includes(input.topic)) {
        throw new ProblemError('validation', {
          detail: 'This location does not take this topic.',
          errors: [
            fieldError(['topic'], 'topic-not-offered', 'Choose a topic this location offers.'),
          ],
        });
      }
      const now = api.clock.now();
      if (input.dateOfBirth !== undefined)
        requireAgeInBounds(await regionCatalog(context), input.dateOfBirth, amsterdamDate(now));
      const createdAt = toAmsterdamIso(now);
      const tx = writesOf(context);
      const request = await insertWithFreshReference(
        () => ({ reference: newReference(api.random, 'C'), createdAt, input }),
        (candidate) => tx.insertCallbackRequest(candidate),
      );
      return json(
        CallbackRequestCreatedSchema,
        { reference: request.reference, createdAt: request.createdAt },
        { status: 201 },
      );
    },
  },
];
