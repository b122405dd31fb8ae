import { html, nothing, type TemplateResult } from 'lit';
import type { LocationSchedule } from '@vangnet/sdk';
import type { AgendaTranslator } from './agenda.messages.ts';
import { longDate } from './agenda-format.ts';
import { hoursText, isCloseReason } from './day-schedule.ts';

/** What the schedule view shows and what it reports. */
export interface ScheduleViewOptions {
  readonly schedule: LocationSchedule;
  /** `false` while the location runs on the default calendar. */
  readonly custom: boolean;
  /** Exceptions before this date (today) are history and left out. */
  readonly from: string;
  readonly onReopen: (date: string) => void;
  /** Opens the hours editor; `undefined` when the signed-in person may not change the hours. */
  readonly onEdit: (() => void) | undefined;
}

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** The week's opening hours, and the closed days and extra hours from today on. */
export function scheduleView(t: AgendaTranslator, options: ScheduleViewOptions): TemplateResult {
  const { schedule } = options;
  const exceptions = schedule.exceptions.filter((exception) => exception.date >= options.from);
  return html`<section class="panel" aria-labelledby="schedule-title">
    <h3 id="schedule-title" tabindex="-1">${t.msg('schedule.title')}</h3>
    <p>
      ${t.msg('schedule.slot', { minutes: schedule.slotMinutes })}
      ${options.custom ? nothing : t.msg('schedule.default')}
    </p>
    <table>
      <caption class="visually-hidden">
        ${t.msg('schedule.title')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.msg('schedule.weekday')}</th>
          <th scope="col">${t.msg('schedule.hours')}</th>
        </tr>
      </thead>
      <tbody>
        ${weekdays.map((weekday) => {
          const hours = schedule.weekly
            .filter((period) => period.weekday === weekday)
            .sort((a, b) => a.opens.localeCompare(b.opens));
          return html`<tr>
            <th scope="row">${t.msg(`weekday.${weekday}`)}</th>
            <td>${hours.length > 0 ? hoursText(hours) : t.msg('schedule.closed')}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${
      options.onEdit
        ? html`<div class="actions">
            <button
              type="button"
              class="button button-secondary"
              data-edit-hours
              @click=${options.onEdit}
            >
              ${t.msg('hours.edit')}
            </button>
          </div>`
        : nothing
    }
    <h4>${t.msg('schedule.exceptions')}</h4>
    ${
      exceptions.length === 0
        ? html`<p>${t.msg('schedule.noExceptions')}</p>`
        : html`<ul class="exceptions">
            ${exceptions.map((exception) => {
              const what =
                exception.kind === 'closed'
                  ? t.msg('schedule.exceptionClosed')
                  : t.msg('schedule.exceptionExtra', { hours: hoursText([exception]) });
              const note = isCloseReason(exception.note)
                ? t.msg(`reason.${exception.note}`)
                : exception.note;
              return html`<li data-exception=${exception.date}>
                <span>${longDate(t.lang, exception.date)}: ${what}${note ? ` (${note})` : ''}</span>
                ${
                  exception.kind === 'closed'
                    ? html`<button
                        type="button"
                        class="button button-secondary"
                        @click=${() => options.onReopen(exception.date)}
                      >
                        ${t.msg('schedule.reopenDate', { date: longDate(t.lang, exception.date) })}
                      </button>`
                    : nothing
                }
              </li>`;
            })}
          </ul>`
    }
  </section>`;
}
