import { css } from 'lit';
import type { Reservation } from '../core/index.ts';

/**
 * The height of the finder's first view (search box, filters, count and the results region of
 * fixed height), kept free while it loads: 1200 px on a 360 px phone (the filters one below the
 * other; Polish and Turkish, 1176 in Dutch), 900 px from 768 px (two or three side by side), 840 px
 * from 1280 px (four in a row; Arabic, 816 in Dutch). Measured in Chromium; `reservation.ts` says
 * how.
 */
export const organisationFinderReservation: Reservation = { narrow: 75, medium: 56.25, wide: 52.5 };

/**
 * The finder's own layout, on top of the kit's styles. Every colour, space and radius is a kit
 * token (`--_*`, set from the public `--vangnet-*` ones), so a host themes all components at once.
 * Result cards and their loading placeholders share one minimum height, so nothing moves when the
 * organisations arrive.
 */
export const organisationFinderStyles = css`
  /* minmax(0, 1fr) everywhere: a long name or option must never widen the finder past its box. */
  .finder {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }

  .search,
  .results,
  .detail {
    grid-template-columns: minmax(0, 1fr);
  }

  .search {
    display: grid;
    gap: var(--_space-m);
  }

  .search .field {
    margin: 0;
    min-inline-size: 0;
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: var(--_space-m);
    margin: 0;
    min-inline-size: 0;
  }

  .filters .legend {
    grid-column: 1 / -1;
    margin: 0;
    float: inline-start;
    inline-size: 100%;
  }

  .filters .input {
    max-inline-size: 100%;
    min-inline-size: 0;
  }

  /* In a grid a button stretches and centres its text; a link-like button sits where text starts. */
  .finder .link-button {
    justify-self: start;
    text-align: start;
  }

  .invisible {
    visibility: hidden;
  }

  /*
   * One height while loading and with results: the page below the finder stays where it is, and
   * the list scrolls inside it (keyboard users reach it with Tab, then the arrow keys).
   */
  .results-region {
    display: grid;
    align-content: start;
    gap: var(--_space-m);
    block-size: var(--vangnet-results-height, 32rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space-s);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-panel);
  }

  .count {
    margin: 0;
    font-weight: var(--_label-font-weight);
  }

  .results {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .result {
    /* Placeholders and cards alike, so nothing moves when the organisations arrive. */
    min-block-size: 9em;
    padding: var(--_space-m) var(--_space-l);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-panel);
  }

  .result-name {
    font-family: var(--_heading-font-family);
    font-weight: var(--_label-font-weight);
    font-size: 1.125em;
    line-height: 1.25;
  }

  .result-name .link-button {
    font-weight: inherit;
    text-align: start;
  }

  .result-summary {
    margin-block: var(--_space-s);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .facts {
    display: grid;
    gap: calc(var(--_space-s) / 2);
    margin: 0;
  }

  /* Term and names run on as one sentence, wrapping like text on a narrow screen. */
  .fact dt,
  .fact dd {
    display: inline;
    margin: 0;
  }

  .fact dt {
    font-weight: var(--_label-font-weight);
  }

  .fact dt::after {
    content: ': ';
  }

  .placeholder {
    display: grid;
    align-content: start;
    gap: var(--_space-m);
    border-color: var(--_color-surface);
  }

  .bar {
    display: block;
    block-size: 1em;
    inline-size: 80%;
    border-radius: var(--_radius-control);
    background-color: var(--_color-surface);
  }

  .bar.name-bar {
    block-size: 1.25em;
    inline-size: 40%;
  }

  .bar.short {
    inline-size: 55%;
  }

  .more,
  .refer,
  .problem {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }

  .more p,
  .refer p,
  .empty p {
    margin: 0;
  }

  .empty {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m) var(--_space-l);
    background-color: var(--_color-surface);
    border-radius: var(--_radius-panel);
  }

  .empty-title {
    font-weight: var(--_label-font-weight);
  }

  .suggestions {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding-inline-start: var(--_space-l);
  }

  .suggestions li {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }

  .detail {
    display: grid;
    gap: var(--_space-m);
  }

  .detail p {
    margin: 0;
  }

  .detail-name {
    font-family: var(--_heading-font-family);
    font-weight: var(--_label-font-weight);
    font-size: 1.5em;
    line-height: 1.25;
  }

  .detail-name:focus {
    outline: none;
  }

  .sub-heading {
    font-family: var(--_heading-font-family);
    font-weight: var(--_label-font-weight);
    font-size: 1.125em;
    margin-block-start: var(--_space-s);
  }

  .description {
    white-space: pre-line;
  }

  @media (prefers-reduced-motion: no-preference) {
    .placeholder .bar {
      animation: vangnet-pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes vangnet-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (forced-colors: active) {
    .result,
    .empty {
      border: 1px solid CanvasText;
    }
  }
`;
