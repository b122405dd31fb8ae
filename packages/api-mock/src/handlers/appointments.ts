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
  type Location,
  type Slot,
} from '@vangnet/sdk';
import type { MockContext } from '../context.ts';
import { fieldError, parseOrProblem } from '../http/field-errors.ts';
import { ProblemError } from '../http/problem.ts';
import { json } from '../http/respond.ts';
import { route, type RouteContext } from '../http/route.ts';
import { requireToken } from '../http/token.ts';
import { requireAgeInBounds } from './age-bounds.ts';
import { isSlotFree } from '../store/availability.ts';
import { findSlot } from '../store/calendar.ts';
import { sendAppointmentMessage } from '../store/confirmations.ts';
import { newReference, newToken } from '../store/references.ts';
import type { StoredAppointment } from '../store/store.ts';
import { toAmsterdamIso } from '../time/amsterdam.ts';

interface SlotAndLocation {
  slot: Slot;
  location: Location;
}

function slotAndLocation(mock: MockContext, slotId: string): SlotAndLocation {
  const slot = findSlot(mock.store.locations, slotId);
  const location =
    slot && mock.store.locations.find((candidate) => candidate.id === slot.locationId);
  if (!slot || !location) {
    throw new ProblemError('validation', {
      detail: 'There is no such time.',
      errors: [fieldError(['slotId'], 'unknown', 'There is no slot with this id.')],
    });
  }
  return { slot, location };
}

function checkTopic(mock: MockContext, topic: string, location: Location): void {
  if (
    !mock.store.catalog.appointmentTopics.some((item) => item.id === topic) ||
    !location.topics.includes(topic)
  ) {
    throw new ProblemError('validation', {
      detail: 'This location does not take appointments on this topic.',
      errors: [fieldError(['topic'], 'topic-not-offered', 'Choose a topic this location offers.')],
    });
  }
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

/** 409 `slot-taken` unless the slot is free. Synchronous with the booking itself, so races are safe. */
function checkFree(context: RouteContext, slot: Slot): void {
  const free = isSlotFree(context.mock, context.scenarios, slot);
  if (free && context.scenarios.slotTakenOnce && context.once('slotTakenOnce')) {
    // Someone else was quicker: the slot is gone for everyone from now on.
    context.mock.store.takenSlots.add(slot.id);
    throw new ProblemError('slot-taken', {
      detail: 'Someone else booked this time. Choose another time.',
    });
  }
  if (!free) {
    throw new ProblemError('slot-taken', {
      detail: 'Someone else booked this time. Choose another time.',
    });
  }
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

function findAppointment(context: RouteContext): StoredAppointment {
  const appointment = context.mock.store.appointments.find(
    (candidate) => candidate.reference === context.params['reference'],
  );
  if (!appointment)
    throw new ProblemError('not-found', { detail: 'There is no appointment with this reference.' });
  requireToken(context.request, appointment.token);
  return appointment;
}

/** Booking, reading, cancelling and rescheduling an appointment with a casemanager. */
export const appointmentHandlers = (mock: MockContext) => [
  route(mock, 'POST', '/v1/appointments', (context) => {
    const input = parseOrProblem(AppointmentInputSchema, context.body);
    const errors = contactErrors(input.contact);
    if (errors.length > 0)
      throw new ProblemError('validation', { detail: 'Some fields are not valid.', errors });
    const found = slotAndLocation(mock, input.slotId);
    checkTopic(mock, input.topic, found.location);
    requireAgeInBounds(mock, input.dateOfBirth, amsterdamDate(new Date(found.slot.start)));
    checkFree(context, found.slot);
    const createdAt = toAmsterdamIso(mock.clock.now());
    const appointment: StoredAppointment = {
      reference: newReference(mock.random, 'A'),
      token: newToken(),
      status: 'booked',
      topic: input.topic,
      slotId: found.slot.id,
      createdAt,
      updatedAt: createdAt,
      input,
    };
    mock.store.takenSlots.add(found.slot.id);
    mock.store.appointments.push(appointment);
    sendAppointmentMessage(mock, 'appointment-booked', appointment, found.slot, found.location);
    return json(
      AppointmentCreatedSchema,
      { ...view(appointment, found), token: appointment.token },
      {
        status: 201,
        headers: { Location: context.apiUrl(`/v1/appointments/${appointment.reference}`) },
      },
    );
  }),
  route(mock, 'GET', '/v1/appointments/:reference', (context) => {
    const appointment = findAppointment(context);
    return json(AppointmentSchema, view(appointment, slotAndLocation(mock, appointment.slotId)));
  }),
  route(mock, 'POST', '/v1/appointments/:reference/cancel', (context) => {
    const appointment = findAppointment(context);
    const found = slotAndLocation(mock, appointment.slotId);
    if (appointment.status === 'booked') {
      appointment.status = 'cancelled';
      appointment.updatedAt = toAmsterdamIso(mock.clock.now());
      mock.store.takenSlots.delete(appointment.slotId);
      sendAppointmentMessage(
        mock,
        'appointment-cancelled',
        appointment,
        found.slot,
        found.location,
      );
    }
    return json(AppointmentSchema, view(appointment, found));
  }),
  route(mock, 'POST', '/v1/appointments/:reference/reschedule', (context) => {
    const appointment = findAppointment(context);
    const { slotId } = parseOrProblem(RescheduleInputSchema, context.body);
    if (appointment.status !== 'booked') {
      throw new ProblemError('validation', {
        detail: 'A cancelled appointment cannot be moved. Book a new one.',
        errors: [fieldError([], 'cancelled', 'This appointment was cancelled.')],
      });
    }
    const found = slotAndLocation(mock, slotId);
    checkTopic(mock, appointment.topic, found.location);
    requireAgeInBounds(
      mock,
      appointment.input.dateOfBirth,
      amsterdamDate(new Date(found.slot.start)),
    );
    if (slotId !== appointment.slotId) checkFree(context, found.slot);
    mock.store.takenSlots.delete(appointment.slotId);
    mock.store.takenSlots.add(slotId);
    appointment.slotId = slotId;
    appointment.updatedAt = toAmsterdamIso(mock.clock.now());
    sendAppointmentMessage(
      mock,
      'appointment-rescheduled',
      appointment,
      found.slot,
      found.location,
    );
    return json(AppointmentSchema, view(appointment, found));
  }),
];
