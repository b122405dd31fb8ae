// Test-runner commands for tests of what a page does when one of its chunks does not load, or
// loads late. `block-requests` answers 404, and `hold-requests` keeps the request waiting until
// `release-requests`, to every request of the calling test's browser context whose URL contains
// one of the given strings; `unblock-requests` ends both (and releases).
//
// It works in the dev server, not in the browser: the browser's own request interception missed a
// request now and then in a full run. The command answers the session's id, which the test page
// sets as a cookie (packages/widget/src/test-utils/requests.ts) so that the server knows whose
// requests they are. The test runner reuses a page for later test files: unblocking removes the
// cookie. The page's cache stays off: a 404 kept in the renderer's memory would outlive the block.

const cookie = 'vangnet-test-session';

/** @typedef {{ blocked: string[], held: string[], waiting: (() => void)[] }} Rules */
/** @type {Map<string, Rules>} */
const sessions = new Map();

const rulesOf = (/** @type {string} */ id) => {
  let rules = sessions.get(id);
  if (!rules) sessions.set(id, (rules = { blocked: [], held: [], waiting: [] }));
  return rules;
};

const release = (/** @type {Rules} */ rules) => {
  rules.held = [];
  for (const resume of rules.waiting.splice(0)) resume();
};

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function blockRequestsPlugin() {
  const commands = ['block-requests', 'hold-requests', 'release-requests', 'unblock-requests'];
  return {
    name: 'vangnet-block-requests',
    async executeCommand({ command, session, payload }) {
      if (!commands.includes(command)) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      const rules = rulesOf(session.id);
      if (command === 'unblock-requests' || command === 'release-requests') {
        if (command === 'unblock-requests') rules.blocked = [];
        release(rules);
        return true;
      }
      const urls = /** @type {{ urls: string[] }} */ (payload).urls;
      if (command === 'block-requests') rules.blocked = urls;
      else rules.held = urls;
      // A response from the HTTP cache (an earlier test's page) would never reach the server.
      await page.setCacheEnabled(false);
      return { cookie, session: session.id };
    },
  };
}

/**
 * The dev server's side: answers or holds the requests of a session with rules, and lets no
 * browser keep what it serves to such a session.
 * @returns {import('koa').Middleware}
 */
export function blockRequestsMiddleware() {
  return async (context, next) => {
    const id = context.cookies.get(cookie);
    const rules = id === undefined ? undefined : sessions.get(id);
    if (rules) {
      // Nothing served to such a session may be kept: a 404 kept would outlive the block.
      context.set('Cache-Control', 'no-store');
      const matches = (/** @type {string[]} */ parts) =>
        parts.some((part) => context.url.includes(part));
      if (matches(rules.blocked)) {
        context.status = 404;
        context.type = 'text/plain';
        context.body = 'blocked';
        return;
      }
      if (matches(rules.held))
        await new Promise((resume) => rules.waiting.push(() => resume(undefined)));
    }
    await next();
    // The file server sets its own.
    if (rules) context.set('Cache-Control', 'no-store');
  };
}
