import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  amsterdamDate,
  bookingEligibility,
  AppointmentInputSchema,
  CallbackRequestInputSchema,
  SlotTakenError,
  ValidationError,
  type Appointment,
  type AppointmentInput,
  type Catalog,
  type Location,
  type Slot,
  type VangnetClient,
} from '@vangnet/sdk';
import { Translator } from '../i18n/index.ts';
import {
  Announcer,
  FormController,
  dateOfBirthField,
  StepController,
  SubmitController,
  errorSummary,
  emergencyNotice,
  retryBanner,
  secondaryButton,
  stepHeading,
  stepper,
  submitButton,
  type FieldKey,
} from '../kit/index.ts';
import { bookingWindow, calendarEnd, eligibleSoon } from './age-window.ts';
import { isMissing, serverErrors } from './api-errors.ts';
import { errorCode, type ErrorCode } from '../core/error-code.ts';
import { BookingConnection } from './booking-connection.ts';
import type { Clock } from '../core/clock.ts';
import { renderProblem } from '../core/problem-view.ts';
import { dispatch } from '../core/events.ts';
import { bookingFormStyles } from './booking-form.styles.ts';
import type { Mode } from './booking-mode.ts';
import { IcsLink } from './ics-link.ts';
import { IdempotencyKeys } from './idempotency-keys.ts';
import { localised } from '../i18n/index.ts';
import { manageLinkFor, takeManageCredentials } from './manage-link.ts';
import { ManageSession } from './manage-session.ts';
import { channelFor, channelsOf, unknownPresets } from './presets.ts';
import { bookingCatalogs } from './messages.ts';
import { LocationSource, type LocationWish } from './location-source.ts';
import { SlotSource } from './slot-source.ts';
import { completeBooking, whereAndHowChosen } from './booking-input.ts';
import { bookingSteps } from './booking-steps.ts';
import { callbackForm } from './views/callback-form.ts';
import { contactStep } from './views/contact-step.ts';
import { invalidLinkView, manageView, type ManageViewName } from './views/manage-view.ts';
import { confirmationView, donePanel } from './views/outcome.ts';
import { placeStep, topicStep } from './views/place-step.ts';
import { reviewStep } from './views/review-step.ts';
import { routeNotice } from './views/route-notice.ts';
import { timeStep } from './views/time-step.ts';

/**
 * @summary "Praat met een casemanager": a young person under 27, or a youth worker for them, books
 * a talk at a location, by phone or by video — and later changes or cancels it from the manage link.
 *
 * Date of birth first: under the catalog's minimum age (18) the municipality's Leerplicht route is
 * shown, from the maximum age (27) its general contact; otherwise topic → place or channel → a
 * calendar of free slots on which the age is still inside the bounds → contact details → review →
 * confirmation with an `.ics` file and the manage link. When no time suits, a call-back request and
 * the walk-in hours. Opened from a manage link (`#beheer=<reference>.<token>`), it removes the link
 * from the address bar and shows the booking, to cancel or move it.
 *
 * Attributes `api` and `partner-key` connect it when no `<vangnet-provider>` surrounds it (read by
 * the core's connection); `lang` picks the language (nl, en, ar, tr, pl). A preset the catalog does
 * not know is reported (`vangnet-error`, kind `configuration`) and ignored: booking still works.
 *
 * @attr {string} api - the API's address, when no `<vangnet-provider>` surrounds the form
 * @attr {string} partner-key - the website's partner key, when no `<vangnet-provider>` surrounds it
 * @attr {string} lang - the language: `nl`, `en`, `ar`, `tr` or `pl`; else the provider's, else the page's
 * @attr {boolean} debug - logs what the form does to the console (never personal data), for webmasters
 *
 * @fires vangnet-step - a step is shown; `detail`: `{ component, step, index, total }`
 * @fires vangnet-booked - an appointment was booked; `detail`: `{ reference }`
 * @fires vangnet-rescheduled - an appointment was moved; `detail`: `{ reference }`
 * @fires vangnet-cancelled - an appointment was cancelled; `detail`: `{ reference }`
 * @fires vangnet-callback-requested - a call-back was requested; `detail`: `{ reference }`
 * @fires vangnet-error - a wrong attribute, or loading or sending failed for good; `detail`:
 *   `{ component, kind, code?, attribute?, step? }`; `code` is one of `ERROR_CODES` (the API's problem
 *   type, `network`, `timeout` or `invalid-response`)
 *
 * @csspart form - the form of the current step
 * @csspart stepper - the progress bar
 * @csspart step-heading - the heading of the step, "Stap 2 van 6"
 * @csspart field - every field; `input`, `label`, `hint`, `error` inside it
 * @csspart slot-picker - the calendar: `week-nav`, `days`, `day`, `times`, `time`
 * @csspart first-slot - the offer of the first free time
 * @csspart walk-in - the walk-in hours
 * @csspart route - the Leerplicht or general contact route
 * @csspart appointment - the appointment's date, time, place and reference
 * @csspart ics-link - the "add to calendar" download
 * @csspart manage-link - the manage link on the confirmation
 * @csspart button - every button; `button-primary`, `button-secondary`
 * @csspart emergency-notice - "not for emergencies"
 *
 * @slot - fallback content: shown before the element loads, and when the API cannot be reached
 *
 * @cssprop --vangnet-color-primary - buttons, chosen day and time, links
 * @cssprop --vangnet-font-family - the text
 * @cssprop --vangnet-reserved-height - the height kept free while loading; by default its first view's height at
 *   the page's width, the same as the embed snippet of the guide "Embed in 5 minutes"
 */
