import { html, nothing, type TemplateResult } from 'lit';
import { bounds, type BookingViewParts } from './booking-view.ts';
import type { Appointment, Catalog } from '@vangnet/sdk';
import { localised } from '../i18n/index.ts';
import { bookingWindow, eligibleSoon } from './age-window.ts';
import { chooseSlot } from './booking-flow.ts';
import {
  municipalityOf,
  selectedLocation,
  setChannelFor,
  todayOf,
  type BookingHost,
} from './booking-host.ts';
import { cancelManaged, rescheduleManaged, showManaged } from './booking-manage.ts';
import { openCallback, requestCallback } from './booking-sending.ts';
import { channelsOf } from './presets.ts';
import { callbackForm } from './views/callback-form.ts';
import { contactStep } from './views/contact-step.ts';
import { manageView, type ManageViewName } from './views/manage-view.ts';

export { invalidLinkView } from './views/manage-view.ts';
import { confirmationView, donePanel } from './views/outcome.ts';
import { placeStep, topicStep } from './views/place-step.ts';
import { reviewStep } from './views/review-step.ts';
import { routeNotice } from './views/route-notice.ts';
import { timeStep } from './views/time-step.ts';

/**
 * What the booking form shows after its first view, by mode: a route, the call-back form or its
 * confirmation, the booking's confirmation, a managed booking. The steps themselves are
 * {@link bookingView}'s (booking-view.ts); the bodies of the steps after the first are here. A
 * chunk of its own in the browser bundle, fetched right after the first view (decision 0123).
 */
export function laterView(
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
      // The steps are bookingView's.
      return html``;
  }
}

/** The 18th birthday, when near: the Leerplicht route says from when booking is possible. */
function soonEligible(host: BookingHost): string | undefined {
  if (host.mode.kind !== 'route' || host.mode.route !== 'too-young') return undefined;
  const date = eligibleSoon(host.form.get('dateOfBirth'), host.catalog?.rules, todayOf(host));
  return date === undefined ? undefined : host.t.date(date);
}

/** The body of a step after the first. */
export function laterStepBody(
  host: BookingHost,
  parts: BookingViewParts,
  catalog: Catalog,
): TemplateResult | typeof nothing {
  const { form } = host;
  switch (host.steps.current.id) {
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

/** "Try again" sends the form on screen again, through its own submit handler. */
function submitAgain(host: BookingHost): void {
  host.renderRoot.querySelector('form')?.requestSubmit();
}

function topicLabel(host: BookingHost, topic: string): string {
  const item = host.catalog?.appointmentTopics.find((candidate) => candidate.id === topic);
  return item ? localised(item.label, host.t.lang) : topic;
}
