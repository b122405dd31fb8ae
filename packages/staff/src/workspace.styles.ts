import { css } from 'lit';

// The workspace's own layout on top of the widgets' kit styles (same tokens, fields, buttons).
// One column up to 40em, so it works at 320 px; tables scroll within their own box.
export const workspaceStyles = css`
  .root {
    max-inline-size: 72em;
    margin-inline: auto;
    padding: var(--_space-m);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    margin-block-end: var(--_space-l);
  }
  h1 {
    font-size: 1.5em;
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
    border: 0;
    padding: 0;
    margin: 0;
  }
  .filters .field {
    min-inline-size: 12em;
    flex: 1 1 12em;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space-m);
  }
  .counts li {
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-panel);
    padding: 0.25em 0.75em;
  }
  .table-box {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.5em;
    border-block-end: var(--_border-width) solid var(--_color-border);
    vertical-align: top;
  }
  .details {
    display: grid;
    gap: var(--_space-m);
  }
  @media (min-width: 48em) {
    .details {
      grid-template-columns: 1fr 1fr;
    }
  }
  section.panel {
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-panel);
    padding: var(--_space-m);
  }
  dl {
    margin: 0;
  }
  dl div {
    margin-block-end: 0.5em;
  }
  dt {
    font-weight: var(--_label-font-weight);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dialog {
    max-inline-size: min(32em, calc(100vw - 2em));
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-panel);
    color: var(--_color-text);
    background: var(--_color-background);
  }
  .user {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space-l);
    border-block-end: var(--_border-width) solid var(--_color-border);
  }
  .tabs a {
    display: inline-block;
    padding: var(--_space-s) var(--_space-m);
    color: inherit;
    text-underline-offset: 0.2em;
  }
  /* A list of items as cards (call-back requests, messages): one column, fits 320 px. */
  .cards {
    display: grid;
    gap: var(--_space-m);
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space-l);
  }
  .card {
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-panel);
    padding: var(--_space-m);
    min-inline-size: 0;
  }
  .card h4 {
    margin: 0 0 var(--_space-s);
  }
  .tabs a[aria-current='page'] {
    font-weight: var(--_label-font-weight);
    text-decoration-thickness: 0.2em;
  }
`;