export class VangnetBookingForm extends LitElement {
  static override styles = bookingFormStyles;

  /** The municipality whose locations, Leerplicht route and general contact apply (catalog id). */
  @property({ reflect: true }) municipality = '';
  /** A location preset (location id): skips choosing a place when the location offers the topic. */
  @property({ reflect: true }) location = '';
  /** A topic preset (appointment topic id of the catalog): skips choosing a topic. */
  @property({ reflect: true }) topic = '';
  /** A channel preset: `in-person`, `phone` or `video`. */
  @property({ reflect: true }) channel = '';
  /** A configured SDK client; wins over `api` and `partner-key`. */
  @property({ attribute: false }) client: VangnetClient | undefined;
  /**
   * "Now", injected for tests and demos: every date rule and the calendar read it. Absent: the
   * provider's clock, else the machine's.
   */
  @property({ attribute: false }) now: Clock | undefined;

  @state() private mode: Mode = { kind: 'flow' };
  @state() private slotError = false;
  @state() private takenStart: string | undefined;
  @state() private rescheduleSlot: Slot | undefined;
  @state() private failed = false;

  /**
   * The translator: the form's own `lang`, else the provider's (also when that changes after the
   * form rendered), else the page's. @internal
   */
  readonly t = new Translator(this, bookingCatalogs, () => this.#connection.core.lang);
  readonly #connection = new BookingConnection(this);
  readonly #announcer = new Announcer(this, this.t);
  /** The booking form's state: what was typed, errors shown. @internal (tests and demos drive it) */
  readonly form = new FormController<AppointmentInput>(this, {
    schema: AppointmentInputSchema,
    translator: this.t,
    complete: completeBooking,
    rules: [whereAndHowChosen],
  });
  /** The call-back request's state. @internal */
  readonly callback = new FormController(this, {
    schema: CallbackRequestInputSchema,
    translator: this.t,
    complete: (model) => ({
      ...model,
      location: this.form.get('location'),
      topic: this.form.get('topic'),
      dateOfBirth: this.form.get('dateOfBirth'),
    }),
  });
  /** Which step is shown. @internal */
  readonly steps = new StepController(this, {
    steps: () => bookingSteps(this.t, this.#catalog, this.#locations, this),
    onChange: (step, index) => {
      this.#stepShown(step.id, index);
      if (step.id === 'time') this.#loadSlots();
    },
  });
  /** Sending: busy, failure, retry. @internal */
  readonly submit = new SubmitController(this, {
    onBusyChange: (busy) => {
      if (busy) this.#announcer.announce(this.t.msg('busy.sending'));
    },
  });
  /** The free slots on screen. @internal */
  readonly slots = new SlotSource(this);
  readonly #places = new LocationSource(this);
  /** The locations the presets were applied to and the attributes checked against. */
  #presetsFor: readonly Location[] | undefined;
  readonly #ics = new IcsLink(this);
  /** The appointment the `.ics` file is of, and the language it was written in. */
  #icsOf: { readonly appointment: Appointment; readonly lang: string } | undefined;
  readonly #keys = new IdempotencyKeys();
  #session: ManageSession | undefined;
  #manageStarted = false;
  #returnToReview = false;
  /** The answers the chosen time was found for: a change invalidates the time. */
  #answered: string | undefined;
  #focusAfterRender: string | undefined;

  override connectedCallback(): void {
    // Read the manage link before anything renders, and take it out of the address bar at once.
    const credentials = takeManageCredentials();
    if (credentials === 'invalid') this.mode = { kind: 'manage-invalid' };
    else if (credentials) {
      this.#session = new ManageSession(credentials);
      this.mode = { kind: 'manage-loading' };
    }
    super.connectedCallback();
  }

  /** The client in use. */
  get #client(): VangnetClient | undefined {
    return this.#connection.client;
  }

  get #catalog(): Catalog | undefined {
    return this.#connection.catalog;
  }

