// dist/vangnet.js: the one script tag. It holds no component: it claims the five element names at
// once and fetches a component's chunk (from next to itself) only when its element is in the page,
// so a page without the finder never downloads the finder. Decision 0123 says why.
//
// The build (rollup.config.ts) replaces the manifest string below with each element's chunk and
// every chunk that chunk imports, so the loader can hint all of them at once (`modulepreload`)
// instead of the browser finding them one import after another.

/** Each element's chunk and the chunks it imports, relative to this file. */
interface Manifest {
  [tag: string]: { readonly entry: string; readonly imports: readonly string[] };
}

const manifestText: string = '__VANGNET_LOADER_MANIFEST__';
const manifest: Manifest = manifestText.charAt(0) === '{' ? JSON.parse(manifestText) : {};

const base = import.meta.url;
const requested = new Set<string>();
const hinted = new Set<string>();
const failures = new Map<string, number>();

/** `<link rel="modulepreload">` for a chunk, once: the browser fetches them all in parallel. */
function hint(file: string): void {
  if (hinted.has(file)) return;
  hinted.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, base).href;
  // A module script of another origin is fetched in CORS mode; the hint must match to be used.
  if (new URL(link.href).origin !== location.origin) link.crossOrigin = 'anonymous';
  document.head.append(link);
}

const retryAttribute = 'data-vangnet-retry';

function retryLabel(element: Element): string {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'nl';
  return lang.toLowerCase().startsWith('en') ? 'Load again' : 'Opnieuw laden';
}

/**
 * A chunk that did not load leaves the element undefined: the webmaster's fallback content (its
 * light-DOM children) stays visible, and a button below it tries again.
 */
function offerRetry(tag: string): void {
  for (const element of document.querySelectorAll(tag)) {
    if (customElements.get(tag) || element.querySelector(`:scope > [${retryAttribute}]`)) continue;
    const wrapper = document.createElement('p');
    wrapper.setAttribute(retryAttribute, '');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = retryLabel(element);
    button.addEventListener('click', () => {
      for (const offered of document.querySelectorAll(`${tag} > [${retryAttribute}]`))
        offered.remove();
      void load(tag);
    });
    wrapper.append(button);
    element.append(wrapper);
  }
}

/** Fetches and runs an element's chunk, which defines the element. */
async function load(tag: string): Promise<void> {
  const chunk = manifest[tag];
  if (!chunk) return;
  for (const file of chunk.imports) hint(file);
  const attempt = failures.get(tag) ?? 0;
  // A failed module stays failed in the page's module map under its URL; a retry asks again
  // under a fresh one.
  const url = new URL(chunk.entry, base);
  if (attempt > 0) url.searchParams.set('retry', String(attempt));
  try {
    await import(/* @vite-ignore */ url.href);
  } catch (error) {
    failures.set(tag, attempt + 1);
    console.error(`vangnet: the code of <${tag}> could not be loaded`, error);
    offerRetry(tag);
  }
}

/** Starts the chunk of every element name now in the document, each once. */
function scan(): void {
  for (const tag of Object.keys(manifest)) {
    if (requested.has(tag) || customElements.get(tag) || !document.querySelector(tag)) continue;
    requested.add(tag);
    void load(tag);
  }
}

scan();
if (requested.size < Object.keys(manifest).length) {
  const observer = new MutationObserver(() => {
    scan();
    if (requested.size === Object.keys(manifest).length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
