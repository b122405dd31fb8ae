// Registers every Vangnet element (the side effect of `@vangnet/widget/define` and dist/vangnet.js).
import './provider/define.ts';
import './referral-form/define.ts';
import './booking-form/define.ts';
import './organisation-finder/define.ts';
import './referral-status/define.ts';
