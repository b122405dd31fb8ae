import {
  fragmentLinkFor,
  takeFragmentCredentials,
  type FragmentCredentials,
} from '../core/fragment-link.ts';

/** The fragment parameter of a referral's status link: `#status=<id>.<token>`. */
export const statusParameter = 'status';

/**
 * The status link of a referral: `page` (the page with `<vangnet-referral-status>`) with the
 * referral's id and token in the fragment, which browsers never send to a server.
 */
export function statusLinkFor(page: string, credentials: FragmentCredentials): string {
  return fragmentLinkFor(statusParameter, page, credentials);
}

/** Reads the status link from the address bar and removes it at once; see `takeFragmentCredentials`. */
export function takeStatusCredentials(
  win: Pick<Window, 'location' | 'history'> = window,
): FragmentCredentials | 'invalid' | undefined {
  return takeFragmentCredentials(statusParameter, win);
}
