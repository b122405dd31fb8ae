/**
 * The page of isolated mode: one Vangnet component alone on the server's origin, framed by a host
 * page that cannot vouch for its own scripts (docs/decisions/0205-isolated-mode.md). It holds no
 * data of its own: two module scripts (the component's bundle and the frame bridge) and an empty
 * `<main>`; the bridge reads the component's attributes, language and theme from the address.
 */

/** The components a host page can isolate, by element name without `vangnet-`. */
export const EMBED_COMPONENTS = ['referral-form', 'booking-form', 'organisation-finder'] as const;
export type EmbedComponent = (typeof EMBED_COMPONENTS)[number];

export function isEmbedComponent(name: string): name is EmbedComponent {
  return (EMBED_COMPONENTS as readonly string[]).includes(name);
}

/** The page's title per component and language (Dutch for any other language). */
const titles: Record<EmbedComponent, { nl: string; en: string }> = {
  'referral-form': { nl: 'Vangnet: aanmelden', en: 'Vangnet: refer' },
  'booking-form': {
    nl: 'Vangnet: praat met een casemanager',
    en: 'Vangnet: talk to a casemanager',
  },
  'organisation-finder': { nl: 'Vangnet: organisaties', en: 'Vangnet: organisations' },
};

/** A primary language subtag (`nl`, `en`, `ar`…), else Dutch: the page never echoes other input. */
export function embedLanguage(value: string | undefined): string {
  const primary = value?.toLowerCase().split('-')[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'nl';
}

const rightToLeft = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * The `frame-ancestors` sources of a partner key's allowed origins: `loopback` becomes localhost,
 * 127.0.0.1 and [::1] on any port; an unknown or revoked key (`undefined`) gets `'none'`, so its
 * page cannot be framed anywhere. Anything that is not a plain http(s) origin is dropped: a
 * source list must not be widened by a stored value.
 */
export function frameAncestors(origins: readonly string[] | undefined): string {
  const sources = (origins ?? []).flatMap((origin) =>
    origin === 'loopback'
      ? ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*']
      : /^https?:\/\/(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(origin)
        ? [origin]
        : [],
  );
  return sources.length > 0 ? [...new Set(sources)].join(' ') : "'none'";
}

/**
 * The page's Content-Security-Policy: nothing but the server's own scripts (no inline script, no
 * eval, Trusted Types required with Lit's policy only), `fetch` to the server itself, no images,
 * fonts, frames or form navigation, and framed only by the key's origins.
 */
export function embedPolicy(ancestors: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html vangnet',
  ].join('; ');
}

/** Where the page's two scripts are, relative to the page (`assets/…`) or absolute. */
export interface EmbedAssets {
  /** The component's bundle, e.g. `assets/vangnet-referral-form.js`. */
  component(component: EmbedComponent): string;
  /** The frame bridge, `assets/vangnet-embed.js`. */
  readonly frame: string;
}

/** The built bundles of dist/, served beside the page at `/embed/assets/`. */
export const distAssets: EmbedAssets = {
  component: (component) => `assets/vangnet-${component}.js`,
  frame: 'assets/vangnet-embed.js',
};

const escapeAttribute = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The page's HTML. Only the component's name and a checked language subtag go into it. */
export function embedHtml(component: EmbedComponent, lang: string, assets: EmbedAssets): string {
  const title = lang === 'en' ? titles[component].en : titles[component].nl;
  const dir = rightToLeft.has(lang) ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<script type="module" src="${escapeAttribute(assets.component(component))}"></script>
<script type="module" src="${escapeAttribute(assets.frame)}"></script>
</head>
<body><main></main></body>
</html>
`;
}
