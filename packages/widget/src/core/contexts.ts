import { createContext } from '@lit/context';
import type { Catalog, VangnetClient } from '@vangnet/sdk';
import type { Clock } from './clock.ts';

/**
 * Where the provider's catalog stands. `invalid` means the provider itself is misconfigured (it has
 * reported that already); `failed` means the API could not be reached after the SDK's retries.
 */
export type CatalogState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly catalog: Catalog }
  | { readonly status: 'failed'; readonly error: unknown; readonly retry: () => void }
  | { readonly status: 'invalid' };

// Keys come from `Symbol.for`, not `Symbol()`: a page may load two bundles (the finder's and a
// form's), each with its own copy of this module, and their provider and components must still meet.

/** The one SDK client of a `<vangnet-provider>`; `undefined` while its attributes are invalid. */
export const clientContext = createContext<VangnetClient | undefined>(Symbol.for('vangnet-client'));

/** The catalog, loaded once per provider and shared by every component inside it. */
export const catalogContext = createContext<CatalogState>(Symbol.for('vangnet-catalog'));

/** The provider's `lang` attribute (a primary language subtag), if it has one. */
export const languageContext = createContext<string | undefined>(Symbol.for('vangnet-language'));

/** The provider's clock. */
export const clockContext = createContext<Clock>(Symbol.for('vangnet-clock'));
