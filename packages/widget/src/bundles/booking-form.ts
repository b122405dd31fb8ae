// Browser bundle dist/vangnet-booking-form.js: <vangnet-booking-form> with <vangnet-provider>, nothing else, so
// a page that uses only this component loads only its code.
import '../provider/define.ts';
import '../booking-form/define.ts';
