import { css } from 'lit';

/**
 * The shared host and state styles. A component reserves its height with `--vangnet-reserved-height`
 * (see `reservationStyles()`) — the same value the embed snippet gives the element before it is
 * defined — so nothing on the host page moves while it upgrades and loads.
 */
export const vangnetStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-block-size: var(--vangnet-reserved-height, 12rem);
    font-family: var(--vangnet-font-family, inherit);
    color: var(--vangnet-color-text, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  .vangnet-placeholder {
    box-sizing: border-box;
    block-size: var(--vangnet-reserved-height, 12rem);
    display: flex;
    align-items: flex-start;
    padding: 1rem;
    border-radius: var(--vangnet-radius, 0.5rem);
    background: var(--vangnet-color-placeholder, #f3f4f6);
    color: var(--vangnet-color-muted, #4b5563);
  }
  .vangnet-problem {
    box-sizing: border-box;
    padding: 1rem;
    border: 2px solid var(--vangnet-color-border, #6b7280);
    border-radius: var(--vangnet-radius, 0.5rem);
  }
  .vangnet-problem p {
    margin: 0 0 0.5rem;
  }
  .vangnet-problem ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .vangnet-problem button {
    font: inherit;
    min-block-size: 44px;
    padding: 0.5rem 1rem;
  }
  .vangnet-fallback:empty {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .vangnet-placeholder {
      animation: vangnet-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes vangnet-pulse {
    50% {
      opacity: 0.6;
    }
  }
`;
