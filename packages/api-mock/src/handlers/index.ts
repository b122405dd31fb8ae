import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockContext } from '../context.ts';
import { preflightResponse, withCors } from '../http/cors.ts';
import { problemResponse } from '../http/problem.ts';
import { appointmentHandlers } from './appointments.ts';
import { callbackRequestHandlers } from './callback-requests.ts';
import { catalogHandlers } from './catalog.ts';
import { locationHandlers } from './locations.ts';
import { organisationHandlers } from './organisations.ts';
import { referralHandlers } from './referrals.ts';
import { slotHandlers } from './slots.ts';

/** Every endpoint of the API, then preflights and a 404 for any other `/v1/` path. */
export function createHandlers(mock: MockContext): HttpHandler[] {
  return [
    // A preflight carries no key and is answered whatever the origin; the real request is checked.
    http.options('*/v1/*', ({ request }) =>
      mock.scenarios.current.offline
        ? HttpResponse.error()
        : preflightResponse(request.headers.get('Origin')),
    ),
    ...catalogHandlers(mock),
    ...organisationHandlers(mock),
    ...referralHandlers(mock),
    ...locationHandlers(mock),
    ...slotHandlers(mock),
    ...appointmentHandlers(mock),
    ...callbackRequestHandlers(mock),
    http.all('*/v1/*', ({ request }) =>
      withCors(
        problemResponse('not-found', { detail: 'The API has no such path or method.' }),
        request.headers.get('Origin'),
      ),
    ),
  ];
}
