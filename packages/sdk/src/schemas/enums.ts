import * as z from 'zod/mini';
import {
  serviceIdValues,
  coachingFormValues,
  schoolTypeValues,
  audienceValues,
  channelValues,
  consentPartyValues,
  consentMethodValues,
  referralStatusValues,
  appointmentStatusValues,
  contactPreferenceValues,
  organisationKindValues,
} from './enum-values.ts';

/** Referral services. Which of them a municipality offers comes from the catalog. */
export const ServiceIdSchema = z.enum(serviceIdValues);
export type ServiceId = z.infer<typeof ServiceIdSchema>;

/** Pluscoaching forms: professional coach, HBO-student peer coach, volunteer, or no preference. */
export const CoachingFormSchema = z.enum(coachingFormValues);
export type CoachingForm = z.infer<typeof CoachingFormSchema>;

/** Primary school, secondary school, vocational school. */
export const SchoolTypeSchema = z.enum(schoolTypeValues);
export type SchoolType = z.infer<typeof SchoolTypeSchema>;

/** Whom an organisation works with. */
export const AudienceSchema = z.enum(audienceValues);
export type Audience = z.infer<typeof AudienceSchema>;

/** How a talk with a casemanager takes place. */
export const ChannelSchema = z.enum(channelValues);
export type Channel = z.infer<typeof ChannelSchema>;

/** Who gives consent to a referral. */
export const ConsentPartySchema = z.enum(consentPartyValues);
export type ConsentParty = z.infer<typeof ConsentPartySchema>;

/** How the referrer obtained consent. */
export const ConsentMethodSchema = z.enum(consentMethodValues);
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

/** Where a referral stands. */
export const ReferralStatusSchema = z.enum(referralStatusValues);
export type ReferralStatus = z.infer<typeof ReferralStatusSchema>;

/** Where an appointment stands. */
export const AppointmentStatusSchema = z.enum(appointmentStatusValues);
export type AppointmentStatus = z.infer<typeof AppointmentStatusSchema>;

/** How a young person wants the confirmation and reminders. */
export const ContactPreferenceSchema = z.enum(contactPreferenceValues);
export type ContactPreference = z.infer<typeof ContactPreferenceSchema>;

/** What kind of organisation in the network. */
export const OrganisationKindSchema = z.enum(organisationKindValues);
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;
