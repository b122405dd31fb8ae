import { html, nothing, type TemplateResult } from 'lit';
import { loadingOrFailed } from '../section-views.ts';
import type { Slot, StaffAppointment } from '@vangnet/sdk';
import type { AgendaTranslator } from './agenda.messages.ts';
import { longDate, momentOf, timeOf } from './agenda-format.ts';
import { amsterdamDate } from '@vangnet/sdk';

/** An appointment being moved: the free slots offered for it, and the one chosen. */
export interface Moving {
  readonly reference: string;
  readonly slots: 'loading' | 'failed' | readonly Slot[];
  readonly chosen: string;
  /** Shown on the choice: nothing chosen, or the chosen time was taken meanwhile. */
  readonly error: string | undefined;
}

/** What the needs-move view shows and what it reports. */
export interface NeedsMoveOptions {
  readonly items: 'loading' | 'failed' | readonly StaffAppointment[];
  readonly moving: Moving | undefined;
  readonly topicName: (id: string) => string;
  readonly onMove: (appointment: StaffAppointment) => void;
  readonly onChoose: (slotId: string) => void;
  readonly onSubmitMove: (appointment: StaffAppointment) => void;
  readonly onStopMove: () => void;
  readonly onCancel: (appointment: StaffAppointment) => void;
  readonly onRetry: () => void;
}

/**
 * The booked appointments the schedule no longer has (a day closed after they were made): never
 * cancelled by the change, each is moved to another free time or cancelled, both confirmed.
 */
export function needsMoveView(t: AgendaTranslator, options: NeedsMoveOptions): TemplateResult {
  const { items } = options;
  return html`<section class="panel" aria-labelledby="move-title">
    <h3 id="move-title" tabindex="-1">${t.msg('move.title')}</h3>
    ${
      items === 'loading' || items === 'failed'
        ? loadingOrFailed(items, t.lang, options.onRetry)
        : items.length === 0
          ? html`<p>${t.msg('move.empty')}</p>`
          : html`<p>${t.msg('move.intro')}</p>
              <ul class="appointments">
                ${items.map((appointment) => item(t, appointment, options))}
              </ul>`
    }
  </section>`;
}

function item(
  t: AgendaTranslator,
  appointment: StaffAppointment,
  options: NeedsMoveOptions,
): TemplateResult {
  const moving = options.moving?.reference === appointment.reference ? options.moving : undefined;
  return html`<li class="appointment" data-reference=${appointment.reference}>
    <p class="appointment-line">
      ${t.msg('move.item', {
        reference: appointment.reference,
        moment: momentOf(t.lang, appointment.start),
        topic: options.topicName(appointment.topic),
      })}
    </p>
    ${
      moving
        ? moveForm(t, appointment, moving, options)
        : html`<div class="actions">
            <button
              type="button"
              class="button button-secondary"
              data-move=${appointment.reference}
              @click=${() => options.onMove(appointment)}
            >
              ${t.msg('move.move')}<span class="visually-hidden"> ${appointment.reference}</span>
            </button>
            <button
              type="button"
              class="button button-secondary"
              @click=${() => options.onCancel(appointment)}
            >
              ${t.msg('move.cancel')}<span class="visually-hidden"> ${appointment.reference}</span>
            </button>
          </div>`
    }
  </li>`;
}

function moveForm(
  t: AgendaTranslator,
  appointment: StaffAppointment,
  moving: Moving,
  options: NeedsMoveOptions,
): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    options.onSubmitMove(appointment);
  };
  if (moving.slots === 'loading' || moving.slots === 'failed') {
    return loadingOrFailed(moving.slots, t.lang, () => options.onMove(appointment))!;
  }
  const stop = html`<button
    type="button"
    class="button button-secondary"
    @click=${options.onStopMove}
  >
    ${t.msg('move.stop')}
  </button>`;
  if (moving.slots.length === 0) {
    return html`<p>${t.msg('move.noSlots')}</p>
      <div class="actions">${stop}</div>`;
  }
  const days = new Map<string, Slot[]>();
  for (const slot of moving.slots) {
    const day = amsterdamDate(new Date(slot.start));
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  const errorId = `move-error-${appointment.reference}`;
  return html`<form class="move" novalidate @submit=${submit}>
    <div class="field">
      <label class="label" for="move-slot">
        ${t.msg('move.slot', { reference: appointment.reference })}
      </label>
      ${
        moving.error
          ? html`<p class="error" id=${errorId} role="alert">${moving.error}</p>`
          : nothing
      }
      <select
        id="move-slot"
        class="input select"
        aria-invalid=${moving.error ? 'true' : 'false'}
        aria-describedby=${moving.error ? errorId : nothing}
        @change=${(event: Event) => options.onChoose((event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!moving.chosen}>${t.msg('move.slotChoose')}</option>
        ${[...days].map(
          ([day, slots]) =>
            html`<optgroup label=${longDate(t.lang, day)}>
              ${slots.map(
                (slot) =>
                  html`<option value=${slot.id} ?selected=${slot.id === moving.chosen}>
                    ${longDate(t.lang, day)}, ${timeOf(t.lang, slot.start)}
                  </option>`,
              )}
            </optgroup>`,
        )}
      </select>
    </div>
    <div class="actions">
      <button type="submit" class="button button-primary">${t.msg('move.submit')}</button>
      ${stop}
    </div>
  </form>`;
}
