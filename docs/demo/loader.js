// Loaded on every page of the docs site: fetches the live demos (the components and the mock API
// in a service worker) only on pages that show one. A classic script resolves `import()` against
// its own address, so this works wherever the site is hosted.
if (document.querySelector('[data-vangnet-demo]')) {
  import('./vangnet-demo.js').catch((error) => {
    console.error('The live demo could not start:', error);
  });
}
