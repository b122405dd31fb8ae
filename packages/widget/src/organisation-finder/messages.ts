import { extendCatalogs, type KitMessageKey, type Translator } from '../i18n/index.ts';
import { en } from './messages/en.ts';
import { nl, type FinderMessageKey } from './messages/nl.ts';

/** The finder's catalogs: its own messages on top of the kit's, in Dutch and English. */
export const finderCatalogs = extendCatalogs({ nl, en });

/** The translator type of the finder's views. */
export type FinderTranslator = Translator<FinderMessageKey | KitMessageKey>;
