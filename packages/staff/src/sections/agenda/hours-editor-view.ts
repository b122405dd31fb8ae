import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AgendaTranslator } from './agenda.messages.ts';
import {
  emptyPeriod,
  hoursFieldId,
  withDay,
  type DraftDay,
  type HoursDraft,
  type HoursError,
  type HoursField,
} from './hours-draft.ts';

/** What the hours editor shows and what it reports. */
export interface HoursEditorOptions {
  readonly draft: HoursDraft;
  /** Errors by field id, shown once the casemanager tried to save. */
  readonly errors: ReadonlyMap<string, HoursError>;
  readonly saving: boolean;
  readonly onChange: (draft: HoursDraft) => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
  /** Moves focus to `selector` once the change is on screen (a removed button had it). */
  readonly focusAfter: (selector: string) => void;
}

const hintId = 'hours-time-hint';

/** The ids a field's `aria-describedby` names: its hint and, when there is one, its error. */
const describedBy = (id: string, hint: string, error: HoursError | undefined) =>
  error ? `${hint} ${id}-error` : hint;

function errorText(
  t: AgendaTranslator,
  id: string,
  error: HoursError | undefined,
): TemplateResult | typeof nothing {
  return error
    ? html`<p class="error" id=${`${id}-error`}>${t.msg(error.key, error.params)}</p>`
    : nothing;
}

/** A text field for digits (minutes, a time), tied to its hint and error; hands on what is typed. */
function digitsInput(field: {
  id: string;
  className: string;
  maxLength?: number;
  value: string;
  hintId: string;
  error: HoursError | undefined;
  onInput: (value: string) => void;
}): TemplateResult {
  return html`<input
    id=${field.id}
    class=${`input ${field.className}`}
    inputmode="numeric"
    autocomplete="off"
    maxlength=${ifDefined(field.maxLength)}
    .value=${field.value}
    aria-invalid=${field.error ? 'true' : 'false'}
    aria-describedby=${describedBy(field.id, field.hintId, field.error)}
    @input=${(event: Event) => field.onInput((event.target as HTMLInputElement).value)}
  />`;
}

/**
 * The week's opening hours as a form: the talk length, and per weekday a checkbox "open" with
 * its periods (from, until), a period added or taken away with a button. Native inputs only, so
 * the keyboard, autofill and screen readers work as everywhere; times are text fields (a native
 * time field shows AM/PM in an English browser, and the schedule writes `09:00`).
 */
export function hoursEditor(t: AgendaTranslator, options: HoursEditorOptions): TemplateResult {
  const { draft, errors } = options;
  const minutesId = hoursFieldId({ kind: 'slotMinutes' });
  const minutesError = errors.get(minutesId);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    options.onSave();
  };
  return html`<form
    class="hours-editor"
    novalidate
    aria-labelledby="hours-title"
    aria-busy=${options.saving ? 'true' : 'false'}
    @submit=${submit}
  >
    <h3 id="hours-title" tabindex="-1">${t.msg('hours.title')}</h3>
    <p>${t.msg('hours.intro')}</p>
    <div class="field" ?data-invalid=${minutesError !== undefined}>
      <label class="label" for=${minutesId}>${t.msg('hours.minutes')}</label>
      <p class="hint" id="hours-minutes-hint">${t.msg('hours.minutesHint')}</p>
      ${errorText(t, minutesId, minutesError)}
      ${digitsInput({
        id: minutesId,
        className: 'width-xs',
        value: draft.slotMinutes,
        hintId: 'hours-minutes-hint',
        error: minutesError,
        onInput: (value) => options.onChange({ ...draft, slotMinutes: value }),
      })}
    </div>
    <p class="hint" id=${hintId}>${t.msg('hours.timeHint')}</p>
    ${draft.days.map((day) => dayFields(t, day, options))}
    <div class="actions">
      <button type="submit" class="button button-primary" aria-disabled=${options.saving}>
        ${t.msg('hours.save')}
      </button>
      <button type="button" class="button button-secondary" @click=${options.onCancel}>
        ${t.msg('hours.cancel')}
      </button>
    </div>
  </form>`;
}

