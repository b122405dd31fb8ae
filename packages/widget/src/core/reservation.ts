import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The height a component keeps free from before it is defined until its first view is there, per
 * page width, in `rem`: `narrow` on phones, `medium` from {@link RESERVATION_BREAKPOINTS}.medium,
 * `wide` from {@link RESERVATION_BREAKPOINTS}.wide. Each is the tallest first view, over every
 * language the component ships, at the narrowest width of its range (the viewport minus 1rem of
 * page padding on each side), so nothing below the component moves while it loads.
 */
export interface Reservation {
  readonly narrow: number;
  readonly medium: number;
  readonly wide: number;
}

/**
 * Viewport widths, in `em`, from which the next reservation applies: 48em (768 px, a tablet held
 * upright) and 80em (1280 px, a laptop). In `em`, so a reader's larger default font moves the
 * breakpoints with the text, as the reserved heights in `rem` do.
 */
export const RESERVATION_BREAKPOINTS = { medium: 48, wide: 80 } as const;

/** The media query from which `width`'s reservation applies (`narrow` has none). */
export function reservationMedia(width: 'medium' | 'wide'): string {
  return `(min-width: ${RESERVATION_BREAKPOINTS[width]}em)`;
}

const rem = (value: number) => unsafeCSS(`${value}rem`);

/**
 * The component's own `--vangnet-reserved-height` at every width: the `:host`'s minimum height
 * and the loading placeholder's height. The embed snippet in the docs reserves the same before
 * the element is defined (a test compares them). Built from constant numbers, never from input.
 * A host page's own `--vangnet-reserved-height` on the element still wins.
 *
 * @param attributes - an attribute selector such as `[service][municipality]`: the reservation
 *   of a component whose attributes make its first view another one (it wins over the plain one).
 */
export function reservationStyles(reservation: Reservation, attributes = ''): CSSResult {
  const host = unsafeCSS(attributes ? `:host(${attributes})` : ':host');
  return css`
    ${host} {
      --vangnet-reserved-height: ${rem(reservation.narrow)};
    }
    @media ${unsafeCSS(reservationMedia('medium'))} {
      ${host} {
        --vangnet-reserved-height: ${rem(reservation.medium)};
      }
    }
    @media ${unsafeCSS(reservationMedia('wide'))} {
      ${host} {
        --vangnet-reserved-height: ${rem(reservation.wide)};
      }
    }
  `;
}
