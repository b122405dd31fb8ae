/**
 * The kit's design tokens: every colour, font, radius and spacing a form uses. Each is a public
 * custom property `--vangnet-*` that falls back to the NL Design System token for the same thing
 * (where one exists), then to a default. Defaults use `light-dark()`, so a host with
 * `color-scheme: dark` gets dark defaults. Sizes are in `em`, so the host's font size carries.
 *
 * `styles.ts` turns this list into private `--_*` properties on `:host`; docs/theming.md documents
 * every entry, and a test keeps the three in step. What each token is for lives in
 * `token-descriptions.ts`, apart from this list: it is documentation, and must not ship to phones.
 */
export interface ThemeToken {
  /** The public custom property. */
  readonly name: `--vangnet-${string}`;
  /** The NL Design System token it falls back to. */
  readonly nlToken?: `--${string}`;
  /** The value used when neither is set. */
  readonly fallback: string;
}

export const themeTokens = [
  {
    name: '--vangnet-font-family',
    nlToken: '--nl-paragraph-font-family',
    fallback: 'system-ui, sans-serif',
  },
  {
    name: '--vangnet-heading-font-family',
    nlToken: '--utrecht-heading-font-family',
    fallback: 'inherit',
  },
  {
    name: '--vangnet-line-height',
    nlToken: '--utrecht-document-line-height',
    fallback: '1.5',
  },
  {
    name: '--vangnet-label-font-weight',
    nlToken: '--utrecht-form-label-font-weight',
    fallback: '700',
  },
  {
    name: '--vangnet-color-text',
    nlToken: '--utrecht-document-color',
    fallback: 'light-dark(#1b1b1b, #f2f2f2)',
  },
  {
    name: '--vangnet-color-background',
    nlToken: '--utrecht-document-background-color',
    fallback: 'light-dark(#ffffff, #16181d)',
  },
  {
    name: '--vangnet-color-surface',
    fallback: 'light-dark(#f1f3f5, #23262d)',
  },
  {
    name: '--vangnet-color-hint',
    nlToken: '--utrecht-form-field-description-color',
    fallback: 'light-dark(#474747, #c6c6c6)',
  },
  {
    name: '--vangnet-color-primary',
    nlToken: '--nl-button-primary-background-color',
    fallback: 'light-dark(#1a5fb4, #99c1f1)',
  },
  {
    name: '--vangnet-color-primary-text',
    nlToken: '--nl-button-primary-color',
    fallback: 'light-dark(#ffffff, #0b1a2e)',
  },
  {
    name: '--vangnet-color-link',
    nlToken: '--nl-link-color',
    fallback: 'light-dark(#1a5fb4, #99c1f1)',
  },
  {
    name: '--vangnet-color-link-hover',
    nlToken: '--nl-link-hover-color',
    fallback: 'light-dark(#0d3a73, #c4dcf7)',
  },
  {
    name: '--vangnet-color-input-text',
    nlToken: '--utrecht-form-control-color',
    fallback: 'light-dark(#1b1b1b, #f2f2f2)',
  },
  {
    name: '--vangnet-color-input-background',
    nlToken: '--utrecht-form-control-background-color',
    fallback: 'light-dark(#ffffff, #1f2228)',
  },
  {
    name: '--vangnet-color-border',
    nlToken: '--utrecht-form-control-border-color',
    fallback: 'light-dark(#5e5e5e, #a0a0a0)',
  },
  {
    name: '--vangnet-color-error',
    nlToken: '--utrecht-form-field-error-message-color',
    fallback: 'light-dark(#b3261e, #ffb4ab)',
  },
  {
    name: '--vangnet-color-error-border',
    nlToken: '--utrecht-form-control-invalid-border-color',
    fallback: 'light-dark(#b3261e, #ffb4ab)',
  },
  {
    name: '--vangnet-color-error-background',
    nlToken: '--utrecht-alert-error-background-color',
    fallback: 'light-dark(#fdecea, #3b1d1b)',
  },
  {
    name: '--vangnet-color-notice-background',
    fallback: 'light-dark(#fff4d6, #3a3220)',
  },
  {
    name: '--vangnet-color-focus',
    nlToken: '--utrecht-focus-outline-color',
    fallback: 'light-dark(#0b0c0c, #ffdd00)',
  },
  {
    name: '--vangnet-focus-outline-width',
    nlToken: '--utrecht-focus-outline-width',
    fallback: '0.1875em',
  },
  {
    name: '--vangnet-focus-outline-offset',
    nlToken: '--utrecht-focus-outline-offset',
    fallback: '0.125em',
  },
  {
    name: '--vangnet-border-width',
    nlToken: '--utrecht-form-control-border-width',
    fallback: '0.125em',
  },
  {
    name: '--vangnet-radius-control',
    nlToken: '--utrecht-form-control-border-radius',
    fallback: '0.25em',
  },
  {
    name: '--vangnet-radius-button',
    nlToken: '--nl-button-border-radius',
    fallback: '0.25em',
  },
  {
    name: '--vangnet-radius-panel',
    fallback: '0.375em',
  },
  {
    name: '--vangnet-control-padding-block',
    nlToken: '--utrecht-form-control-padding-block-start',
    fallback: '0.5em',
  },
  {
    name: '--vangnet-control-padding-inline',
    nlToken: '--utrecht-form-control-padding-inline-start',
    fallback: '0.5em',
  },
  {
    name: '--vangnet-control-max-inline-size',
    nlToken: '--utrecht-form-control-max-inline-size',
    fallback: '30em',
  },
  {
    name: '--vangnet-button-padding-block',
    nlToken: '--utrecht-button-padding-block-start',
    fallback: '0.625em',
  },
  {
    name: '--vangnet-button-padding-inline',
    nlToken: '--utrecht-button-padding-inline-start',
    fallback: '1.25em',
  },
  {
    name: '--vangnet-space-field',
    nlToken: '--utrecht-form-field-margin-block-end',
    fallback: '1.5em',
  },
  {
    name: '--vangnet-space-s',
    fallback: '0.25em',
  },
  {
    name: '--vangnet-space-m',
    fallback: '0.75em',
  },
  {
    name: '--vangnet-space-l',
    fallback: '1.5em',
  },
] as const satisfies readonly ThemeToken[];

/** The public token names. */
export type ThemeTokenName = (typeof themeTokens)[number]['name'];

/** The private property a token maps to inside the component: `--vangnet-color-text` → `--_color-text`. */
export function privateName(name: string): string {
  return name.replace(/^--vangnet-/, '--_');
}

/** The `var()` chain of a token: public, then NL Design System, then the default. */
export function tokenValue(token: ThemeToken): string {
  return token.nlToken
    ? `var(${token.name}, var(${token.nlToken}, ${token.fallback}))`
    : `var(${token.name}, ${token.fallback})`;
}
