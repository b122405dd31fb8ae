// Runs before the single-file bundle (module scripts run in document order): points the booking
// form at the API mock on the page's own origin and gives it the language from `?lang=`.
const form = document.querySelector('vangnet-booking-form')!;
form.setAttribute('api', location.origin);
const language = new URLSearchParams(location.search).get('lang');
if (language) form.setAttribute('lang', language);

export {};
