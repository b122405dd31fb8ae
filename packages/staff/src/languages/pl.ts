import type { LanguageTexts } from '../translate.ts';
import { pl as workspace } from '../messages.pl.ts';
import { pl as agenda } from '../sections/agenda/agenda.messages.pl.ts';
import { pl as callbacks } from '../sections/callbacks/callbacks.messages.pl.ts';
import { pl as monitoring } from '../sections/monitoring/monitoring.messages.pl.ts';
import { pl as outbox } from '../sections/outbox/outbox.messages.pl.ts';

/** Polish: every text set of the workspace, in one chunk. */
export const texts: LanguageTexts = { workspace, agenda, callbacks, monitoring, outbox };
