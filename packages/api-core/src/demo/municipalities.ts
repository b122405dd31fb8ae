import type { Municipality } from '@vangnet/sdk';

/**
 * The municipalities of RMC-regio Haaglanden. Pluscoaching is offered everywhere; the school social
 * worker for absenteeism only where Schoolformaat runs that project (Leidschendam-Voorburg,
 * Westland). Contacts are fictional: example addresses, 0XX 000 0000-style numbers.
 */
const municipality = (
  id: string,
  name: string,
  areaCode: string,
  services: Municipality['services'],
): Municipality => {
  // Dutch numbers have ten digits: a four-digit area code leaves six for the subscriber.
  const number = (last: string) =>
    areaCode.length === 4 ? `${areaCode} 000 00${last}` : `${areaCode} 000 000${last}`;
  return {
    id,
    name,
    services,
    leerplicht: {
      name: `Leerplicht ${name}`,
      description: {
        nl: `Is een leerling jonger dan 18 en vaak zonder geldige reden afwezig? Dan meldt de school dat bij Leerplicht ${name}. Je kunt ook zelf bellen of mailen.`,
        en: `Is a pupil under 18 often absent without a valid reason? The school reports it to Leerplicht ${name}. You can also call or email yourself.`,
      },
      phone: number('0'),
      email: `leerplicht@${id}.example.nl`,
      website: `https://www.${id}.example.nl/leerplicht`,
    },
    generalContact: {
      name: `Gemeente ${name}`,
      description: {
        nl: `Voor vragen over school, werk of geld kun je altijd bij de gemeente ${name} terecht.`,
        en: `For questions about school, work or money you can always contact the municipality of ${name}.`,
      },
      phone: number('1'),
      email: `info@${id}.example.nl`,
      website: `https://www.${id}.example.nl`,
    },
  };
};

export const municipalities: readonly Municipality[] = [
  municipality('den-haag', 'Den Haag', '070', ['pluscoaching']),
  municipality('delft', 'Delft', '015', ['pluscoaching']),
  municipality('leidschendam-voorburg', 'Leidschendam-Voorburg', '070', [
    'pluscoaching',
    'absenteeism',
  ]),
  municipality('midden-delfland', 'Midden-Delfland', '015', ['pluscoaching']),
  municipality('pijnacker-nootdorp', 'Pijnacker-Nootdorp', '015', ['pluscoaching']),
  municipality('rijswijk', 'Rijswijk', '070', ['pluscoaching']),
  municipality('wassenaar', 'Wassenaar', '070', ['pluscoaching']),
  municipality('westland', 'Westland', '0174', ['pluscoaching', 'absenteeism']),
  municipality('zoetermeer', 'Zoetermeer', '079', ['pluscoaching']),
];
