import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '@vangnet/sdk';
import { LazyPart } from '../core/lazy-part.ts';
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
import { submitStep, type FlowMemory } from './booking-flow.ts';
import { todayOf, type BookingHost } from './booking-host.ts';
import { bookAppointment } from './booking-sending.ts';
import type { IdempotencyKeys } from './idempotency-keys.ts';
import type { ManageSession } from './manage-session.ts';

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
 * Everything after the first step: the other steps' bodies, the routes, the call-back form, the
 * confirmation and the manage flow. Fetched right after the first view (the element asks when the
 * browser is idle or at the first interaction), or at once when a page opens on one of them.
 */
export const bookingLater = new LazyPart(() => import('./booking-later.ts'));

/**
 * What the booking form shows once the catalog and the locations are there, by mode: a route, the
 * call-back form or its confirmation, the booking's confirmation, a managed booking, or the steps.
 * The first step is rendered from here; the rest from {@link bookingLater}. Loading and its
 * failures are the element's.
 */
export function bookingView(
  host: BookingHost,
  parts: BookingViewParts,
  catalog: Catalog,
): TemplateResult {
  const later = bookingLater.module;
  // A step after the first shows with its heading and body together, once the part is there.
  if (host.mode.kind === 'flow' && (later || host.steps.current.id === 'birth'))
    return flow(host, parts, catalog);
  return later ? later.laterView(host, parts, catalog) : waiting(host);
}

/** The age bounds of booking, from the catalog's rules. */
export function bounds(host: BookingHost): { min: number; max: number } {
  const booking = host.catalog?.rules.booking;
  return { min: booking?.minAge ?? 18, max: booking?.maxAge ?? 27 };
}

/** While the later part is on its way (a moment, it was asked for after the first view). */
function waiting(host: BookingHost): TemplateResult {
  bookingLater.want(host);
  const { t } = host;
  if (bookingLater.failed) {
    return html`<div class="banner banner-error" role="alert">
      <p>${t.msg('booking.unavailable')}</p>
      <button
        type="button"
        class="button button-secondary"
        part="button button-secondary"
        @click=${() => bookingLater.want(host)}
      >
        ${t.msg('booking.retry')}
      </button>
    </div>`;
  }
  return html`<p class="loading" role="status">
    <span class="spinner" aria-hidden="true"></span>
    ${t.msg('booking.loading')}
  </p>`;
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
      aria-busy=${submit.busy || host.form.busy ? 'true' : 'false'}
      @submit=${(event: SubmitEvent) =>
        void submitStep(host, parts.memory, event, () => void book(host, parts))}
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
  if (host.steps.current.id === 'birth') {
    return html`<p class="hint">${t.msg('birth.why', bounds(host))}</p>
      ${dateOfBirthField(form, {
        key: 'dateOfBirth',
        label: t.msg('birth.label'),
        hint: t.msg('birth.hint'),
        autocomplete: 'bday',
        notAfter: todayOf(host),
      })}`;
  }
  return bookingLater.module?.laterStepBody(host, parts, catalog) ?? nothing;
}

/** Sends the reviewed booking. */
function book(host: BookingHost, parts: BookingViewParts): Promise<void> {
  return bookAppointment(host, parts.keys, parts.memory);
}
