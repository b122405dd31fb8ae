import { html, nothing, type TemplateResult } from 'lit';
import { loadingOrFailed } from '../section-views.ts';
import { query, state } from 'lit/decorators.js';
import type {
  LocationSchedule,
  ScheduleUpdated,
  Slot,
  StaffAppointment,
  StaffLocation,
} from '@vangnet/sdk';
import { StaffSection } from '../staff-section.ts';
import { StaffRequestError } from '../../staff-client.ts';
import { agendaTranslator, type AgendaTranslator } from './agenda.messages.ts';
import { addDays, longDate, momentOf, todayInAmsterdam } from './agenda-format.ts';
import { agendaStyles } from './agenda.styles.ts';
import { withDayClosed, withDayReopened, type CloseReasonCode } from './day-schedule.ts';
import { dayView, type Attendance } from './day-view.ts';
import { MoveController } from './move-controller.ts';
import { needsMoveView } from './needs-move-view.ts';
import { scheduleView } from './schedule-view.ts';
import { confirmDialog, confirmText, type PendingChange } from './confirm-view.ts';
import { locationChoice } from './location-choice.ts';
import { checkHours, draftOf, type HoursDraft, type HoursError } from './hours-draft.ts';
import { hoursEditor } from './hours-editor-view.ts';

type Listed<T> = 'loading' | 'failed' | readonly T[];

/**
 * @summary The agenda of a casemanager's locations: opening hours, exceptions (a closed day), a
 * day's appointments with attended / no-show, and the appointments the schedule no longer allows.
 *
 * A casemanager sees their own locations (a choice when there are several), an admin all of
 * them; only a location's casemanagers see its appointments (the staff API's scope). Closing a
 * day, cancelling and moving an appointment are confirmed in a dialog; results are announced
 * in a polite live region. Nothing of the young person but the reference and topic is shown.
 */
export class VangnetStaffAgenda extends StaffSection {
  static override styles = [...StaffSection.styles, agendaStyles];

  @state() private locations: Listed<StaffLocation> = 'loading';
  @state() private locationId = '';
  @state() private day = todayInAmsterdam();
  @state() private appointments: Listed<StaffAppointment> | undefined;
  @state() private needsMove: Listed<StaffAppointment> | undefined;
  @state() private pending: PendingChange | undefined;
  @state() private announcement = '';
  @state() private problem = '';
  /** The weekly hours being edited; `undefined` while the week is only shown. */
  @state() private hours: HoursDraft | undefined;
  @state() private hoursErrors: ReadonlyMap<string, HoursError> = new Map();
  @state() private savingHours = false;
  /** After a first "Opslaan" the errors follow each change, so a fixed field loses its error. */
  #hoursTried = false;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  readonly #move = new MoveController(this);

  /** Where focus goes back to when the dialog is left without confirming. */
  #opener: HTMLElement | undefined;

