import {
  amsterdamDate,
  CallbackRequestCreatedSchema,
  CallbackRequestInputSchema,
} from '@vangnet/sdk';
import type { MockContext } from '../context.ts';
import { fieldError, parseOrProblem } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { json } from '../http/respond.ts';
import { route } from '../http/route.ts';
import { requireAgeInBounds } from './age-bounds.ts';
import { newReference } from '../store/references.ts';
import { toAmsterdamIso } from '../time/amsterdam.ts';

/** `POST /v1/callback-requests`: when no time suits, a casemanager calls back. */
export const callbackRequestHandlers = (mock: MockContext) => [
  route(mock, 'POST', '/v1/callback-requests', ({ body }) => {
    const input = parseOrProblem(CallbackRequestInputSchema, body);
    const location = mock.store.locations.find((candidate) => candidate.id === input.location);
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
    const now = mock.clock.now();
    if (input.dateOfBirth !== undefined)
      requireAgeInBounds(mock, input.dateOfBirth, amsterdamDate(now));
    const request = {
      reference: newReference(mock.random, 'C'),
      createdAt: toAmsterdamIso(now),
      input,
    };
    mock.store.callbackRequests.push(request);
    return json(
      CallbackRequestCreatedSchema,
      { reference: request.reference, createdAt: request.createdAt },
      { status: 201 },
    );
  }),
];
