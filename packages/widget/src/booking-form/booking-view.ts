import { html, nothing, type TemplateResult } from 'lit';
import type { Appointment, Catalog } from '@vangnet/sdk';
import { localised } from '../i18n/index.ts';
import {
  dateOfBirthField,
  emergencyNotice,
  errorSummary,
  retryBanner,
  secondaryButton,
  stepHeading,
  stepper,
  submitButton,
} from '../kit/index.ts';
import { bookingWindow, eligibleSoon } from './age-window.ts';
import { chooseSlot, submitStep, type FlowMemory } from './booking-flow.ts';
import {
  municipalityOf,
  selectedLocation,
  setChannelFor,
  todayOf,
  type BookingHost,
} from './booking-host.ts';
import { cancelManaged, rescheduleManaged, showManaged } from './booking-manage.ts';
import type { ManageSession } from './manage-session.ts';
import { bookAppointment, openCallback, requestCallback } from './booking-sending.ts';
import type { IdempotencyKeys } from './idempotency-keys.ts';
import { channelsOf } from './presets.ts';
import { callbackForm } from './views/callback-form.ts';
import { contactStep } from './views/contact-step.ts';
import { manageView, type ManageViewName } from './views/manage-view.ts';
import { confirmationView, donePanel } from './views/outcome.ts';
import { placeStep, topicStep } from './views/place-step.ts';
import { reviewStep } from './views/review-step.ts';
import { routeNotice } from './views/route-notice.ts';
import { timeStep } from './views/time-step.ts';

/** What the view needs besides the host: what the parts that act remember. */
export interface BookingViewParts {
  readonly memory: FlowMemory;
  /** One idempotency key per body sent. */
  readonly keys: IdempotencyKeys;
  /** The booking opened from its manage link. */
  readonly session: ManageSession | undefined;
  /** The `.ics` file of the appointment shown. */
  readonly icsHref: string | undefined;
}

/**
 * What the booking form shows once the catalog and the locations are there, by mode: a route, the
 * call-back form or its confirmation, the booking's confirmation, a managed booking, or the steps.
 * Templates of single steps and views live in `views/`; loading and its failures are the element's.
 */
export function bookingView(
  host: BookingHost,
  parts: BookingViewParts,
  catalog: Catalog,
): TemplateResult {
  const { t, mode } = host;
  switch (mode.kind) {
    case 'route': {
      const municipality = municipalityOf(host);
      return routeNotice(t, {
        route: mode.route,
        contact:
          mode.route === 'too-young' ? municipality?.leerplicht : municipality?.generalContact,
        bounds: bounds(host),
        from: soonEligible(host),
        municipalities: municipality ? undefined : catalog.municipalities,
        onMunicipality: (id) => {
          host.municipality = id;
        },
        onChange: () => {
          host.mode = { kind: 'flow' };
          host.steps.goTo('birth');
        },
      });
    }
    case 'callback':
      return callbackView(host, parts);
    case 'callback-done':
      return donePanel(
        t.msg('callback.done.title'),
        html`<p>${t.msg('callback.done.text', { place: mode.place })}</p>
          <p>
            ${t.msg('confirm.reference')}:
            <strong class="reference">${mode.reference}</strong>
          </p>`,
      );
    case 'confirmation':
      return confirmationView(t, {
        appointment: mode.appointment,
        topicLabel: topicLabel(host, mode.appointment.topic),
        icsHref: parts.icsHref,
        manageLink: mode.manageLink,
        onAgain: () => host.startAgain(),
      });
    case 'manage':
      return managed(host, parts, mode.appointment, mode.view);
    default:
      return flow(host, parts, catalog);
  }
}

/** The age bounds of booking, from the catalog's rules. */
export function bounds(host: BookingHost): { min: number; max: number } {
  const booking = host.catalog?.rules.booking;
  return { min: booking?.minAge ?? 18, max: booking?.maxAge ?? 27 };
}

/** The 18th birthday, when near: the Leerplicht route says from when booking is possible. */
function soonEligible(host: BookingHost): string | undefined {
  if (host.mode.kind !== 'route' || host.mode.route !== 'too-young') return undefined;
  const date = eligibleSoon(host.form.get('dateOfBirth'), host.catalog?.rules, todayOf(host));
  return date === undefined ? undefined : host.t.date(date);
}

