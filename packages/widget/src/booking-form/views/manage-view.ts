import { html, nothing, type TemplateResult } from 'lit';
import type { Appointment } from '@vangnet/sdk';
import type { Translator } from '../../i18n/index.ts';
import {
  retryBanner,
  secondaryButton,
  submitButton,
  type SubmitController,
} from '../../kit/index.ts';
import { appointmentSummary } from './appointment-summary.ts';
import { donePanel, icsLink } from './outcome.ts';
import { slotMoment } from './slot-picker.ts';
import { timeStep, type TimeStepOptions } from './time-step.ts';

/** Which part of managing a booking is on screen. */
export type ManageViewName =
  'booking' | 'confirm-cancel' | 'reschedule' | 'rescheduled' | 'cancelled';

/** What the manage views show and report. */
export interface ManageViewOptions {
  readonly appointment: Appointment;
  readonly view: ManageViewName;
  readonly topicLabel: string;
  readonly icsHref: string | undefined;
  readonly failed: boolean;
  readonly submit: SubmitController;
  /** The calendar for rescheduling, as on the booking's time step. */
  readonly calendar: Omit<TimeStepOptions, 'location' | 'ageLimit' | 'onCallback'>;
  readonly onView: (view: ManageViewName) => void;
  readonly onCancel: () => void;
  readonly onReschedule: (event: SubmitEvent) => void;
  readonly onRetryReschedule: () => void;
  readonly onBookNew: () => void;
}

/**
 * Managing a booking from its link: the booking with "Verzetten" and "Afzeggen"; cancelling after
 * a confirmation step; rescheduling with the same calendar as booking.
 */
export function manageView(t: Translator, options: ManageViewOptions): TemplateResult {
  const { appointment, submit } = options;
  const summary = appointmentSummary(t, {
    ...appointment,
    topic: options.topicLabel,
    reference: appointment.reference,
  });
  const error = options.failed
    ? html`<p class="error" role="alert">${t.msg('manage.failed')}</p>`
    : nothing;
  const primary = (label: string, onClick: () => void) =>
    html`<button
      type="button"
      class="button button-primary"
      part="button button-primary"
      aria-disabled=${submit.busy ? 'true' : 'false'}
      @click=${onClick}
    >
      ${label}
    </button>`;
  switch (options.view) {
    case 'cancelled':
      return donePanel(
        t.msg('manage.cancelled.title'),
        html`${summary}
          <p>${t.msg('manage.cancelled.text')}</p>
          <div class="actions">
            ${secondaryButton(t.msg('manage.bookNew'), options.onBookNew)}
          </div>`,
      );
    case 'confirm-cancel':
      return donePanel(
        t.msg('manage.confirmCancel.title'),
        html`${summary}
          <p>${t.msg('manage.confirmCancel.text')}</p>
          ${error} ${retryBanner(t, submit.failure, options.onCancel)}
          <div class="actions">
            ${primary(t.msg('manage.confirmCancel.yes'), options.onCancel)}
            ${secondaryButton(t.msg('manage.confirmCancel.no'), () => options.onView('booking'))}
          </div>`,
      );
    case 'reschedule':
      return donePanel(
        t.msg('manage.rescheduleTitle'),
        html`<p>${t.msg('time.chosen', { when: slotMoment(t, appointment.slot) })}</p>
          <form
            class="form"
            part="form"
            novalidate
            aria-busy=${submit.busy ? 'true' : 'false'}
            @submit=${options.onReschedule}
          >
            ${timeStep(t, {
              ...options.calendar,
              location: appointment.location,
              ageLimit: undefined,
              onCallback: undefined,
            })}
            ${error} ${retryBanner(t, submit.failure, options.onRetryReschedule)}
            <div class="actions">
              ${submitButton(t, submit, t.msg('manage.rescheduleSubmit'))}
              ${secondaryButton(t.msg('manage.back'), () => options.onView('booking'))}
            </div>
          </form>`,
      );
    default:
      return donePanel(
        t.msg(options.view === 'rescheduled' ? 'manage.rescheduled.title' : 'manage.title'),
        html`${summary}${icsLink(t, options.icsHref, appointment.reference)}${error}
          <div class="actions">
            ${primary(t.msg('manage.reschedule'), () => options.onView('reschedule'))}
            ${secondaryButton(t.msg('manage.cancel'), () => options.onView('confirm-cancel'))}
          </div>`,
      );
  }
}

/** A wrong, broken or expired manage link: say so plainly and offer to book again. */
export function invalidLinkView(t: Translator, onBookNew: () => void): TemplateResult {
  return donePanel(
    t.msg('manage.invalid.title'),
    html`<p>${t.msg('manage.invalid.text')}</p>
      <div class="actions">
        <button
          type="button"
          class="button button-primary"
          part="button button-primary"
          @click=${onBookNew}
        >
          ${t.msg('manage.bookNew')}
        </button>
      </div>`,
  );
}
