// A laptop: the components reserve no more than their first views need.
import { describeLayoutShift } from './layout-shift-suite.ts';

describeLayoutShift(1280);
