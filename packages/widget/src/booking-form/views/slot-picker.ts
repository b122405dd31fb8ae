import { html, nothing, type TemplateResult } from 'lit';
import type { Slot } from '@vangnet/sdk';
import type { Translator } from '../../i18n/index.ts';
import { datesOfWeek, type SlotCalendar } from '../slot-calendar.ts';

/** What the slot picker shows and what it reports. */
export interface SlotPickerOptions {
  readonly calendar: SlotCalendar;
  /** The Monday of the week on screen. */
  readonly week: string;
  /** The day whose times are listed. */
  readonly day: string | undefined;
  readonly selectedId: string | undefined;
  /** An error to show on the picker (nothing chosen). */
  readonly error: string | undefined;
  readonly onWeek: (monday: string) => void;
  readonly onDay: (date: string) => void;
  readonly onSlot: (slot: Slot) => void;
}

/** "09:00 – 09:45". */
export function timeRange(t: Translator, slot: Slot): string {
  return `${t.time(slot.start)} – ${t.time(slot.end)}`;
}

/** "dinsdag 3 maart, 09:00 – 09:45". */
export function slotMoment(t: Translator, slot: Slot): string {
  return `${t.date(slot.start, { weekday: 'long', day: 'numeric', month: 'long' })}, ${timeRange(t, slot)}`;
}

/**
 * A week of days, then the times of the chosen day — both native radio groups, so arrow keys move
 * within a group, Tab moves between them, and screen readers say "3 of 5". Days without a free
 * time stay in the list, disabled and marked, so a full day is visible at a glance. Only one week
 * is rendered, from the calendar grouped once, however many months of slots there are.
 */
export function slotPicker(t: Translator, options: SlotPickerOptions): TemplateResult {
  const { calendar, week } = options;
  const weekIndex = calendar.weeks.indexOf(week);
  const dates = datesOfWeek(week).filter(
    (date, index) => index < 5 || (calendar.days.get(date)?.length ?? 0) > 0,
  );
  const from = dates[0] ?? week;
  const to = dates[dates.length - 1] ?? week;
  const daySlots = options.day ? (calendar.days.get(options.day) ?? []) : [];
  const errorId = 'vangnet-slot-error';
  return html`<div class="slot-picker" part="slot-picker">
    <div class="week-nav" part="week-nav">
      <button
        type="button"
        class="button button-secondary week-button"
        part="button week-button"
        ?disabled=${weekIndex <= 0}
        @click=${() => options.onWeek(calendar.weeks[weekIndex - 1] ?? week)}
      >
        <span class="arrow" aria-hidden="true">‹</span> ${t.msg('time.previousWeek')}
      </button>
      <p class="week-label" part="week-label" aria-live="polite">
        ${t.msg('time.week', {
          from: t.date(from, { day: 'numeric', month: 'long' }),
          to: t.date(to, { day: 'numeric', month: 'long' }),
        })}
      </p>
      <button
        type="button"
        class="button button-secondary week-button"
        part="button week-button"
        ?disabled=${weekIndex === -1 || weekIndex >= calendar.weeks.length - 1}
        @click=${() => options.onWeek(calendar.weeks[weekIndex + 1] ?? week)}
      >
        ${t.msg('time.nextWeek')} <span class="arrow" aria-hidden="true">›</span>
      </button>
    </div>
    ${
      options.error
        ? html`<p class="error" part="error" id=${errorId} role="alert">${options.error}</p>`
        : nothing
    }
    <fieldset class="field fieldset days" part="days">
      <legend class="label legend">${t.msg('time.day')}</legend>
      <div class="day-list">
        ${dates.map((date) => {
          const count = calendar.days.get(date)?.length ?? 0;
          const id = `vangnet-day-${date}`;
          return html`<div class="day ${count === 0 ? 'day-full' : ''}" part="day">
            <input
              class="choice-input"
              type="radio"
              name="vangnet-day"
              id=${id}
              .checked=${date === options.day}
              ?disabled=${count === 0}
              @change=${() => options.onDay(date)}
            />
            <label class="day-label" for=${id}>
              <span class="day-name"
                >${t.date(date, { weekday: 'long', day: 'numeric', month: 'long' })}</span
              >
              <span class="day-count"
                >${count === 0 ? t.msg('time.dayNone') : t.msg('time.dayFree', { count })}</span
              >
            </label>
          </div>`;
        })}
      </div>
      ${
        dates.every((date) => !calendar.days.has(date))
          ? html`<p class="hint">${t.msg('time.emptyWeek')}</p>`
          : nothing
      }
    </fieldset>
    ${
      options.day && daySlots.length > 0
        ? html`<fieldset
            class="field fieldset times"
            part="times"
            aria-describedby=${options.error ? errorId : nothing}
          >
            <legend class="label legend">
              ${t.msg('time.times', {
                day: t.date(options.day, { weekday: 'long', day: 'numeric', month: 'long' }),
              })}
            </legend>
            <div class="time-list">
              ${daySlots.map(
                (slot) =>
                  html`<div class="time" part="time">
                    <input
                      class="choice-input"
                      type="radio"
                      name="vangnet-slot"
                      id=${`vangnet-slot-${slot.id}`}
                      .checked=${slot.id === options.selectedId}
                      @change=${() => options.onSlot(slot)}
                    />
                    <label class="time-label" for=${`vangnet-slot-${slot.id}`}
                      >${timeRange(t, slot)}</label
                    >
                  </div>`,
              )}
            </div>
          </fieldset>`
        : nothing
    }
  </div>`;
}
