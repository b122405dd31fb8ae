import { css, unsafeCSS } from 'lit';
import { privateName, themeTokens, tokenValue } from './tokens.ts';

/**
 * The public tokens as private `--_*` properties on `:host`. Built from the token list (constant
 * data, never user input), so a token cannot be used without being listed and documented.
 */
const tokenProperties = unsafeCSS(
  themeTokens.map((token) => `${privateName(token.name)}: ${tokenValue(token)};`).join('\n'),
);

/**
 * The kit's styles, for a form's `static styles`. Every colour, font, radius and spacing comes
 * from a `--vangnet-*` token (see docs/theming.md); sizes are in `em`; layout uses logical
 * properties, so right-to-left languages mirror by themselves.
 *
 * Forms wrap their content in `<div class="root" part="root" lang=… dir=…>`: the root restates
 * font and colour, so a host page that resets the host element (`* { all: unset }`) does not
 * reach the form.
 *
 * @example
 * ```ts
 * static override styles = [kitStyles, css`…the form's own…`];
 * ```
 */
export const kitStyles = css`
  :host {
    ${tokenProperties}
    display: block;
    /* Inherit the page's scheme; light-dark() defaults follow it. */
    color-scheme: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  /* Phone numbers and addresses read left to right in every language: in Arabic the digit
     groups of 0800-2000 would swap places. */
  a[href^='tel:'],
  a[href^='mailto:'] {
    direction: ltr;
    unicode-bidi: isolate;
  }

  .root {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-family: var(--_font-family);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background-color: var(--_color-background);
    overflow-wrap: break-word;
    text-align: start;
  }

  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }

  form {
    display: block;
    margin: 0;
  }

  p {
    margin-block: 0 var(--_space-m);
  }

  h2,
  h3 {
    font-family: var(--_heading-font-family);
    font-weight: var(--_label-font-weight);
    line-height: 1.25;
    margin-block: 0 var(--_space-m);
  }

  h2 {
    font-size: 1.5em;
  }

  h3 {
    font-size: 1.125em;
  }

  :focus-visible {
    outline: var(--_focus-outline-width) solid var(--_color-focus);
    outline-offset: var(--_focus-outline-offset);
  }

  /* Headings take focus only to be announced; an outline would look like a control. */
  [data-vangnet-step-heading]:focus {
    outline: none;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /* Fields */
  .field {
    margin-block: 0 var(--_space-field);
    min-inline-size: 0;
  }

  .fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
  }

  .label,
  .legend {
    display: block;
    font-weight: var(--_label-font-weight);
    margin-block-end: var(--_space-s);
    padding: 0;
  }

  .required {
    font-weight: normal;
  }

  .hint,
  .counter {
    color: var(--_color-hint);
    margin-block: 0 var(--_space-s);
  }

  .counter {
    margin-block: var(--_space-s) 0;
  }

  .counter-over {
    color: var(--_color-error);
    font-weight: var(--_label-font-weight);
  }

  .error {
    color: var(--_color-error);
    font-weight: var(--_label-font-weight);
    margin-block: 0 var(--_space-s);
  }

  .field[data-invalid] {
    border-inline-start: var(--_border-width) solid var(--_color-error-border);
    padding-inline-start: var(--_space-m);
  }

  .input {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--_control-max-inline-size);
    min-block-size: 2.75em;
    padding-block: var(--_control-padding-block);
    padding-inline: var(--_control-padding-inline);
    font: inherit;
    color: var(--_color-input-text);
    background-color: var(--_color-input-background);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-control);
    margin: 0;
  }

  .input[aria-invalid='true'] {
    border-color: var(--_color-error-border);
    border-width: calc(var(--_border-width) * 1.5);
  }

  .width-xs {
    max-inline-size: min(5em, 100%);
  }

  .width-s {
    max-inline-size: min(10em, 100%);
  }

  .width-m {
    max-inline-size: min(16em, 100%);
  }

  .width-l {
    max-inline-size: min(var(--_control-max-inline-size), 100%);
  }

  .width-full {
    max-inline-size: 100%;
  }

  .textarea {
    resize: vertical;
    min-block-size: 6em;
  }

  .select {
    appearance: auto;
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .choices-inline {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: var(--_space-l);
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_space-m);
  }

  .choice-input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  .choice-label {
    padding-block-start: 0.0625em;
  }

  .choice-hint,
  .choice > .hint,
  .choice > .error {
    grid-column: 2;
  }

  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }

  .date-part-label {
    display: block;
    margin-block-end: var(--_space-s);
  }

  .date-part-day .date-input,
  .date-part-month .date-input {
    inline-size: 3.5em;
  }

  .date-part-year .date-input {
    inline-size: 5em;
  }

  /* Links and buttons */
  .link,
  .link-button {
    color: var(--_color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link:hover,
  .link-button:hover {
    color: var(--_color-link-hover);
    text-decoration-thickness: 0.125em;
  }

  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    min-block-size: 1.5em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: center;
    margin-block: var(--_space-l) 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-m);
    min-block-size: 2.75em;
    padding-block: var(--_button-padding-block);
    padding-inline: var(--_button-padding-inline);
    font: inherit;
    font-weight: var(--_label-font-weight);
    border-radius: var(--_radius-button);
    border: var(--_border-width) solid var(--_color-primary);
    cursor: pointer;
    margin: 0;
  }

  .button-primary {
    color: var(--_color-primary-text);
    background-color: var(--_color-primary);
  }

  .button-secondary {
    color: var(--_color-link);
    background-color: var(--_color-background);
    border-color: var(--_color-link);
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }

  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: vangnet-spin 0.8s linear infinite;
  }

  @keyframes vangnet-spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Panels */
  .summary,
  .banner,
  .notice {
    border: var(--_border-width) solid var(--_color-error);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius-panel);
    padding: var(--_space-m) var(--_space-l);
    margin-block: 0 var(--_space-l);
  }

  .summary-list {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }

  .summary-list li + li {
    margin-block-start: var(--_space-s);
  }

  .banner-error {
    background-color: var(--_color-error-background);
  }

  .banner-title,
  .notice-title {
    font-weight: var(--_label-font-weight);
    margin-block-end: var(--_space-s);
  }

  .notice {
    border-color: var(--_color-border);
    background-color: var(--_color-notice-background);
  }

  .notice p:last-child,
  .banner p:last-of-type {
    margin-block-end: 0;
  }

  .banner .button {
    margin-block-start: var(--_space-m);
  }

  /* Steps */
  .stepper-list {
    display: flex;
    gap: var(--_space-s);
    list-style: none;
    margin: 0 0 var(--_space-m);
    padding: 0;
  }

  .stepper-step {
    flex: 1 1 0;
    block-size: 0.5em;
    border-radius: var(--_radius-panel);
    background-color: var(--_color-surface);
    border: 1px solid var(--_color-border);
  }

  .stepper-done,
  .stepper-current {
    background-color: var(--_color-primary);
    border-color: var(--_color-primary);
  }

  .stepper-current {
    block-size: 0.75em;
    margin-block-start: -0.125em;
  }

  .step-heading {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .step-count {
    font-size: 0.6em;
    font-weight: normal;
    color: var(--_color-hint);
  }

  /* Review */
  .review-section {
    background-color: var(--_color-surface);
    border-radius: var(--_radius-panel);
    padding: var(--_space-m) var(--_space-l);
    margin-block: 0 var(--_space-l);
  }

  .review-header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space-m);
  }

  .review-list {
    margin: 0;
  }

  .review-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr);
    gap: var(--_space-m);
    padding-block: var(--_space-s);
    border-block-start: 1px solid var(--_color-border);
  }

  .review-row dt {
    font-weight: var(--_label-font-weight);
  }

  .review-row dd {
    margin: 0;
  }

  .review-empty {
    color: var(--_color-hint);
  }

  /* Narrow: one column for the review, so 320 px (or 200% zoom) never scrolls sideways. */
  @container (max-width: 30em) {
    .review-row {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }

  .root {
    container-type: inline-size;
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      border-style: dotted;
    }
  }

  @media (forced-colors: active) {
    .input,
    .button,
    .summary,
    .banner,
    .notice,
    .review-section {
      border-color: CanvasText;
    }

    .button-primary {
      forced-color-adjust: none;
      color: ButtonFace;
      background-color: ButtonText;
    }

    .stepper-step {
      forced-color-adjust: none;
      background-color: Canvas;
      border-color: CanvasText;
    }

    .stepper-done,
    .stepper-current {
      background-color: Highlight;
      border-color: Highlight;
    }

    .error,
    .counter-over {
      color: CanvasText;
      text-decoration: underline;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
