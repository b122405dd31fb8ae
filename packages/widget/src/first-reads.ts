// The GETs of each element's first view that depend on no code of the component, only on its
// provider's `api`, `partner-key` and language. The build writes them into the loader's manifest
// (rollup.config.ts), and the loader sends them at once, beside the chunks (decision 0263). The
// SDK's first-view client takes such an answer only if it would have sent the same request.

/** The page size of the finder's first read of organisations: it searches in the browser. */
export const FINDER_FIRST_PAGE = 1000;

/** Per element name, its first view's reads, relative to the API's base URL. */
export const firstReads: Readonly<Record<string, readonly string[]>> = {
  'vangnet-provider': ['v1/catalog'],
  'vangnet-referral-form': ['v1/catalog'],
  'vangnet-booking-form': ['v1/catalog'],
  'vangnet-organisation-finder': ['v1/catalog', `v1/organisations?limit=${FINDER_FIRST_PAGE}`],
};
