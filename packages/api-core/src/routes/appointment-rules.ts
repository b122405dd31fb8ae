import {
  amsterdamDate,
  type Catalog,
  type Location,
  type LocationSchedule,
  type Slot,
} from '@vangnet/sdk';
import { isInCalendar } from '../calendar/availability.ts';
import {
  defaultLocationSchedule,
  findSlot,
  slotChannel,
  slotIdParts,
} from '../calendar/calendar.ts';
import { fieldError } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import type { MessagePlace } from '../messages/confirmations.ts';
import type { InsertResult, StoreReads, StoredAppointment, StoreTransaction } from '../store.ts';
import { toAmsterdamIso } from '../time/amsterdam.ts';
import { requireAgeInBounds } from './age-bounds.ts';

// The rules of booking and moving an appointment that both the public API (the young person
// with the manage token) and the staff API (the casemanager) apply: one copy, here.

/** A slot of the calendar and its location, or `422 validation` for a slot id that names none. */
export async function slotAndLocation(store: StoreReads, slotId: string): Promise<MessagePlace> {
  const locations = await store.locations();
  const locationId = slotIdParts(slotId)?.locationId;
  const schedule = locationId ? await store.locationSchedule(locationId) : undefined;
  const slot = findSlot(locations, slotId, schedule);
  const location = slot && locations.find((candidate) => candidate.id === slot.locationId);
  if (!slot || !location) {
    throw new ProblemError('validation', {
      detail: 'There is no such time.',
      errors: [fieldError(['slotId'], 'unknown', 'There is no slot with this id.')],
    });
  }
  return { slot, location };
}

/**
 * The slot a booking holds: from the location's schedule, or, when the hours changed after it was
 * booked, from the booking itself. A change of hours never takes a booking away from its holder;
 * the casemanager moves it with them. Undefined when the location is gone.
 */
export function heldPlace(
  locations: readonly Location[],
  schedule: LocationSchedule | undefined,
  appointment: Pick<StoredAppointment, 'slotId' | 'locationId' | 'slotStart'>,
): MessagePlace | undefined {
  const location = locations.find((candidate) => candidate.id === appointment.locationId);
  if (!location) return undefined;
  const slot = findSlot(locations, appointment.slotId, schedule);
  if (slot) return { slot, location };
  const start = new Date(appointment.slotStart);
  const minutes = (schedule ?? defaultLocationSchedule).slotMinutes;
  return {
    location,
    slot: {
      id: appointment.slotId,
      locationId: location.id,
      channel: slotChannel(location, appointment.slotId),
      start: toAmsterdamIso(start),
      end: toAmsterdamIso(new Date(start.getTime() + minutes * 60_000)),
    },
  };
}

/** `422 validation` unless the catalog has the topic and the location takes it. */
export function checkTopic(catalog: Catalog, topic: string, location: Location): void {
  if (
    !catalog.appointmentTopics.some((item) => item.id === topic) ||
    !location.topics.includes(topic)
  ) {
    throw new ProblemError('validation', {
      detail: 'This location does not take appointments on this topic.',
      errors: [fieldError(['topic'], 'topic-not-offered', 'Choose a topic this location offers.')],
    });
  }
}

export const slotTaken = () =>
  new ProblemError('slot-taken', { detail: 'Someone else booked this time. Choose another time.' });

/** Throws `slot-taken` for a write the store's constraint refused. */
export function requireWritten(result: InsertResult): void {
  if (result === 'slot-taken') throw slotTaken();
  if (result !== 'ok') throw new Error(`Unexpected write result: ${result}`);
}

/** `409 slot-taken` unless the slot lies inside the calendar at `now` (no past, no far future). */
export function requireInCalendar(now: Date, slot: Slot): void {
  if (!isInCalendar(now, slot)) throw slotTaken();
}

export interface MoveOptions {
  now: Date;
  /** Throws `slot-taken` for a slot that may not be booked at all (the calendar, the mock's hooks). */
  checkBookable(slot: Slot): void;
}

/**
 * Moves a booked appointment to `slotId`: a slot the calendar has, on a topic its location
 * takes, with the age on the new date inside the bounds and the slot free — the store's
 * constraint decides a race (`409 slot-taken`). Whether the appointment may move at all (is it
 * booked? whose is it?) is the caller's to say; the message to the young person too.
 */
export async function moveAppointment(
  tx: StoreTransaction,
  catalog: Catalog,
  appointment: StoredAppointment,
  slotId: string,
  options: MoveOptions,
): Promise<{ moved: StoredAppointment; place: MessagePlace }> {
  const place = await slotAndLocation(tx, slotId);
  checkTopic(catalog, appointment.topic, place.location);
  requireAgeInBounds(
    catalog,
    appointment.input.dateOfBirth,
    amsterdamDate(new Date(place.slot.start)),
  );
  if (slotId !== appointment.slotId) options.checkBookable(place.slot);
  const moved: StoredAppointment = {
    ...appointment,
    slotId,
    locationId: place.location.id,
    slotStart: place.slot.start,
    updatedAt: toAmsterdamIso(options.now),
  };
  requireWritten(await tx.updateAppointment(appointment.reference, moved));
  return { moved, place };
}
