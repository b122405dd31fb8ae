import { http, HttpResponse, type HttpHandler } from 'msw';
import type { MockApi } from '../create-mock-api.ts';

/**
 * `/__mock/*`: steering a mock that runs in another process (`npm start`, `npm run mock`), for
 * pages and clients in other languages. Only the Node runners serve these, on loopback.
 *
 * - `POST /__mock/reset`
 * - `POST /__mock/scenarios` with `{ "use": "slow,full-calendar" }` or `{ "clear": true }`
 * - `GET /__mock/scenarios`, `GET /__mock/outbox`
 */
export function controlHandlers(mock: MockApi): HttpHandler[] {
  return [
    http.post('*/__mock/reset', () => {
      mock.reset();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/__mock/scenarios', () => HttpResponse.json(mock.scenarios.state)),
    http.post('*/__mock/scenarios', async ({ request }) => {
      let body: { use?: unknown; clear?: unknown } = {};
      try {
        body = (await request.json()) as typeof body;
      } catch {
        return HttpResponse.json(
          { error: 'Send JSON: { "use": "slow" } or { "clear": true }.' },
          { status: 400 },
        );
      }
      if (body.clear === true) mock.scenarios.clear();
      if (typeof body.use === 'string') mock.scenarios.use(body.use);
      return HttpResponse.json(mock.scenarios.state);
    }),
    http.get('*/__mock/outbox', () => HttpResponse.json(mock.outbox)),
  ];
}
