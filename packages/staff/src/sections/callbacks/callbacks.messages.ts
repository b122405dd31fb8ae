import { createTranslator } from '../../translate.ts';

// The call-back section's texts: Dutch (B1, the reference) and English, same keys;
// Arabic, Turkish and Polish beside them, fetched when chosen.

export const nl = {
  title: 'Terugbelverzoeken',
  intro: 'Jongeren die gebeld willen worden. Bel ze terug en zet daarna het verzoek op gebeld.',
  'open.title': 'Nog bellen',
  'open.empty': 'Er zijn geen terugbelverzoeken die nog open staan.',
  'called.title': 'Gebeld',
  'called.empty': 'Er zijn nog geen verzoeken gebeld.',
  request: 'Verzoek {reference}',
  received: 'Binnengekomen',
  location: 'Locatie',
  topic: 'Onderwerp',
  name: 'Naam',
  phone: 'Telefoon',
  preferredTimes: 'Liefst bellen',
  calledAt: 'Gebeld op',
  'state.open': 'Nog bellen',
  'state.called': 'Gebeld',
  markCalled: 'Gebeld',
  markCalledFor: 'Gebeld: verzoek {reference}',
  'marked.announce': 'Verzoek {reference} staat nu bij gebeld.',
  'marked.failed': 'Verzoek {reference} opslaan is niet gelukt. Probeer het opnieuw.',
} as const;

/** The keys of the callbacks section's texts. */
export type CallbacksMessageKey = keyof typeof nl;

export const en: Readonly<Record<CallbacksMessageKey, string>> = {
  title: 'Call-back requests',
  intro: 'Young people who asked to be called. Call them back, then mark the request as called.',
  'open.title': 'To call',
  'open.empty': 'There are no open call-back requests.',
  'called.title': 'Called',
  'called.empty': 'No requests have been called yet.',
  request: 'Request {reference}',
  received: 'Received',
  location: 'Location',
  topic: 'Topic',
  name: 'Name',
  phone: 'Phone',
  preferredTimes: 'Best time to call',
  calledAt: 'Called on',
  'state.open': 'To call',
  'state.called': 'Called',
  markCalled: 'Called',
  markCalledFor: 'Called: request {reference}',
  'marked.announce': 'Request {reference} is now under called.',
  'marked.failed': 'Saving request {reference} did not work. Please try again.',
};

/** The call-back section's translator: nl, en, and ar, tr, pl once fetched; Dutch otherwise. */
export const callbacksTranslator = createTranslator('callbacks', { nl, en });
