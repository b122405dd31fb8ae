import type { LanguageTexts } from '../translate.ts';
import { tr as workspace } from '../messages.tr.ts';
import { tr as agenda } from '../sections/agenda/agenda.messages.tr.ts';
import { tr as callbacks } from '../sections/callbacks/callbacks.messages.tr.ts';
import { tr as monitoring } from '../sections/monitoring/monitoring.messages.tr.ts';
import { tr as outbox } from '../sections/outbox/outbox.messages.tr.ts';

/** Turkish: every text set of the workspace, in one chunk. */
export const texts: LanguageTexts = { workspace, agenda, callbacks, monitoring, outbox };
