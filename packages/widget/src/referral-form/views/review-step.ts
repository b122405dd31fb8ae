import { html, type TemplateResult } from 'lit';
import type { ReferralInput } from '@vangnet/sdk';
import { reviewList, type ReviewSection } from '../../kit/index.ts';
import { localised } from '../../i18n/index.ts';
import { organisationName } from '../catalog-text.ts';
import { ageOfYoungPerson, needsDiscussion } from '../referral-rules.ts';
import type { StepView } from './step-view.ts';

/**
 * Everything as it will be sent, per step, each with a change link. Built from the completed
 * model, so what is shown is exactly what the API receives.
 */
export function reviewStep(
  view: StepView,
  stepIds: readonly string[],
  onChange: (step: string | number) => void,
): TemplateResult {
  const sections = reviewSections(view).filter((section) => stepIds.includes(String(section.step)));
  return html`<p class="intro">${view.t.msg('review.intro')}</p>
    ${reviewList(view.t, sections, onChange)}`;
}

function reviewSections(view: StepView): ReviewSection[] {
  const { t, catalog, context, model, organisations } = view;
  const input = model as Partial<ReferralInput>;
  const referrer = input.referrer;
  const young = input.youngPerson;
  const parent = input.parent;
  const need = input.supportNeed;
  const label = <T extends { id: string }>(
    list: readonly (T & { label: Record<string, string> })[],
    id: unknown,
  ) => {
    const item = list.find((candidate) => candidate.id === id);
    return item ? localised(item.label, t.lang) : undefined;
  };
  const schoolType = catalog.schoolTypes.find((type) => type.id === young?.schoolType);
  const age = ageOfYoungPerson(model, context);
  const date = (iso: string | undefined) => (iso ? t.date(iso) : undefined);
  return [
    {
      title: t.msg('step.service'),
      step: 'service',
      rows: [
        {
          label: t.msg('service.municipality'),
          value: catalog.municipalities.find((item) => item.id === input.municipality)?.name,
        },
        { label: t.msg('service.service'), value: label(catalog.services, input.service) },
      ],
    },
    {
      title: t.msg('step.referrer'),
      step: 'referrer',
      rows: [
        { label: t.msg('referrer.organisation'), value: referrer?.organisation },
        { label: t.msg('referrer.name'), value: referrer?.name },
        { label: t.msg('referrer.role'), value: label(catalog.referrerRoles, referrer?.role) },
        { label: t.msg('referrer.email'), value: referrer?.email },
        { label: t.msg('referrer.phone'), value: referrer?.phone },
      ],
    },
    {
      title: t.msg('step.youngPerson'),
      step: 'young-person',
      rows: [
        { label: t.msg('youngPerson.givenName'), value: young?.givenName },
        { label: t.msg('youngPerson.familyName'), value: young?.familyName },
        {
          label: t.msg('youngPerson.dateOfBirth'),
          value:
            young?.dateOfBirth && age !== undefined
              ? t.msg('review.age', { date: t.date(young.dateOfBirth), age })
              : undefined,
        },
        {
          label: t.msg('youngPerson.schoolType'),
          value: label(catalog.schoolTypes, young?.schoolType),
        },
        {
          label: t.msg('youngPerson.schoolLevel'),
          value: label(schoolType?.levels ?? [], young?.schoolLevel),
        },
        { label: t.msg('youngPerson.classYear'), value: young?.classYear },
        { label: t.msg('youngPerson.school'), value: young?.school },
        ...(parent
          ? [
              {
                label: t.msg('parent.title'),
                value: [
                  parent.name,
                  t.msg(`parent.relationship.${parent.relationship}`),
                  parent.phone ?? '',
                  parent.email ?? '',
                ],
              },
            ]
          : []),
      ],
    },
    {
      title: t.msg('step.supportNeed'),
      step: 'support-need',
      rows: [
        {
          label: t.msg('supportNeed.reasons'),
          value: (need?.reasons ?? []).map((id) => label(catalog.reasons, id) ?? id),
        },
        { label: t.msg('supportNeed.description'), value: need?.description },
        { label: t.msg('supportNeed.triedAtSchool'), value: need?.triedAtSchool },
        { label: t.msg('supportNeed.helpInPlace'), value: need?.helpInPlace },
      ],
    },
    {
      title: t.msg('step.preference'),
      step: 'preference',
      rows: [
        ...(input.service === 'pluscoaching'
          ? [
              {
                label: t.msg('preference.coachingForm'),
                value: label(catalog.coachingForms, input.preference?.coachingForm),
              },
            ]
          : []),
        {
          label: t.msg('preference.organisation'),
          value:
            organisationName(organisations, input.preference?.organisationId) ??
            input.preference?.organisationId ??
            t.msg('preference.noOrganisation'),
        },
      ],
    },
    {
      title: t.msg('step.consent'),
      step: 'consent',
      rows: [
        {
          label: t.msg('step.consent'),
          value: [
            ...(needsDiscussion(model, context) ? [t.msg('review.discussed')] : []),
            ...(input.consents ?? []).map((consent) =>
              t.msg('review.consentLine', {
                party: capitalise(t.msg(`consent.party.${consent.party}`)),
                method: t.msg(`consent.method.${consent.method}`),
                date: date(consent.date) ?? '',
              }),
            ),
          ],
        },
      ],
    },
  ];
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
