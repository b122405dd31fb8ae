// The `:not(:defined)` rules of the embed snippet, read from the documentation itself: what a
// webmaster copies is what the layout-shift tests apply and what the components reserve.
import {
  RESERVATION_BREAKPOINTS,
  reservationMedia,
  type Reservation,
} from '../../../packages/widget/src/core/index.ts';
import { bookingFormReservation } from '../../../packages/widget/src/booking-form/booking-form.styles.ts';
import { organisationFinderReservation } from '../../../packages/widget/src/organisation-finder/organisation-finder.styles.ts';
import {
  referralFormReservation,
  referrerFirstReservation,
} from '../../../packages/widget/src/referral-form/referral-form.styles.ts';

/**
 * What each component reserves itself (`--vangnet-reserved-height`), by element name, and by
 * element name and attributes where those make the first view another one.
 */
export const componentReservations: Readonly<Record<string, Reservation>> = {
  'vangnet-booking-form': bookingFormReservation,
  'vangnet-referral-form': referralFormReservation,
  'vangnet-referral-form[service][municipality]': referrerFirstReservation,
  'vangnet-organisation-finder': organisationFinderReservation,
};

type Width = keyof Reservation;

/** What a snippet reserves: per element name, its `display` and the `min-height` per width range. */
export type SnippetReservations = Record<string, Partial<Record<Width | string, string>>>;

/** The CSS of a file as the dev server serves it: a stylesheet whole, of Markdown its css blocks. */
export async function cssIn(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const text = await response.text();
  if (!path.endsWith('.md')) return text;
  return [...text.matchAll(/```css\n([\s\S]*?)```/g)].map((match) => match[1]).join('\n');
}

const widthOf = (media: string): Width | string =>
  media === reservationMedia('medium')
    ? 'medium'
    : media === reservationMedia('wide')
      ? 'wide'
      : media;

/**
 * The `min-height` of every `vangnet-…:not(:defined)` rule in `css` (`vangnet-…[attribute]…`
 * apart), by element and width range (`narrow` outside media queries; a media query other than
 * the breakpoints keeps its own text, so a comparison shows it).
 */
export function reservationsIn(css: string): SnippetReservations {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const found: SnippetReservations = {};
  const visit = (rules: CSSRuleList, width: Width | string) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) visit(rule.cssRules, widthOf(rule.conditionText));
      if (!(rule instanceof CSSStyleRule)) continue;
      const minHeight = rule.style.getPropertyValue('min-height');
      const display = rule.style.getPropertyValue('display');
      const selectors = rule.selectorText.matchAll(
        /(vangnet-[a-z-]+(?:\[[a-z-]+\])*):not\(:defined\)/g,
      );
      for (const [, tag] of selectors) {
        const reservations = (found[tag!] ??= {});
        if (minHeight) reservations[width] = minHeight;
        // An undefined element is inline, and an inline box ignores `min-height`.
        if (display) reservations[width === 'narrow' ? 'display' : `display ${width}`] = display;
      }
    }
  };
  visit(sheet.cssRules, 'narrow');
  return found;
}

/** The snippet's reservations for `tags` as the components make them. */
export function expectedReservations(tags: readonly string[]): SnippetReservations {
  return Object.fromEntries(
    tags.map((tag) => {
      const { narrow, medium, wide } = componentReservations[tag]!;
      return [
        tag,
        { display: 'block', narrow: `${narrow}rem`, medium: `${medium}rem`, wide: `${wide}rem` },
      ];
    }),
  );
}

/** The embed snippet for `tags`, as the docs should print it (shown when they do not). */
export function snippetFor(tags: readonly string[]): string {
  const rules = (width: Width, indent: string) =>
    tags
      .map(
        (tag) =>
          `${indent}${tag}:not(:defined) {\n${indent}  min-height: ${componentReservations[tag]![width]}rem;\n${indent}}`,
      )
      .join('\n');
  return [
    `${tags.map((tag) => `${tag}:not(:defined)`).join(',\n')} {\n  display: block;\n}`,
    rules('narrow', ''),
    `@media (min-width: ${RESERVATION_BREAKPOINTS.medium}em) {\n${rules('medium', '  ')}\n}`,
    `@media (min-width: ${RESERVATION_BREAKPOINTS.wide}em) {\n${rules('wide', '  ')}\n}`,
  ].join('\n');
}