  /** The current moment, from the injected clock, the provider's, or the machine's. */
  #now(): Date {
    return this.#connection.now();
  }

  /** Today in Europe/Amsterdam. */
  get #today(): string {
    return amsterdamDate(this.#now());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic') && this.topic && !this.form.get('topic')) {
      this.form.set('topic', this.topic);
    }
  }

  protected override updated(): void {
    // The calendar file speaks the language shown, also after a switch on the confirmation.
    if (this.#icsOf && this.#icsOf.lang !== this.t.lang)
      this.#showAppointment(this.#icsOf.appointment);
    // Loads start after a render: the connection settles during the update (its hostUpdate runs
    // after willUpdate), and whatever a load changes schedules the next render.
    const client = this.#connection.clientSoon;
    if (client) this.#places.want(client, this.#locationWish());
    const locations = this.#locations;
    if (this.#catalog && locations && locations !== this.#presetsFor) {
      this.#presetsFor = locations;
      this.#applyPresets();
      this.#checkAttributes();
    }
    if (this.mode.kind === 'manage-loading' && this.#client && !this.#manageStarted) {
      this.#manageStarted = true;
      void this.#loadAppointment();
    }
    if (this.#focusAfterRender === undefined) return;
    const selector = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Also waits for the messages of a language that is loaded on first use (Arabic, Turkish…). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.t.ready;
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#session = undefined;
  }

  // ——— data ————————————————————————————————————————————————————————————————

  /** The locations of the form's municipality (all, when it has none), once they are there. */
  get #locations(): readonly Location[] | undefined {
    return this.#places.items;
  }

  /**
   * Before the catalog is there, the `municipality` attribute as written, so the locations load
   * beside the catalog; after, the municipality the catalog confirms (all locations if none).
   */
  #locationWish(): LocationWish {
    if (!this.#catalog)
      return { municipality: this.municipality.trim() || undefined, confirmed: false };
    return { municipality: this.#municipality()?.id, confirmed: true };
  }

  /** Reports attributes the catalog does not know, once per load: a host's typo must be visible. */
  #checkAttributes(): void {
    const catalog = this.#catalog;
    if (!catalog) return;
    const presets = {
      municipality: this.municipality,
      topic: this.topic,
      location: this.location,
      channel: this.channel,
    };
    for (const attribute of unknownPresets(presets, catalog, this.#locations ?? [])) {
      dispatch(this, 'vangnet-error', {
        component: 'booking-form',
        kind: 'configuration',
        attribute,
      });
    }
  }

  /** Presets from attributes, when the catalog and the locations know them. */
  #applyPresets(): void {
    const topics = this.#catalog?.appointmentTopics ?? [];
    if (this.topic && topics.some((topic) => topic.id === this.topic)) {
      this.form.set('topic', this.topic);
    }
    const location = this.#locations?.find((candidate) => candidate.id === this.location);
    if (location) {
      this.form.set('location', location.id);
      this.#setChannelFor(location);
    }
  }

  #setChannelFor(location: Location): void {
    this.form.set('channel', channelFor(location, this.channel, this.form.get('channel')));
  }

  #municipality() {
    return this.#catalog?.municipalities.find((candidate) => candidate.id === this.municipality);
  }

  #selectedLocation(): Location | undefined {
    return this.#locations?.find((candidate) => candidate.id === this.form.get('location'));
  }

  #loadSlots(location = this.#selectedLocation(), fresh = false): void {
    const client = this.#client;
    if (!client || !location) return;
    const appointment = this.mode.kind === 'manage' ? this.mode.appointment : undefined;
    const channel = appointment ? appointment.slot.channel : (this.form.get('channel') as string);
    const topic = appointment ? appointment.topic : (this.form.get('topic') as string);
    const from = this.#today;
    const to = calendarEnd(from);
    this.slots.load(
      client,
      { location: location.id, topic, channel: channel as Slot['channel'], from, to },
      appointment ? {} : bookingWindow(this.form.get('dateOfBirth'), this.#catalog?.rules),
      { fresh, selectedId: appointment ? undefined : (this.form.get('slotId') as string) },
    );
  }

  // ——— steps ———————————————————————————————————————————————————————————————

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const step = this.steps.current;
    if (step.id === 'review') {
      void this.#book();
      return;
    }
    if (step.id === 'time' && !this.form.get('slotId')) {
      this.slotError = true;
      this.#focusAfterRender = '.slot-picker input:not([disabled])';
      return;
    }
    const result = this.form.validate(step.fields);
    if (!result.valid) {
      void this.form.focusSummary();
      return;
    }
    if (step.id === 'birth' && !this.#routeByAge()) return;
    this.#dropStaleChoices(step.id);
    if (step.id === 'time') this.#leaveTimeStep();
    else this.steps.next();
  }

  /**
   * Forgets choices that an earlier answer made invalid: a time chosen before the date of birth,
   * topic, place or channel changed; a place that does not offer the new topic.
   */
  #dropStaleChoices(step: string): void {
    const answer = JSON.stringify(
      ['dateOfBirth', 'topic', 'location', 'channel'].map((key) => this.form.get(key)),
    );
    if (step === 'birth' || step === 'topic' || step === 'place') {
      if (this.#answered !== undefined && this.#answered !== answer)
        this.form.set('slotId', undefined);
      this.#answered = answer;
    }
    const location = this.#selectedLocation();
    if (step === 'topic' && location && !location.topics.includes(String(this.form.get('topic')))) {
      this.form.set('location', undefined);
      this.form.set('channel', undefined);
    }
  }

  /** Sends people outside the age bounds to their route; answers whether booking goes on. */
  #routeByAge(): boolean {
    const dateOfBirth = this.form.get('dateOfBirth');
    const rules = this.#catalog?.rules;
    if (typeof dateOfBirth !== 'string' || !rules) return false;
    const eligibility = bookingEligibility(dateOfBirth, this.#today, rules);
    if (eligibility === 'eligible') return true;
    this.mode = { kind: 'route', route: eligibility };
    this.#focusAfterRender = '[data-vangnet-focus]';
    this.#stepShown(eligibility, this.steps.index);
    return false;
  }

  #chooseSlot(slot: Slot, advance = false): void {
    this.form.set('slotId', slot.id);
    this.slotError = false;
    if (advance) this.#leaveTimeStep();
  }

  /** After a 409 the person chose a new time for a booking they had already reviewed: back there. */
  #leaveTimeStep(): void {
    if (this.#returnToReview) {
      this.#returnToReview = false;
      this.steps.goTo('review');
    } else this.steps.next();
  }

  // ——— booking —————————————————————————————————————————————————————————————

  async #book(): Promise<void> {
    const client = this.#client;
    const result = this.form.validate();
    if (!client) return;
    if (!result.valid || !result.data) {
      this.#showErrors(result.errors);
      return;
    }
    const input = result.data;
    const idempotencyKey = this.#keys.keyFor(input);
    const outcome = await this.submit.run(() =>
      client.appointments.book(input, { idempotencyKey }),
    );
    if (outcome.status === 'done') {
      const { token, ...appointment } = outcome.value;
      const manageLink = manageLinkFor(this.#pageUrl(), {
        reference: appointment.reference,
        token,
      });
      this.#showAppointment(appointment);
      this.mode = { kind: 'confirmation', appointment, manageLink };
      this.#focusAfterRender = '[data-vangnet-focus]';
      this.#stepShown('confirmation', this.steps.count);
      dispatch(this, 'vangnet-booked', { reference: appointment.reference });
    } else if (outcome.status === 'rejected') {
      this.#bookingRejected(outcome.error, input);
    } else if (outcome.status === 'failed') {
      this.#reportError('unreachable', errorCode(outcome.error));
    }
  }

  #bookingRejected(error: unknown, input: AppointmentInput): void {
    if (error instanceof SlotTakenError) {
      const taken = this.slots.calendar && [...this.slots.calendar.days.values()].flat();
      this.takenStart =
        taken?.find((slot) => slot.id === input.slotId)?.start ?? this.#now().toISOString();
      this.form.set('slotId', undefined);
      this.#returnToReview = true;
      this.steps.goTo('time');
      this.#loadSlots(undefined, true);
      return;
    }
    if (error instanceof ValidationError) {
      this.#showErrors(this.form.setServerErrors(serverErrors(error)));
      return;
    }
    this.failed = true;
    this.#reportError('api', errorCode(error));
  }

  /** Goes to the step of the first field in error and moves focus to the error summary. */
  #showErrors(keys: readonly FieldKey[]): void {
    this.steps.goToFirstOf(keys);
    void this.form.focusSummary();
  }

  /** The host page's address without any fragment: the manage link adds its own. */
  #pageUrl(): string {
    const url = new URL(window.location.href);
    url.hash = '';
    return url.href;
  }

  #showAppointment(appointment: Appointment): void {
    this.#icsOf = { appointment, lang: this.t.lang };
    this.#ics.set(appointment, {
      summary: this.t.msg('ics.summary'),
      description: this.t.msg('ics.description', { reference: appointment.reference }),
      now: this.#now(),
    });
  }

  #startAgain(): void {
    this.form.reset({ ...(this.topic ? { topic: this.topic } : {}) });
    this.#applyPresets();
    this.callback.reset();
    this.submit.clear();
    this.#keys.clear();
    this.#ics.clear();
    this.#icsOf = undefined;
    this.takenStart = undefined;
    this.slotError = false;
    this.failed = false;
    this.#session = undefined;
    this.mode = { kind: 'flow' };
    this.steps.goTo(0);
  }

  // ——— call back ———————————————————————————————————————————————————————————

  #openCallback(): void {
    this.callback.reset({
      ...(this.form.get('contact.name') ? { name: this.form.get('contact.name') } : {}),
      ...(this.form.get('contact.phone') ? { phone: this.form.get('contact.phone') } : {}),
    });
    this.submit.clear();
    this.failed = false;
    this.mode = { kind: 'callback' };
    this.#focusAfterRender = '[data-vangnet-focus]';
  }

  async #requestCallback(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.#client;
    const result = this.callback.validate();
    if (!client) return;
    if (!result.valid || !result.data) {
      void this.callback.focusSummary();
      return;
    }
    const input = result.data as Parameters<VangnetClient['callbackRequests']['create']>[0];
    const idempotencyKey = this.#keys.keyFor(input);
    const outcome = await this.submit.run(() =>
      client.callbackRequests.create(input, { idempotencyKey }),
    );
    if (outcome.status === 'done') {
      const place = this.#selectedLocation()?.name ?? '';
      this.mode = { kind: 'callback-done', reference: outcome.value.reference, place };
      this.#focusAfterRender = '[data-vangnet-focus]';
      dispatch(this, 'vangnet-callback-requested', { reference: outcome.value.reference });
    } else if (outcome.status === 'rejected') {
      if (outcome.error instanceof ValidationError) {
        this.callback.setServerErrors(serverErrors(outcome.error));
        void this.callback.focusSummary();
      } else {
        this.failed = true;
        this.#reportError('api', errorCode(outcome.error));
      }
    }
  }

  // ——— manage ——————————————————————————————————————————————————————————————

  async #loadAppointment(): Promise<void> {
    const client = this.#client;
    const session = this.#session;
    if (!client || !session) return;
    try {
      const appointment = await session.get(client);
      this.#showAppointment(appointment);
      this.mode = {
        kind: 'manage',
        appointment,
        view: appointment.status === 'cancelled' ? 'cancelled' : 'booking',
      };
    } catch (error) {
      if (isMissing(error)) this.mode = { kind: 'manage-invalid' };
      else {
        // Shown with "try again" (which loads again); never retried in a loop by itself.
        this.failed = true;
        this.#reportError('api', errorCode(error));
      }
    }
    this.#focusAfterRender = '[data-vangnet-focus]';
  }

  #manageView(view: ManageViewName, appointment?: Appointment): void {
    if (this.mode.kind !== 'manage') return;
    this.mode = { kind: 'manage', appointment: appointment ?? this.mode.appointment, view };
    this.submit.clear();
    this.failed = false;
    this.#focusAfterRender = '[data-vangnet-focus]';
    if (view === 'reschedule') {
      this.rescheduleSlot = undefined;
      this.takenStart = undefined;
      this.#loadSlots(this.mode.appointment.location);
    }
  }

  async #cancel(): Promise<void> {
    const client = this.#client;
    const session = this.#session;
    if (!client || !session) return;
    const outcome = await this.submit.run(() => session.cancel(client));
    if (outcome.status === 'done') {
      this.#manageView('cancelled', outcome.value);
      dispatch(this, 'vangnet-cancelled', { reference: outcome.value.reference });
    } else if (outcome.status === 'rejected') this.#manageRejected(outcome.error);
  }

  async #reschedule(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.#client;
    const session = this.#session;
    const slot = this.rescheduleSlot;
    if (!client || !session) return;
    if (!slot) {
      this.slotError = true;
      this.#focusAfterRender = '.slot-picker input:not([disabled])';
      return;
    }
    const outcome = await this.submit.run(() => session.reschedule(client, slot.id));
    if (outcome.status === 'done') {
      this.#showAppointment(outcome.value);
      this.#manageView('rescheduled', outcome.value);
      dispatch(this, 'vangnet-rescheduled', { reference: outcome.value.reference });
    } else if (outcome.status === 'rejected') {
      if (outcome.error instanceof SlotTakenError) {
        this.takenStart = slot.start;
        this.rescheduleSlot = undefined;
        if (this.mode.kind === 'manage') this.#loadSlots(this.mode.appointment.location, true);
        this.#focusAfterRender = '[data-vangnet-taken]';
      } else this.#manageRejected(outcome.error);
    }
  }

  #stepShown(step: string, index: number): void {
    dispatch(this, 'vangnet-step', {
      component: 'booking-form',
      step,
      index,
      total: this.steps.count,
    });
  }

  #reportError(kind: 'api' | 'unreachable', code: ErrorCode): void {
    dispatch(this, 'vangnet-error', {
      component: 'booking-form',
      kind,
      code,
      ...(this.mode.kind === 'flow' ? { step: this.steps.current.id } : {}),
    });
  }

  #manageRejected(error: unknown): void {
    if (isMissing(error)) this.mode = { kind: 'manage-invalid' };
    else this.failed = true;
    this.#focusAfterRender = '[data-vangnet-focus]';
  }

  // ——— rendering ———————————————————————————————————————————————————————————

  override render(): TemplateResult {
    return html`<div class="root" part="root" lang=${this.t.lang} dir=${this.t.dir}>
      ${this.#body()}
    </div>`;
  }

  #body(): TemplateResult {
    const catalog = this.#catalog;
    if (this.#connection.invalid) {
      return renderProblem({
        language: this.t.lang,
        problems: this.#connection.problems,
        providerInvalid: this.#connection.core.providerInvalid,
      });
    }
    if (this.#connection.failed || this.#places.failed) return this.#unavailable();
    if (this.mode.kind === 'manage-invalid') {
      return invalidLinkView(this.t, () => this.#startAgain());
    }
    if (!catalog || !this.#locations || this.mode.kind === 'manage-loading') {
      return html`<p class="loading" role="status">
          <span class="spinner" aria-hidden="true"></span>
          ${this.t.msg(this.mode.kind === 'manage-loading' ? 'manage.loading' : 'booking.loading')}
        </p>
        ${this.failed ? this.#retryLoad() : nothing}`;
    }
    switch (this.mode.kind) {
      case 'route':
        return routeNotice(this.t, {
          route: this.mode.route,
          contact:
            this.mode.route === 'too-young'
              ? this.#municipality()?.leerplicht
              : this.#municipality()?.generalContact,
          bounds: this.#bounds(),
          from: this.#soonEligible(),
          municipalities: this.#municipality() ? undefined : catalog.municipalities,
          onMunicipality: (id) => {
            this.municipality = id;
          },
          onChange: () => {
            this.mode = { kind: 'flow' };
            this.steps.goTo('birth');
          },
        });
      case 'callback':
        return this.#callback();
      case 'callback-done':
        return donePanel(
          this.t.msg('callback.done.title'),
          html`<p>${this.t.msg('callback.done.text', { place: this.mode.place })}</p>
            <p>
              ${this.t.msg('confirm.reference')}:
              <strong class="reference">${this.mode.reference}</strong>
            </p>`,
        );
      case 'confirmation':
        return confirmationView(this.t, {
          appointment: this.mode.appointment,
          topicLabel: this.#topicLabel(this.mode.appointment.topic),
          icsHref: this.#ics.href,
          manageLink: this.mode.manageLink,
          onAgain: () => this.#startAgain(),
        });
      case 'manage':
        return this.#manage(this.mode.appointment, this.mode.view);
      default:
        return this.#flow(catalog);
    }
  }

  /** The 18th birthday, when near: the Leerplicht route says from when booking is possible. */
  #soonEligible(): string | undefined {
    if (this.mode.kind !== 'route' || this.mode.route !== 'too-young') return undefined;
    const date = eligibleSoon(this.form.get('dateOfBirth'), this.#catalog?.rules, this.#today);
    return date === undefined ? undefined : this.t.date(date);
  }

  #bounds(): { min: number; max: number } {
    const booking = this.#catalog?.rules.booking;
    return { min: booking?.minAge ?? 18, max: booking?.maxAge ?? 27 };
  }

  #flow(catalog: Catalog): TemplateResult {
    const step = this.steps.current;
    const isReview = step.id === 'review';
    return html`<h2 class="title" part="title">${this.t.msg('booking.title')}</h2>
      ${this.steps.isFirst ? html`<p class="intro">${this.t.msg('booking.intro', this.#bounds())}</p>` : nothing}
      ${stepper(this.t, this.steps, this.t.msg('booking.title'))}
      <form
        class="form"
        part="form"
        novalidate
        aria-busy=${this.submit.busy ? 'true' : 'false'}
        @submit=${(event: SubmitEvent) => this.#onSubmit(event)}
      >
        ${stepHeading(this.t, this.steps)} ${errorSummary(this.form)} ${this.#stepBody(catalog)}
        ${isReview ? retryBanner(this.t, this.submit.failure, () => void this.#book()) : nothing}
        ${this.failed ? html`<p class="error" role="alert">${this.t.msg('manage.failed')}</p>` : nothing}
        <div class="actions">
          ${
            isReview
              ? submitButton(this.t, this.submit, this.t.msg('review.submit'))
              : html`<button
                  type="submit"
                  class="button button-primary"
                  part="button button-primary"
                >
                  ${this.t.msg('nav.next')}
                </button>`
          }
          ${this.steps.isFirst ? nothing : secondaryButton(this.t.msg('nav.back'), () => this.steps.back())}
        </div>
      </form>
      ${this.steps.isFirst ? emergencyNotice(this.t) : nothing}`;
  }

  #stepBody(catalog: Catalog): TemplateResult | typeof nothing {
    const t = this.t;
    const locations = this.#locations ?? [];
    switch (this.steps.current.id) {
      case 'birth':
        return html`<p class="hint">${t.msg('birth.why', this.#bounds())}</p>
          ${dateOfBirthField(this.form, {
            key: 'dateOfBirth',
            label: t.msg('birth.label'),
            hint: t.msg('birth.hint'),
            autocomplete: 'bday',
            notAfter: this.#today,
          })}`;
      case 'topic':
        return topicStep(this.form, catalog);
      case 'place':
        return placeStep(this.form, {
          locations: locations.filter((location) =>
            location.topics.includes(String(this.form.get('topic'))),
          ),
          channelsOf,
          onLocation: (location) => {
            this.form.set('slotId', undefined);
            this.#setChannelFor(location);
          },
        });
      case 'time':
        return this.#timeStep();
      case 'contact':
        return contactStep(this.form);
      case 'review':
        return reviewStep(this.form, {
          catalog,
          location: this.#selectedLocation(),
          slot: this.slots.find(this.form.get('slotId')),
          onChange: (step) => this.steps.goTo(step),
        });
      default:
        return nothing;
    }
  }

  #timeStep(): TemplateResult {
    const location = this.#selectedLocation();
    const lastDate = bookingWindow(this.form.get('dateOfBirth'), this.#catalog?.rules).to;
    return timeStep(this.t, {
      slots: this.slots,
      location,
      selectedId: this.form.get('slotId') as string | undefined,
      error: this.slotError ? this.t.msg('validation.slot') : undefined,
      takenStart: this.takenStart,
      ageLimit:
        lastDate && this.slots.calendar && this.slots.reachesBeyond(lastDate)
          ? this.t.msg('time.ageLimit', { date: this.t.date(lastDate), max: this.#bounds().max })
          : undefined,
      onSlot: (slot, advance) => this.#chooseSlot(slot, advance),
      onCallback: () => this.#openCallback(),
      onOtherPlace: this.steps.all.some((step) => step.id === 'place')
        ? () => this.steps.goTo('place')
        : undefined,
      onRetry: () => this.#loadSlots(location, true),
    });
  }

  #callback(): TemplateResult {
    const location = this.#selectedLocation();
    return callbackForm(this.callback, {
      location,
      submit: this.submit,
      failed: this.failed,
      onSubmit: (event) => void this.#requestCallback(event),
      onBack: () => {
        this.mode = { kind: 'flow' };
        this.steps.goTo('time');
      },
      onRetry: () => this.#submitAgain(),
    });
  }

  /** "Try again" sends the form on screen again, through its own submit handler. */
  #submitAgain(): void {
    this.renderRoot.querySelector('form')?.requestSubmit();
  }

  #topicLabel(topic: string): string {
    const item = this.#catalog?.appointmentTopics.find((candidate) => candidate.id === topic);
    return item ? localised(item.label, this.t.lang) : topic;
  }

  #manage(appointment: Appointment, view: ManageViewName): TemplateResult {
    return manageView(this.t, {
      appointment,
      view,
      topicLabel: this.#topicLabel(appointment.topic),
      icsHref: this.#ics.href,
      failed: this.failed,
      submit: this.submit,
      calendar: {
        slots: this.slots,
        selectedId: this.rescheduleSlot?.id,
        error: this.slotError ? this.t.msg('validation.slot') : undefined,
        takenStart: this.takenStart,
        onSlot: (slot) => {
          this.rescheduleSlot = slot;
          this.slotError = false;
        },
        onRetry: () => this.#loadSlots(appointment.location, true),
      },
      onView: (next) => this.#manageView(next),
      onCancel: () => void this.#cancel(),
      onReschedule: (event) => void this.#reschedule(event),
      onRetryReschedule: () => this.#submitAgain(),
      onBookNew: () => this.#startAgain(),
    });
  }

  #unavailable(): TemplateResult {
    return html`<div class="banner banner-error" role="alert">
        <p>${this.t.msg('booking.unavailable')}</p>
        ${this.#retryLoad()}
      </div>
      <!-- The page's own fallback (a phone number to call) shows here when the API cannot be reached. -->
      <slot></slot>`;
  }

  #retryLoad(): TemplateResult {
    return html`<button
      type="button"
      class="button button-secondary"
      part="button button-secondary"
      @click=${() => {
        this.failed = false;
        this.#manageStarted = false;
        this.#places.retry();
        if (this.#connection.failed || !this.#catalog) this.#connection.reload();
        this.requestUpdate();
      }}
    >
      ${this.t.msg('booking.retry')}
    </button>`;
  }
}
