import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../i18n/translator.ts';
import type { SubmitController, SubmitFailure } from './submit-controller.ts';

/**
 * The submit button. While busy it keeps focus and its place (`aria-disabled`, not `disabled`,
 * which would drop focus to the page) and says "Bezig met versturen…"; the
 * {@link SubmitController} ignores presses meanwhile.
 */
export function submitButton(
  t: Translator,
  submit: SubmitController,
  label: string = t.msg('nav.submit'),
): TemplateResult {
  return html`<button
    type="submit"
    class="button button-primary"
    part="button button-primary"
    aria-disabled=${submit.busy ? 'true' : 'false'}
  >
    ${
      submit.busy
        ? html`<span class="spinner" part="spinner" aria-hidden="true"></span
            >${t.msg('busy.sending')}`
        : label
    }
  </button>`;
}

/** A secondary button ("Vorige"). */
export function secondaryButton(label: string, onClick: () => void): TemplateResult {
  return html`<button
    type="button"
    class="button button-secondary"
    part="button button-secondary"
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/**
 * The banner after a failed send: what went wrong, that nothing typed is lost, and a retry
 * button. `role="alert"` announces it when it appears.
 */
export function retryBanner(
  t: Translator,
  failure: SubmitFailure | undefined,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  if (!failure) return nothing;
  const reason = {
    offline: 'retry.offline',
    network: 'retry.network',
    server: 'retry.server',
    'rate-limited': 'retry.rateLimited',
  }[failure.kind];
  return html`<div class="banner banner-error" part="banner retry-banner" role="alert">
    <p class="banner-title">${t.msg('retry.title')}</p>
    <p>
      ${t.msg(reason)}
      ${
        failure.retryAfterSeconds !== undefined
          ? t.msg('retry.rateLimitedWait', { seconds: failure.retryAfterSeconds })
          : nothing
      }
      ${t.msg('retry.kept')}
    </p>
    <button
      type="button"
      class="button button-secondary"
      part="button retry-button"
      @click=${onRetry}
    >
      ${t.msg('retry.action')}
    </button>
  </div>`;
}

/**
 * "Niet voor noodgevallen": 112 for danger, Veilig Thuis 0800-2000 for abuse, with call links.
 * A note, not a landmark: every form carries one, and a page with two forms would otherwise have
 * two landmarks of the same name.
 */
export function emergencyNotice(t: Translator): TemplateResult {
  return html`<div
    class="notice"
    part="notice emergency-notice"
    role="note"
    aria-labelledby="vangnet-emergency-title"
  >
    <p class="notice-title" id="vangnet-emergency-title">${t.msg('emergency.title')}</p>
    <p>${withCallLink(t.msg('emergency.danger'), '112', 'tel:112')}</p>
    <p>${withCallLink(t.msg('emergency.veiligThuis'), '0800-2000', 'tel:08002000')}</p>
  </div>`;
}

/** The message with its phone number as a call link; every language writes the number as is. */
function withCallLink(text: string, number: string, href: string): TemplateResult {
  const at = text.indexOf(number);
  if (at === -1) return html`${text} <a class="link" part="link" href=${href}>${number}</a>`;
  return html`${text.slice(0, at)}<a class="link" part="link" href=${href}>${number}</a
    >${text.slice(at + number.length)}`;
}
