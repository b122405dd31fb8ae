// dist/vangnet.js: the one script tag. It holds no component: it claims the five element names at
// once and fetches a component's chunk (from next to itself) only when its element is in the page,
// so a page without the finder never downloads the finder. Decision 0123 says why.
//
// The build (rollup.config.ts) replaces the manifest string below with each element's chunk and
// every chunk that chunk imports, so the loader can hint all of them at once (`modulepreload`)
// instead of the browser finding them one import after another.

/** Each element's chunk and the chunks it imports, relative to this file. */
interface Manifest {
  [tag: string]: {
    readonly entry: string;
    readonly imports: readonly string[];
    /** GETs of the first view, relative to the API (src/first-reads.ts). */
    readonly reads: readonly string[];
  };
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

// The first view's reads (the catalog, the finder's organisations) are asked for now, beside the
// chunks, instead of after they have run (decision 0263). The SDK's first-view client takes an
// answer only if the URL and every header are what it would send itself, so a guess here that
// differs (another language, say) costs a request, never a wrong answer.
const prefetchKey = Symbol.for('vangnet.prefetch');
const languages = ['nl', 'en', 'ar', 'pl', 'tr'];
const subtag = (tag: string | null | undefined) =>
  (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];

/** The locale the element's client will have: the provider's own `lang`, a component's inherited. */
function localeOf(source: Element): string {
  if (source.localName === 'vangnet-provider') return subtag(source.getAttribute('lang')) || 'nl';
  const tag =
    source.getAttribute('lang') ||
    source.parentElement?.closest('[lang]')?.getAttribute('lang') ||
    document.documentElement.lang;
  const language = subtag(tag);
  return languages.includes(language ?? '') ? language! : 'nl';
}

function prefetch(element: Element, reads: readonly string[]): void {
  const source = element.closest('vangnet-provider') ?? element;
  const api = source.getAttribute('api')?.trim();
  const partnerKey = source.getAttribute('partner-key')?.trim();
  if (!api || !partnerKey || source.hasAttribute('isolated') || element.hasAttribute('isolated'))
    return;
  let url: URL;
  try {
    // As the components read it (`httpUrlOf`): absolute, or a path from the site's root.
    url = api.startsWith('/') ? new URL(api, document.baseURI) : new URL(api);
  } catch {
    return;
  }
  if (!/^https?:$/.test(url.protocol) || url.search !== '' || url.hash !== '') return;
  const store = ((globalThis as Record<symbol, unknown>)[prefetchKey] ??= new Map()) as Map<
    string,
    { headers: Record<string, string>; response: Promise<Response> }
  >;
  const headers = {
    Accept: 'application/json, application/problem+json',
    Authorization: `Bearer ${partnerKey}`,
    'Accept-Language': localeOf(source),
  };
  for (const read of reads) {
    const target = `${url.href.replace(/\/+$/, '')}/${read}`;
    if (store.has(target)) continue;
    const response = fetch(target, { headers });
    // Nobody may take it (a client of another language): an unhandled rejection would be noise.
    response.catch(() => undefined);
    store.set(target, { headers, response });
  }
}

/** Starts the chunk of every element name now in the document, each once. */
function scan(): void {
  for (const tag of Object.keys(manifest)) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    const element = document.querySelector(tag);
    if (!element) continue;
    requested.add(tag);
    prefetch(element, manifest[tag]!.reads);
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
