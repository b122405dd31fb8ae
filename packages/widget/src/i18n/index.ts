export { Translator, type TranslatorHost } from './translator.ts';
export {
  kitCatalogs,
  extendCatalogs,
  lazyCatalogs,
  missingKeys,
  type CatalogModules,
  type KitLanguage,
} from './catalogs.ts';
export { directionOf, primaryLanguage, resolveLanguage } from './locale.ts';
export { localised } from './localised.ts';
export { formatDate, formatTime, calendarDate, intlLocale, timeZone } from './format.ts';
export type { KitMessageKey } from './messages/nl.ts';
export type {
  Catalog,
  CatalogLoader,
  Catalogs,
  Message,
  MessageParams,
  PluralMessage,
} from './types.ts';
