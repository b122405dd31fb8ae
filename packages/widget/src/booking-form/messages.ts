import { extendCatalogs } from '../i18n/index.ts';
import { ar } from './messages/ar.ts';
import { en } from './messages/en.ts';
import { nl } from './messages/nl.ts';
import { pl } from './messages/pl.ts';
import { tr } from './messages/tr.ts';

/** The booking form's catalogs: the kit's messages and its own, in every language it ships. */
export const bookingCatalogs = extendCatalogs({ nl, en, ar, tr, pl });

/** The booking form's own catalogs, without the kit's: what translators fill in. */
export const bookingOwnCatalogs = { nl, en, ar, tr, pl } as const;
