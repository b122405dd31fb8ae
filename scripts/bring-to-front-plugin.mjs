// A test-runner command, `bring-to-front`: makes the calling test's page the visible tab. Chromium
// paints only the visible tab of a window, and layout-shift entries come from painted frames, so
// a test that measures layout shift calls this first when two test files run side by side.
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function bringToFrontPlugin() {
  return {
    name: 'vangnet-bring-to-front',
    async executeCommand({ command, session }) {
      if (command !== 'bring-to-front') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      await page.bringToFront();
      return true;
    },
  };
}
