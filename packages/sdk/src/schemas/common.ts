import * as z from 'zod/mini';

/** Locale tags the catalog may carry texts in (BCP 47 language, optional region). */
export const LocaleSchema = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/));

/**
 * A text in several languages: always Dutch (`nl`), others where the API has them.
 * The widget picks the user's language and falls back to Dutch.
 */
export const LocalisedTextSchema = z
  .record(LocaleSchema, z.string().check(z.maxLength(4000)))
  .check(
    z.refine((value) => typeof value['nl'] === 'string', { message: 'A Dutch text is required.' }),
  );
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;

/** An identifier from the catalog or the store: lowercase letters, digits and hyphens. */
export const IdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(100), z.regex(/^[a-z0-9][a-z0-9-]*$/));

/** A calendar date, `2009-03-14`. */
export const IsoDateSchema = z.iso.date();
/** A moment with its offset, `2026-11-24T14:30:00+01:00`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** A non-empty line of text typed by a person, with a limit. */
export const lineOf = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** A free text typed by a person, possibly empty, with a limit. */
export const textOf = (max: number) => z.string().check(z.trim(), z.maxLength(max));

export const WebsiteSchema = z.url({ protocol: /^https?$/ }).check(z.maxLength(500));
export const EmailSchema = z.email().check(z.maxLength(254));

/** A street address, after the Open Referral HSDS `physical_address`. */
export const AddressSchema = z.object({
  street: lineOf(200),
  postalCode: lineOf(10),
  city: lineOf(100),
});
export type Address = z.infer<typeof AddressSchema>;

/** How to reach a service or a person in an organisation. */
export const ContactSchema = z.object({
  name: lineOf(200),
  description: z.optional(LocalisedTextSchema),
  phone: z.optional(lineOf(40)),
  email: z.optional(EmailSchema),
  website: z.optional(WebsiteSchema),
});
export type Contact = z.infer<typeof ContactSchema>;
