import type { Catalog } from '../../i18n/index.ts';

/** Dutch messages of the referral status, at language level B1; the reference for every language. */
export const nl = {
  'status.title': 'Hoe staat het met de aanmelding?',
  'status.loading': 'We zoeken de aanmelding op…',
  'status.none':
    'Open de statuslink uit de bevestiging van je aanmelding. Dan zie je hier hoe het ervoor staat.',
  'status.invalid':
    'Deze link werkt niet. Misschien is hij niet helemaal gekopieerd. Open de link opnieuw uit de bevestiging, of bel ons met het nummer van de aanmelding.',
  'status.failed': 'Het lukt nu niet om de aanmelding op te zoeken.',
  'status.retry': 'Opnieuw proberen',
  'status.reference': 'Nummer van de aanmelding',
  'status.service': 'Soort hulp',
  'status.organisation': 'Organisatie',
  'status.received.at': 'Ontvangen op',
  'status.updated.at': 'Laatst veranderd op',
  'status.steps': 'Stappen',
  'status.done': 'klaar',
  'status.now': 'nu',
  'status.step.received': 'Ontvangen',
  'status.step.matched': 'Coach gevonden',
  'status.step.in-coaching': 'Coaching begonnen',
  'status.step.closed': 'Afgesloten',
  'status.text.received':
    'We hebben de aanmelding ontvangen. We zoeken een organisatie en een coach die passen bij de jongere.',
  'status.text.matched':
    'Er is een organisatie gevonden die past bij de jongere. De coach neemt contact op om kennis te maken.',
  'status.text.matchedWith':
    'De aanmelding is gekoppeld aan {organisation}. De coach neemt contact op om kennis te maken.',
  'status.text.in-coaching': 'De coaching is begonnen.',
  'status.text.closed': 'De aanmelding is afgesloten. Er gebeurt niets meer mee.',
  'status.privacy': 'Op deze pagina staan geen namen of andere gegevens van de jongere.',
} as const satisfies Catalog;

/** The keys of the status element's own messages. */
export type StatusMessageKey = keyof typeof nl;
