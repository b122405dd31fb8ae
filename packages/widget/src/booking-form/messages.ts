import { extendCatalogs } from '../i18n/index.ts';
import { en } from './messages/en.ts';
import { nl } from './messages/nl.ts';

/** The booking form's catalogs: the kit's messages and its own, per language it ships. */
export const bookingCatalogs = extendCatalogs({ nl, en });
