import { html, nothing, type TemplateResult } from 'lit';
import type { ReferralInput, StaffReferral } from '@vangnet/sdk';
import type { StaffMessageKey, StaffTranslator } from '../messages.ts';
import type { Names } from '../names.ts';

// The read-only part of a referral on screen. Personal data is shown here only, after the
// audited read of `GET /v1/staff/referrals/{id}`.

function row(
  t: StaffTranslator,
  label: StaffMessageKey,
  value: string | undefined,
  leftToRight = false,
): TemplateResult | typeof nothing {
  if (!value) return nothing;
  // An e-mail address or phone number is always left to right (digit groups keep their order in
  // Arabic); other values are isolated, so a Dutch name does not take the Arabic label's order.
  return html`<div>
    <dt>${t.msg(label)}</dt>
    <dd>${leftToRight ? html`<span dir="ltr">${value}</span>` : html`<bdi>${value}</bdi>`}</dd>
  </div>`;
}

/**
 * What the referrer sent, in full: the young person, the referrer, the support need and
 * preference, and the consent declarations (who, how, when).
 */
export function referralDetails(names: Names, input: ReferralInput): TemplateResult {
  const t = names.t;
  const reasons = input.supportNeed.reasons.map((id) => names.reason(id)).join(', ');
  const role = names.referrerRole(input.referrer.role);
  return html`<div class="details">
    <section class="panel" aria-labelledby="young-person">
      <h3 id="young-person">${t.msg('detail.youngPerson')}</h3>
      <dl>
        ${row(t, 'detail.name', `${input.youngPerson.givenName} ${input.youngPerson.familyName}`)}
        ${row(t, 'detail.dateOfBirth', names.date(input.youngPerson.dateOfBirth))}
        ${row(
          t,
          'detail.school',
          [
            input.youngPerson.school,
            input.youngPerson.schoolType,
            input.youngPerson.schoolLevel,
            input.youngPerson.classYear,
          ]
            .filter(Boolean)
            .join(' · '),
        )}
        ${
          input.parent
            ? row(
                t,
                'detail.parent',
                [input.parent.name, input.parent.phone, input.parent.email]
                  .filter(Boolean)
                  .join(' · '),
              )
            : nothing
        }
      </dl>
    </section>
    <section class="panel" aria-labelledby="referrer">
      <h3 id="referrer">${t.msg('detail.referrer')}</h3>
      <dl>
        ${row(t, 'detail.name', input.referrer.name)}
        ${row(t, 'detail.organisation', input.referrer.organisation)} ${row(t, 'detail.role', role)}
        ${row(t, 'detail.email', input.referrer.email, true)}
        ${row(t, 'detail.phone', input.referrer.phone, true)}
      </dl>
    </section>
    <section class="panel" aria-labelledby="support-need">
      <h3 id="support-need">${t.msg('detail.supportNeed')}</h3>
      <dl>
        ${row(t, 'detail.reasons', reasons)}
        ${row(t, 'detail.description', input.supportNeed.description)}
        ${row(t, 'detail.tried', input.supportNeed.triedAtSchool)}
        ${row(t, 'detail.helpInPlace', input.supportNeed.helpInPlace)}
        ${row(
          t,
          'detail.coachingForm',
          input.preference?.coachingForm
            ? names.coachingForm(input.preference.coachingForm)
            : undefined,
        )}
        ${row(
          t,
          'detail.preferredOrganisation',
          input.preference?.organisationId
            ? names.organisation(input.preference.organisationId)
            : undefined,
        )}
      </dl>
    </section>
    <section class="panel" aria-labelledby="consents">
      <h3 id="consents">${t.msg('detail.consents')}</h3>
      <ul>
        ${input.consents.map(
          (consent) =>
            html`<li>
              ${t.msg('detail.consent', {
                party: t.msg(`party.${consent.party}`),
                method: t.msg(`method.${consent.method}`),
                date: names.date(consent.date),
              })}
            </li>`,
        )}
      </ul>
    </section>
  </div>`;
}

/** Every status change, oldest first. */
export function referralHistory(
  names: Names,
  referral: StaffReferral,
): TemplateResult | typeof nothing {
  const t = names.t;
  if (referral.history.length === 0) return nothing;
  return html`<section aria-labelledby="history">
    <h3 id="history">${t.msg('detail.history')}</h3>
    <ol>
      ${referral.history.map(
        (event) =>
          html`<li>
            ${names.date(event.at)}:
            ${t.msg('detail.historyItem', {
              from: t.msg(`status.${event.from}`),
              to: t.msg(`status.${event.to}`),
            })}
          </li>`,
      )}
    </ol>
  </section>`;
}
