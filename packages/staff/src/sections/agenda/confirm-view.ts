import { html, type TemplateResult } from 'lit';
import type { LocationSchedule, Slot, StaffAppointment } from '@vangnet/sdk';
import type { AgendaTranslator } from './agenda.messages.ts';
import { longDate, momentOf } from './agenda-format.ts';

/** A change of the agenda waiting for its confirmation in the dialog. */
export type PendingChange =
  | {
      readonly kind: 'schedule';
      readonly schedule: LocationSchedule;
      /** The version `schedule` was made from, so a change made meanwhile is not overwritten. */
      readonly version: string;
      readonly date: string;
      readonly closing: boolean;
    }
  | { readonly kind: 'cancel'; readonly appointment: StaffAppointment }
  | { readonly kind: 'move'; readonly appointment: StaffAppointment; readonly slot: Slot };

/** What the confirmation says: what will happen, and to whom it matters. */
export function confirmText(
  t: AgendaTranslator,
  pending: PendingChange | undefined,
  locationName: string,
): string {
  if (!pending) return '';
  if (pending.kind === 'schedule') {
    const values = { location: locationName, date: longDate(t.lang, pending.date) };
    return pending.closing ? t.msg('confirm.close', values) : t.msg('confirm.reopen', values);
  }
  if (pending.kind === 'cancel') {
    return t.msg('confirm.cancel', {
      reference: pending.appointment.reference,
      moment: momentOf(t.lang, pending.appointment.start),
    });
  }
  return t.msg('confirm.move', {
    reference: pending.appointment.reference,
    moment: momentOf(t.lang, pending.slot.start),
  });
}

/**
 * The confirmation, a `<dialog>` the element opens modal: focus moves into it, Escape (the
 * dialog's `cancel`) and "Terug" leave it without a change.
 */
export function confirmDialog(
  t: AgendaTranslator,
  text: string,
  onConfirm: () => void,
  onLeave: () => void,
): TemplateResult {
  return html`<dialog
    aria-labelledby="confirm-title"
    aria-describedby="confirm-text"
    @cancel=${(event: Event) => {
      event.preventDefault();
      onLeave();
    }}
  >
    <h2 id="confirm-title">${t.msg('confirm.title')}</h2>
    <p id="confirm-text">${text}</p>
    <div class="actions">
      <button type="button" class="button button-primary" @click=${onConfirm}>
        ${t.msg('confirm.yes')}
      </button>
      <button type="button" class="button button-secondary" @click=${onLeave}>
        ${t.msg('confirm.no')}
      </button>
    </div>
  </dialog>`;
}
