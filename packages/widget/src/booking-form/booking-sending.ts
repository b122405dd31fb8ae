import {
  SlotTakenError,
  ValidationError,
  type AppointmentInput,
  type CallbackRequestInput,
} from '@vangnet/sdk';
import { dispatch } from '../core/events.ts';
import { errorCode } from '../core/error-code.ts';
import { schemaLoaded, type FieldKey } from '../kit/index.ts';
import { serverErrors } from './api-errors.ts';
import { chooseAnotherTime, type FlowMemory } from './booking-flow.ts';
import { reportError, selectedLocation, stepShown, type BookingHost } from './booking-host.ts';
import type { IdempotencyKeys } from './idempotency-keys.ts';
import { manageLinkFor } from './manage-link.ts';

// Sending what the flow collected: the booking (and its 409 and 422), and the call-back request
// when no time suits. `keys` gives each body one idempotency key, so a retry never books twice.

/** The selector of the element that takes focus when a view changes. */
export const VIEW_FOCUS = '[data-vangnet-focus]';

/** Sends the reviewed booking; the confirmation, the calendar (409) or the errors follow. */
export async function bookAppointment(
  host: BookingHost,
  keys: IdempotencyKeys,
  memory: FlowMemory,
): Promise<void> {
  const client = host.apiClient;
  if (!(await schemaLoaded(host.submit, host.form))) return;
  const result = host.form.validate();
  if (!client) return;
  if (!result.valid || !result.data) {
    showErrors(host, result.errors);
    return;
  }
  const input = result.data;
  const idempotencyKey = keys.keyFor(input);
  const outcome = await host.submit.run(() => client.appointments.book(input, { idempotencyKey }));
  if (outcome.status === 'done') {
    const { token, ...appointment } = outcome.value;
    const manageLink = manageLinkFor(pageUrl(), { reference: appointment.reference, token });
    host.showAppointment(appointment);
    host.mode = { kind: 'confirmation', appointment, manageLink };
    host.focusAfterRender(VIEW_FOCUS);
    stepShown(host, 'confirmation', host.steps.count);
    dispatch(host, 'vangnet-booked', { reference: appointment.reference });
  } else if (outcome.status === 'rejected') {
    bookingRejected(host, memory, outcome.error, input);
  } else if (outcome.status === 'failed') {
    reportError(host, 'unreachable', errorCode(outcome.error));
  }
}

/** Shows the call-back request, with the name and phone number already typed. */
export function openCallback(host: BookingHost): void {
  host.callback.reset({
    ...(host.form.get('contact.name') ? { name: host.form.get('contact.name') } : {}),
    ...(host.form.get('contact.phone') ? { phone: host.form.get('contact.phone') } : {}),
  });
  host.submit.clear();
  host.failed = false;
  host.mode = { kind: 'callback' };
  host.focusAfterRender(VIEW_FOCUS);
}

/** The call-back form's submit. */
export async function requestCallback(
  host: BookingHost,
  keys: IdempotencyKeys,
  event: SubmitEvent,
): Promise<void> {
  event.preventDefault();
  const client = host.apiClient;
  if (!(await schemaLoaded(host.submit, host.callback))) return;
  const result = host.callback.validate();
  if (!client) return;
  if (!result.valid || !result.data) {
    void host.callback.focusSummary();
    return;
  }
  const input = result.data as CallbackRequestInput;
  const idempotencyKey = keys.keyFor(input);
  const outcome = await host.submit.run(() =>
    client.callbackRequests.create(input, { idempotencyKey }),
  );
  if (outcome.status === 'done') {
    const place = selectedLocation(host)?.name ?? '';
    host.mode = { kind: 'callback-done', reference: outcome.value.reference, place };
    host.focusAfterRender(VIEW_FOCUS);
    dispatch(host, 'vangnet-callback-requested', { reference: outcome.value.reference });
  } else if (outcome.status === 'rejected') {
    if (outcome.error instanceof ValidationError) {
      host.callback.setServerErrors(serverErrors(outcome.error));
      void host.callback.focusSummary();
    } else {
      host.failed = true;
      reportError(host, 'api', errorCode(outcome.error));
    }
  }
}

function bookingRejected(
  host: BookingHost,
  memory: FlowMemory,
  error: unknown,
  input: AppointmentInput,
): void {
  if (error instanceof SlotTakenError) {
    const taken = host.slots.calendar && [...host.slots.calendar.days.values()].flat();
    host.takenStart =
      taken?.find((slot) => slot.id === input.slotId)?.start ?? host.instant().toISOString();
    host.form.set('slotId', undefined);
    chooseAnotherTime(host, memory);
    host.loadSlots(undefined, true);
    return;
  }
  if (error instanceof ValidationError) {
    showErrors(host, host.form.setServerErrors(serverErrors(error)));
    return;
  }
  host.failed = true;
  reportError(host, 'api', errorCode(error));
}

/** Goes to the step of the first field in error and moves focus to the error summary. */
function showErrors(host: BookingHost, keys: readonly FieldKey[]): void {
  host.steps.goToFirstOf(keys);
  void host.form.focusSummary();
}

/** The host page's address without any fragment: the manage link adds its own. */
function pageUrl(): string {
  const url = new URL(window.location.href);
  url.hash = '';
  return url.href;
}
