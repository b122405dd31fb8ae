// Runs before the loader (module scripts run in document order): points the finder at the API
// mock on the page's own origin.
document.querySelector('vangnet-organisation-finder')!.setAttribute('api', location.origin);

export {};
