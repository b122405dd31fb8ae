import type { Api } from '@vangnet/api-core';
import { http, type HttpHandler } from 'msw';

/**
 * The whole API as one msw handler: every path under `…/v1/` of any origin and base path goes to
 * the core, which answers it as the server does.
 */
export function createHandlers(api: Api): HttpHandler[] {
  return [http.all('*/v1/*', ({ request }) => api.handle(request))];
}
