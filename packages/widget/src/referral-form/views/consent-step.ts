import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentParty } from '@vangnet/sdk';
import { checkboxField, dateOfBirthField, radioGroup } from '../../kit/index.ts';
import {
  ageOfYoungPerson,
  consentKey,
  discussedKey,
  needsDiscussion,
  requiredParties,
  serviceOf,
} from '../referral-rules.ts';
import type { StepView } from './step-view.ts';

const methods = ['in-person', 'phone', 'letter'] as const;

/**
 * The referrer's declarations: per person whose consent the catalog's band requires at this age,
 * that consent was given, how and when. Then, in plain words, what happens with the data.
 */
export function consentStep(view: StepView): TemplateResult {
  const { t, form, context, model } = view;
  const age = ageOfYoungPerson(model, context);
  const parties = requiredParties(model, context);
  if (age === undefined) return html`<p class="intro">${t.msg('consent.noAge')}</p>`;
  if (parties === undefined || parties.length === 0) {
    return html`<p class="banner banner-error" part="banner">${t.msg('consent.noBand')}</p>`;
  }
  const pluscoaching = serviceOf(model, context) === 'pluscoaching';
  return html`<p class="intro">${t.msg('consent.intro', { age })}</p>
    <ul class="parties" part="consent-parties">
      ${parties.map((party) => html`<li>${t.msg(`consent.party.${party}`)}</li>`)}
    </ul>
    ${pluscoaching ? html`<p class="notice" part="notice">${t.msg('consent.pluscoaching')}</p>` : nothing}
    ${
      needsDiscussion(model, context)
        ? checkboxField(form, {
            key: discussedKey,
            label: t.msg('consent.discussed'),
            required: true,
          })
        : nothing
    }
    ${parties.map((party) => declaration(view, party))} ${privacyNotice(view)}`;
}

function declaration(view: StepView, party: ConsentParty): TemplateResult {
  const { t, form, context } = view;
  return html`<fieldset class="group" part="group consent" data-party=${party}>
    <legend class="group-title">${t.msg(`consent.title.${party}`)}</legend>
    ${checkboxField(form, {
      key: consentKey(party, 'obtained'),
      label: t.msg(`consent.obtained.${party}`),
      required: true,
    })}
    ${radioGroup(form, {
      key: consentKey(party, 'method'),
      label: t.msg('consent.method'),
      required: true,
      choices: methods.map((method) => ({
        value: method,
        label: t.msg(`consent.method.${method}`),
      })),
    })}
    ${dateOfBirthField(form, {
      key: consentKey(party, 'date'),
      label: t.msg('consent.date'),
      hint: t.msg('consent.dateHint'),
      autocomplete: 'off',
      required: true,
      notAfter: context.today,
    })}
  </fieldset>`;
}

/** What happens with the data, for the referrer to pass on to the young person and parents. */
function privacyNotice({ t }: StepView): TemplateResult {
  return html`<section class="privacy" part="privacy" aria-labelledby="vangnet-privacy-title">
    <h3 class="privacy-title" id="vangnet-privacy-title">${t.msg('privacy.title')}</h3>
    <ul>
      <li>${t.msg('privacy.use')}</li>
      <li>${t.msg('privacy.never')}</li>
      <li>${t.msg('privacy.browser')}</li>
      <li>${t.msg('privacy.rights')}</li>
    </ul>
  </section>`;
}
