import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  appointmentInputForm,
  callbackRequestInputForm,
  type Appointment,
  type AppointmentInput,
  type Catalog,
  type Location,
  type Slot,
  type VangnetClient,
  prepareLater,
} from '@vangnet/sdk';
import type { Clock } from '../core/clock.ts';
import { dispatch } from '../core/events.ts';
import { renderProblem } from '../core/problem-view.ts';
import { Translator } from '../i18n/index.ts';
import { Announcer, FormController, StepController, SubmitController } from '../kit/index.ts';
import { bookingWindow, calendarEnd } from './age-window.ts';
import { BookingConnection } from './booking-connection.ts';
import type { FlowMemory } from './booking-flow.ts';
import { bookingFormStyles } from './booking-form.styles.ts';
import {
  municipalityOf,
  selectedLocation,
  setChannelFor,
  stepShown,
  todayOf,
} from './booking-host.ts';
import { completeBooking, whereAndHowChosen } from './booking-input.ts';
import { loadManaged, openManageLink } from './booking-manage.ts';
import type { ManageSession } from './manage-session.ts';
import type { Mode } from './booking-mode.ts';
import { IdempotencyKeys } from './idempotency-keys.ts';
import { bookingSteps } from './booking-steps.ts';
import { bookingLater, bookingView } from './booking-view.ts';
import { afterFirstView, completeWith } from '../core/lazy-part.ts';
import { IcsLink } from './ics-link.ts';
import { LocationSource, type LocationWish } from './location-source.ts';
import { bookingCatalogs } from './messages.ts';
import { unknownPresets } from './presets.ts';
import { SlotSource } from './slot-source.ts';

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

  /** @internal */
  @state() mode: Mode = { kind: 'flow' };
  /** @internal */
  @state() slotError = false;
  /** @internal */
  @state() takenStart: string | undefined;
  /** @internal */
  @state() rescheduleSlot: Slot | undefined;
  /** @internal */
  @state() failed = false;

  /**
   * The translator: the form's own `lang`, else the provider's (also when that changes after the
   * form rendered), else the page's. @internal
   */
  readonly t = new Translator(this, bookingCatalogs, () => this.#connection.core.lang);
  readonly #connection = new BookingConnection(this);
  readonly #announcer = new Announcer(this, this.t);
  /** The booking form's state: what was typed, errors shown. @internal (tests and demos drive it) */
  readonly form = new FormController<AppointmentInput>(this, {
    schema: appointmentInputForm,
    translator: this.t,
    complete: completeBooking,
    rules: [whereAndHowChosen],
  });
  /** The call-back request's state. @internal */
  readonly callback = new FormController(this, {
    schema: callbackRequestInputForm,
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
    steps: () => bookingSteps(this.t, this.catalog, this.locations, this),
    onChange: (step, index) => {
      stepShown(this, step.id, index);
      if (step.id === 'time') this.loadSlots();
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
  readonly #memory: FlowMemory = { returnToReview: false, answered: undefined };
  readonly #keys = new IdempotencyKeys();
  /** The booking opened from its manage link, if any: the one place its token lives. */
  #session: ManageSession | undefined;
  #manageStarted = false;
  /** The locations the presets were applied to and the attributes checked against. */
  #presetsFor: readonly Location[] | undefined;
  readonly #ics = new IcsLink(this);
  /** The appointment the `.ics` file is of, and the language it was written in. */
  #icsOf: { readonly appointment: Appointment; readonly lang: string } | undefined;
  #focusAfterRender: string | undefined;
  #laterAsked = false;

  override connectedCallback(): void {
    // Read the manage link before anything renders, and take it out of the address bar at once.
    this.#session = openManageLink(this);
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic') && this.topic && !this.form.get('topic')) {
      this.form.set('topic', this.topic);
    }
  }

  protected override updated(): void {
    // The calendar file speaks the language shown, also after a switch on the confirmation.
    if (this.#icsOf && this.#icsOf.lang !== this.t.lang)
      this.showAppointment(this.#icsOf.appointment);
    // Loads start after a render: the connection settles during the update (its hostUpdate runs
    // after willUpdate), and whatever a load changes schedules the next render.
    const client = this.#connection.clientSoon;
    if (client) this.#places.want(client, this.#locationWish());
    const locations = this.locations;
    if (this.catalog && locations && locations !== this.#presetsFor) {
      this.#presetsFor = locations;
      this.#applyPresets();
      this.#checkAttributes();
    }
    if (
      this.mode.kind === 'manage-loading' &&
      this.apiClient &&
      this.#session &&
      !this.#manageStarted
    ) {
      this.#manageStarted = true;
      void loadManaged(this, this.#session);
    }
    // The first view is on screen: fetch the rest of the form now, not when the next step asks.
    if (!this.#laterAsked && this.catalog && this.locations) {
      this.#laterAsked = true;
      afterFirstView(this, () => {
        void bookingLater.fetch().catch(() => undefined);
        // The SDK's writes (ky, the booking's schemas) too, before the first send needs them.
        if (this.apiClient) prepareLater(this.apiClient);
        this.form.prepare();
      });
    }
    if (this.#focusAfterRender === undefined) return;
    const selector = this.#focusAfterRender;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    // A view from the later part that is still on its way: focus it when it renders.
    if (!target && !bookingLater.module && !bookingLater.failed) return;
    this.#focusAfterRender = undefined;
    target?.focus();
  }

  /**
   * Also waits for the messages of a language that is loaded on first use (Arabic, Turkish…), and
   * for the later part of the form when a view needs it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.t.ready;
    return completeWith([bookingLater], () => super.getUpdateComplete());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#session = undefined;
  }

  // ——— data ————————————————————————————————————————————————————————————————

  /** The client in use. @internal */
  get apiClient(): VangnetClient | undefined {
    return this.#connection.client;
  }

  /** @internal */
  get catalog(): Catalog | undefined {
    return this.#connection.catalog;
  }

  /** The current moment, from the injected clock, the provider's, or the machine's. @internal */
  instant(): Date {
    return this.#connection.now();
  }

  /** The locations of the form's municipality (all, when it has none), once they are there. @internal */
  get locations(): readonly Location[] | undefined {
    return this.#places.items;
  }

  /**
   * Before the catalog is there, the `municipality` attribute as written, so the locations load
   * beside the catalog; after, the municipality the catalog confirms (all locations if none).
   */
  #locationWish(): LocationWish {
    if (!this.catalog)
      return { municipality: this.municipality.trim() || undefined, confirmed: false };
    return { municipality: municipalityOf(this)?.id, confirmed: true };
  }

  /** Reports attributes the catalog does not know, once per load: a host's typo must be visible. */
  #checkAttributes(): void {
    const catalog = this.catalog;
    if (!catalog) return;
    const presets = {
      municipality: this.municipality,
      topic: this.topic,
      location: this.location,
      channel: this.channel,
    };
    for (const attribute of unknownPresets(presets, catalog, this.locations ?? [])) {
      dispatch(this, 'vangnet-error', {
        component: 'booking-form',
        kind: 'configuration',
        attribute,
      });
    }
  }

  /** Presets from attributes, when the catalog and the locations know them. */
  #applyPresets(): void {
    const topics = this.catalog?.appointmentTopics ?? [];
    if (this.topic && topics.some((topic) => topic.id === this.topic)) {
      this.form.set('topic', this.topic);
    }
    const location = this.locations?.find((candidate) => candidate.id === this.location);
    if (location) {
      this.form.set('location', location.id);
      setChannelFor(this, location);
    }
  }

  /** @internal */
  loadSlots(location = selectedLocation(this), fresh = false): void {
    const client = this.apiClient;
    if (!client || !location) return;
    const appointment = this.mode.kind === 'manage' ? this.mode.appointment : undefined;
    const channel = appointment ? appointment.slot.channel : (this.form.get('channel') as string);
    const topic = appointment ? appointment.topic : (this.form.get('topic') as string);
    const from = todayOf(this);
    const to = calendarEnd(from);
    this.slots.load(
      client,
      { location: location.id, topic, channel: channel as Slot['channel'], from, to },
      appointment ? {} : bookingWindow(this.form.get('dateOfBirth'), this.catalog?.rules),
      { fresh, selectedId: appointment ? undefined : (this.form.get('slotId') as string) },
    );
  }

  /** @internal */
  showAppointment(appointment: Appointment): void {
    this.#icsOf = { appointment, lang: this.t.lang };
    this.#ics.set(appointment, {
      summary: this.t.msg('ics.summary'),
      description: this.t.msg('ics.description', { reference: appointment.reference }),
      now: this.instant(),
    });
  }

  // ——— what the parts share ————————————————————————————————————————————————

  /** @internal */
  focusAfterRender(selector: string): void {
    this.#focusAfterRender = selector;
  }

  /** @internal */
  startAgain(): void {
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

  // ——— rendering ———————————————————————————————————————————————————————————

  override render(): TemplateResult {
    return html`<div class="root" part="root" lang=${this.t.lang} dir=${this.t.dir}>
      ${this.#body()}
    </div>`;
  }

  /** Loading and its failures; once the catalog and the locations are there, {@link bookingView}. */
  #body(): TemplateResult {
    const connection = this.#connection;
    const catalog = this.catalog;
    if (connection.invalid) {
      return renderProblem({
        language: this.t.lang,
        problems: connection.problems,
        providerInvalid: connection.core.providerInvalid,
      });
    }
    if (connection.failed || this.#places.failed) {
      return html`<div class="banner banner-error" role="alert">
          <p>${this.t.msg('booking.unavailable')}</p>
          ${this.#retryLoad()}
        </div>
        <!-- The page's own fallback (a phone number to call) shows here when the API cannot be reached. -->
        <slot></slot>`;
    }
    if (this.mode.kind === 'manage-invalid') {
      const later = bookingLater.module;
      if (later) return later.invalidLinkView(this.t, () => this.startAgain());
      bookingLater.want(this);
    }
    if (
      !catalog ||
      !this.locations ||
      this.mode.kind === 'manage-loading' ||
      this.mode.kind === 'manage-invalid'
    ) {
      return html`<p class="loading" role="status">
          <span class="spinner" aria-hidden="true"></span>
          ${this.t.msg(this.mode.kind === 'manage-loading' ? 'manage.loading' : 'booking.loading')}
        </p>
        ${this.failed ? this.#retryLoad() : nothing}`;
    }
    const parts = {
      memory: this.#memory,
      keys: this.#keys,
      session: this.#session,
      icsHref: this.#ics.href,
    };
    return bookingView(this, parts, catalog);
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
        if (this.#connection.failed || !this.catalog) this.#connection.reload();
        this.requestUpdate();
      }}
    >
      ${this.t.msg('booking.retry')}
    </button>`;
  }
}
