// Browser bundle dist/vangnet-referral-form.js: <vangnet-referral-form> with <vangnet-provider>, nothing else, so
// a page that uses only this component loads only its code.
import '../provider/define.ts';
import '../referral-form/define.ts';
