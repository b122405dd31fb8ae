import { NetworkError } from '../errors/network-error.ts';
import { createCatalogResource } from '../resources/catalog.ts';
import { createLocationsResource } from '../resources/locations.ts';
import { createOrganisationsResource } from '../resources/organisations.ts';
import type { VangnetClient } from './client.ts';
import { createFirstViewTransport } from './first-view-transport.ts';
import type { LaterPart, LaterResources } from './later-client.ts';
import type { ClientOptions } from './options.ts';
import { apiHeaders, prefixOf } from './request-basics.ts';
import { resolveRetryOptions } from './retry-options.ts';
import { RevalidationCache } from './revalidation.ts';

/** Per first-view client: starts loading its later part. */
const preparers = new WeakMap<VangnetClient, () => void>();

/** The methods of each later resource, called through once its chunk has arrived. */
const laterMethods: { readonly [R in keyof LaterResources]: readonly (keyof LaterResources[R])[] } =
  {
    referrals: ['create', 'get'],
    slots: ['list'],
    appointments: ['book', 'get', 'cancel', 'reschedule'],
    callbackRequests: ['create'],
  };

/**
 * A {@link VangnetClient} for a page's first view, the same in use as {@link createClient}'s: the
 * reads of reference data (`catalog`, `organisations`, `locations`) and their schemas come with
 * it, and their first attempt is a plain `fetch`; ky, the retry policy, the writes and their
 * schemas load on first use (a dynamic import), in parallel with whatever the page does next.
 * Options are checked at once, as {@link createClient} checks them. The widget's components use
 * it; a bundler user who wants the same can import it, but it is not part of the documented API.
 *
 * @internal
 */
export function createFirstViewClient(options: ClientOptions): VangnetClient {
  apiHeaders(options);
  resolveRetryOptions(options.retry);
  prefixOf(options.baseUrl);
  const kept = new RevalidationCache();
  let later: Promise<LaterPart> | undefined;
  const loadLater = (operation?: string): Promise<LaterPart> => {
    later ??= import('./later-client.ts').then(
      (module) => module.createLaterPart(options, kept),
      (error: unknown) => {
        // A chunk that did not arrive is the network's fault; the next call tries again.
        later = undefined;
        throw new NetworkError({ operation, cause: error });
      },
    );
    return later;
  };
  const send = createFirstViewTransport(options, kept, async () => (await loadLater()).send);
  const deferred = <R extends keyof LaterResources>(resource: R): LaterResources[R] =>
    Object.fromEntries(
      laterMethods[resource].map((method) => [
        method,
        async (...args: unknown[]) => {
          const part = await loadLater(`${resource}.${String(method)}`);
          const target = part[resource] as unknown as Record<
            PropertyKey,
            (...values: unknown[]) => unknown
          >;
          return target[method]!(...args);
        },
      ]),
    ) as unknown as LaterResources[R];
  const client: VangnetClient = {
    catalog: createCatalogResource(send),
    organisations: createOrganisationsResource(send),
    locations: createLocationsResource(send),
    referrals: deferred('referrals'),
    slots: deferred('slots'),
    appointments: deferred('appointments'),
    callbackRequests: deferred('callbackRequests'),
  };
  preparers.set(client, () => void loadLater().catch(() => undefined));
  return client;
}

/**
 * Starts loading the later part (ky, the writes) of a client made by
 * {@link createFirstViewClient}, so a form's first write does not wait for it: call it right after
 * the first view. Does nothing for any other client.
 *
 * @internal
 */
export function prepareLater(client: VangnetClient): void {
  preparers.get(client)?.();
}
