import type { ReactiveControllerHost } from 'lit';
import type {
  Appointment,
  AppointmentInput,
  CallbackRequestInput,
  Catalog,
  Location,
  Municipality,
  Slot,
  VangnetClient,
} from '@vangnet/sdk';
import { amsterdamDate } from '@vangnet/sdk';
import type { ErrorCode } from '../core/error-code.ts';
import { dispatch } from '../core/events.ts';
import type { Translator } from '../i18n/index.ts';
import type { FormController, StepController, SubmitController } from '../kit/index.ts';
import { channelFor } from './presets.ts';
import type { Mode } from './booking-mode.ts';
import type { SlotSource } from './slot-source.ts';

/**
 * What the booking form's parts (flow, sending, manage, view) share: the element's state and
 * controllers, and the data it loaded. The element is the only implementation; the parts take this
 * instead of the class so that each file says what it depends on.
 */
export interface BookingHost extends ReactiveControllerHost, HTMLElement {
  readonly t: Translator;
  /** What was typed for the booking. */
  readonly form: FormController<AppointmentInput>;
  /** What was typed for a call-back request. */
  readonly callback: FormController<CallbackRequestInput>;
  readonly steps: StepController;
  /** Sending: busy, failure, retry (one send at a time). */
  readonly submit: SubmitController;
  /** The free slots on screen. */
  readonly slots: SlotSource;
  /** The `municipality` attribute; the route notice sets it when the person names theirs. */
  municipality: string;
  /** The `topic` and `channel` preset attributes. */
  readonly topic: string;
  readonly channel: string;
  readonly renderRoot: HTMLElement | DocumentFragment;

  /** What is shown besides the steps. */
  mode: Mode;
  /** No time chosen when one had to be. */
  slotError: boolean;
  /** The start of a slot someone else booked first (409), said above the calendar. */
  takenStart: string | undefined;
  /** The new time chosen for a booking opened from its manage link. */
  rescheduleSlot: Slot | undefined;
  /** Loading or sending failed in a way a retry cannot fix: "Er ging iets mis". */
  failed: boolean;

  /** The client in use, once the catalog is there. */
  readonly apiClient: VangnetClient | undefined;
  readonly catalog: Catalog | undefined;
  /** The locations of the form's municipality (all, when it has none), once they are there. */
  readonly locations: readonly Location[] | undefined;
  /** The current moment: the element's clock, the provider's, or the machine's. */
  instant(): Date;

  /** Loads the slots of `location` for the topic and channel chosen (or of the managed booking). */
  loadSlots(location?: Location, fresh?: boolean): void;
  /** Makes the `.ics` file of `appointment` in the language shown. */
  showAppointment(appointment: Appointment): void;
  /** Moves focus to `selector` in the shadow root after the next render. */
  focusAfterRender(selector: string): void;
  /** Back to an empty form (the presets kept): "book another appointment". */
  startAgain(): void;
}

/** Today in Europe/Amsterdam. */
export function todayOf(host: BookingHost): string {
  return amsterdamDate(host.instant());
}

/** The municipality of the `municipality` attribute, when the catalog knows it. */
export function municipalityOf(host: BookingHost): Municipality | undefined {
  return host.catalog?.municipalities.find((candidate) => candidate.id === host.municipality);
}

/** The location chosen in the form. */
export function selectedLocation(host: BookingHost): Location | undefined {
  return host.locations?.find((candidate) => candidate.id === host.form.get('location'));
}

/** Sets the channel for `location`: the preset, the one chosen, or its only one. */
export function setChannelFor(host: BookingHost, location: Location): void {
  host.form.set('channel', channelFor(location, host.channel, host.form.get('channel')));
}

/** Fires `vangnet-step`. */
export function stepShown(host: BookingHost, step: string, index: number): void {
  dispatch(host, 'vangnet-step', {
    component: 'booking-form',
    step,
    index,
    total: host.steps.count,
  });
}

/** Fires `vangnet-error` for a failed load or send, with the step when the steps are shown. */
export function reportError(host: BookingHost, kind: 'api' | 'unreachable', code: ErrorCode): void {
  dispatch(host, 'vangnet-error', {
    component: 'booking-form',
    kind,
    code,
    ...(host.mode.kind === 'flow' ? { step: host.steps.current.id } : {}),
  });
}
