import { html, nothing, type TemplateResult } from 'lit';
import type { Location, Slot } from '@vangnet/sdk';
import type { Translator } from '../../i18n/index.ts';
import { nearestSlots } from '../slot-calendar.ts';
import type { SlotSource } from '../slot-source.ts';
import { slotMoment, slotPicker } from './slot-picker.ts';
import { walkInHours } from './walk-in.ts';

/** What the time step shows and reports. */
export interface TimeStepOptions {
  readonly slots: SlotSource;
  readonly location: Location | undefined;
  readonly selectedId: string | undefined;
  readonly error: string | undefined;
  /** The start of a slot someone else just took (409): offer the nearest free ones. */
  readonly takenStart: string | undefined;
  /** "You can book up to …": the 27th birthday falls inside the calendar. */
  readonly ageLimit: string | undefined;
  /** `advance`: chosen from an offer (first free, nearest), so the form may go on at once. */
  readonly onSlot: (slot: Slot, advance: boolean) => void;
  /** Opens the call-back request; absent where no call-back is offered (rescheduling). */
  readonly onCallback: (() => void) | undefined;
  /** Back to choosing a place, where the form has that step. */
  readonly onOtherPlace?: (() => void) | undefined;
  readonly onRetry: () => void;
}

/**
 * Choosing a time: the first free time offered up front, then the week calendar; after a 409 the
 * nearest free times; and never a dead end — when nothing is free or nothing suits, a call-back
 * request and the walk-in hours.
 */
export function timeStep(t: Translator, options: TimeStepOptions): TemplateResult {
  const { slots } = options;
  if (slots.state === 'loading' || slots.state === 'idle') {
    return html`<p class="loading" role="status">
      <span class="spinner" aria-hidden="true"></span>${t.msg('time.loading')}
    </p>`;
  }
  if (slots.state === 'failed' || !slots.calendar) {
    return html`<div class="banner banner-error" role="alert">
      <p>${t.msg('time.loadFailed')}</p>
      <button type="button" class="button button-secondary" part="button" @click=${options.onRetry}>
        ${t.msg('retry.action')}
      </button>
    </div>`;
  }
  const { calendar } = slots;
  if (calendar.size === 0) {
    return html`<div class="banner" role="status" data-vangnet-full>
        <p class="banner-title">${t.msg('time.full.title')}</p>
        <p>${options.ageLimit ?? t.msg('time.full.text')}</p>
      </div>
      ${noTimeThatSuits(t, options, false)}`;
  }
  const taken = options.takenStart ? nearestSlots(calendar, options.takenStart) : [];
  return html`${
    options.takenStart
      ? html`<div class="taken" part="taken" role="alert" tabindex="-1" data-vangnet-taken>
          <p class="banner-title">${t.msg('time.taken.title')}</p>
          <p>${t.msg('time.taken.text')}</p>
          ${
            taken.length > 0
              ? html`<p>${t.msg('time.nearest')}</p>
                  <div class="nearest">
                    ${taken.map((slot) => offerButton(t, slot, slot.id === options.selectedId, options))}
                  </div>`
              : nothing
          }
        </div>`
      : calendar.first
        ? html`<div class="first-slot" part="first-slot">
            <p>${t.msg('time.first', { when: slotMoment(t, calendar.first) })}</p>
            <button
              type="button"
              class="button button-secondary"
              part="button first-slot-button"
              @click=${() => calendar.first && options.onSlot(calendar.first, true)}
            >
              ${t.msg('time.firstAction')}
            </button>
          </div>`
        : nothing
  }
  ${options.ageLimit ? html`<p class="hint">${options.ageLimit}</p>` : nothing}
  ${slotPicker(t, {
    calendar,
    week: slots.week,
    day: slots.day,
    selectedId: options.selectedId,
    error: options.error,
    onWeek: (monday) => slots.showWeek(monday),
    onDay: (date) => slots.showDay(date),
    onSlot: (slot) => options.onSlot(slot, false),
  })}
  ${noTimeThatSuits(t, options, true)}`;
}

function offerButton(
  t: Translator,
  slot: Slot,
  chosen: boolean,
  options: TimeStepOptions,
): TemplateResult {
  return html`<button
    type="button"
    class="button button-secondary"
    part="button nearest-slot"
    aria-pressed=${chosen ? 'true' : 'false'}
    @click=${() => options.onSlot(slot, true)}
  >
    ${slotMoment(t, slot)}
  </button>`;
}

function noTimeThatSuits(
  t: Translator,
  options: TimeStepOptions,
  withHeading: boolean,
): TemplateResult {
  const { location } = options;
  if (!location) return html``;
  return html`<section class="no-suit" aria-labelledby=${withHeading ? 'vangnet-no-suit' : nothing}>
    ${
      withHeading
        ? html`<h3 class="subheading" id="vangnet-no-suit">${t.msg('time.noSuit')}</h3>
            <p>${t.msg('time.noSuitText')}</p>`
        : nothing
    }
    ${
      options.onCallback
        ? location.callbackAvailable
          ? html`<button
              type="button"
              class="button button-secondary"
              part="button callback-button"
              @click=${options.onCallback}
            >
              ${t.msg('time.callback')}
            </button>`
          : html`<p>${t.msg('callback.unavailable', { place: location.name })}</p>`
        : nothing
    }
    ${walkInHours(t, location)}
    ${
      options.onOtherPlace
        ? html`<p>
            <button
              type="button"
              class="link-button"
              part="link other-place"
              @click=${options.onOtherPlace}
            >
              ${t.msg('time.otherPlace')}
            </button>
          </p>`
        : nothing
    }
  </section>`;
}
