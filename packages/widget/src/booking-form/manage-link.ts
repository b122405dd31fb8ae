import {
  fragmentLinkFor,
  isFragmentOf,
  parseFragment,
  takeFragmentCredentials,
} from '../core/fragment-link.ts';

/** What a manage link carries in its fragment. */
export interface ManageCredentials {
  readonly reference: string;
  /** The manage token: only ever sent in the `Vangnet-Token` header. */
  readonly token: string;
}

/** The fragment parameter of a manage link: `#beheer=<reference>.<token>`. */
export const manageParameter = 'beheer';

/**
 * Reference and token from a location hash (`#beheer=VN-A-7K3M9Q.abc…`); `undefined` for any
 * other hash. A reference never holds a dot, so the first dot splits the two.
 */
export function parseManageFragment(hash: string): ManageCredentials | undefined {
  const found = parseFragment(manageParameter, hash);
  return found ? { reference: found.id, token: found.token } : undefined;
}

/** Whether a hash is meant as a manage link at all, even a broken one. */
export function isManageFragment(hash: string): boolean {
  return isFragmentOf(manageParameter, hash);
}

/**
 * The manage link for a booking: the host page's own address with reference and token in the
 * fragment, which browsers never send to a server, so no access log holds the token.
 */
export function manageLinkFor(pageUrl: string, credentials: ManageCredentials): string {
  return fragmentLinkFor(manageParameter, pageUrl, {
    id: credentials.reference,
    token: credentials.token,
  });
}

/**
 * Reads a manage link from the address bar and removes it at once with `history.replaceState`, so
 * the token is not left in the address bar, bookmarks or a screenshot. Other fragments are left
 * alone. Answers `undefined` when the page was not opened from a manage link, `'invalid'` when the
 * fragment is a broken manage link.
 */
export function takeManageCredentials(
  win: Pick<Window, 'location' | 'history'> = window,
): ManageCredentials | 'invalid' | undefined {
  const found = takeFragmentCredentials(manageParameter, win);
  return found && found !== 'invalid' ? { reference: found.id, token: found.token } : found;
}
