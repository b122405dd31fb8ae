import { html, type TemplateResult } from 'lit';
import type { Catalog, Location, Slot } from '@vangnet/sdk';
import { reviewList, type FormController, type ReviewSection } from '../../kit/index.ts';
import { localised } from '../../i18n/index.ts';
import { addressText } from './appointment-summary.ts';
import { slotMoment } from './slot-picker.ts';

/** What the review needs besides the form. */
export interface ReviewStepOptions {
  readonly catalog: Catalog;
  readonly location: Location | undefined;
  readonly slot: Slot | undefined;
  readonly onChange: (step: string | number) => void;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Everything filled in, per step, each with a "Wijzig" back to its step. */
export function reviewStep(form: FormController, options: ReviewStepOptions): TemplateResult {
  const t = form.t;
  const { location, slot } = options;
  const topic = options.catalog.appointmentTopics.find((item) => item.id === form.get('topic'));
  const preferred = text(
    form.model['contact'] && (form.model['contact'] as Record<string, unknown>)['preferred'],
  );
  const sections: ReviewSection[] = [
    {
      title: t.msg('review.appointment'),
      step: 'time',
      rows: [
        { label: t.msg('review.topic'), value: topic ? localised(topic.label, t.lang) : undefined },
        { label: t.msg('review.when'), value: slot ? slotMoment(t, slot) : undefined },
        {
          label: t.msg('review.where'),
          value: location
            ? [
                location.name,
                ...(slot?.channel === 'in-person' && location.address
                  ? [addressText(location)]
                  : []),
              ]
            : undefined,
        },
        { label: t.msg('review.how'), value: slot ? t.msg(`channel.${slot.channel}`) : undefined },
      ],
    },
    {
      title: t.msg('review.person'),
      step: 'contact',
      rows: [
        {
          label: t.msg('review.dateOfBirth'),
          value: text(form.get('dateOfBirth')) && t.date(String(form.get('dateOfBirth'))),
        },
        { label: t.msg('contact.nameSelf'), value: text(form.get('contact.name')) },
        { label: t.msg('contact.emailSelf'), value: text(form.get('contact.email')) },
        { label: t.msg('contact.phoneSelf'), value: text(form.get('contact.phone')) },
        {
          label: t.msg('contact.preferred'),
          value: preferred ? t.msg(`contact.preferred.${preferred}`) : undefined,
        },
        { label: t.msg('contact.note'), value: text(form.get('note')) },
      ],
    },
  ];
  if (form.get('forSomeoneElse') === true) {
    sections.push({
      title: t.msg('review.bookedBy'),
      step: 'contact',
      rows: [
        { label: t.msg('bookedBy.name'), value: text(form.get('bookedBy.name')) },
        { label: t.msg('bookedBy.organisation'), value: text(form.get('bookedBy.organisation')) },
        { label: t.msg('bookedBy.email'), value: text(form.get('bookedBy.email')) },
        { label: t.msg('bookedBy.phone'), value: text(form.get('bookedBy.phone')) },
      ],
    });
  }
  return html`${reviewList(t, sections, options.onChange)}
    <p class="hint">${t.msg('review.privacy')}</p>`;
}
