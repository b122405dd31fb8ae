import { html, type TemplateResult } from 'lit';
import { emailField, selectField, telField, textField } from '../../kit/index.ts';
import { localised } from '../../i18n/index.ts';
import type { StepView } from './step-view.ts';

/**
 * The member of staff who refers. These are their own details, so the fields carry the
 * autocomplete tokens that let the browser fill them in (`organization`, `name`, `email`, `tel`).
 */
export function referrerStep({ t, form, catalog }: StepView): TemplateResult {
  return html`${textField(form, {
    key: 'referrer.organisation',
    label: t.msg('referrer.organisation'),
    autocomplete: 'organization',
  })}
  ${textField(form, { key: 'referrer.name', label: t.msg('referrer.name'), autocomplete: 'name' })}
  ${selectField(form, {
    key: 'referrer.role',
    label: t.msg('referrer.role'),
    choices: catalog.referrerRoles.map((role) => ({
      value: role.id,
      label: localised(role.label, t.lang),
    })),
  })}
  ${emailField(form, {
    key: 'referrer.email',
    label: t.msg('referrer.email'),
    hint: t.msg('referrer.emailHint'),
    autocomplete: 'email',
  })}
  ${telField(form, {
    key: 'referrer.phone',
    label: t.msg('referrer.phone'),
    hint: t.msg('referrer.phoneHint'),
    autocomplete: 'tel',
  })}`;
}