  get #t(): AgendaTranslator {
    return agendaTranslator(this.lang);
  }

  get #location(): StaffLocation | undefined {
    return Array.isArray(this.locations)
      ? this.locations.find((item) => item.location.id === this.locationId)
      : undefined;
  }

  /** Only the location's own casemanagers read its appointments (admins keep its schedule). */
  get #seesAppointments(): boolean {
    return this.me.grants.some(
      (grant) => grant.role === 'casemanager' && grant.location === this.locationId,
    );
  }

  /**
   * A location's casemanagers and admins change its hours (the staff API's scope for
   * `PUT …/schedule`); anyone else is not shown the button rather than answered `403`.
   */
  get #mayEditHours(): boolean {
    return this.me.grants.some(
      (grant) =>
        grant.role === 'admin' ||
        (grant.role === 'casemanager' && grant.location === this.locationId),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadLocations();
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (this.pending && dialog && !dialog.open) dialog.showModal();
  }

  async #loadLocations(): Promise<void> {
    this.locations = 'loading';
    try {
      const items = await this.staff.locations();
      this.locations = items;
      if (!items.some((item) => item.location.id === this.locationId)) {
        this.locationId = items[0]?.location.id ?? '';
      }
      this.#loadDay();
      this.#loadNeedsMove();
    } catch {
      this.locations = 'failed';
    }
  }

  #loadDay(): void {
    if (!this.#seesAppointments) {
      this.appointments = undefined;
      return;
    }
    const [location, day] = [this.locationId, this.day];
    this.appointments = 'loading';
    this.staff.appointments(location, day).then(
      (items) => {
        if (location === this.locationId && day === this.day) this.appointments = items;
      },
      () => {
        if (location === this.locationId && day === this.day) this.appointments = 'failed';
      },
    );
  }

  #loadNeedsMove(): void {
    if (!this.#seesAppointments) {
      this.needsMove = undefined;
      return;
    }
    const location = this.locationId;
    // Read again after a move or a cancellation: the list stays on screen until the answer.
    if (!Array.isArray(this.needsMove)) this.needsMove = 'loading';
    this.staff.needsMove(location).then(
      (items) => {
        if (location === this.locationId) this.needsMove = items;
      },
      () => {
        if (location === this.locationId) this.needsMove = 'failed';
      },
    );
  }

  #chooseLocation(id: string): void {
    this.locationId = id;
    this.#move.stop();
    this.#stopHours();
    this.needsMove = undefined;
    this.announcement = '';
    this.#loadDay();
    this.#loadNeedsMove();
  }

  #showDay(date: string): void {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    this.day = date;
    this.#loadDay();
  }

  #ask(pending: PendingChange): void {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    this.#opener = active instanceof HTMLElement ? active : undefined;
    this.problem = '';
    this.pending = pending;
  }

  #askSchedule(closing: boolean, date: string, reason?: CloseReasonCode): void {
    const location = this.#location;
    if (!location) return;
    const schedule = closing
      ? withDayClosed(location.schedule, date, reason)
      : withDayReopened(location.schedule, date);
    this.#ask({ kind: 'schedule', schedule, version: location.version, date, closing });
  }

  async #leaveDialog(): Promise<void> {
    this.dialog?.close();
    this.pending = undefined;
    await this.updateComplete;
    this.#opener?.focus();
  }

  async #confirm(): Promise<void> {
    const pending = this.pending;
    this.dialog?.close();
    this.pending = undefined;
    if (!pending) return;
    if (pending.kind === 'schedule') await this.#saveSchedule(pending);
    else if (pending.kind === 'cancel') await this.#cancelAppointment(pending.appointment);
    else await this.#moveAppointment(pending.appointment, pending.slot);
  }

  async #saveSchedule(pending: PendingChange & { kind: 'schedule' }): Promise<void> {
    const t = this.#t;
    const locationId = this.locationId;
    const date = longDate(t.lang, pending.date);
    try {
      const updated = await this.#putSchedule(locationId, pending.schedule, pending.version);
      const count = updated.needsMove.length;
      this.announcement = !pending.closing
        ? t.msg('done.reopened', { date })
        : count > 0
          ? t.msg('done.closedNeedsMove', { date, count })
          : t.msg('done.closed', { date });
    } catch (error) {
      await this.#saveFailed(error);
    }
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(
        pending.closing && this.#seesAppointments && this.needsMove?.length
          ? '#move-title'
          : '#day-label',
      )
      ?.focus();
  }

  /**
   * Saves a location's schedule, then shows the saved one and the appointments it leaves out
   * (the server's answer, so the screen never shows a schedule the server did not keep).
   */
  async #putSchedule(
    locationId: string,
    schedule: LocationSchedule,
    version: string,
  ): Promise<ScheduleUpdated> {
    const updated = await this.staff.putSchedule(locationId, schedule, version);
    if (Array.isArray(this.locations)) {
      this.locations = this.locations.map((item) =>
        item.location.id === locationId
          ? { ...item, schedule: updated.schedule, custom: true, version: updated.version }
          : item,
      );
    }
    if (locationId === this.locationId) {
      this.needsMove = this.#seesAppointments ? updated.needsMove : undefined;
    }
    return updated;
  }

  async #cancelAppointment(appointment: StaffAppointment): Promise<void> {
    const t = this.#t;
    try {
      // Listed because the schedule no longer has its time: the location is closed then.
      await this.staff.cancelAppointment(appointment.reference, { reason: 'location-closed' });
      this.announcement = t.msg('done.cancelled', { reference: appointment.reference });
    } catch {
      this.#failed();
    }
    this.#loadNeedsMove();
    this.#loadDay();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#move-title')?.focus();
  }

  #editHours(): void {
    const location = this.#location;
    if (!location) return;
    this.announcement = '';
    this.problem = '';
    this.hours = draftOf(location.schedule);
    this.#focusAfter('#hours-title');
  }

  #changeHours(draft: HoursDraft): void {
    this.hours = draft;
    const location = this.#location;
    if (!this.#hoursTried || !location) return;
    const check = checkHours(draft, location.schedule);
    this.hoursErrors = check.valid ? new Map() : check.errors;
  }

  #stopHours(): void {
    this.hours = undefined;
    this.hoursErrors = new Map();
    this.savingHours = false;
    this.#hoursTried = false;
  }

  #cancelHours(): void {
    this.#stopHours();
    this.#focusAfter('[data-edit-hours]');
  }

  async #saveHours(): Promise<void> {
    const t = this.#t;
    const location = this.#location;
    const draft = this.hours;
    if (!location || !draft || this.savingHours) return;
    this.#hoursTried = true;
    this.problem = '';
    const check = checkHours(draft, location.schedule);
    if (!check.valid) {
      this.hoursErrors = check.errors;
      const count = check.errors.size;
      this.announcement =
        count === 1 ? t.msg('hours.invalidOne') : t.msg('hours.invalid', { count });
      await this.updateComplete;
      // The first wrong field in the order of the form, not of the schema's issues.
      this.renderRoot.querySelector<HTMLElement>('.hours-editor [aria-invalid="true"]')?.focus();
      return;
    }
    this.hoursErrors = new Map();
    this.savingHours = true;
    const locationId = this.locationId;
    try {
      const updated = await this.#putSchedule(locationId, check.schedule, location.version);
      if (locationId !== this.locationId) return;
      const count = updated.needsMove.length;
      this.announcement =
        count === 0
          ? t.msg('done.hours')
          : count === 1
            ? t.msg('done.hoursNeedsMoveOne')
            : t.msg('done.hoursNeedsMove', { count });
      this.#stopHours();
      this.#focusAfter(count > 0 && this.#seesAppointments ? '#move-title' : '#schedule-title');
    } catch (error) {
      // The form stays as typed: nothing is lost, "Opslaan" tries again (on the hours as they
      // are now, when someone else changed them meanwhile).
      this.savingHours = false;
      await this.#saveFailed(error);
      this.#focusAfter('#hours-title');
    }
  }

  /** Focuses `selector` in the section once the current change is rendered. */
  #focusAfter(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  #submitMove(appointment: StaffAppointment): void {
    const slot = this.#move.chosen(this.#t.msg('move.required'));
    if (slot) this.#ask({ kind: 'move', appointment, slot });
  }

  async #moveAppointment(appointment: StaffAppointment, slot: Slot): Promise<void> {
    const t = this.#t;
    try {
      await this.staff.moveAppointment(appointment.reference, { slotId: slot.id });
      this.#move.stop();
      this.announcement = t.msg('done.moved', {
        reference: appointment.reference,
        moment: momentOf(t.lang, slot.start),
      });
      this.#loadNeedsMove();
      this.#loadDay();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#move-title')?.focus();
    } catch (error) {
      if (error instanceof StaffRequestError && error.type === 'slot-taken') {
        // The time went to someone else meanwhile: offer the times that are free now.
        await this.#move.start(appointment, t.msg('move.taken'));
        return;
      }
      this.#failed();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#move-title')?.focus();
    }
  }

  async #markAttendance(appointment: StaffAppointment, attendance: Attendance): Promise<void> {
    const t = this.#t;
    try {
      const saved = await this.staff.attendance(appointment.reference, attendance);
      if (Array.isArray(this.appointments)) {
        this.appointments = this.appointments.map((item) =>
          item.reference === saved.reference ? saved : item,
        );
      }
      this.announcement = t.msg('attendance.saved', {
        reference: saved.reference,
        attendance: t.msg(`attendance.${attendance}`),
      });
    } catch {
      this.#failed();
    }
  }

  /** Says that a change failed; an expired sign-in shows as a failure too (the token is gone). */
  #failed(): void {
    this.announcement = '';
    this.problem = this.#t.msg('failed');
  }

  /**
   * A schedule that was not saved. When someone else changed it meanwhile (`412`), the locations
   * are read again, so the next try starts from their change instead of overwriting it.
   */
  async #saveFailed(error: unknown): Promise<void> {
    if (!(error instanceof StaffRequestError && error.status === 412)) {
      this.#failed();
      return;
    }
    this.announcement = '';
    this.problem = this.#t.msg('changedMeanwhile');
    try {
      const items = await this.staff.locations();
      if (Array.isArray(this.locations)) this.locations = items;
    } catch {
      this.#failed();
    }
  }

  #topicName = (id: string): string => {
    const topic = this.catalog?.appointmentTopics.find((item) => item.id === id);
    if (!topic) return id;
    return topic.label[this.#t.lang] ?? topic.label.nl ?? id;
  };

  protected override render(): TemplateResult {
    const t = this.#t;
    return html`<section aria-labelledby="section-title">
      <h2 id="section-title" tabindex="-1">${t.msg('title')}</h2>
      <p role="status" class="announcement">${this.announcement}</p>
      ${
        this.problem
          ? html`<div class="banner banner-error" role="alert"><p>${this.problem}</p></div>`
          : nothing
      }
      ${this.#body()}
      ${confirmDialog(
        t,
        confirmText(t, this.pending, this.#location?.location.name ?? ''),
        () => void this.#confirm(),
        () => void this.#leaveDialog(),
      )}
    </section>`;
  }

  #body(): TemplateResult {
    const t = this.#t;
    const locations = this.locations;
    if (locations === 'loading' || locations === 'failed') {
      return loadingOrFailed(locations, t.lang, () => void this.#loadLocations())!;
    }
    const location = this.#location;
    if (!location) return html`<p>${t.msg('location.none')}</p>`;
    return html`${locationChoice(
        t,
        locations.map((item) => item.location),
        this.locationId,
        (id) => this.#chooseLocation(id),
      )}
      <div class="agenda-grid">
        ${dayView(t, {
          date: this.day,
          schedule: location.schedule,
          appointments: this.appointments,
          topicName: this.#topicName,
          onDate: (date) => this.#showDay(date),
          onStep: (days) => this.#showDay(addDays(this.day, days)),
          onClose: (reason) => this.#askSchedule(true, this.day, reason),
          onReopen: () => this.#askSchedule(false, this.day),
          onAttendance: (appointment, value) => void this.#markAttendance(appointment, value),
          onRetry: () => this.#loadDay(),
        })}
        ${
          this.needsMove === undefined
            ? nothing
            : needsMoveView(t, {
                items: this.needsMove,
                moving: this.#move.moving,
                topicName: this.#topicName,
                onMove: (appointment) => {
                  this.announcement = '';
                  void this.#move.start(appointment);
                },
                onChoose: (slotId) => this.#move.choose(slotId),
                onSubmitMove: (appointment) => this.#submitMove(appointment),
                onStopMove: () => {
                  const reference = this.#move.stop();
                  void this.updateComplete.then(() =>
                    this.renderRoot
                      .querySelector<HTMLElement>(`[data-move="${reference}"]`)
                      ?.focus(),
                  );
                },
                onCancel: (appointment) => this.#ask({ kind: 'cancel', appointment }),
                onRetry: () => this.#loadNeedsMove(),
              })
        }
        ${
          this.hours
            ? html`<section class="panel" aria-labelledby="hours-title">
                ${hoursEditor(t, {
                  draft: this.hours,
                  errors: this.hoursErrors,
                  saving: this.savingHours,
                  onChange: (draft) => this.#changeHours(draft),
                  onSave: () => void this.#saveHours(),
                  onCancel: () => this.#cancelHours(),
                  focusAfter: (selector) => this.#focusAfter(selector),
                })}
              </section>`
            : scheduleView(t, {
                schedule: location.schedule,
                custom: location.custom,
                from: todayInAmsterdam(),
                onReopen: (date) => this.#askSchedule(false, date),
                onEdit: this.#mayEditHours ? () => this.#editHours() : undefined,
              })
        }
      </div>`;
  }
}

if (!customElements.get('vangnet-staff-agenda'))
  customElements.define('vangnet-staff-agenda', VangnetStaffAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'vangnet-staff-agenda': VangnetStaffAgenda;
  }
}
