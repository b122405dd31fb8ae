// Valid demo answers and inputs for the SDK's tests: fictional people, example.org addresses and
// 06 00000000-style numbers only.
import {
  problemTypeBase,
  type Appointment,
  type AppointmentCreated,
  type AppointmentInput,
  type CallbackRequestCreated,
  type CallbackRequestInput,
  type Catalog,
  type Location,
  type Organisation,
  type OrganisationPage,
  type Problem,
  type ReferralCreated,
  type ReferralInput,
  type ReferralStatusResponse,
  type Slot,
} from '@vangnet/sdk';

const nl = (text: string) => ({ nl: text, en: text });

export const catalog: Catalog = {
  region: { id: 'haaglanden', name: 'RMC-regio Haaglanden' },
  municipalities: [
    {
      id: 'delft',
      name: 'Delft',
      services: ['pluscoaching', 'absenteeism'],
      leerplicht: { name: 'Leerplicht Delft', email: 'leerplicht@example.org' },
      generalContact: { name: 'Gemeente Delft', phone: '14 015' },
    },
  ],
  services: [
    {
      id: 'pluscoaching',
      label: nl('Pluscoaching'),
      description: nl('Een coach.'),
      nextSteps: nl('We bellen binnen vijf werkdagen.'),
    },
  ],
  coachingForms: [{ id: 'pluscoach', label: nl('Pluscoach') }],
  themes: [{ id: 'motivatie', label: nl('Motivatie') }],
  reasons: [{ id: 'verzuim', label: nl('Verzuim'), services: ['absenteeism'] }],
  schoolTypes: [{ id: 'vo', label: nl('Voortgezet onderwijs'), levels: [] }],
  audiences: [{ id: 'vo', label: nl('vo') }],
  appointmentTopics: [{ id: 'school', label: nl('School') }],
  referrerRoles: [{ id: 'mentor', label: nl('Mentor') }],
  rules: {
    booking: { minAge: 18, maxAge: 27 },
    consent: {
      pluscoaching: [
        { fromAge: 0, toAge: 12, parties: ['parent'] },
        { fromAge: 12, toAge: 16, parties: ['young-person', 'parent'] },
        { fromAge: 16, parties: ['young-person'] },
      ],
      absenteeism: [{ fromAge: 0, parties: ['parent'] }],
    },
    parentContactRequiredUnder: 18,
  },
};

export const organisation: Organisation = {
  id: 'stichting-voorbeeld',
  name: 'Stichting Voorbeeld',
  kind: 'plusvoorziening',
  summary: 'Coaching voor jongeren.',
  description: '',
  services: ['pluscoaching'],
  coachingForms: ['pluscoach'],
  themes: ['motivatie'],
  audiences: ['vo'],
  municipalities: ['delft'],
  email: 'info@example.org',
};

export const pageOf = (items: Organisation[], nextCursor: string | null): OrganisationPage => ({
  items,
  total: 3,
  nextCursor,
});

export const location: Location = {
  id: 'jongerenpunt070',
  name: 'Jongerenpunt070',
  municipality: 'den-haag',
  address: { street: 'Voorbeeldstraat 1', postalCode: '2511 AB', city: 'Den Haag' },
  topics: ['school'],
  channels: ['in-person', 'phone'],
  walkInHours: [{ weekday: 3, opens: '13:00', closes: '16:00' }],
  callbackAvailable: true,
};

export const slot: Slot = {
  id: 'slot-1',
  locationId: 'jongerenpunt070',
  channel: 'in-person',
  start: '2026-12-01T10:00:00+01:00',
  end: '2026-12-01T10:30:00+01:00',
};

export const appointment: Appointment = {
  reference: 'VN-A-7K3M9Q',
  status: 'booked',
  topic: 'school',
  slot,
  location,
  createdAt: '2026-11-24T12:00:00+01:00',
};

export const appointmentCreated: AppointmentCreated = { ...appointment, token: 'tok_manage_1' };

export const referralCreated: ReferralCreated = {
  id: 'r-1',
  reference: 'VN-R-7K3M9Q',
  status: 'received',
  createdAt: '2026-11-24T12:00:00+01:00',
  token: 'tok_status_1',
};

export const referralStatus: ReferralStatusResponse = {
  id: 'r-1',
  reference: 'VN-R-7K3M9Q',
  service: 'pluscoaching',
  status: 'matched',
  createdAt: '2026-11-24T12:00:00+01:00',
  updatedAt: '2026-11-25T09:00:00+01:00',
};

export const callbackCreated: CallbackRequestCreated = {
  reference: 'VN-C-7K3M9Q',
  createdAt: '2026-11-24T12:00:00+01:00',
};

export const referralInput: ReferralInput = {
  service: 'pluscoaching',
  municipality: 'delft',
  referrer: {
    organisation: 'Voorbeeldcollege',
    name: 'Mentor Voorbeeld',
    role: 'mentor',
    email: 'mentor@example.org',
  },
  youngPerson: {
    givenName: 'Sam',
    familyName: 'Voorbeeld',
    dateOfBirth: '2010-05-01',
    schoolType: 'vo',
  },
  supportNeed: { reasons: ['motivatie'], description: 'Mist veel lessen.' },
  consents: [
    { party: 'young-person', method: 'in-person', date: '2026-11-20' },
    { party: 'parent', method: 'phone', date: '2026-11-21' },
  ],
};

export const appointmentInput: AppointmentInput = {
  slotId: 'slot-1',
  topic: 'school',
  dateOfBirth: '2004-02-29',
  contact: { name: 'Sam Voorbeeld', phone: '06 00000000', preferred: 'sms' },
};

export const callbackInput: CallbackRequestInput = {
  location: 'jongerenpunt070',
  name: 'Sam Voorbeeld',
  phone: '06 00000000',
};

/** A problem of the API with one of its type names. */
export const problem = (name: string, status: number, extra: Partial<Problem> = {}): Problem => ({
  type: `${problemTypeBase}${name}`,
  title: name,
  status,
  ...extra,
});
