import { css } from 'lit';

export const referralStatusStyles = css`
  .status-title {
    margin: 0 0 var(--_space-s);
    font-size: 1.25em;
  }
  .steps {
    list-style: none;
    margin: var(--_space-m) 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .step {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-panel);
    color: var(--_color-hint);
  }
  .step[data-state='done'],
  .step[aria-current='step'] {
    color: var(--_color-text);
  }
  .step[aria-current='step'] {
    font-weight: 700;
    border-color: var(--_color-primary);
    border-inline-start-width: 0.375rem;
  }
  .step-mark {
    inline-size: 1.5em;
    text-align: center;
  }
  .facts {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 var(--_space-m);
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
`;
