import { css } from 'lit';
import { reservationStyles, type Reservation } from '../core/reservation.ts';
import { vangnetStyles } from '../core/styles.ts';
import { kitStyles } from '../kit/index.ts';

/**
 * The height of the booking form's first view (intro, the date of birth step, the emergency
 * notice), kept free while it loads: 858 px on a 360 px phone (Polish; Dutch 804), 606 px from
 * 768 px, 558 px from 1280 px. Measured in Chromium; `reservation.ts` says how.
 */
export const bookingFormReservation: Reservation = { narrow: 53.75, medium: 38, wide: 35 };

/** The kit's styles and the booking form's own: the calendar, the first-slot offer, the cards. */
export const bookingFormStyles = [
  vangnetStyles,
  kitStyles,
  css`
    .title {
      margin-block: 0 var(--_space-s);
      font-family: var(--_heading-font-family);
    }

    .subheading {
      margin-block: var(--_space-m) var(--_space-s);
      font-size: 1.1em;
    }

    .plain-list {
      margin: 0;
      padding-inline-start: 1.2em;
    }

    .loading {
      display: flex;
      gap: var(--_space-s);
      align-items: center;
    }

    .first-slot,
    .walk-in,
    .contact-card,
    .manage-box,
    .taken {
      margin-block: var(--_space-m);
      padding: var(--_space-m);
      border: var(--_border-width) solid var(--_color-border);
      border-radius: var(--_radius-panel);
      background: var(--_color-surface);
    }

    .taken {
      border-color: var(--_color-error-border);
    }

    .first-slot p,
    .taken p {
      margin-block: 0 var(--_space-s);
    }

    .week-nav {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      align-items: center;
      justify-content: space-between;
      margin-block-end: var(--_space-m);
    }

    .week-label {
      flex: 1 1 100%;
      order: -1;
      margin: 0;
      font-weight: var(--_label-font-weight);
    }

    /* The arrows point the way the week goes: mirrored in right-to-left languages. */
    .arrow {
      display: inline-block;
    }

    .root[dir='rtl'] .arrow {
      transform: scaleX(-1);
    }

    .week-button[disabled] {
      opacity: 0.5;
      cursor: not-allowed;
    }

    .day-list,
    .time-list {
      display: grid;
      gap: var(--_space-s);
    }

    .time-list {
      grid-template-columns: repeat(auto-fill, minmax(8.5em, 1fr));
    }

    .day,
    .time {
      position: relative;
    }

    .day .choice-input,
    .time .choice-input {
      position: absolute;
      opacity: 0;
      inset-block-start: 0;
      inset-inline-start: 0;
      inline-size: 100%;
      block-size: 100%;
      margin: 0;
    }

    .day-label,
    .time-label {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-s);
      justify-content: space-between;
      min-block-size: 2.75em;
      box-sizing: border-box;
      padding: var(--_space-s) var(--_space-m);
      border: var(--_border-width) solid var(--_color-border);
      border-radius: var(--_radius-control);
      background: var(--_color-background);
      cursor: pointer;
    }

    .time-label {
      justify-content: center;
      align-items: center;
    }

    .day-count {
      color: var(--_color-hint);
    }

    .choice-input:checked + .day-label,
    .choice-input:checked + .time-label {
      border-color: var(--_color-primary);
      background: var(--_color-primary);
      color: var(--_color-primary-text);
    }

    .choice-input:checked + .day-label .day-count {
      color: inherit;
    }

    .choice-input:focus-visible + .day-label,
    .choice-input:focus-visible + .time-label {
      outline: var(--_focus-outline-width) solid var(--_color-link);
      outline-offset: var(--_focus-outline-offset);
    }

    .day-full .day-label {
      cursor: default;
      border-style: dashed;
      color: var(--_color-hint);
    }

    .nearest {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }

    .reference {
      font-family: ui-monospace, monospace;
      font-weight: var(--_label-font-weight);
      letter-spacing: 0.05em;
    }

    .contact-name {
      font-weight: var(--_label-font-weight);
    }

    .ics-link {
      display: inline-flex;
      text-decoration: none;
    }
  `,
  reservationStyles(bookingFormReservation),
];
