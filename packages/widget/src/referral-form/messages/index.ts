import { ar } from './ar.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { tr } from './tr.ts';

/** The referral form's own catalogs, without the kit's, all loaded at once: what translators fill in. */
export const referralOwnCatalogs = { nl, en, ar, tr, pl } as const;
