// The provider and all three components on one page served with the strict policy
// (`?csp=strict`), from the sources or (`?loader`) from dist/vangnet.js. Every Trusted Types policy created is recorded before any component code
// loads, so the test can tell Lit's own policy from any other.
const created: string[] = [];
Object.assign(window, { __trustedTypesPolicies: created });
const factory = (
  window as { trustedTypes?: { createPolicy: (name: string, rules: object) => unknown } }
).trustedTypes;
if (factory) {
  const createPolicy = factory.createPolicy.bind(factory);
  factory.createPolicy = (name, rules) => {
    created.push(name);
    return createPolicy(name, rules);
  };
}
document.querySelector('vangnet-provider')!.setAttribute('api', location.origin);
if (new URLSearchParams(location.search).has('loader')) {
  // `?loader`: the built dist/vangnet.js and its chunks, as a webmaster's page loads them.
  const loader = '/dist/vangnet.js';
  await import(loader);
} else {
  await import('../../../packages/widget/src/provider/define.ts');
  await import('../../../packages/widget/src/organisation-finder/define.ts');
  await import('../../../packages/widget/src/referral-form/define.ts');
  await import('../../../packages/widget/src/booking-form/define.ts');
}

export {};
