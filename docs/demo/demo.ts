// The live demos of the docs site: the mock API in a service worker, then the components. The
// site is static, so the worker stands in for the API; its file sits at the site root, one level
// above this module, wherever the site is hosted (a sub-folder on GitHub Pages included).
import { setupWorker } from 'msw/browser';
import { createMockApi } from '@vangnet/api-mock';

const scenarios = new URLSearchParams(location.search).get('mock');
const mock = createMockApi({
  allowedOrigins: [location.origin],
  ...(scenarios ? { scenarios } : {}),
});
await setupWorker(...mock.handlers).start({
  serviceWorker: { url: new URL('../mockServiceWorker.js', import.meta.url).href },
  onUnhandledFrame: 'bypass',
  quiet: true,
});
await import('@vangnet/widget/define');
