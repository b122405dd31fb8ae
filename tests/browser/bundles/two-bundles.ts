// Runs before the bundles (module scripts run in document order): points the provider at the API
// mock on the page's own origin.
document.querySelector('vangnet-provider')!.setAttribute('api', location.origin);

export {};
