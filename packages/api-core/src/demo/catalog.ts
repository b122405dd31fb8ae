import type { Catalog, CatalogItem, ConsentBand, LocalisedText } from '@vangnet/sdk';
import { municipalities } from './municipalities.ts';

const item = (id: string, nl: string, en: string, extra: Partial<LocalisedText> = {}) =>
  ({ id, label: { nl, en, ...extra } }) as CatalogItem;

/** Expertise of the network's organisations, searchable in the finder. */
export const themes: readonly CatalogItem[] = [
  item('angstklachten', 'Angstklachten', 'Anxiety'),
  item('somberheid', 'Somberheid', 'Low mood'),
  item('schoolverzuim', 'Schoolverzuim', 'School absenteeism'),
  item('thuiszitten', 'Thuiszitten', 'Staying at home without school'),
  item('motivatie', 'Motivatie', 'Motivation'),
  item('studiekeuze', 'Studiekeuze', 'Choosing a course'),
  item('plannen-en-organiseren', 'Plannen en organiseren', 'Planning and organising'),
  item('schulden', 'Schulden', 'Debts'),
  item('thuissituatie', 'Thuissituatie', 'Home situation'),
  item('scheiding-ouders', 'Scheiding van ouders', 'Parents separating'),
  item('gedrag', 'Gedrag', 'Behaviour'),
  item('zelfbeeld', 'Zelfbeeld', 'Self-image'),
  item('sociale-vaardigheden', 'Sociale vaardigheden', 'Social skills'),
  item('middelengebruik', 'Alcohol en drugs', 'Alcohol and drugs'),
  item('mantelzorg', 'Jonge mantelzorgers', 'Young carers'),
  item('nieuwkomers', 'Nieuwkomers', 'Newcomers'),
  item(
    'licht-verstandelijke-beperking',
    'Licht verstandelijke beperking',
    'Mild intellectual disability',
  ),
  item('werk-en-stage', 'Werk en stage', 'Work and internships'),
  item('wonen', 'Wonen', 'Housing'),
  item(
    'lichamelijke-klachten',
    'Lichamelijke klachten zonder medische oorzaak',
    'Physical complaints without a medical cause',
  ),
];

/** Dutch youth-care law: parents under 12, both from 12 to 15, the young person alone from 16. */
const consentBands: ConsentBand[] = [
  { fromAge: 0, toAge: 12, parties: ['parent'] },
  { fromAge: 12, toAge: 16, parties: ['young-person', 'parent'] },
  { fromAge: 16, parties: ['young-person'] },
];

