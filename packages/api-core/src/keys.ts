import type { PartnerKey } from './store.ts';

/** The demo partner key of RMC-regio Haaglanden: any loopback origin, and requests without one. */
export const demoPartnerKey = 'pk_demo_haaglanden';

/** A demo key bound to {@link demoOtherOrigin} only: use it from localhost to see a 403. */
export const demoBoundPartnerKey = 'pk_demo_gemeente_voorbeeld';

/** The one origin {@link demoBoundPartnerKey} allows. */
export const demoOtherOrigin = 'https://gemeente.example.nl';

/** What a partner key allows: its region and origins. */
export type PartnerKeySettings = Omit<PartnerKey, 'id'>;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `origin` is http(s) on localhost, 127.0.0.1 or [::1], on any port. */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (loopbackHosts.has(url.hostname) || url.hostname.endsWith('.localhost'))
    );
  } catch {
    return false;
  }
}

/**
 * Whether `key` may be used from `origin`. Requests without an `Origin` header come from servers,
 * scripts and curl: a browser always sends one cross-origin, so the origin check cannot protect
 * them and the key alone decides.
 */
export function originAllowed(key: PartnerKeySettings, origin: string | null): boolean {
  if (origin === null) return true;
  return key.origins.some((allowed) =>
    allowed === 'loopback' ? isLoopbackOrigin(origin) : allowed === origin,
  );
}

/** The demo keys, with `extraOrigins` also allowed for the Haaglanden key (a docs site, say). */
export function demoKeys(extraOrigins: readonly string[] = []): Map<string, PartnerKeySettings> {
  return new Map<string, PartnerKeySettings>([
    [demoPartnerKey, { region: 'haaglanden', origins: ['loopback', ...extraOrigins] }],
    [demoBoundPartnerKey, { region: 'haaglanden', origins: [demoOtherOrigin] }],
  ]);
}
