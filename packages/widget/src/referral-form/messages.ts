import { extendCatalogs, type KitMessageKey, type Translator } from '../i18n/index.ts';
import { en } from './messages/en.ts';
import { nl, type ReferralMessageKey } from './messages/nl.ts';

/**
 * The referral form's catalogs: its own messages on top of the kit's, in every language it ships.
 * Arabic, Turkish and Polish are fetched only when a page asks for them.
 */
export const referralCatalogs = extendCatalogs({
  nl,
  en,
  ar: () => import('./messages/ar.ts').then((module) => module.ar),
  tr: () => import('./messages/tr.ts').then((module) => module.tr),
  pl: () => import('./messages/pl.ts').then((module) => module.pl),
});

/** The translator type of the referral form's views. */
export type ReferralTranslator = Translator<ReferralMessageKey | KitMessageKey>;
