// Test support: what a page does when one of its modules does not load, or loads late. The dev
// server answers 404 to (or holds) this page's requests whose URL contains one of the given
// strings (scripts/block-requests-plugin.mjs); a cookie tells it which page's they are. Call
// `unblockRequests()` after each test: the test runner reuses the page for other test files.
import { executeServerCommand } from '@web/test-runner-commands';

interface Session {
  readonly cookie: string;
  readonly session: string;
}

let cookieName: string | undefined;

async function withRules(command: 'block-requests' | 'hold-requests', urls: string[]) {
  const { cookie, session } = await executeServerCommand<Session, { urls: string[] }>(command, {
    urls,
  });
  cookieName = cookie;
  document.cookie = `${cookie}=${session}; path=/; SameSite=Strict`;
}

/** Answers 404 to every request of this page whose URL contains one of `urls`. */
export const blockRequests = (urls: string[]): Promise<void> => withRules('block-requests', urls);

/** Keeps every request of this page whose URL contains one of `urls` waiting, until released. */
export const holdRequests = (urls: string[]): Promise<void> => withRules('hold-requests', urls);

/** Lets the held requests go on. */
export async function releaseRequests(): Promise<void> {
  await executeServerCommand('release-requests');
}

/** Ends blocking and holding, and removes the cookie. */
export async function unblockRequests(): Promise<void> {
  await executeServerCommand('unblock-requests');
  if (cookieName) document.cookie = `${cookieName}=; path=/; max-age=0`;
  cookieName = undefined;
}
