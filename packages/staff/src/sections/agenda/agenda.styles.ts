import { css } from 'lit';

// The agenda's layout: one column on a phone, the day beside the rest from 60em; nothing wider
// than 320 px needs sideways scrolling (the buttons and fields wrap).
export const agendaStyles = css`
  .agenda-grid {
    display: grid;
    gap: var(--_space-m);
  }
  @media (min-width: 60em) {
    .agenda-grid {
      grid-template-columns: 3fr 2fr;
      align-items: start;
    }
    .agenda-grid > :first-child {
      grid-row: span 2;
    }
  }
  .day-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s);
  }
  .day-nav .field {
    margin: 0;
  }
  .location-choice {
    max-inline-size: 24em;
  }
  .appointments,
  .exceptions {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .appointment,
  .exceptions li {
    border-block-start: var(--_border-width) solid var(--_color-border);
    padding-block: var(--_space-s);
    overflow-wrap: anywhere;
  }
  .appointment-line {
    margin-block: 0 var(--_space-s);
  }
  /* The hours editor: a day's periods as rows of two short time fields and their button. */
  .hours-day {
    border-block-start: var(--_border-width) solid var(--_color-border);
    padding-block: var(--_space-s);
    margin-block: 0;
  }
  .hours-day .choice-label {
    font-weight: var(--_label-font-weight);
  }
  .hours-periods {
    list-style: none;
    padding: 0;
    margin: var(--_space-s) 0;
  }
  .hours-period {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0 var(--_space-m);
  }
  .hours-period .field {
    margin-block-end: var(--_space-s);
  }
  .hours-period .button {
    margin-block-end: var(--_space-s);
  }
  .hours-time {
    inline-size: 5.5em;
  }
`;
