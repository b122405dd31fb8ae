import type { RequestOptions, WriteOptions } from '../core/options.ts';
import type { Transport } from '../core/transport.ts';
import { contractOf } from '../checks/contract.ts';
import { validateInput } from '../core/validate-input.ts';
import {
  AppointmentCreatedSchema,
  AppointmentInputSchema,
  AppointmentSchema,
  RescheduleInputSchema,
  type Appointment,
  type AppointmentCreated,
  type AppointmentInput,
} from '../schemas/booking.ts';

/** `/v1/appointments`: booking a talk with a casemanager, and managing it with its token. */
export interface AppointmentsResource {
  /**
   * Books a slot. A {@link SlotTakenError} when someone else was first (final: offer other
   * slots); a {@link ValidationError} of kind `age-out-of-bounds` when the age on the slot's date
   * is outside the catalog's bounds. The answer holds the manage token, returned only here.
   */
  book(input: AppointmentInput, options?: WriteOptions): Promise<AppointmentCreated>;
  /** The booking; `token` is the manage token `book` returned (or the manage link carries). */
  get(reference: string, token: string, options?: RequestOptions): Promise<Appointment>;
  /** Cancels the booking; the slot is free again. Answers the cancelled appointment. */
  cancel(reference: string, token: string, options?: WriteOptions): Promise<Appointment>;
  /** Moves the booking to another free slot. Answers the moved appointment. */
  reschedule(
    reference: string,
    token: string,
    slotId: string,
    options?: WriteOptions,
  ): Promise<Appointment>;
}

const ReferenceSchema = AppointmentSchema.shape.reference;

export function createAppointmentsResource(send: Transport): AppointmentsResource {
  const pathOf = (reference: string, operation: string, action = '') =>
    `v1/appointments/${encodeURIComponent(validateInput(ReferenceSchema, reference, operation))}${action}`;
  return {
    async book(input, options = {}) {
      const operation = 'appointments.book';
      return send({
        operation,
        method: 'post',
        path: 'v1/appointments',
        json: validateInput(AppointmentInputSchema, input, operation),
        idempotencyKey: options.idempotencyKey,
        response: contractOf(AppointmentCreatedSchema),
        signal: options.signal,
      });
    },
    async get(reference, token, options = {}) {
      const operation = 'appointments.get';
      return send({
        operation,
        method: 'get',
        path: pathOf(reference, operation),
        token,
        response: contractOf(AppointmentSchema),
        signal: options.signal,
      });
    },
    async cancel(reference, token, options = {}) {
      const operation = 'appointments.cancel';
      return send({
        operation,
        method: 'post',
        path: pathOf(reference, operation, '/cancel'),
        token,
        idempotencyKey: options.idempotencyKey,
        response: contractOf(AppointmentSchema),
        signal: options.signal,
      });
    },
    async reschedule(reference, token, slotId, options = {}) {
      const operation = 'appointments.reschedule';
      return send({
        operation,
        method: 'post',
        path: pathOf(reference, operation, '/reschedule'),
        json: validateInput(RescheduleInputSchema, { slotId }, operation),
        token,
        idempotencyKey: options.idempotencyKey,
        response: contractOf(AppointmentSchema),
        signal: options.signal,
      });
    },
  };
}
