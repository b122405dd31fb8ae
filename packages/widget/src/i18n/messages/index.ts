import { ar } from './ar.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { tr } from './tr.ts';

/**
 * The kit's messages in every language, all loaded at once: what tests and translators check.
 * Components use `kitCatalogs`, which fetches languages beyond Dutch and English only when needed.
 */
export const kitMessages = { nl, en, ar, tr, pl } as const;
