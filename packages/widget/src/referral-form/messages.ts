import {
  extendCatalogs,
  lazyCatalogs,
  type KitMessageKey,
  type Translator,
} from '../i18n/index.ts';
import { en } from './messages/en.ts';
import { nl, type ReferralMessageKey } from './messages/nl.ts';

/**
 * The referral form's catalogs: its own messages on top of the kit's, in every language it ships.
 * Arabic, Turkish and Polish are fetched only when a page asks for them.
 */
export const referralCatalogs = extendCatalogs({
  nl,
  en,
  ...lazyCatalogs({
    ar: () => import('./messages/ar.ts'),
    tr: () => import('./messages/tr.ts'),
    pl: () => import('./messages/pl.ts'),
  }),
});

/** The translator type of the referral form's views. */
export type ReferralTranslator = Translator<ReferralMessageKey | KitMessageKey>;
