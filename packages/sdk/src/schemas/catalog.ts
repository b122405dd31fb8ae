import * as z from 'zod/mini';
import { ContactSchema, IdSchema, LocalisedTextSchema, lineOf } from './common.ts';
import {
  AudienceSchema,
  CoachingFormSchema,
  ConsentPartySchema,
  SchoolTypeSchema,
  ServiceIdSchema,
} from './enums.ts';

/** An item of a catalog list: an id and its label in several languages. */
export const CatalogItemSchema = z.object({
  id: IdSchema,
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
});
export type CatalogItem = z.infer<typeof CatalogItemSchema>;

export const RegionSchema = z.object({ id: IdSchema, name: lineOf(200) });
export type Region = z.infer<typeof RegionSchema>;

/** A municipality of the region, the services it offers and whom to contact. */
export const MunicipalitySchema = z.object({
  id: IdSchema,
  name: lineOf(200),
  /** Referral services offered here. */
  services: z.array(ServiceIdSchema),
  /** Leerplicht: where absenteeism of under-18s goes. `description` says what the route is. */
  leerplicht: ContactSchema,
  /** The municipality's general contact, for people outside the booking age bounds. */
  generalContact: ContactSchema,
});
export type Municipality = z.infer<typeof MunicipalitySchema>;

export const ServiceSchema = z.object({
  id: ServiceIdSchema,
  label: LocalisedTextSchema,
  description: LocalisedTextSchema,
  /** What happens after a referral, shown on the confirmation. */
  nextSteps: LocalisedTextSchema,
});
export type Service = z.infer<typeof ServiceSchema>;

export const CoachingFormItemSchema = z.object({
  id: CoachingFormSchema,
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
});
export type CoachingFormItem = z.infer<typeof CoachingFormItemSchema>;

export const SchoolTypeItemSchema = z.object({
  id: SchoolTypeSchema,
  label: LocalisedTextSchema,
  levels: z.array(CatalogItemSchema),
});
export type SchoolTypeItem = z.infer<typeof SchoolTypeItemSchema>;

export const AudienceItemSchema = z.object({ id: AudienceSchema, label: LocalisedTextSchema });
export type AudienceItem = z.infer<typeof AudienceItemSchema>;

/** A reason for referral, for the services it applies to. */
export const ReasonSchema = z.object({
  id: IdSchema,
  label: LocalisedTextSchema,
  services: z.array(ServiceIdSchema),
});
export type Reason = z.infer<typeof ReasonSchema>;

/** An age band, `fromAge` inclusive, `toAge` exclusive (absent: no upper bound). */
export const ConsentBandSchema = z.object({
  fromAge: z.int().check(z.gte(0), z.lte(120)),
  toAge: z.optional(z.int().check(z.gte(1), z.lte(120))),
  /** Whose consent the referrer declares in this band. */
  parties: z.array(ConsentPartySchema).check(z.minLength(1)),
});
export type ConsentBand = z.infer<typeof ConsentBandSchema>;

export const RulesSchema = z.object({
  booking: z.object({
    /** Inclusive. */
    minAge: z.int().check(z.gte(0), z.lte(120)),
    /** Exclusive: "tot 27 jaar" is `27`. */
    maxAge: z.int().check(z.gte(1), z.lte(120)),
  }),
  /** Consent bands per service, ordered by age. */
  consent: z.record(ServiceIdSchema, z.array(ConsentBandSchema)),
  /** Below this age a parent or guardian contact is required on a referral. */
  parentContactRequiredUnder: z.int().check(z.gte(0), z.lte(120)),
});
export type Rules = z.infer<typeof RulesSchema>;

/** `GET /v1/catalog`: everything the forms list, and the rules they apply. */
export const CatalogSchema = z.object({
  region: RegionSchema,
  municipalities: z.array(MunicipalitySchema),
  services: z.array(ServiceSchema),
  coachingForms: z.array(CoachingFormItemSchema),
  themes: z.array(CatalogItemSchema),
  reasons: z.array(ReasonSchema),
  schoolTypes: z.array(SchoolTypeItemSchema),
  audiences: z.array(AudienceItemSchema),
  appointmentTopics: z.array(CatalogItemSchema),
  referrerRoles: z.array(CatalogItemSchema),
  rules: RulesSchema,
});
export type Catalog = z.infer<typeof CatalogSchema>;

export const CatalogQuerySchema = z.object({ region: z.optional(IdSchema) });
export type CatalogQuery = z.infer<typeof CatalogQuerySchema>;
