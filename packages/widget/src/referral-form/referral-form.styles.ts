import { css } from 'lit';
import type { Reservation } from '../core/index.ts';

/**
 * The height of the referral form's first view (intro, emergency notice, the service step), kept
 * free while it loads: 724 px on a 360 px phone (English; Dutch 694), 550 px from 768 px, 502 px
 * from 1280 px, in every language it ships. Measured in Chromium; `reservation.ts` says how.
 */
export const referralFormReservation: Reservation = { narrow: 45.25, medium: 34.5, wide: 31.5 };

/**
 * The attributes with which the form starts at the referrer's details, not at the service: both
 * set, and not empty (the form reflects its properties, an empty one as `service=""`).
 */
export const REFERRER_FIRST = "[service]:not([service=''])[municipality]:not([municipality=''])";

/**
 * The height of the first view when `service` and `municipality` are both set (intro, emergency
 * notice, the referrer's details): 1058 px on a 360 px phone (Polish; Dutch 1034), 914 px from
 * 768 px, 866 px from 1280 px, for either service, in every language it ships.
 */
export const referrerFirstReservation: Reservation = { narrow: 66.25, medium: 57.25, wide: 54.25 };

/** The referral form's own layout on top of the kit's styles: groups, privacy copy, confirmation. */
export const referralFormStyles = css`
  .intro {
    margin-block: 0 var(--_space-l);
  }

  .age {
    margin-block: calc(-1 * var(--_space-s)) var(--_space-field);
    color: var(--_color-hint);
  }

  .group {
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-panel);
    padding: var(--_space-m) var(--_space-l);
    margin: 0 0 var(--_space-field);
    min-inline-size: 0;
  }

  .group-title {
    font-family: var(--_heading-font-family);
    font-weight: var(--_label-font-weight);
    padding-inline: var(--_space-s);
  }

  .parties {
    margin-block: 0 var(--_space-l);
    font-weight: var(--_label-font-weight);
  }

  .privacy {
    border-block-start: var(--_border-width) solid var(--_color-border);
    padding-block-start: var(--_space-m);
    margin-block-end: var(--_space-l);
  }

  .privacy-title,
  .next-title {
    font-family: var(--_heading-font-family);
    font-size: 1.125em;
    margin-block: 0 var(--_space-s);
  }

  .reference {
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }

  .confirmation .hint {
    margin-block: var(--_space-s) var(--_space-l);
  }

  .next-steps {
    margin-block: 0 var(--_space-l);
  }

  @media (max-width: 30em) {
    .group {
      padding-inline: var(--_space-m);
    }
  }
`;
