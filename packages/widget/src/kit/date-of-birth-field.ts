import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  parseDateParts,
  partsFromIso,
  splitTypedDate,
  type DateBounds,
  type DatePart,
  type DateParts,
} from './date-parts.ts';
import {
  errorOf,
  frameOf,
  hintOf,
  labelText,
  touchOnLeave,
  type FieldOptions,
} from './field-parts.ts';
import type { FormController } from './form-controller.ts';

/** Options of {@link dateOfBirthField}. */
export interface DateOfBirthFieldOptions extends FieldOptions, DateBounds {
  /**
   * `bday` for the person filling in (their own date of birth: `bday-day`, `bday-month`,
   * `bday-year`), `off` for someone else's (a pupil), so the browser does not offer its user's own.
   */
  readonly autocomplete: 'bday' | 'off';
}

const parts: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * A date of birth as three inputs — day, month, year — in a fieldset, shown `14 03 2009` and held
 * as `2009-03-14` (GOV.UK's pattern: no date picker, which is slow for birth dates and hard with
 * a screen reader). Numeric keyboards on phones; a whole date pasted or typed into the day input
 * (`14-03-2009`) is split over the three.
 *
 * The hint defaults to the catalog's example ("Bijvoorbeeld: 14 3 2009"); `notAfter` should be
 * the (injected) date of today.
 */
export function dateOfBirthField(
  form: FormController,
  options: DateOfBirthFieldOptions,
): TemplateResult {
  const hint = options.hint ?? form.t.msg('dateOfBirth.hint');
  const frame = frameOf(form, { ...options, hint });
  const shown = form.display<DateParts>(options.key) ?? partsFromIso(form.get(options.key));
  const error = form.shownErrorOf(options.key);
  const invalid = new Set<DatePart>(
    error === undefined
      ? []
      : error.source === 'parse'
        ? parseDateParts(shown, options).invalidParts
        : parts,
  );

  const update = (part: DatePart, text: string) => {
    const pasted = part === 'day' ? splitTypedDate(text) : undefined;
    // Read the parts now, not at render: autofill sets all three before the next render.
    const current = form.display<DateParts>(options.key) ?? partsFromIso(form.get(options.key));
    const next: DateParts = pasted ?? { ...current, [part]: text };
    const parsed = parseDateParts(next, options);
    form.set(options.key, parsed.value, { display: next, parseError: parsed.error });
  };

  const input = (part: DatePart) => {
    const id = part === 'day' ? frame.id : `${frame.id}-${part}`;
    return html`<div class="date-part date-part-${part}">
      <label class="date-part-label" part="label date-part-label" for=${id}
        >${form.t.msg(`dateOfBirth.${part}`)}</label
      >
      <input
        class="input date-input"
        part="input date-input"
        id=${id}
        name=${`${options.key}.${part}`}
        inputmode="numeric"
        autocomplete=${options.autocomplete === 'bday' ? `bday-${part}` : 'off'}
        aria-invalid=${invalid.has(part) ? 'true' : 'false'}
        aria-required=${frame.required ? 'true' : 'false'}
        .value=${live(shown[part])}
        @input=${(event: InputEvent) => update(part, (event.target as HTMLInputElement).value)}
      />
    </div>`;
  };

  return html`<fieldset
    class="field fieldset date"
    part="field fieldset"
    data-vangnet-field=${options.key}
    ?data-invalid=${frame.message !== undefined}
    aria-describedby=${ifDefined(frame.describedBy)}
    @focusout=${touchOnLeave(form, options.key)}
  >
    <legend class="label legend" part="label legend">
      ${labelText(form, options.label, frame.required)}
    </legend>
    ${hintOf(frame, hint)} ${errorOf(form, frame)}
    <div class="date-parts">${parts.map(input)}</div>
  </fieldset>`;
}
