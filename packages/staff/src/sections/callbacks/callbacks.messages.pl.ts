import type { CallbacksMessageKey } from './callbacks.messages.ts';

// The call-back section's texts in Polish (plain words, short sentences), fetched when chosen.

export const pl: Readonly<Record<CallbacksMessageKey, string>> = {
  title: 'Prośby o telefon',
  intro:
    'Młodzi ludzie, którzy chcą, żeby do nich zadzwonić. Zadzwoń, a potem oznacz prośbę jako zrobioną.',
  'open.title': 'Do zadzwonienia',
  'open.empty': 'Nie ma otwartych próśb o telefon.',
  'called.title': 'Zadzwoniono',
  'called.empty': 'Jeszcze do nikogo nie zadzwoniono.',
  request: 'Prośba {reference}',
  received: 'Otrzymano',
  location: 'Miejsce',
  topic: 'Temat',
  name: 'Imię',
  phone: 'Telefon',
  preferredTimes: 'Najlepsza pora na telefon',
  calledAt: 'Zadzwoniono',
  'state.open': 'Do zadzwonienia',
  'state.called': 'Zadzwoniono',
  markCalled: 'Zadzwoniono',
  markCalledFor: 'Zadzwoniono: prośba {reference}',
  'marked.announce': 'Prośba {reference} jest teraz w części „Zadzwoniono”.',
  'marked.failed': 'Nie udało się zapisać prośby {reference}. Spróbuj ponownie.',
};
