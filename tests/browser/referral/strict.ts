// The referral form on a page served with the strict policy (`?csp=strict`), against the API mock
// that the dev server runs on the page's own origin.
document.querySelector('vangnet-referral-form')!.setAttribute('api', location.origin);
await import('../../../packages/widget/src/referral-form/define.ts');

export {};
