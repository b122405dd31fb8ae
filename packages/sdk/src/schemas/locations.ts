// The locations, which the booking form's first step reads: apart from the booking's writes
// (booking.ts), so a first view builds and loads only these.
import * as z from 'zod/mini';
import { AddressSchema, IdSchema, lineOf } from './common.ts';
import { ChannelSchema } from './enums.ts';

const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** Walk-in hours on one weekday (1 = Monday … 7 = Sunday), local time in Europe/Amsterdam. */
export const WalkInHoursSchema = z.object({
  weekday: z.int().check(z.gte(1), z.lte(7)),
  opens: TimeOfDaySchema,
  closes: TimeOfDaySchema,
});
export type WalkInHours = z.infer<typeof WalkInHoursSchema>;

/** Where casemanagers receive young people, after the Open Referral HSDS `location`. */
export const LocationSchema = z.object({
  id: IdSchema,
  name: lineOf(200),
  municipality: IdSchema,
  /** Absent for locations that only call or video-call. */
  address: z.optional(AddressSchema),
  /** Appointment topic ids from the catalog. */
  topics: z.array(IdSchema),
  channels: z.array(ChannelSchema).check(z.minLength(1)),
  walkInHours: z.array(WalkInHoursSchema),
  callbackAvailable: z.boolean(),
  phone: z.optional(lineOf(40)),
});
export type Location = z.infer<typeof LocationSchema>;

export const LocationQuerySchema = z.object({ municipality: z.optional(IdSchema) });
export type LocationQuery = z.infer<typeof LocationQuerySchema>;
export const LocationListSchema = z.object({ items: z.array(LocationSchema) });
export type LocationList = z.infer<typeof LocationListSchema>;
