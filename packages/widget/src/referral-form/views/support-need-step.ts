import { html, type TemplateResult } from 'lit';
import { checkboxGroup, textareaField } from '../../kit/index.ts';
import { localised } from '../../i18n/index.ts';
import { serviceOf } from '../referral-rules.ts';
import type { StepView } from './step-view.ts';

/**
 * Why the referral: reasons of the chosen service from the catalog, the situation in the
 * referrer's words (with the reminder to leave out medical detail that is not needed), what the
 * school already tried and help already in place (the OPDC, help carried over from vo to mbo).
 */
export function supportNeedStep(view: StepView): TemplateResult {
  const { t, form, catalog, context, model } = view;
  const service = serviceOf(model, context);
  const reasons = catalog.reasons.filter((reason) => service && reason.services.includes(service));
  return html`${checkboxGroup(form, {
    key: 'supportNeed.reasons',
    label: t.msg('supportNeed.reasons'),
    hint: t.msg('supportNeed.reasonsHint'),
    choices: reasons.map((reason) => ({
      value: reason.id,
      label: localised(reason.label, t.lang),
    })),
  })}
  ${textareaField(form, {
    key: 'supportNeed.description',
    label: t.msg('supportNeed.description'),
    hint: t.msg('supportNeed.descriptionHint'),
    rows: 6,
  })}
  ${textareaField(form, {
    key: 'supportNeed.triedAtSchool',
    label: t.msg('supportNeed.triedAtSchool'),
    hint: t.msg('supportNeed.triedAtSchoolHint'),
    rows: 4,
  })}
  ${textareaField(form, {
    key: 'supportNeed.helpInPlace',
    label: t.msg('supportNeed.helpInPlace'),
    hint: t.msg('supportNeed.helpInPlaceHint'),
    rows: 4,
  })}`;
}
