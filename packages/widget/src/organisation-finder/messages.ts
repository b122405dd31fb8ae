import { extendCatalogs, type KitMessageKey, type Translator } from '../i18n/index.ts';
import { en } from './messages/en.ts';
import { nl, type FinderMessageKey } from './messages/nl.ts';

/**
 * The finder's catalogs: its own messages on top of the kit's, in every language it ships.
 * Arabic, Turkish and Polish are fetched only when a page asks for them.
 */
export const finderCatalogs = extendCatalogs({
  nl,
  en,
  ar: () => import('./messages/ar.ts').then((module) => module.ar),
  tr: () => import('./messages/tr.ts').then((module) => module.tr),
  pl: () => import('./messages/pl.ts').then((module) => module.pl),
});

/** The translator type of the finder's views. */
export type FinderTranslator = Translator<FinderMessageKey | KitMessageKey>;
