import { extendCatalogs, type KitMessageKey, type Translator } from '../i18n/index.ts';
import { en } from './messages/en.ts';
import { nl, type ReferralMessageKey } from './messages/nl.ts';

/** The referral form's catalogs: its own messages on top of the kit's, in Dutch and English. */
export const referralCatalogs = extendCatalogs({ nl, en });

/** The translator type of the referral form's views. */
export type ReferralTranslator = Translator<ReferralMessageKey | KitMessageKey>;
