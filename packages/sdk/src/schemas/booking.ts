// The booking's slots and writes; the locations a first view reads are in locations.ts.
import * as z from 'zod/mini';
import {
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  lineOf,
  textOf,
} from './common.ts';
import { AppointmentStatusSchema, ChannelSchema, ContactPreferenceSchema } from './enums.ts';
import { LocationSchema } from './locations.ts';
import { PhoneSchema } from './referrals.ts';

/** A free time with a casemanager. */
export const SlotSchema = z.object({
  id: IdSchema,
  locationId: IdSchema,
  channel: ChannelSchema,
  start: IsoDateTimeSchema,
  end: IsoDateTimeSchema,
});
export type Slot = z.infer<typeof SlotSchema>;

/** Query of `GET /v1/slots`: dates are local dates in Europe/Amsterdam, both inclusive. */
export const SlotQuerySchema = z.object({
  location: IdSchema,
  topic: z.optional(IdSchema),
  channel: z.optional(ChannelSchema),
  from: IsoDateSchema,
  to: IsoDateSchema,
});
export type SlotQuery = z.infer<typeof SlotQuerySchema>;
export const SlotListSchema = z.object({ items: z.array(SlotSchema) });
export type SlotList = z.infer<typeof SlotListSchema>;

/** The young person's contact details: an email address, a mobile number, or both. */
export const AppointmentContactSchema = z
  .strictObject({
    name: lineOf(200),
    email: z.optional(EmailSchema),
    phone: z.optional(PhoneSchema),
    preferred: ContactPreferenceSchema,
  })
  .check(
    z.refine((contact) => contact.email !== undefined || contact.phone !== undefined, {
      message: 'An email address or a phone number is required.',
      path: ['email'],
      params: { code: 'contact-required' },
    }),
  );
export type AppointmentContact = z.infer<typeof AppointmentContactSchema>;

/** A youth worker or someone else who books on the young person's behalf. */
export const BookedBySchema = z.strictObject({
  name: lineOf(200),
  organisation: z.optional(lineOf(200)),
  email: z.optional(EmailSchema),
  phone: z.optional(PhoneSchema),
});
export type BookedBy = z.infer<typeof BookedBySchema>;

/** Body of `POST /v1/appointments`. */
export const AppointmentInputSchema = z.strictObject({
  slotId: IdSchema,
  topic: IdSchema,
  dateOfBirth: IsoDateSchema,
  contact: AppointmentContactSchema,
  bookedBy: z.optional(BookedBySchema),
  note: z.optional(textOf(500)),
});
export type AppointmentInput = z.infer<typeof AppointmentInputSchema>;

/** A booked (or cancelled) appointment, without personal data. */
export const AppointmentSchema = z.object({
  reference: lineOf(40),
  status: AppointmentStatusSchema,
  topic: IdSchema,
  slot: SlotSchema,
  location: LocationSchema,
  createdAt: IsoDateTimeSchema,
});
export type Appointment = z.infer<typeof AppointmentSchema>;

/** `201` of `POST /v1/appointments`: the appointment and its manage token, returned only here. */
export const AppointmentCreatedSchema = z.extend(AppointmentSchema, { token: lineOf(200) });
export type AppointmentCreated = z.infer<typeof AppointmentCreatedSchema>;

/** Body of `POST /v1/appointments/{reference}/reschedule`. */
export const RescheduleInputSchema = z.strictObject({ slotId: IdSchema });
export type RescheduleInput = z.infer<typeof RescheduleInputSchema>;

/** Body of `POST /v1/callback-requests`: when no time suits. */
export const CallbackRequestInputSchema = z.strictObject({
  location: IdSchema,
  topic: z.optional(IdSchema),
  dateOfBirth: z.optional(IsoDateSchema),
  name: lineOf(200),
  phone: PhoneSchema,
  /** When they can be called, in their own words ("na 15:00"). */
  preferredTimes: z.optional(textOf(200)),
});
export type CallbackRequestInput = z.infer<typeof CallbackRequestInputSchema>;

export const CallbackRequestCreatedSchema = z.object({
  reference: lineOf(40),
  createdAt: IsoDateTimeSchema,
});
export type CallbackRequestCreated = z.infer<typeof CallbackRequestCreatedSchema>;
