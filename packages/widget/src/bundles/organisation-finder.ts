// Browser bundle dist/vangnet-organisation-finder.js: <vangnet-organisation-finder> with <vangnet-provider>, nothing else, so
// a page that uses only this component loads only its code.
import '../provider/define.ts';
import '../organisation-finder/define.ts';
