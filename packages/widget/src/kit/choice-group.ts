import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  errorOf,
  frameOf,
  hintOf,
  labelText,
  touchOnLeave,
  type FieldOptions,
} from './field-parts.ts';
import type { FormController } from './form-controller.ts';

/** One choice of a select, radio group or checkbox group. */
export interface Choice {
  readonly value: string;
  /** The visible text, already translated (catalog texts are picked by the form). */
  readonly label: string;
  /** An explanation under a radio or checkbox. */
  readonly hint?: string;
}

/** Options of {@link radioGroup} and {@link checkboxGroup}. */
export interface ChoiceGroupOptions extends FieldOptions {
  readonly choices: readonly Choice[];
  /** Lay short choices side by side. @default false */
  readonly inline?: boolean;
}

/** Options of {@link radioGroup}. */
export type RadioGroupOptions = ChoiceGroupOptions;
/** Options of {@link checkboxGroup}. */
export type CheckboxGroupOptions = ChoiceGroupOptions;

/**
 * Radio buttons in a fieldset (`role="radiogroup"`) with the label as legend. Arrow keys move
 * between choices (the browser's radio behaviour); the error shows when focus leaves the group.
 */
export function radioGroup(form: FormController, options: ChoiceGroupOptions): TemplateResult {
  const value = form.get(options.key);
  return choiceGroup(
    form,
    options,
    'radio',
    (choice) => choice === value,
    (choice) => form.set(options.key, choice),
  );
}

/** Checkboxes for a list of ids (`supportNeed.reasons`); the model value is an array. */
export function checkboxGroup(form: FormController, options: ChoiceGroupOptions): TemplateResult {
  const current = form.get(options.key);
  const selected = new Set(Array.isArray(current) ? current.map(String) : []);
  return choiceGroup(
    form,
    options,
    'checkbox',
    (choice) => selected.has(choice),
    (changed, checked) =>
      form.set(
        options.key,
        // Keep the order of the choices, not of the clicks, so the model is stable.
        options.choices
          .map((choice) => choice.value)
          .filter((choice) => (choice === changed ? checked : selected.has(choice))),
      ),
  );
}

function choiceGroup(
  form: FormController,
  options: ChoiceGroupOptions,
  type: 'radio' | 'checkbox',
  isChecked: (value: string) => boolean,
  onChange: (value: string, checked: boolean) => void,
): TemplateResult {
  // aria-invalid and aria-required belong on a radiogroup, but on each checkbox of a group.
  const radio = type === 'radio';
  const frame = frameOf(form, options, { choice: radio ? 'one' : 'many' });
  const invalid = frame.message ? 'true' : 'false';
  return html`<fieldset
    class="field fieldset"
    part="field fieldset"
    role=${ifDefined(radio ? 'radiogroup' : undefined)}
    data-vangnet-field=${options.key}
    ?data-invalid=${frame.message !== undefined}
    aria-describedby=${ifDefined(frame.describedBy)}
    aria-invalid=${ifDefined(radio ? invalid : undefined)}
    aria-required=${ifDefined(radio ? String(frame.required) : undefined)}
    @focusout=${touchOnLeave(form, options.key)}
  >
    <legend class="label legend" part="label legend">
      ${labelText(form, options.label, frame.required)}
    </legend>
    ${hintOf(frame, options.hint)} ${errorOf(form, frame)}
    <div class="choices ${options.inline ? 'choices-inline' : ''}">
      ${options.choices.map((choice, index) => {
        const id = index === 0 ? frame.id : `${frame.id}-${index}`;
        const hintId = choice.hint ? `${id}-hint` : undefined;
        return html`<div class="choice" part="choice">
          <input
            class="choice-input"
            part=${type}
            type=${type}
            id=${id}
            name=${options.key}
            .value=${choice.value}
            .checked=${live(isChecked(choice.value))}
            aria-invalid=${ifDefined(radio ? undefined : invalid)}
            aria-describedby=${ifDefined(hintId)}
            @change=${(event: Event) =>
              onChange(choice.value, (event.target as HTMLInputElement).checked)}
          />
          <label class="choice-label" part="choice-label" for=${id}>${choice.label}</label>
          ${
            hintId
              ? html`<p class="hint choice-hint" part="hint" id=${hintId}>${choice.hint}</p>`
              : nothing
          }
        </div>`;
      })}
    </div>
  </fieldset>`;
}
