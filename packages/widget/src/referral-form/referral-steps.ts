import type { TemplateResult } from 'lit';
import type { FieldKey, Step } from '../kit/index.ts';
import type { ReferralTranslator } from './messages.ts';
import type { ReferralContext } from './referral-rules.ts';
import { LazyPart } from '../core/lazy-part.ts';
import { referrerStep } from './views/referrer-step.ts';
import { serviceStep } from './views/service-step.ts';
import type { StepView } from './views/step-view.ts';

/**
 * The steps after the service and the referrer step, the review and the confirmation: fetched
 * right after the first view, or when a view needs them first.
 */
export const referralLater = new LazyPart(() => import('./referral-later.ts'));

/** Whether `step` renders from the first chunk: the steps a form can open on. */
export const isFirstStep = (step: Step) => step.id === 'service' || step.id === 'referrer';

/** The steps, in order, with the fields each validates before going on. */
const stepFields: Readonly<Record<string, readonly FieldKey[]>> = {
  service: ['municipality', 'service'],
  referrer: ['referrer'],
  'young-person': ['youngPerson', 'parent'],
  'support-need': ['supportNeed'],
  preference: ['preference'],
  consent: ['consent', 'consents'],
  review: [],
};

/**
 * The referral's steps with their titles, read again on every render: the service step drops out
 * when the page's attributes already say the service and the municipality.
 */
export function referralSteps(t: ReferralTranslator, context: ReferralContext): Step[] {
  const titles: Record<string, string> = {
    service: t.msg('step.service'),
    referrer: t.msg('step.referrer'),
    'young-person': t.msg('step.youngPerson'),
    'support-need': t.msg('step.supportNeed'),
    preference: t.msg('step.preference'),
    consent: t.msg('step.consent'),
    review: t.msg('step.review'),
  };
  return Object.entries(stepFields)
    .filter(([id]) => id !== 'service' || !context.service || !context.municipality)
    .map(([id, fields]) => ({ id, title: titles[id] ?? id, fields }));
}

/**
 * The template of `step`; `onChange` opens a step from a change link on the review. A step after
 * the first ones needs {@link referralLater}'s module (the form waits for it before it renders one).
 */
export function stepContent(
  view: StepView,
  step: Step,
  steps: readonly Step[],
  onChange: (step: string | number) => void,
): TemplateResult | undefined {
  switch (step.id) {
    case 'service':
      return serviceStep(view);
    case 'referrer':
      return referrerStep(view);
    default:
      return referralLater.module?.laterStepContent(view, step, steps, onChange);
  }
}
