// Test-runner commands `block-requests` and `unblock-requests`: the calling test's page (and its
// same-origin iframes) answers 404 to every request whose URL contains one of the given strings,
// until unblocked. For tests of what a page shows when one of its chunks does not load.
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function blockRequestsPlugin() {
  /** @type {Map<string, string[]>} */
  const blocked = new Map();
  /** @type {WeakSet<object>} */
  const intercepted = new WeakSet();
  return {
    name: 'vangnet-block-requests',
    async executeCommand({ command, session, payload }) {
      if (command !== 'block-requests' && command !== 'unblock-requests') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      if (command === 'unblock-requests') {
        blocked.delete(session.id);
        return true;
      }
      blocked.set(session.id, /** @type {{ urls: string[] }} */ (payload).urls);
      if (!intercepted.has(page)) {
        intercepted.add(page);
        // A response from the HTTP cache (an earlier test's page) would pass by the interception.
        await page.setCacheEnabled(false);
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (request.isInterceptResolutionHandled()) return;
          const urls = blocked.get(session.id) ?? [];
          if (urls.some((part) => request.url().includes(part)))
            void request.respond({ status: 404, contentType: 'text/plain', body: 'blocked' });
          else void request.continue();
        });
      }
      return true;
    },
  };
}
