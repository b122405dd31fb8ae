import type { MonitoringMessageKey } from './monitoring.messages.ts';

// The monitoring section's texts in Polish (plain words, short sentences), fetched when chosen.

export const pl: Readonly<Record<MonitoringMessageKey, string>> = {
  title: 'Liczby',
  intro: 'Liczba zgłoszeń według miesiąca, w którym przyszły. Nie ma tu danych osób.',
  choices: 'Jakie liczby',
  year: 'Rok',
  service: 'Rodzaj pomocy',
  'service.all': 'Wszystkie',
  'table.caption': 'Zgłoszenia według miesięcy w {year}',
  month: 'Miesiąc',
  total: 'Razem',
  received: 'Otrzymane',
  matched: 'Połączone',
  inCoaching: 'W coachingu',
  closed: 'Zamknięte',
  goalReached: 'Cel osiągnięty',
  startkwalificatie: 'Startkwalificatie uzyskane',
  declined: 'Zamknięte: nie chce',
  moved: 'Zamknięte: przeprowadzka',
  specialistHelp: 'Zamknięte: pomoc specjalisty',
  cumulative: 'Pluscoaching do tej pory',
  target: 'Cel proporcjonalnie',
  'chart.title': 'Pluscoaching wobec celu {target} na rok',
  'chart.summary':
    'W {year} do miesiąca {month}: zgłoszenia do Pluscoaching: {count}. Cel to {target} na rok ({due} proporcjonalnie do teraz).',
  'chart.legend':
    'Słupki to zgłoszenia dodane od stycznia. Linia przerywana to cel proporcjonalnie: {target} podzielone przez 12 co miesiąc.',
  'chart.none':
    'Cel {target} na rok dotyczy Pluscoaching. Wybierz Pluscoaching albo Wszystkie, żeby go zobaczyć.',
  'chart.noMonths': 'W tym roku nie ma jeszcze miesięcy do liczenia.',
  'csv.title': 'Pobieranie',
  'csv.make': 'Utwórz plik CSV',
  'csv.download': 'Pobierz {file}',
  'csv.ready': 'Plik CSV {file} jest gotowy.',
};
