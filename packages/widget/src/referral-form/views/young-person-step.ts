import { html, nothing, type TemplateResult } from 'lit';
import {
  dateOfBirthField,
  emailField,
  radioGroup,
  selectField,
  telField,
  textField,
} from '../../kit/index.ts';
import { localised } from '../../i18n/index.ts';
import { ageOfYoungPerson, parentContactNeed } from '../referral-rules.ts';
import type { StepView } from './step-view.ts';

/**
 * The pupil or student, and under 18 a parent or guardian. None of these fields is the person
 * filling in: they carry `autocomplete="off"`, never `name`, `bday`, `email` or `tel`, or the
 * browser would offer the staff member's own details.
 */
export function youngPersonStep(view: StepView): TemplateResult {
  const { t, form, catalog, context, model } = view;
  const schoolType = catalog.schoolTypes.find(
    (type) => type.id === form.get('youngPerson.schoolType'),
  );
  const age = ageOfYoungPerson(model, context);
  return html`<p class="intro">${t.msg('youngPerson.intro')}</p>
    ${textField(form, {
      key: 'youngPerson.givenName',
      label: t.msg('youngPerson.givenName'),
      autocomplete: 'off',
      width: 'm',
    })}
    ${textField(form, {
      key: 'youngPerson.familyName',
      label: t.msg('youngPerson.familyName'),
      autocomplete: 'off',
      width: 'm',
    })}
    ${dateOfBirthField(form, {
      key: 'youngPerson.dateOfBirth',
      label: t.msg('youngPerson.dateOfBirth'),
      autocomplete: 'off',
      notAfter: context.today,
    })}
    ${
      age === undefined
        ? nothing
        : html`<p class="age" part="age">${t.msg('youngPerson.age', { age })}</p>`
    }
    ${radioGroup(form, {
      key: 'youngPerson.schoolType',
      label: t.msg('youngPerson.schoolType'),
      choices: catalog.schoolTypes.map((type) => ({
        value: type.id,
        label: localised(type.label, t.lang),
      })),
    })}
    ${
      schoolType && schoolType.levels.length > 0
        ? selectField(form, {
            key: 'youngPerson.schoolLevel',
            label: t.msg('youngPerson.schoolLevel'),
            choices: schoolType.levels.map((level) => ({
              value: level.id,
              label: localised(level.label, t.lang),
            })),
          })
        : nothing
    }
    ${textField(form, {
      key: 'youngPerson.classYear',
      label: t.msg('youngPerson.classYear'),
      hint: t.msg('youngPerson.classYearHint'),
      autocomplete: 'off',
      width: 's',
    })}
    ${textField(form, {
      key: 'youngPerson.school',
      label: t.msg('youngPerson.school'),
      autocomplete: 'off',
    })}
    ${parentSection(view)}`;
}

/** The parent or guardian: required under the catalog's age, optional until 18, else absent. */
function parentSection(view: StepView): TemplateResult | typeof nothing {
  const { t, form, catalog, context, model } = view;
  const need = parentContactNeed(model, context);
  if (need === undefined || need === 'none') return nothing;
  const required = need === 'required';
  const hint = required
    ? t.msg('parent.requiredHint', { age: catalog.rules.parentContactRequiredUnder })
    : t.msg('parent.optionalHint', { age: catalog.rules.parentContactRequiredUnder });
  return html`<fieldset class="group" part="group parent">
    <legend class="group-title">${t.msg('parent.title')}</legend>
    <p class="hint" part="hint">${hint} ${t.msg('parent.contactHint')}</p>
    ${textField(form, {
      key: 'parent.name',
      label: t.msg('parent.name'),
      autocomplete: 'off',
      required,
    })}
    ${radioGroup(form, {
      key: 'parent.relationship',
      label: t.msg('parent.relationship'),
      inline: true,
      required,
      choices: (['parent', 'guardian'] as const).map((value) => ({
        value,
        label: t.msg(`parent.relationship.${value}`),
      })),
    })}
    ${telField(form, {
      key: 'parent.phone',
      label: t.msg('parent.phone'),
      autocomplete: 'off',
      required: false,
    })}
    ${emailField(form, {
      key: 'parent.email',
      label: t.msg('parent.email'),
      autocomplete: 'off',
      required: false,
    })}
  </fieldset>`;
}
