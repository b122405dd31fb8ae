// Test-runner commands for tests of what a page does when one of its chunks does not load, or
// loads late. `block-requests` answers 404, and `hold-requests` keeps the request waiting until
// `release-requests`, to every request of the calling test's page (and its same-origin iframes)
// whose URL contains one of the given strings; `unblock-requests` ends both (and releases).
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function blockRequestsPlugin() {
  /** @type {Map<string, string[]>} */
  const blocked = new Map();
  /** @type {Map<string, string[]>} */
  const held = new Map();
  /** @type {Map<string, (() => void)[]>} */
  const waiting = new Map();
  /** @type {WeakSet<object>} */
  const intercepted = new WeakSet();
  const release = (/** @type {string} */ id) => {
    held.delete(id);
    for (const resume of waiting.get(id) ?? []) resume();
    waiting.delete(id);
  };
  const commands = ['block-requests', 'hold-requests', 'release-requests', 'unblock-requests'];
  return {
    name: 'vangnet-block-requests',
    async executeCommand({ command, session, payload }) {
      if (!commands.includes(command)) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      if (command === 'unblock-requests' || command === 'release-requests') {
        if (command === 'unblock-requests') blocked.delete(session.id);
        release(session.id);
        return true;
      }
      const urls = /** @type {{ urls: string[] }} */ (payload).urls;
      (command === 'block-requests' ? blocked : held).set(session.id, urls);
      if (!intercepted.has(page)) {
        intercepted.add(page);
        // A response from the HTTP cache (an earlier test's page) would pass by the interception.
        await page.setCacheEnabled(false);
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (request.isInterceptResolutionHandled()) return;
          const matches = (/** @type {Map<string, string[]>} */ list) =>
            (list.get(session.id) ?? []).some((part) => request.url().includes(part));
          if (matches(blocked))
            void request.respond({ status: 404, contentType: 'text/plain', body: 'blocked' });
          else if (matches(held)) {
            const queue = waiting.get(session.id) ?? [];
            queue.push(() => void request.continue());
            waiting.set(session.id, queue);
          } else void request.continue();
        });
      }
      return true;
    },
  };
}
