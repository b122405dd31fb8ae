import { SlotTakenError, type Appointment } from '@vangnet/sdk';
import { dispatch } from '../core/events.ts';
import { errorCode } from '../core/error-code.ts';
import { isMissing } from './api-errors.ts';
import { FIRST_SLOT } from './booking-flow.ts';
import { reportError, type BookingHost } from './booking-host.ts';
import { VIEW_FOCUS } from './booking-sending.ts';
import { takeManageCredentials } from './manage-link.ts';
import { ManageSession } from './manage-session.ts';
import type { ManageViewName } from './views/manage-view.ts';

// A booking opened from its manage link (`#beheer=<reference>.<token>`): read the link before
// anything renders, load the booking, and cancel or move it. The token stays in the ManageSession,
// which the element keeps and hands to these functions.

/**
 * Reads the manage link and takes it out of the address bar at once; sets the mode it asks for.
 * Answers the session of a valid link.
 */
export function openManageLink(host: BookingHost): ManageSession | undefined {
  const credentials = takeManageCredentials();
  if (credentials === 'invalid') host.mode = { kind: 'manage-invalid' };
  else if (credentials) {
    host.mode = { kind: 'manage-loading' };
    return new ManageSession(credentials);
  }
  return undefined;
}

/** Loads the booking of `session` and shows it. */
export async function loadManaged(host: BookingHost, session: ManageSession): Promise<void> {
  const client = host.apiClient;
  if (!client) return;
  try {
    const appointment = await session.get(client);
    host.showAppointment(appointment);
    host.mode = {
      kind: 'manage',
      appointment,
      view: appointment.status === 'cancelled' ? 'cancelled' : 'booking',
    };
  } catch (error) {
    if (isMissing(error)) host.mode = { kind: 'manage-invalid' };
    else {
      // Shown with "try again" (which loads again); never retried in a loop by itself.
      host.failed = true;
      reportError(host, 'api', errorCode(error));
    }
  }
  host.focusAfterRender(VIEW_FOCUS);
}

/** Shows another view of the managed booking (cancel, move…), with `appointment` when it changed. */
export function showManaged(
  host: BookingHost,
  view: ManageViewName,
  appointment?: Appointment,
): void {
  if (host.mode.kind !== 'manage') return;
  host.mode = { kind: 'manage', appointment: appointment ?? host.mode.appointment, view };
  host.submit.clear();
  host.failed = false;
  host.focusAfterRender(VIEW_FOCUS);
  if (view === 'reschedule') {
    host.rescheduleSlot = undefined;
    host.takenStart = undefined;
    host.loadSlots(host.mode.appointment.location);
  }
}

/** Cancels the managed booking. */
export async function cancelManaged(
  host: BookingHost,
  session: ManageSession | undefined,
): Promise<void> {
  const client = host.apiClient;
  if (!client || !session) return;
  const outcome = await host.submit.run(() => session.cancel(client));
  if (outcome.status === 'done') {
    showManaged(host, 'cancelled', outcome.value);
    dispatch(host, 'vangnet-cancelled', { reference: outcome.value.reference });
  } else if (outcome.status === 'rejected') rejected(host, outcome.error);
}

/** The reschedule form's submit: moves the managed booking to the time chosen. */
export async function rescheduleManaged(
  host: BookingHost,
  session: ManageSession | undefined,
  event: SubmitEvent,
): Promise<void> {
  event.preventDefault();
  const client = host.apiClient;
  const slot = host.rescheduleSlot;
  if (!client || !session) return;
  if (!slot) {
    host.slotError = true;
    host.focusAfterRender(FIRST_SLOT);
    return;
  }
  const outcome = await host.submit.run(() => session.reschedule(client, slot.id));
  if (outcome.status === 'done') {
    host.showAppointment(outcome.value);
    showManaged(host, 'rescheduled', outcome.value);
    dispatch(host, 'vangnet-rescheduled', { reference: outcome.value.reference });
  } else if (outcome.status === 'rejected') {
    if (outcome.error instanceof SlotTakenError) {
      host.takenStart = slot.start;
      host.rescheduleSlot = undefined;
      if (host.mode.kind === 'manage') host.loadSlots(host.mode.appointment.location, true);
      host.focusAfterRender('[data-vangnet-taken]');
    } else rejected(host, outcome.error);
  }
}

function rejected(host: BookingHost, error: unknown): void {
  if (isMissing(error)) host.mode = { kind: 'manage-invalid' };
  else host.failed = true;
  host.focusAfterRender(VIEW_FOCUS);
}
