import { html, type TemplateResult } from 'lit';

export interface RadioOption {
  readonly id: string;
  readonly label: string;
}

/**
 * A group of radio buttons with its legend, in the kit's classes: arrow keys move between the
 * options, as in every native group.
 */
export function radioGroup(
  legend: string,
  name: string,
  options: readonly RadioOption[],
  checked: string,
  onChange: (id: string) => void,
): TemplateResult {
  return html`<fieldset class="fieldset">
    <legend class="legend">${legend}</legend>
    <div class="choices">
      ${options.map(
        (option) =>
          html`<div class="choice">
            <input
              class="choice-input"
              type="radio"
              name=${name}
              id=${`${name}-${option.id}`}
              value=${option.id}
              .checked=${checked === option.id}
              @change=${() => onChange(option.id)}
            />
            <label class="choice-label" for=${`${name}-${option.id}`}>${option.label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}
