import { html, type TemplateResult } from 'lit';
import type { Translator } from '../i18n/translator.ts';
import type { StepController } from './step-controller.ts';

/**
 * The progress bar: one segment per step, with the step names for screen readers (done, current).
 * Visually compact so it fits 320 px with eight steps. `form` is the form's name: two forms on one
 * page have two progress landmarks, and their names ("Voortgang: Aanmelding") tell them apart.
 */
export function stepper(t: Translator, steps: StepController, form?: string): TemplateResult {
  const label = form ? `${t.msg('stepper.label')}: ${form}` : t.msg('stepper.label');
  return html`<nav class="stepper" part="stepper" aria-label=${label}>
    <ol class="stepper-list">
      ${steps.all.map((step, index) => {
        const state = index < steps.index ? 'done' : index === steps.index ? 'current' : 'todo';
        return html`<li
          class="stepper-step stepper-${state}"
          part="stepper-step stepper-${state}"
          aria-current=${state === 'current' ? 'step' : 'false'}
        >
          <span class="visually-hidden"
            >${index + 1}. ${step.title}
            ${
              state === 'done'
                ? t.msg('stepper.done')
                : state === 'current'
                  ? t.msg('stepper.current')
                  : ''
            }</span
          >
        </li>`;
      })}
    </ol>
  </nav>`;
}

/**
 * The current step's heading, "Stap 2 van 5" above the step's title. It takes focus when the step
 * changes, so its whole text is announced.
 */
export function stepHeading(t: Translator, steps: StepController): TemplateResult {
  return html`<h2 class="step-heading" part="step-heading" tabindex="-1" data-vangnet-step-heading>
    <span class="step-count" part="step-count"
      >${t.msg('stepper.progress', { current: steps.index + 1, total: steps.count })}</span
    ><span class="visually-hidden">: </span>
    <span class="step-title">${steps.current.title}</span>
  </h2>`;
}
