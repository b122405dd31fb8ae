import { ar } from './ar.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { tr } from './tr.ts';

/** The status element's own catalogs, without the kit's, all loaded at once: what translators fill in. */
export const statusOwnCatalogs = { nl, en, ar, tr, pl } as const;
