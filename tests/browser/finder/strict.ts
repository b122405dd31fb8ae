// The finder on a page served with the strict policy (`?csp=strict`), against the API mock that
// the dev server runs on the page's own origin.
document.querySelector('vangnet-organisation-finder')!.setAttribute('api', location.origin);
await import('../../../packages/widget/src/organisation-finder/define.ts');

export {};
