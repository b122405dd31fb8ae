import * as z from 'zod/mini';
import { isPhoneNumber } from '../domain/phone.ts';
import {
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  lineOf,
  textOf,
} from './common.ts';
import {
  CoachingFormSchema,
  ConsentMethodSchema,
  ConsentPartySchema,
  ReferralStatusSchema,
  SchoolTypeSchema,
  ServiceIdSchema,
} from './enums.ts';

/** Limits of the free texts, shown as counters in the form. */
export const referralTextLimits = {
  description: 2000,
  triedAtSchool: 1000,
  helpInPlace: 1000,
} as const;

/** A Dutch or an international (E.164) phone number. */
export const PhoneSchema = lineOf(40).check(
  z.refine(isPhoneNumber, {
    message: 'Not a Dutch or international phone number.',
    params: { code: 'phone' },
  }),
);

/** The member of staff who refers: their own contact details. */
export const ReferrerSchema = z.strictObject({
  /** The school or organisation they work for. */
  organisation: lineOf(200),
  name: lineOf(200),
  /** A referrer role id from the catalog. */
  role: IdSchema,
  email: EmailSchema,
  phone: z.optional(PhoneSchema),
});
export type Referrer = z.infer<typeof ReferrerSchema>;

/** The pupil or student. There is deliberately no field for a BSN or a diagnosis. */
export const YoungPersonSchema = z.strictObject({
  givenName: lineOf(100),
  familyName: lineOf(100),
  dateOfBirth: IsoDateSchema,
  schoolType: SchoolTypeSchema,
  /** A level id of the school type, from the catalog. */
  schoolLevel: z.optional(IdSchema),
  /** Class or year, as the school names it ("groep 7", "3B", "jaar 2"). */
  classYear: z.optional(lineOf(50)),
  school: z.optional(lineOf(200)),
});
export type YoungPerson = z.infer<typeof YoungPersonSchema>;

/** A parent or guardian: required under the catalog's `parentContactRequiredUnder`. */
export const ParentContactSchema = z.strictObject({
  name: lineOf(200),
  relationship: z.enum(['parent', 'guardian']),
  phone: z.optional(PhoneSchema),
  email: z.optional(EmailSchema),
});
export type ParentContact = z.infer<typeof ParentContactSchema>;

export const SupportNeedSchema = z.strictObject({
  /** Reason ids from the catalog. */
  reasons: z.array(IdSchema).check(z.minLength(1), z.maxLength(20)),
  description: lineOf(referralTextLimits.description),
  triedAtSchool: z.optional(textOf(referralTextLimits.triedAtSchool)),
  /** Help already in place, e.g. from the OPDC or carried over from vo to mbo. */
  helpInPlace: z.optional(textOf(referralTextLimits.helpInPlace)),
});
export type SupportNeed = z.infer<typeof SupportNeedSchema>;

export const PreferenceSchema = z.strictObject({
  coachingForm: z.optional(CoachingFormSchema),
  organisationId: z.optional(IdSchema),
});
export type Preference = z.infer<typeof PreferenceSchema>;

/** The referrer's declaration that one person consented, how and when. */
export const ConsentDeclarationSchema = z.strictObject({
  party: ConsentPartySchema,
  method: ConsentMethodSchema,
  date: IsoDateSchema,
});
export type ConsentDeclaration = z.infer<typeof ConsentDeclarationSchema>;

/** Body of `POST /v1/referrals`. */
export const ReferralInputSchema = z.strictObject({
  service: ServiceIdSchema,
  municipality: IdSchema,
  referrer: ReferrerSchema,
  youngPerson: YoungPersonSchema,
  parent: z.optional(ParentContactSchema),
  supportNeed: SupportNeedSchema,
  preference: z.optional(PreferenceSchema),
  consents: z.array(ConsentDeclarationSchema).check(z.maxLength(2)),
});
export type ReferralInput = z.infer<typeof ReferralInputSchema>;

/** `201` of `POST /v1/referrals`. The token is returned only here. */
export const ReferralCreatedSchema = z.object({
  id: IdSchema,
  /** A reference a person can read out on the phone, `VN-R-7K3M9Q`. */
  reference: lineOf(40),
  status: ReferralStatusSchema,
  createdAt: IsoDateTimeSchema,
  /** Sent as `Vangnet-Token` to read the status back. */
  token: lineOf(200),
});
export type ReferralCreated = z.infer<typeof ReferralCreatedSchema>;

/** `GET /v1/referrals/{id}`: where the referral stands, without personal data. */
export const ReferralStatusResponseSchema = z.object({
  id: IdSchema,
  reference: lineOf(40),
  service: ServiceIdSchema,
  status: ReferralStatusSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /**
   * Once matched: the organisation of the network that coaches, so the school knows who will get
   * in touch. An organisation, never a person.
   */
  organisation: z.optional(z.object({ id: IdSchema, name: lineOf(200) })),
});
export type ReferralStatusResponse = z.infer<typeof ReferralStatusResponseSchema>;
