import { extendCatalogs, lazyCatalogs } from '../i18n/index.ts';
import { en } from './messages/en.ts';
import { nl } from './messages/nl.ts';

/**
 * The booking form's catalogs: the kit's messages and its own, in every language it ships. Arabic,
 * Turkish and Polish are fetched only when a page asks for them.
 */
export const bookingCatalogs = extendCatalogs({
  nl,
  en,
  ...lazyCatalogs({
    ar: () => import('./messages/ar.ts'),
    tr: () => import('./messages/tr.ts'),
    pl: () => import('./messages/pl.ts'),
  }),
});
