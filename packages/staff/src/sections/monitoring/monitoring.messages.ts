import { createTranslator } from '../../translate.ts';

// The monitoring section's texts: Dutch (B1, the reference) and English, same keys;
// Arabic, Turkish and Polish beside them, fetched when chosen.

export const nl = {
  title: 'Cijfers',
  intro: 'Aantallen aanmeldingen per maand waarin ze binnenkwamen. Er staan geen personen in.',
  choices: 'Welke cijfers',
  year: 'Jaar',
  service: 'Soort hulp',
  'service.all': 'Alle',
  'table.caption': 'Aanmeldingen per maand in {year}',
  month: 'Maand',
  total: 'Totaal',
  received: 'Ontvangen',
  matched: 'Gekoppeld',
  inCoaching: 'In coaching',
  closed: 'Afgesloten',
  goalReached: 'Doel bereikt',
  startkwalificatie: 'Startkwalificatie behaald',
  declined: 'Afgesloten: wil niet',
  moved: 'Afgesloten: verhuisd',
  specialistHelp: 'Afgesloten: specialistische hulp',
  cumulative: 'Pluscoaching opgeteld',
  target: 'Doel naar rato',
  'chart.title': 'Pluscoaching tegen het doel van {target} per jaar',
  'chart.summary':
    'In {year} tot en met {month}: {count} aanmeldingen voor Pluscoaching, tegen het doel van {target} per jaar ({due} naar rato tot nu).',
  'chart.legend':
    'De balken zijn de aanmeldingen opgeteld vanaf januari. De stippellijn is het doel naar rato: {target} gedeeld door 12 per maand.',
  'chart.none':
    'Het doel van {target} per jaar geldt voor Pluscoaching. Kies Pluscoaching of Alle om het te zien.',
  'chart.noMonths': 'Dit jaar heeft nog geen maanden om te tellen.',
  'csv.title': 'Downloaden',
  'csv.make': 'CSV-bestand maken',
  'csv.download': 'Download {file}',
  'csv.ready': 'Het CSV-bestand {file} staat klaar.',
} as const;

/** The keys of the monitoring section's texts. */
export type MonitoringMessageKey = keyof typeof nl;

export const en: Readonly<Record<MonitoringMessageKey, string>> = {
  title: 'Figures',
  intro: 'Referrals counted per month of receipt. No people are in these figures.',
  choices: 'Which figures',
  year: 'Year',
  service: 'Service',
  'service.all': 'All',
  'table.caption': 'Referrals per month in {year}',
  month: 'Month',
  total: 'Total',
  received: 'Received',
  matched: 'Matched',
  inCoaching: 'In coaching',
  closed: 'Closed',
  goalReached: 'Goal reached',
  startkwalificatie: 'Startkwalificatie obtained',
  declined: 'Closed: declined',
  moved: 'Closed: moved',
  specialistHelp: 'Closed: specialist help',
  cumulative: 'Pluscoaching so far',
  target: 'Target pro rata',
  'chart.title': 'Pluscoaching against the target of {target} a year',
  'chart.summary':
    'In {year} up to {month}: {count} referrals for Pluscoaching, against the target of {target} a year ({due} pro rata so far).',
  'chart.legend':
    'The bars are the referrals added up from January. The dashed line is the target pro rata: {target} divided by 12 each month.',
  'chart.none':
    'The target of {target} a year is for Pluscoaching. Choose Pluscoaching or All to see it.',
  'chart.noMonths': 'This year has no months to count yet.',
  'csv.title': 'Download',
  'csv.make': 'Make a CSV file',
  'csv.download': 'Download {file}',
  'csv.ready': 'The CSV file {file} is ready.',
};

/** The monitoring section's translator: nl, en, and ar, tr, pl once fetched; Dutch otherwise. */
export const monitoringTranslator = createTranslator('monitoring', { nl, en });
