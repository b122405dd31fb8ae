import type { LanguageTexts } from '../translate.ts';
import { ar as workspace } from '../messages.ar.ts';
import { ar as agenda } from '../sections/agenda/agenda.messages.ar.ts';
import { ar as callbacks } from '../sections/callbacks/callbacks.messages.ar.ts';
import { ar as monitoring } from '../sections/monitoring/monitoring.messages.ar.ts';
import { ar as outbox } from '../sections/outbox/outbox.messages.ar.ts';

/** Arabic (written right to left): every text set of the workspace, in one chunk. */
export const texts: LanguageTexts = { workspace, agenda, callbacks, monitoring, outbox };
