import { html, nothing, type TemplateResult } from 'lit';
import { loadingOrFailed } from '../section-views.ts';
import type { LocationSchedule, StaffAppointment } from '@vangnet/sdk';
import type { AgendaTranslator } from './agenda.messages.ts';
import { longDate, timeOf } from './agenda-format.ts';
import {
  closeReasons,
  dayScheduleOf,
  hoursText,
  isCloseReason,
  type CloseReasonCode,
} from './day-schedule.ts';

export type Attendance = NonNullable<StaffAppointment['attendance']>;

/** What the day view shows and what it reports. */
export interface DayViewOptions {
  readonly date: string;
  readonly schedule: LocationSchedule;
  /** The day's appointments; `undefined` when the signed-in person may not see them (an admin). */
  readonly appointments: 'loading' | 'failed' | readonly StaffAppointment[] | undefined;
  readonly topicName: (id: string) => string;
  readonly onDate: (date: string) => void;
  readonly onStep: (days: number) => void;
  readonly onClose: (reason: CloseReasonCode | undefined) => void;
  readonly onReopen: () => void;
  readonly onAttendance: (appointment: StaffAppointment, attendance: Attendance) => void;
  readonly onRetry: () => void;
}

const reasonText = (t: AgendaTranslator, note: string | undefined): string | undefined =>
  note === undefined ? undefined : isCloseReason(note) ? t.msg(`reason.${note}`) : note;

/** Whether the day is open, its hours, or why it is closed. */
function dayStatus(t: AgendaTranslator, schedule: LocationSchedule, date: string): string {
  const day = dayScheduleOf(schedule, date);
  const extra =
    day.extra.length > 0 ? ` ${t.msg('day.extra', { hours: hoursText(day.extra) })}` : '';
  if (day.closed) {
    const reason = reasonText(t, day.closed.note);
    return (reason ? t.msg('day.closedBecause', { reason }) : t.msg('day.closed')) + extra;
  }
  if (day.holiday) return t.msg('day.closedBecause', { reason: day.holiday }) + extra;
  if (day.weekly.length === 0) return extra ? extra.trim() : t.msg('day.closedWeekly');
  return t.msg('day.open', { hours: hoursText(day.weekly) }) + extra;
}

/**
 * One day of a location: a date picker with the day before and after, whether it is open, a way
 * to close it (or open it again), and its appointments with attended / no-show.
 */
export function dayView(t: AgendaTranslator, options: DayViewOptions): TemplateResult {
  const { date, schedule } = options;
  const closed = dayScheduleOf(schedule, date).closed !== undefined;
  const close = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (form.elements.namedItem('close-reason') as HTMLSelectElement).value;
    options.onClose(isCloseReason(value) ? value : undefined);
  };
  return html`<section class="panel" aria-labelledby="day-title">
    <h3 id="day-title">${t.msg('day.title')}</h3>
    <div class="day-nav">
      <button type="button" class="button button-secondary" @click=${() => options.onStep(-1)}>
        ${t.msg('day.previous')}
      </button>
      <div class="field">
        <label class="label" for="agenda-date">${t.msg('day.date')}</label>
        <input
          id="agenda-date"
          class="input"
          type="date"
          .value=${date}
          @change=${(event: Event) => {
            const value = (event.target as HTMLInputElement).value;
            if (value) options.onDate(value);
          }}
        />
      </div>
      <button type="button" class="button button-secondary" @click=${() => options.onStep(1)}>
        ${t.msg('day.next')}
      </button>
    </div>
    <h4 id="day-label" tabindex="-1">${longDate(t.lang, date)}</h4>
    <p data-day-status>${dayStatus(t, schedule, date)}</p>
    ${
      closed
        ? html`<div class="actions">
            <button type="button" class="button button-secondary" @click=${options.onReopen}>
              ${t.msg('day.reopen')}
            </button>
          </div>`
        : html`<form class="close-day" novalidate @submit=${close}>
            <div class="field">
              <label class="label" for="close-reason">${t.msg('day.reason')}</label>
              <select id="close-reason" name="close-reason" class="input select">
                <option value="">${t.msg('day.reasonNone')}</option>
                ${closeReasons.map(
                  (reason) => html`<option value=${reason}>${t.msg(`reason.${reason}`)}</option>`,
                )}
              </select>
            </div>
            <div class="actions">
              <button type="submit" class="button button-secondary">${t.msg('day.close')}</button>
            </div>
          </form>`
    }
    ${appointmentsOf(t, options)}
  </section>`;
}

function appointmentsOf(t: AgendaTranslator, options: DayViewOptions): TemplateResult {
  const list = options.appointments;
  if (list === undefined) return html`<p>${t.msg('day.noAccess')}</p>`;
  if (list === 'loading' || list === 'failed') {
    return loadingOrFailed(list, t.lang, options.onRetry)!;
  }
  if (list.length === 0) return html`<p>${t.msg('day.empty')}</p>`;
  return html`<p>
      ${list.length === 1 ? t.msg('day.countOne') : t.msg('day.count', { count: list.length })}
    </p>
    <ul class="appointments">
      ${list.map((appointment) => appointmentItem(t, appointment, options))}
    </ul>`;
}

function appointmentItem(
  t: AgendaTranslator,
  appointment: StaffAppointment,
  options: DayViewOptions,
): TemplateResult {
  const time = timeOf(t.lang, appointment.start);
  const legendId = `attendance-${appointment.reference}`;
  const booked = appointment.status === 'booked';
  const attendance = appointment.attendance;
  return html`<li class="appointment" data-reference=${appointment.reference}>
    <p class="appointment-line">
      <strong dir="ltr">${time}</strong> · <span dir="ltr">${appointment.reference}</span> ·
      <span>${options.topicName(appointment.topic)}</span>
      ${booked ? nothing : html` · <strong>${t.msg('appointment.cancelled')}</strong>`}
    </p>
    ${
      booked
        ? html`<div role="group" aria-labelledby=${legendId} class="attendance">
            <p id=${legendId} class="hint">
              ${t.msg('attendance.legend', { reference: appointment.reference, time })}:
              <strong data-attendance
                >${attendance ? t.msg(`attendance.${attendance}`) : t.msg('attendance.unknown')}</strong
              >
            </p>
            <div class="actions">
              ${(['attended', 'no-show'] as const).map(
                (value) =>
                  html`<button
                    type="button"
                    class="button ${attendance === value ? 'button-primary' : 'button-secondary'}"
                    aria-pressed=${attendance === value ? 'true' : 'false'}
                    @click=${() => options.onAttendance(appointment, value)}
                  >
                    ${t.msg(`attendance.${value}`)}
                  </button>`,
              )}
            </div>
          </div>`
        : nothing
    }
  </li>`;
}