function dayFields(
  t: AgendaTranslator,
  day: DraftDay,
  options: HoursEditorOptions,
): TemplateResult {
  const weekday = t.msg(`weekday.${day.weekday}` as `weekday.1`);
  const change = (edit: (day: DraftDay) => DraftDay) =>
    options.onChange(withDay(options.draft, day.weekday, edit));
  const openId = `hours-${day.weekday}-open`;
  return html`<fieldset class="fieldset hours-day" data-weekday=${day.weekday}>
    <!-- The group's name for a screen reader; on screen the checkbox's label names the day. -->
    <legend class="visually-hidden">${weekday}</legend>
    <div class="choice">
      <input
        id=${openId}
        class="choice-input"
        type="checkbox"
        .checked=${day.open}
        @change=${(event: Event) => {
          const open = (event.target as HTMLInputElement).checked;
          // A day opened without hours gets one empty period to type in.
          change((old) => ({
            ...old,
            open,
            periods: open && old.periods.length === 0 ? [emptyPeriod] : old.periods,
          }));
        }}
      />
      <label class="choice-label" for=${openId}>${t.msg('hours.open', { weekday })}</label>
    </div>
    ${
      day.open
        ? html`<ul class="hours-periods">
              ${day.periods.map((period, index) =>
                periodFields(t, day, index, period, weekday, options, change),
              )}
            </ul>
            <button
              type="button"
              class="button button-secondary"
              data-add-period=${day.weekday}
              @click=${() => {
                change((old) => ({ ...old, periods: [...old.periods, emptyPeriod] }));
                const added = hoursFieldId({
                  kind: 'time',
                  weekday: day.weekday,
                  period: day.periods.length,
                  end: 'opens',
                });
                options.focusAfter(`#${added}`);
              }}
            >
              ${t.msg('hours.addPeriod', { weekday })}
            </button>`
        : nothing
    }
  </fieldset>`;
}

function periodFields(
  t: AgendaTranslator,
  day: DraftDay,
  index: number,
  period: { opens: string; closes: string },
  weekday: string,
  options: HoursEditorOptions,
  change: (edit: (day: DraftDay) => DraftDay) => void,
): TemplateResult {
  const context = t.msg('hours.periodOf', { weekday, number: index + 1 });
  const field = (end: 'opens' | 'closes') => {
    const spot: HoursField = { kind: 'time', weekday: day.weekday, period: index, end };
    const id = hoursFieldId(spot);
    const error = options.errors.get(id);
    return html`<div class="field" ?data-invalid=${error !== undefined}>
      <label class="label" for=${id}>
        ${t.msg(end === 'opens' ? 'hours.opens' : 'hours.closes')}<span class="visually-hidden">
          (${context})</span
        >
      </label>
      ${errorText(t, id, error)}
      ${digitsInput({
        id,
        className: 'hours-time',
        maxLength: 5,
        value: period[end],
        hintId,
        error,
        onInput: (value) =>
          change((old) => ({
            ...old,
            periods: old.periods.map((item, at) =>
              at === index ? { ...item, [end]: value } : item,
            ),
          })),
      })}
    </div>`;
  };
  return html`<li class="hours-period">
    ${field('opens')} ${field('closes')}
    <button
      type="button"
      class="button button-secondary"
      data-remove-period=${`${day.weekday}-${index}`}
      @click=${() => {
        const left = day.periods.length - 1;
        // The last period taken away closes the day, as a casemanager means by it.
        change((old) => ({
          ...old,
          periods: old.periods.filter((_, at) => at !== index),
          open: left > 0,
        }));
        // The button is gone: focus goes to what stays in its place.
        options.focusAfter(
          left > 0 ? `[data-add-period="${day.weekday}"]` : `#hours-${day.weekday}-open`,
        );
      }}
    >
      ${t.msg('hours.removePeriod', { number: index + 1 })}<span class="visually-hidden">
        (${weekday})</span
      >
    </button>
  </li>`;
}
