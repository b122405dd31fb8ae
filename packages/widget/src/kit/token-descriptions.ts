import type { ThemeTokenName } from './tokens.ts';

/**
 * What each design token is for, in words: documentation for theming and IDEs, kept apart from
 * `tokens.ts` so that no component bundle carries it. The type makes sure every token has one,
 * and only tokens that exist.
 */
export const tokenDescriptions = {
  '--vangnet-font-family': 'Font of all text.',
  '--vangnet-heading-font-family': 'Font of step headings and titles.',
  '--vangnet-line-height': 'Line height of text.',
  '--vangnet-label-font-weight': 'Weight of labels, legends and titles.',
  '--vangnet-color-text': 'Text colour.',
  '--vangnet-color-background': 'Background of the form.',
  '--vangnet-color-surface': 'Background of panels: the review, the stepper track.',
  '--vangnet-color-hint': 'Colour of hints and counters.',
  '--vangnet-color-primary': 'Main action background; current and done steps.',
  '--vangnet-color-primary-text': 'Text on the main action.',
  '--vangnet-color-link': 'Links and link-like buttons; secondary button text and border.',
  '--vangnet-color-link-hover': 'Links on hover.',
  '--vangnet-color-input-text': 'Text in inputs.',
  '--vangnet-color-input-background': 'Background of inputs.',
  '--vangnet-color-border': 'Border of inputs; steps still to do.',
  '--vangnet-color-error': 'Inline errors, the error summary border.',
  '--vangnet-color-error-border': 'Border of invalid inputs.',
  '--vangnet-color-error-background': 'Background of the retry banner.',
  '--vangnet-color-notice-background': 'Background of the emergency notice.',
  '--vangnet-color-focus': 'Focus outline.',
  '--vangnet-focus-outline-width': 'Width of the focus outline.',
  '--vangnet-focus-outline-offset': 'Gap between an element and its focus outline.',
  '--vangnet-border-width': 'Border width of inputs, buttons and panels.',
  '--vangnet-radius-control': 'Corner radius of inputs.',
  '--vangnet-radius-button': 'Corner radius of buttons.',
  '--vangnet-radius-panel': 'Corner radius of the summary, banners, notices and review.',
  '--vangnet-control-padding-block': 'Padding above and below the text in inputs.',
  '--vangnet-control-padding-inline': 'Padding left and right of the text in inputs.',
  '--vangnet-control-max-inline-size': 'Widest an input gets.',
  '--vangnet-button-padding-block': 'Padding above and below button text.',
  '--vangnet-button-padding-inline': 'Padding left and right of button text.',
  '--vangnet-space-field': 'Space between fields.',
  '--vangnet-space-s': 'Small space: label to input, between hint and error.',
  '--vangnet-space-m': 'Medium space: between choices, inside panels.',
  '--vangnet-space-l': 'Large space: around panels, between sections.',
} as const satisfies Record<ThemeTokenName, string>;
