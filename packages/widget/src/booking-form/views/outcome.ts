import { html, nothing, type TemplateResult } from 'lit';
import type { Appointment } from '@vangnet/sdk';
import type { Translator } from '../../i18n/index.ts';
import { secondaryButton } from '../../kit/index.ts';
import { appointmentSummary } from './appointment-summary.ts';

/** A result view (confirmation, manage, call-back sent): a heading that takes focus, then `body`. */
export function donePanel(title: string, body: TemplateResult): TemplateResult {
  return html`<section class="done" part="done">
    <h2 class="step-heading" tabindex="-1" data-vangnet-focus>${title}</h2>
    ${body}
  </section>`;
}

/** "Zet in je agenda": the `.ics` file as a `download` link to its Blob URL. */
export function icsLink(
  t: Translator,
  href: string | undefined,
  reference: string,
): TemplateResult | typeof nothing {
  if (!href) return nothing;
  return html`<p class="ics">
      <a
        class="button button-secondary ics-link"
        part="button ics-link"
        href=${href}
        download=${`afspraak-${reference}.ics`}
        type="text/calendar"
        >${t.msg('confirm.ics')}</a
      >
    </p>
    <p class="hint">${t.msg('confirm.icsHint')}</p>`;
}

/** What the confirmation shows. */
export interface ConfirmationOptions {
  readonly appointment: Appointment;
  readonly topicLabel: string;
  readonly icsHref: string | undefined;
  /** The host page's address with `#beheer=<reference>.<token>`. */
  readonly manageLink: string;
  readonly onAgain: () => void;
}

/** The confirmation: date, time, place or how the call works, reference, `.ics`, manage link. */
export function confirmationView(t: Translator, options: ConfirmationOptions): TemplateResult {
  const { appointment } = options;
  return donePanel(
    t.msg('confirm.title'),
    html`<p>${t.msg('confirm.sent')}</p>
      ${appointmentSummary(t, {
        ...appointment,
        topic: options.topicLabel,
        reference: appointment.reference,
      })}
      ${icsLink(t, options.icsHref, appointment.reference)}
      <section class="manage-box" aria-labelledby="vangnet-manage-title">
        <h3 class="subheading" id="vangnet-manage-title">${t.msg('confirm.manage.title')}</h3>
        <p>${t.msg('confirm.manage.text')}</p>
        <p>
          <a class="link manage-link" part="link manage-link" href=${options.manageLink}
            >${t.msg('confirm.manage.link')}</a
          >
        </p>
      </section>
      <div class="actions">${secondaryButton(t.msg('confirm.again'), options.onAgain)}</div>`,
  );
}
