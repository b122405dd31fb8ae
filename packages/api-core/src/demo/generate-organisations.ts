import type {
  Audience,
  CoachingForm,
  Organisation,
  OrganisationKind,
  ServiceId,
} from '@vangnet/sdk';
import { createRandom } from '../random.ts';
import { themes } from './catalog.ts';
import { municipalities } from './municipalities.ts';

const firstParts = [
  'Stichting',
  'Coöperatie',
  'Buurtteam',
  'Jongerencentrum',
  'Welzijn',
  'Coachpunt',
  'Huis van de Wijk',
  'Steunpunt',
  'Zorggroep',
  'Praktijk',
];
const secondParts = [
  'De Brug',
  'Perspectief',
  'Overstag',
  'Kompas',
  'Vooruit',
  'Café Ëlan',
  'Horizon',
  'Samen Verder',
  'De Zeef',
  'Spoor',
  'Doorzet',
  'Rugwind',
  'Houvast',
  'Groeikracht',
  'Noorderlicht',
  'Brède',
];
const places = municipalities.map((municipality) => municipality.name);
const kinds: readonly OrganisationKind[] = ['plusvoorziening', 'kernpartner', 'school-social-work'];
const audiences: readonly Audience[] = ['po', 'vo', 'mbo', '18-27'];
const forms: readonly CoachingForm[] = ['pluscoach', 'plusstudent', 'plusmaatje'];
const services: readonly ServiceId[] = ['pluscoaching', 'absenteeism'];

/**
 * `count` made-up organisations, the same for the same `count` and `seed`: for the finder's
 * benchmark (10,000) and paging tests. Ids are `gen-00001` …; names mix real letters with accents
 * so accent-insensitive search has something to do.
 */
export function generateOrganisations(count: number, seed = 27): Organisation[] {
  const random = createRandom(seed);
  const result: Organisation[] = [];
  for (let index = 1; index <= count; index++) {
    const number = String(index).padStart(5, '0');
    const theme = random.sample(themes, 1 + random.int(3));
    const name = `${random.pick(firstParts)} ${random.pick(secondParts)} ${random.pick(places)} ${number}`;
    const themeNames = theme.map((item) => item.label['nl']?.toLowerCase()).join(', ');
    const offered = random.sample(services, 1 + random.int(2));
    result.push({
      id: `gen-${number}`,
      name,
      kind: random.pick(kinds),
      summary: `Hulp en coaching bij ${themeNames}.`,
      description: `${name} helpt jongeren en hun ouders. We werken aan ${themeNames}, op school en in de wijk.`,
      services: offered,
      coachingForms: offered.includes('pluscoaching')
        ? random.sample(forms, 1 + random.int(2))
        : [],
      themes: theme.map((item) => item.id),
      audiences: random.sample(audiences, 1 + random.int(3)),
      municipalities: random.sample(municipalities, 1 + random.int(3)).map((item) => item.id),
      email: `info-${number}@organisatie.example.org`,
      phone: `070 000 ${String(index % 10000).padStart(4, '0')}`,
    });
  }
  return result;
}
