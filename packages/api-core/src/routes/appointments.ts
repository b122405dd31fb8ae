import {
  amsterdamDate,
  AppointmentCreatedSchema,
  AppointmentInputSchema,
  AppointmentSchema,
  isDutchMobileNumber,
  RescheduleInputSchema,
  type Appointment,
  type AppointmentContact,
  type FieldError,
  type Slot,
} from '@vangnet/sdk';
import { isSlotBookable } from '../calendar/availability.ts';
import { fieldError, parseOrProblem } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { json } from '../http/respond.ts';
import { requireToken } from '../http/token.ts';
import { appointmentMessage, type MessagePlace } from '../messages/confirmations.ts';
import { insertWithFreshReference, newReference, newToken } from '../references.ts';
import type { RouteContext, Route } from '../router.ts';
import { hashSecret } from '../secrets.ts';
import type { StoredAppointment } from '../store.ts';
import { toAmsterdamIso } from '../time/amsterdam.ts';
import { requireAgeInBounds } from './age-bounds.ts';
import {
  checkTopic,
  heldPlace,
  moveAppointment,
  requireWritten,
  slotAndLocation,
  slotTaken,
} from './appointment-rules.ts';
import { regionCatalog, writesOf } from './region.ts';

type SlotAndLocation = MessagePlace;

/** The slot a booking holds (see {@link heldPlace}), or `422` for a location that is gone. */
async function heldSlot(
  context: RouteContext,
  appointment: StoredAppointment,
): Promise<SlotAndLocation> {
  const locations = await context.store.locations();
  const schedule = await context.store.locationSchedule(appointment.locationId);
  return (
    heldPlace(locations, schedule, appointment) ??
    slotAndLocation(context.store, appointment.slotId)
  );
}

function contactErrors(contact: AppointmentContact): FieldError[] {
  if (contact.preferred === 'email' && contact.email === undefined) {
    return [
      fieldError(
        ['contact', 'email'],
        'required',
        'Give an email address to get the confirmation by email.',
      ),
    ];
  }
  if (contact.preferred === 'sms') {
    if (contact.phone === undefined) {
      return [
        fieldError(
          ['contact', 'phone'],
          'required',
          'Give a mobile number to get the confirmation by text message.',
        ),
      ];
    }
    if (contact.phone.replace(/\D/g, '').startsWith('0') && !isDutchMobileNumber(contact.phone)) {
      return [
        fieldError(
          ['contact', 'phone'],
          'mobile-required',
          'A text message needs a mobile number.',
        ),
      ];
    }
  }
  return [];
}

/**
 * 409 `slot-taken` unless the slot can be booked at all. Whether somebody else holds it is for
 * the store's constraint to say, when the booking is written.
 */
function checkBookable(context: RouteContext, slot: Slot): void {
  const { api, request } = context;
  if (!isSlotBookable(api, request, slot) || api.hooks.slotTakenNow?.(request, slot.id))
    throw slotTaken();
}

function view(appointment: StoredAppointment, { slot, location }: SlotAndLocation): Appointment {
  return {
    reference: appointment.reference,
    status: appointment.status,
    topic: appointment.topic,
    slot,
    location,
    createdAt: appointment.createdAt,
  };
}

async function findAppointment(context: RouteContext): Promise<StoredAppointment> {
  const appointment = await context.store.findAppointment(context.params['reference'] as string);
  if (!appointment)
    throw new ProblemError('not-found', { detail: 'There is no appointment with this reference.' });
  await requireToken(context.request, appointment.tokenHash);
  return appointment;
}

/** The manage token, read from the request: a message needs it for its link. */
function tokenOf(context: RouteContext): string {
  return context.request.headers.get('Vangnet-Token')?.trim() ?? '';
}

/** Booking, reading, cancelling and rescheduling an appointment with a casemanager. */
export const appointmentRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/appointments',
    async resolve(context) {
      const { api, body } = context;
      const input = parseOrProblem(AppointmentInputSchema, body);
      const errors = contactErrors(input.contact);
      if (errors.length > 0)
        throw new ProblemError('validation', { detail: 'Some fields are not valid.', errors });
      const found = await slotAndLocation(context.store, input.slotId);
      const catalog = await regionCatalog(context);
      checkTopic(catalog, input.topic, found.location);
      requireAgeInBounds(catalog, input.dateOfBirth, amsterdamDate(new Date(found.slot.start)));
      checkBookable(context, found.slot);
      const createdAt = toAmsterdamIso(api.clock.now());
      const token = newToken();
      const tokenHash = await hashSecret(token);
      const tx = writesOf(context);
      const appointment = await insertWithFreshReference<StoredAppointment>(
        () => ({
          reference: newReference(api.random, 'A'),
          tokenHash,
          status: 'booked',
          topic: input.topic,
          slotId: found.slot.id,
          locationId: found.location.id,
          slotStart: found.slot.start,
          createdAt,
          updatedAt: createdAt,
          input,
        }),
        async (candidate) => {
          const result = await tx.insertAppointment(candidate);
          if (result === 'slot-taken') throw slotTaken();
          return result;
        },
      );
      await tx.enqueueMessage(
        appointmentMessage(api, 'appointment-booked', appointment, token, found),
        { ...found, appointment },
      );
      return json(
        AppointmentCreatedSchema,
        { ...view(appointment, found), token },
        {
          status: 201,
          headers: { Location: context.apiUrl(`/v1/appointments/${appointment.reference}`) },
        },
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/appointments/:reference',
    async resolve(context) {
      const appointment = await findAppointment(context);
      return json(AppointmentSchema, view(appointment, await heldSlot(context, appointment)));
    },
  },
  {
    method: 'POST',
    path: '/v1/appointments/:reference/cancel',
    async resolve(context) {
      const { api } = context;
      const appointment = await findAppointment(context);
      const found = await heldSlot(context, appointment);
      if (appointment.status !== 'booked') return json(AppointmentSchema, view(appointment, found));
      const tx = writesOf(context);
      const cancelled: StoredAppointment = {
        ...appointment,
        status: 'cancelled',
        updatedAt: toAmsterdamIso(api.clock.now()),
      };
      requireWritten(await tx.updateAppointment(appointment.reference, cancelled));
      await tx.enqueueMessage(
        appointmentMessage(api, 'appointment-cancelled', cancelled, tokenOf(context), found),
        { ...found, appointment: cancelled },
      );
      return json(AppointmentSchema, view(cancelled, found));
    },
  },
  {
    method: 'POST',
    path: '/v1/appointments/:reference/reschedule',
    async resolve(context) {
      const { api } = context;
      const appointment = await findAppointment(context);
      const { slotId } = parseOrProblem(RescheduleInputSchema, context.body);
      if (appointment.status !== 'booked') {
        throw new ProblemError('validation', {
          detail: 'A cancelled appointment cannot be moved. Book a new one.',
          errors: [fieldError([], 'cancelled', 'This appointment was cancelled.')],
        });
      }
      const { moved, place: found } = await moveAppointment(
        writesOf(context),
        await regionCatalog(context),
        appointment,
        slotId,
        { now: api.clock.now(), checkBookable: (slot) => checkBookable(context, slot) },
      );
      const tx = writesOf(context);
      await tx.enqueueMessage(
        appointmentMessage(api, 'appointment-rescheduled', moved, tokenOf(context), found),
        { ...found, appointment: moved },
      );
      return json(AppointmentSchema, view(moved, found));
    },
  },
];
