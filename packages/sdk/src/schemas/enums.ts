import * as z from 'zod/mini';

/** Referral services. Which of them a municipality offers comes from the catalog. */
export const ServiceIdSchema = z.enum(['pluscoaching', 'absenteeism']);
export type ServiceId = z.infer<typeof ServiceIdSchema>;

/** Pluscoaching forms: professional coach, HBO-student peer coach, volunteer, or no preference. */
export const CoachingFormSchema = z.enum([
  'pluscoach',
  'plusstudent',
  'plusmaatje',
  'no-preference',
]);
export type CoachingForm = z.infer<typeof CoachingFormSchema>;

/** Primary school, secondary school, vocational school. */
export const SchoolTypeSchema = z.enum(['po', 'vo', 'mbo']);
export type SchoolType = z.infer<typeof SchoolTypeSchema>;

/** Whom an organisation works with. */
export const AudienceSchema = z.enum(['po', 'vo', 'mbo', '18-27']);
export type Audience = z.infer<typeof AudienceSchema>;

/** How a talk with a casemanager takes place. */
export const ChannelSchema = z.enum(['in-person', 'phone', 'video']);
export type Channel = z.infer<typeof ChannelSchema>;

/** Who gives consent to a referral. */
export const ConsentPartySchema = z.enum(['young-person', 'parent']);
export type ConsentParty = z.infer<typeof ConsentPartySchema>;

/** How the referrer obtained consent. */
export const ConsentMethodSchema = z.enum(['in-person', 'phone', 'letter']);
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

/** Where a referral stands. */
export const ReferralStatusSchema = z.enum(['received', 'matched', 'in-coaching', 'closed']);
export type ReferralStatus = z.infer<typeof ReferralStatusSchema>;

/** Where an appointment stands. */
export const AppointmentStatusSchema = z.enum(['booked', 'cancelled']);
export type AppointmentStatus = z.infer<typeof AppointmentStatusSchema>;

/** How a young person wants the confirmation and reminders. */
export const ContactPreferenceSchema = z.enum(['email', 'sms']);
export type ContactPreference = z.infer<typeof ContactPreferenceSchema>;

/** What kind of organisation in the network. */
export const OrganisationKindSchema = z.enum([
  'plusvoorziening',
  'kernpartner',
  'opdc',
  'school-social-work',
  'municipality',
]);
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;
