import type { Location } from '@vangnet/sdk';

const allTopics = [
  'terug-naar-school',
  'dreig-te-stoppen',
  'opleiding-kiezen',
  'werk-en-leren',
  'geld-en-schulden',
];

/**
 * Where the casemanagers voortijdig schoolverlaten of Den Haag receive young people: Jongerenpunt070,
 * district locations, and a team that only calls or video-calls. Addresses are fictional.
 */
export const locations: readonly Location[] = [
  {
    id: 'jongerenpunt070',
    name: 'Jongerenpunt070',
    municipality: 'den-haag',
    address: { street: 'Voorbeeldstraat 70', postalCode: '2511 AA', city: 'Den Haag' },
    topics: allTopics,
    channels: ['in-person', 'phone', 'video'],
    walkInHours: [
      { weekday: 2, opens: '13:00', closes: '16:00' },
      { weekday: 4, opens: '13:00', closes: '16:00' },
    ],
    callbackAvailable: true,
    phone: '070 000 0070',
  },
  {
    id: 'escamp',
    name: 'Wijkcentrum Escamp',
    municipality: 'den-haag',
    address: { street: 'Voorbeeldplein 12', postalCode: '2533 AB', city: 'Den Haag' },
    topics: ['terug-naar-school', 'dreig-te-stoppen', 'opleiding-kiezen'],
    channels: ['in-person'],
    walkInHours: [{ weekday: 3, opens: '14:00', closes: '17:00' }],
    callbackAvailable: true,
    phone: '070 000 0071',
  },
  {
    id: 'laak',
    name: 'Jongerencentrum Laak',
    municipality: 'den-haag',
    address: { street: 'Voorbeeldkade 5', postalCode: '2526 AC', city: 'Den Haag' },
    topics: ['terug-naar-school', 'werk-en-leren', 'geld-en-schulden'],
    channels: ['in-person', 'phone'],
    walkInHours: [],
    callbackAvailable: false,
  },
  {
    id: 'scheveningen',
    name: 'Buurthuis Scheveningen',
    municipality: 'den-haag',
    address: { street: 'Voorbeeldweg 3', postalCode: '2583 AD', city: 'Den Haag' },
    topics: ['terug-naar-school', 'opleiding-kiezen'],
    channels: ['in-person'],
    walkInHours: [{ weekday: 1, opens: '10:00', closes: '12:00' }],
    callbackAvailable: true,
    phone: '070 000 0073',
  },
  {
    id: 'op-afstand',
    name: 'Casemanager aan de telefoon of via video',
    municipality: 'den-haag',
    topics: allTopics,
    channels: ['phone', 'video'],
    walkInHours: [],
    callbackAvailable: true,
    phone: '070 000 0074',
  },
];
