import { html, nothing, type TemplateResult } from 'lit';
import { radioGroup, selectField } from '../../kit/index.ts';
import { localised } from '../../i18n/index.ts';
import { serviceOf } from '../referral-rules.ts';
import type { StepView } from './step-view.ts';

/**
 * The form of coaching (Pluscoaching only) and, optionally, an organisation that offers the
 * service in the municipality — preset by the `organisation` attribute or by a finder on the page.
 */
export function preferenceStep(view: StepView): TemplateResult {
  const { t, form, catalog, context, model, organisations, organisationsFailed } = view;
  const pluscoaching = serviceOf(model, context) === 'pluscoaching';
  return html`${
    pluscoaching
      ? radioGroup(form, {
          key: 'preference.coachingForm',
          label: t.msg('preference.coachingForm'),
          required: true,
          choices: catalog.coachingForms.map((item) => ({
            value: item.id,
            label: localised(item.label, t.lang),
            hint: localised(item.description, t.lang),
          })),
        })
      : nothing
  }
  ${selectField(form, {
    key: 'preference.organisationId',
    label: t.msg('preference.organisation'),
    hint: t.msg('preference.organisationHint'),
    placeholder: t.msg('preference.noOrganisation'),
    choices: organisations.map((organisation) => ({
      value: organisation.id,
      label: organisation.name,
    })),
  })}
  ${
    organisationsFailed
      ? html`<p class="hint" part="hint" role="status">
          ${t.msg('preference.organisationsFailed')}
        </p>`
      : nothing
  }`;
}
