// A page of `scripts/docs/screenshot-examples.ts`: one organisation finder against the mock on
// this origin, in the language of `?lang=` (the page's own, as a partner's translated page sets it).
import '../../packages/widget/src/organisation-finder/define.ts';

const language = new URLSearchParams(location.search).get('lang') ?? 'nl';
document.documentElement.lang = language;
document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
document.querySelector('vangnet-organisation-finder')?.setAttribute('api', location.origin);
