import { html, nothing, type TemplateResult } from 'lit';
import type { Location } from '@vangnet/sdk';
import {
  errorSummary,
  retryBanner,
  secondaryButton,
  submitButton,
  telField,
  textField,
  type FormController,
  type SubmitController,
} from '../../kit/index.ts';
import { walkInHours } from './walk-in.ts';

/** What the call-back request needs besides its form. */
export interface CallbackFormOptions {
  readonly location: Location | undefined;
  readonly submit: SubmitController;
  /** Sending was refused for a reason a retry does not fix. */
  readonly failed: boolean;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onBack: () => void;
  readonly onRetry: () => void;
}

/** "Bel me terug": name, phone and when to call, when no time suits; with the walk-in hours. */
export function callbackForm(form: FormController, options: CallbackFormOptions): TemplateResult {
  const t = form.t;
  const place = options.location?.name ?? '';
  return html`<section class="callback" part="callback">
    <h2 class="step-heading" tabindex="-1" data-vangnet-focus>${t.msg('callback.title')}</h2>
    <p>${t.msg('callback.intro', { place })}</p>
    <form
      class="form"
      part="form"
      novalidate
      aria-busy=${options.submit.busy ? 'true' : 'false'}
      @submit=${options.onSubmit}
    >
      ${errorSummary(form)}
      ${textField(form, { key: 'name', label: t.msg('callback.name'), autocomplete: 'name' })}
      ${telField(form, {
        key: 'phone',
        label: t.msg('callback.phone'),
        hint: t.msg('callback.phoneHint'),
        autocomplete: 'tel',
        inputmode: 'tel',
      })}
      ${textField(form, {
        key: 'preferredTimes',
        label: t.msg('callback.times'),
        hint: t.msg('callback.timesHint'),
        autocomplete: 'off',
        spellcheck: true,
      })}
      ${
        options.failed ? html`<p class="error" role="alert">${t.msg('manage.failed')}</p>` : nothing
      }
      ${retryBanner(t, options.submit.failure, options.onRetry)}
      <div class="actions">
        ${submitButton(t, options.submit, t.msg('callback.submit'))}
        ${secondaryButton(t.msg('callback.back'), options.onBack)}
      </div>
    </form>
    ${options.location ? walkInHours(t, options.location) : nothing}
  </section>`;
}
