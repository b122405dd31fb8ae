// Browser bundle dist/vangnet-referral-status.js: <vangnet-referral-status> with <vangnet-provider>,
// nothing else, for the page the referral form's status link opens.
import '../provider/define.ts';
import '../referral-status/define.ts';