function flow(host: BookingHost, parts: BookingViewParts, catalog: Catalog): TemplateResult {
  const { t, steps, submit } = host;
  const isReview = steps.current.id === 'review';
  return html`<h2 class="title" part="title">${t.msg('booking.title')}</h2>
    ${steps.isFirst ? html`<p class="intro">${t.msg('booking.intro', bounds(host))}</p>` : nothing}
    ${stepper(t, steps, t.msg('booking.title'))}
    <form
      class="form"
      part="form"
      novalidate
      aria-busy=${submit.busy ? 'true' : 'false'}
      @submit=${(event: SubmitEvent) => submitStep(host, parts.memory, event, () => void book(host, parts))}
    >
      ${stepHeading(t, steps)} ${errorSummary(host.form)} ${stepBody(host, parts, catalog)}
      ${isReview ? retryBanner(t, submit.failure, () => void book(host, parts)) : nothing}
      ${host.failed ? html`<p class="error" role="alert">${t.msg('manage.failed')}</p>` : nothing}
      <div class="actions">
        ${
          isReview
            ? submitButton(t, submit, t.msg('review.submit'))
            : html`<button type="submit" class="button button-primary" part="button button-primary">
                ${t.msg('nav.next')}
              </button>`
        }
        ${steps.isFirst ? nothing : secondaryButton(t.msg('nav.back'), () => steps.back())}
      </div>
    </form>
    ${steps.isFirst ? emergencyNotice(t) : nothing}`;
}

function stepBody(
  host: BookingHost,
  parts: BookingViewParts,
  catalog: Catalog,
): TemplateResult | typeof nothing {
  const { t, form } = host;
  switch (host.steps.current.id) {
    case 'birth':
      return html`<p class="hint">${t.msg('birth.why', bounds(host))}</p>
        ${dateOfBirthField(form, {
          key: 'dateOfBirth',
          label: t.msg('birth.label'),
          hint: t.msg('birth.hint'),
          autocomplete: 'bday',
          notAfter: todayOf(host),
        })}`;
    case 'topic':
      return topicStep(form, catalog);
    case 'place':
      return placeStep(form, {
        locations: (host.locations ?? []).filter((location) =>
          location.topics.includes(String(form.get('topic'))),
        ),
        channelsOf,
        onLocation: (location) => {
          form.set('slotId', undefined);
          setChannelFor(host, location);
        },
      });
    case 'time':
      return time(host, parts);
    case 'contact':
      return contactStep(form);
    case 'review':
      return reviewStep(form, {
        catalog,
        location: selectedLocation(host),
        slot: host.slots.find(form.get('slotId')),
        onChange: (step) => host.steps.goTo(step),
      });
    default:
      return nothing;
  }
}

function time(host: BookingHost, parts: BookingViewParts): TemplateResult {
  const { t, slots } = host;
  const location = selectedLocation(host);
  const lastDate = bookingWindow(host.form.get('dateOfBirth'), host.catalog?.rules).to;
  return timeStep(t, {
    slots,
    location,
    selectedId: host.form.get('slotId') as string | undefined,
    error: host.slotError ? t.msg('validation.slot') : undefined,
    takenStart: host.takenStart,
    ageLimit:
      lastDate && slots.calendar && slots.reachesBeyond(lastDate)
        ? t.msg('time.ageLimit', { date: t.date(lastDate), max: bounds(host).max })
        : undefined,
    onSlot: (slot, advance) => chooseSlot(host, parts.memory, slot, advance),
    onCallback: () => openCallback(host),
    onOtherPlace: host.steps.all.some((step) => step.id === 'place')
      ? () => host.steps.goTo('place')
      : undefined,
    onRetry: () => host.loadSlots(location, true),
  });
}

function callbackView(host: BookingHost, parts: BookingViewParts): TemplateResult {
  return callbackForm(host.callback, {
    location: selectedLocation(host),
    submit: host.submit,
    failed: host.failed,
    onSubmit: (event) => void requestCallback(host, parts.keys, event),
    onBack: () => {
      host.mode = { kind: 'flow' };
      host.steps.goTo('time');
    },
    onRetry: () => submitAgain(host),
  });
}

function managed(
  host: BookingHost,
  parts: BookingViewParts,
  appointment: Appointment,
  view: ManageViewName,
): TemplateResult {
  const { t } = host;
  return manageView(t, {
    appointment,
    view,
    topicLabel: topicLabel(host, appointment.topic),
    icsHref: parts.icsHref,
    failed: host.failed,
    submit: host.submit,
    calendar: {
      slots: host.slots,
      selectedId: host.rescheduleSlot?.id,
      error: host.slotError ? t.msg('validation.slot') : undefined,
      takenStart: host.takenStart,
      onSlot: (slot) => {
        host.rescheduleSlot = slot;
        host.slotError = false;
      },
      onRetry: () => host.loadSlots(appointment.location, true),
    },
    onView: (next) => showManaged(host, next),
    onCancel: () => void cancelManaged(host, parts.session),
    onReschedule: (event) => void rescheduleManaged(host, parts.session, event),
    onRetryReschedule: () => submitAgain(host),
    onBookNew: () => host.startAgain(),
  });
}

/** Sends the reviewed booking. */
function book(host: BookingHost, parts: BookingViewParts): Promise<void> {
  return bookAppointment(host, parts.keys, parts.memory);
}

/** "Try again" sends the form on screen again, through its own submit handler. */
function submitAgain(host: BookingHost): void {
  host.renderRoot.querySelector('form')?.requestSubmit();
}

function topicLabel(host: BookingHost, topic: string): string {
  const item = host.catalog?.appointmentTopics.find((candidate) => candidate.id === topic);
  return item ? localised(item.label, host.t.lang) : topic;
}
