/**
 * What a link in a page's fragment carries: `#<parameter>=<id>.<token>`. Browsers never send the
 * fragment to a server, so no access log holds the token. The booking form's manage link
 * (`#beheer=`) and the referral status link (`#status=`) are both read and written here.
 */
export interface FragmentCredentials {
  /** A reference or id: never holds a dot, so the first dot splits the two. */
  readonly id: string;
  /** Only ever sent in the `Vangnet-Token` header. */
  readonly token: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Id and token from a location hash (`#status=r-1.abc…`); `undefined` for any other hash. */
export function parseFragment(parameter: string, hash: string): FragmentCredentials | undefined {
  const match = new RegExp(`^#?${escape(parameter)}=([^.&]+)\\.([^&]+)$`).exec(hash);
  if (!match) return undefined;
  try {
    const id = decodeURIComponent(match[1] ?? '');
    const token = decodeURIComponent(match[2] ?? '');
    return id && token ? { id, token } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a hash is meant as a link of `parameter` at all, even a broken one. */
export function isFragmentOf(parameter: string, hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${parameter}=`);
}

/** `pageUrl` with id and token in its fragment. */
export function fragmentLinkFor(
  parameter: string,
  pageUrl: string,
  credentials: FragmentCredentials,
): string {
  const url = new URL(pageUrl);
  url.hash = `${parameter}=${encodeURIComponent(credentials.id)}.${encodeURIComponent(credentials.token)}`;
  return url.href;
}

/**
 * Reads a link of `parameter` from the address bar and removes it at once with
 * `history.replaceState`, so the token is not left in the address bar, bookmarks or a screenshot.
 * Other fragments are left alone. Answers `undefined` when the page was not opened from such a
 * link, `'invalid'` when the fragment is a broken one.
 */
export function takeFragmentCredentials(
  parameter: string,
  win: Pick<Window, 'location' | 'history'> = window,
): FragmentCredentials | 'invalid' | undefined {
  const { hash } = win.location;
  if (!isFragmentOf(parameter, hash)) return undefined;
  const credentials = parseFragment(parameter, hash);
  const url = new URL(win.location.href);
  url.hash = '';
  win.history.replaceState(win.history.state, '', url.href.replace(/#$/, ''));
  return credentials ?? 'invalid';
}
