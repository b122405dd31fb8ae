import * as z from 'zod/mini';
import { AddressSchema, EmailSchema, IdSchema, WebsiteSchema, lineOf, textOf } from './common.ts';
import {
  AudienceSchema,
  CoachingFormSchema,
  OrganisationKindSchema,
  ServiceIdSchema,
} from './enums.ts';

/** An organisation of the network, after the Open Referral HSDS `organization`. */
export const OrganisationSchema = z.object({
  id: IdSchema,
  name: lineOf(200),
  kind: OrganisationKindSchema,
  /** What the organisation does, in one line. */
  summary: lineOf(300),
  description: textOf(4000),
  services: z.array(ServiceIdSchema),
  coachingForms: z.array(CoachingFormSchema),
  /** Theme ids from the catalog: the organisation's expertise. */
  themes: z.array(IdSchema),
  audiences: z.array(AudienceSchema),
  /** Municipality ids from the catalog where it works. */
  municipalities: z.array(IdSchema),
  website: z.optional(WebsiteSchema),
  email: z.optional(EmailSchema),
  phone: z.optional(lineOf(40)),
  address: z.optional(AddressSchema),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/** Query of `GET /v1/organisations`. */
export const OrganisationFilterSchema = z.object({
  /** Matches name, summary, description and theme labels by prefix and substring, ignoring accents and case. */
  q: z.optional(z.string().check(z.maxLength(200))),
  municipality: z.optional(IdSchema),
  theme: z.optional(IdSchema),
  service: z.optional(ServiceIdSchema),
  coachingForm: z.optional(CoachingFormSchema),
  audience: z.optional(AudienceSchema),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** Page size, 1 to 1000; the API's default is 50. */
  limit: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});
export type OrganisationFilter = z.infer<typeof OrganisationFilterSchema>;

/** A page of organisations, sorted A–Z by name. */
export const OrganisationPageSchema = z.object({
  items: z.array(OrganisationSchema),
  /** How many organisations match the filter, over all pages. */
  total: z.int().check(z.gte(0)),
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type OrganisationPage = z.infer<typeof OrganisationPageSchema>;