export const catalog: Catalog = {
  region: { id: 'haaglanden', name: 'RMC-regio Haaglanden' },
  municipalities: [...municipalities],
  services: [
    {
      id: 'pluscoaching',
      label: { nl: 'Pluscoaching', en: 'Plus coaching' },
      description: {
        nl: 'Korte coaching voor leerlingen en studenten die dreigen uit te vallen. Een coach helpt binnen en buiten school. De jongere doet altijd zelf mee aan de aanvraag.',
        en: 'Short coaching for pupils and students at risk of dropping out. A coach helps in and outside school. The young person is always part of the request.',
      },
      nextSteps: {
        nl: 'De Plusvoorziening leest je aanmelding binnen 5 werkdagen. Daarna zoeken we een coach die past bij wat de jongere nodig heeft. Je hoort van ons wie de coach wordt. De coach maakt dan een eerste afspraak met de jongere.',
        en: 'The Plusvoorziening reads your referral within 5 working days. Then we look for a coach who fits what the young person needs. We tell you who the coach will be. The coach then makes a first appointment with the young person.',
      },
    },
    {
      id: 'absenteeism',
      label: { nl: 'Schoolmaatschappelijk werk verzuim', en: 'School social work for absenteeism' },
      description: {
        nl: 'Een gespecialiseerde schoolmaatschappelijk werker helpt als een leerling vaak afwezig is. Zij zoekt uit wat er aan de hand is, regelt hulp en blijft het aanspreekpunt.',
        en: 'A specialised school social worker helps when a pupil is often absent. She finds out what is going on, arranges help and remains the contact person.',
      },
      nextSteps: {
        nl: 'De schoolmaatschappelijk werker verzuim neemt binnen 3 werkdagen contact met je op. Samen met de leerling, de ouders en de school kijkt zij wat er nodig is. Zij houdt jou op de hoogte.',
        en: 'The school social worker for absenteeism contacts you within 3 working days. Together with the pupil, the parents and the school she looks at what is needed. She keeps you informed.',
      },
    },
  ],
  coachingForms: [
    {
      id: 'pluscoach',
      label: { nl: 'Pluscoach', en: 'Plus coach' },
      description: {
        nl: 'Een professionele coach van een jeugdhulp- of welzijnsorganisatie. Gemiddeld 22 uur, verspreid over een half jaar.',
        en: 'A professional coach from a youth care or welfare organisation. About 22 hours, spread over half a year.',
      },
    },
    {
      id: 'plusstudent',
      label: { nl: 'Plusstudent', en: 'Plus student' },
      description: {
        nl: 'Een hbo-student die coacht als peercoach. Ongeveer een schooljaar.',
        en: 'A university of applied sciences student who coaches as a peer. About one school year.',
      },
    },
    {
      id: 'plusmaatje',
      label: { nl: 'Plusmaatje', en: 'Plus buddy' },
      description: {
        nl: 'Een vrijwilliger die de jongere steunt. Ongeveer een schooljaar.',
        en: 'A volunteer who supports the young person. About one school year.',
      },
    },
    {
      id: 'no-preference',
      label: { nl: 'Geen voorkeur', en: 'No preference' },
      description: {
        nl: 'De Plusvoorziening kiest de vorm die het best past.',
        en: 'The Plusvoorziening chooses the form that fits best.',
      },
    },
  ],
  themes: [...themes],
  reasons: [
    {
      id: 'verzuim',
      label: { nl: 'Vaak afwezig of te laat', en: 'Often absent or late' },
      services: ['pluscoaching', 'absenteeism'],
    },
    {
      id: 'langdurig-ziek',
      label: { nl: 'Vaak ziek gemeld', en: 'Often reported sick' },
      services: ['absenteeism'],
    },
    {
      id: 'thuiszitten',
      label: { nl: 'Zit thuis zonder school', en: 'At home without school' },
      services: ['absenteeism'],
    },
    {
      id: 'motivatie',
      label: { nl: 'Weinig motivatie voor school', en: 'Little motivation for school' },
      services: ['pluscoaching'],
    },
    {
      id: 'studiekeuze',
      label: { nl: 'Twijfel over de opleiding', en: 'Doubts about the course' },
      services: ['pluscoaching'],
    },
    {
      id: 'plannen',
      label: { nl: 'Moeite met plannen en organiseren', en: 'Difficulty planning and organising' },
      services: ['pluscoaching'],
    },
    {
      id: 'psychisch',
      label: { nl: 'Zit niet lekker in zijn of haar vel', en: 'Not feeling well mentally' },
      services: ['pluscoaching', 'absenteeism'],
    },
    {
      id: 'thuissituatie',
      label: { nl: 'Zorgen over de thuissituatie', en: 'Worries about the home situation' },
      services: ['pluscoaching', 'absenteeism'],
    },
    {
      id: 'geldzorgen',
      label: { nl: 'Geldzorgen of schulden', en: 'Money worries or debts' },
      services: ['pluscoaching'],
    },
    {
      id: 'sociaal',
      label: { nl: 'Moeite met contact met anderen', en: 'Difficulty with social contact' },
      services: ['pluscoaching', 'absenteeism'],
    },
    {
      id: 'gedrag',
      label: { nl: 'Zorgen over gedrag', en: 'Concerns about behaviour' },
      services: ['pluscoaching', 'absenteeism'],
    },
    {
      id: 'stage',
      label: { nl: 'Problemen op de stage', en: 'Problems at the internship' },
      services: ['pluscoaching'],
    },
  ],
  schoolTypes: [
    {
      id: 'po',
      label: { nl: 'Basisschool (po)', en: 'Primary school' },
      levels: [3, 4, 5, 6, 7, 8].map((group) =>
        item(`groep-${group}`, `Groep ${group}`, `Year ${group}`),
      ),
    },
    {
      id: 'vo',
      label: { nl: 'Middelbare school (vo)', en: 'Secondary school' },
      levels: [
        item('praktijkonderwijs', 'Praktijkonderwijs', 'Practical education'),
        item('vmbo-bb', 'vmbo basisberoepsgerichte leerweg', 'vmbo basic vocational'),
        item('vmbo-kb', 'vmbo kaderberoepsgerichte leerweg', 'vmbo advanced vocational'),
        item('vmbo-gt', 'vmbo gemengde of theoretische leerweg', 'vmbo mixed or theoretical'),
        item('havo', 'havo', 'havo (senior general secondary)'),
        item('vwo', 'vwo', 'vwo (pre-university)'),
      ],
    },
    {
      id: 'mbo',
      label: { nl: 'Mbo', en: 'Vocational school (mbo)' },
      levels: [
        item('entree', 'Entreeopleiding', 'Entry level'),
        item('niveau-2', 'Niveau 2', 'Level 2'),
        item('niveau-3', 'Niveau 3', 'Level 3'),
        item('niveau-4', 'Niveau 4', 'Level 4'),
      ],
    },
  ],
  audiences: [
    { id: 'po', label: { nl: 'Basisschool', en: 'Primary school' } },
    { id: 'vo', label: { nl: 'Middelbare school', en: 'Secondary school' } },
    { id: 'mbo', label: { nl: 'Mbo', en: 'Vocational school' } },
    { id: '18-27', label: { nl: 'Jongeren van 18 tot 27 jaar', en: 'Young people aged 18 to 27' } },
  ],
  appointmentTopics: [
    item('terug-naar-school', 'Weer naar school gaan', 'Going back to school', {
      ar: 'العودة إلى الدراسة',
      tr: 'Okula geri dönmek',
      pl: 'Powrót do szkoły',
    }),
    item(
      'dreig-te-stoppen',
      'Ik denk erover te stoppen met mijn opleiding',
      'I am thinking of quitting my course',
      {
        ar: 'أفكر في ترك دراستي',
        tr: 'Okulu bırakmayı düşünüyorum',
        pl: 'Myślę o rzuceniu nauki',
      },
    ),
    item('opleiding-kiezen', 'Een opleiding kiezen', 'Choosing a course', {
      ar: 'اختيار دراسة',
      tr: 'Bir eğitim seçmek',
      pl: 'Wybór kierunku nauki',
    }),
    item('werk-en-leren', 'Werken en leren combineren', 'Combining work and study', {
      ar: 'الجمع بين العمل والدراسة',
      tr: 'Çalışmayı ve okumayı birleştirmek',
      pl: 'Łączenie pracy z nauką',
    }),
    item('geld-en-schulden', 'Geld en schulden', 'Money and debts', {
      ar: 'المال والديون',
      tr: 'Para ve borçlar',
      pl: 'Pieniądze i długi',
    }),
  ],
  referrerRoles: [
    item('mentor', 'Mentor', 'Mentor'),
    item('zorgcoordinator', 'Zorgcoördinator', 'Care coordinator'),
    item('loopbaancoach', 'Loopbaancoach', 'Career coach'),
    item('intern-begeleider', 'Intern begeleider', 'Special needs coordinator'),
    item('schoolmaatschappelijk-werker', 'Schoolmaatschappelijk werker', 'School social worker'),
    item('leerplichtambtenaar', 'Leerplichtambtenaar', 'Compulsory education officer'),
    item('jgz-verpleegkundige', 'Jeugdverpleegkundige (JGZ)', 'Youth health nurse'),
    item('jeugdarts', 'Jeugdarts (JGZ)', 'Youth doctor'),
    item('jongerenwerker', 'Jongerenwerker', 'Youth worker'),
    item('anders', 'Anders', 'Other'),
  ],
  rules: {
    booking: { minAge: 18, maxAge: 27 },
    consent: { pluscoaching: consentBands, absenteeism: consentBands },
    parentContactRequiredUnder: 16,
  },
};
