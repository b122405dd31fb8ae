import { html, nothing, type TemplateResult } from 'lit';
import {
  checkboxField,
  emailField,
  radioGroup,
  telField,
  textField,
  textareaField,
  type FormController,
} from '../../kit/index.ts';

/**
 * The young person's contact details — name, email and/or mobile, how they want the confirmation —
 * and, for a youth worker who books for them, the booker's own. Autocomplete tokens fill in the
 * details of the person at the keyboard only: when booking for someone else, the young person's
 * fields say `off` and the booker's get `name`, `email`, `tel`, `organization`.
 */
export function contactStep(form: FormController): TemplateResult {
  const t = form.t;
  const forOther = form.get('forSomeoneElse') === true;
  const own = (token: AutoFill) => (forOther ? 'off' : token);
  const hasBoth =
    form.get('contact.email') !== undefined && form.get('contact.phone') !== undefined;
  return html`${checkboxField(form, {
      key: 'forSomeoneElse',
      label: t.msg('contact.forOther'),
      hint: t.msg('contact.forOtherHint'),
      required: false,
    })}
    ${textField(form, {
      key: 'contact.name',
      label: t.msg(forOther ? 'contact.nameOther' : 'contact.nameSelf'),
      autocomplete: own('name'),
    })}
    <p class="hint" id="vangnet-contact-either">${t.msg('contact.either')}</p>
    ${emailField(form, {
      key: 'contact.email',
      label: t.msg(forOther ? 'contact.emailOther' : 'contact.emailSelf'),
      autocomplete: own('email'),
      inputmode: 'email',
    })}
    ${telField(form, {
      key: 'contact.phone',
      label: t.msg(forOther ? 'contact.phoneOther' : 'contact.phoneSelf'),
      hint: t.msg('contact.phoneHint'),
      autocomplete: own('tel'),
      inputmode: 'tel',
    })}
    ${
      hasBoth
        ? radioGroup(form, {
            key: 'contact.preferred',
            label: t.msg('contact.preferred'),
            inline: true,
            choices: [
              { value: 'email', label: t.msg('contact.preferred.email') },
              { value: 'sms', label: t.msg('contact.preferred.sms') },
            ],
          })
        : nothing
    }
    ${
      forOther
        ? html`<fieldset class="field fieldset" part="field fieldset">
            <legend class="label legend">${t.msg('contact.bookedBy')}</legend>
            ${textField(form, { key: 'bookedBy.name', label: t.msg('bookedBy.name'), autocomplete: 'name', required: true })}
            ${textField(form, {
              key: 'bookedBy.organisation',
              label: t.msg('bookedBy.organisation'),
              autocomplete: 'organization',
            })}
            ${emailField(form, { key: 'bookedBy.email', label: t.msg('bookedBy.email'), autocomplete: 'email' })}
            ${telField(form, { key: 'bookedBy.phone', label: t.msg('bookedBy.phone'), autocomplete: 'tel' })}
          </fieldset>`
        : nothing
    }
    ${textareaField(form, {
      key: 'note',
      label: t.msg('contact.note'),
      hint: t.msg('contact.noteHint'),
    })}`;
}
