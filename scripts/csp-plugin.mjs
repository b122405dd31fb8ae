// Serves any page requested with `?csp=strict` under the strict policy partners may run:
// no inline script or style, no eval, and Trusted Types required, with Lit's policy (and one of
// our own, if ever needed) the only ones allowed. Violations are then reported by the browser as
// `securitypolicyviolation` events, which the strict-host tests listen for.

/** The policy of a strict host page. */
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html vangnet',
].join('; ');

/** @returns {import('@web/dev-server-core').Plugin} */
export function cspPlugin() {
  return {
    name: 'vangnet-strict-csp',
    transform(context) {
      if (context.query.csp === 'strict') {
        return { headers: { 'Content-Security-Policy': strictPolicy }, transformCache: false };
      }
      return undefined;
    },
  };
}
