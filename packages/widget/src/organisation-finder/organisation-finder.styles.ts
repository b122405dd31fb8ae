import { css } from 'lit';

/**
 * The finder's own layout. Colours, type and spacing come from the kit's `--vangnet-*` tokens
 * (mapped to private `--_*` properties here), so a host themes every component at once.
 */
export const organisationFinderStyles = css`
  :host {
    display: block;
    --_card-height: 9.5rem;
  }
  :host([hidden]) {
    display: none;
  }
  .finder {
    display: grid;
    gap: 1rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .search {
    display: grid;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    margin: 0;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .filters legend {
    padding: 0;
    margin-block-end: 0.5rem;
  }
  input,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    font: inherit;
  }
  .link-button {
    justify-self: start;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .invisible {
    visibility: hidden;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .results {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result {
    box-sizing: border-box;
    min-block-size: var(--_card-height);
    padding: 0.75rem 1rem;
  }
  .result-name {
    margin: 0;
    font-weight: 700;
    font-size: 1.125em;
  }
  .summary {
    margin: 0.25rem 0 0.5rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .facts {
    display: grid;
    gap: 0.125rem;
    margin: 0;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .placeholder {
    display: grid;
    align-content: start;
    gap: 0.6rem;
  }
  .bar {
    display: block;
    block-size: 0.9rem;
    inline-size: 80%;
    border-radius: 0.25rem;
  }
  .bar.name-bar {
    block-size: 1.3rem;
    inline-size: 40%;
  }
  .bar.short {
    inline-size: 55%;
  }
  .more {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .more p,
  .empty p {
    margin: 0;
  }
  .empty {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
  }
  .empty-title {
    font-weight: 700;
  }
  .suggestions {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .suggestions li {
    display: grid;
    gap: 0.25rem;
  }
  .detail {
    display: grid;
    gap: 0.75rem;
  }
  .detail-name {
    font-weight: 700;
    font-size: 1.5em;
  }
  .sub-heading {
    font-weight: 700;
    font-size: 1.125em;
    margin-block-start: 0.5rem;
  }
  .summary-full,
  .description {
    margin: 0;
  }
  .description {
    white-space: pre-line;
  }
  .refer {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .referred {
    margin: 0;
  }
  .button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .problem {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 1rem;
  }
  .problem p {
    margin: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .placeholder .bar {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
