import { normalisePhoneNumber } from '@vangnet/sdk';

/**
 * Links built from organisation data. The data comes from the API, which a partner or a
 * compromised record could fill with anything, so a value becomes a link only when it is plainly
 * what it claims to be; otherwise the finder shows it as text.
 */

/** The website as an `https:`/`http:` URL, or `undefined` for anything else (`javascript:`, `data:`…). */
export function websiteHref(website: string | undefined): string | undefined {
  if (!website) return undefined;
  let url: URL;
  try {
    url = new URL(website);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

/** A `tel:` link in international form (`tel:+31700000101`), or `undefined` when it is no phone number. */
export function phoneHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const normalised = normalisePhoneNumber(phone);
  return normalised ? `tel:${normalised}` : undefined;
}

// Only the characters an ordinary address needs: no `?`, `&`, `#` or `%`, so nothing can add
// headers, a body or more recipients to the mailto: link.
const PLAIN_EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** A `mailto:` link for a plain address, or `undefined`. */
export function emailHref(email: string | undefined): string | undefined {
  if (!email || email.length > 254 || !PLAIN_EMAIL.test(email)) return undefined;
  return `mailto:${email}`;
}

/** The website as people read it: without the scheme and a trailing slash. */
export function displayWebsite(href: string): string {
  return href.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
