// The referral form's steps after the first ones and its confirmation: a chunk of its own in the
// browser bundle, fetched right after the first view (decision 0123).
import type { TemplateResult } from 'lit';
import type { Step } from '../kit/index.ts';
import { consentStep } from './views/consent-step.ts';
import { preferenceStep } from './views/preference-step.ts';
import { reviewStep } from './views/review-step.ts';
import type { StepView } from './views/step-view.ts';
import { supportNeedStep } from './views/support-need-step.ts';
import { youngPersonStep } from './views/young-person-step.ts';

export { confirmation } from './views/confirmation.ts';

/** The template of a step after the service and the referrer step. */
export function laterStepContent(
  view: StepView,
  step: Step,
  steps: readonly Step[],
  onChange: (step: string | number) => void,
): TemplateResult {
  switch (step.id) {
    case 'young-person':
      return youngPersonStep(view);
    case 'support-need':
      return supportNeedStep(view);
    case 'preference':
      return preferenceStep(view);
    case 'consent':
      return consentStep(view);
    default:
      return reviewStep(
        view,
        steps.map((candidate) => candidate.id),
        onChange,
      );
  }
}
