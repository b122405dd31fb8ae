import {
  extendCatalogs,
  lazyCatalogs,
  type KitMessageKey,
  type Translator,
} from '../i18n/index.ts';
import { en } from './messages/en.ts';
import { nl, type StatusMessageKey } from './messages/nl.ts';

/**
 * The status element's catalogs: its own messages on top of the kit's. Arabic, Turkish and Polish
 * are fetched only when a page asks for them.
 */
export const statusCatalogs = extendCatalogs({
  nl,
  en,
  ...lazyCatalogs({
    ar: () => import('./messages/ar.ts'),
    tr: () => import('./messages/tr.ts'),
    pl: () => import('./messages/pl.ts'),
  }),
});

export type StatusTranslator = Translator<StatusMessageKey | KitMessageKey>;
