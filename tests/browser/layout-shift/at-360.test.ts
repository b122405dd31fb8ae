// A phone: the components' first views are at their tallest.
import { describeLayoutShift } from './layout-shift-suite.ts';

describeLayoutShift(360);
