import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { errorOf, frameOf, hintOf, labelText, type FieldOptions } from './field-parts.ts';
import type { Choice } from './choice-group.ts';
import type { FormController } from './form-controller.ts';

/**
 * An `autocomplete` value chosen by the form: a token such as `email` or `section-referrer name`
 * for the person filling in, or `off` for fields about someone else (a pupil), so the browser does
 * not fill in the staff member's own details.
 */
export type Autocomplete = AutoFill | 'off';

/** How wide an input is drawn; a hint of the expected length, never wider than the form. */
export type InputWidth = 'xs' | 's' | 'm' | 'l' | 'full';

/** Options of {@link textField}. */
export interface TextFieldOptions extends FieldOptions {
  /** The form decides: there is no default, because the wrong one leaks personal data. */
  readonly autocomplete: Autocomplete;
  /** @default 'text' */
  readonly type?: 'text' | 'email' | 'tel';
  readonly inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal';
  /** @default 'l' */
  readonly width?: InputWidth;
  /** Spell checking; off for names, codes and addresses. @default false */
  readonly spellcheck?: boolean;
}

/**
 * A one-line text input with label, hint and inline error.
 *
 * @example
 * ```ts
 * textField(this.form, { key: 'referrer.name', label: t.msg('referrer.name'), autocomplete: 'name' })
 * ```
 */
export function textField(form: FormController, options: TextFieldOptions): TemplateResult {
  const frame = frameOf(form, options);
  const type = options.type ?? 'text';
  return labelledField(
    form,
    frame,
    options,
    html`<input
      class="input width-${options.width ?? 'l'}"
      part="input"
      id=${frame.id}
      name=${options.key}
      type=${type}
      inputmode=${ifDefined(options.inputmode)}
      autocomplete=${options.autocomplete}
      spellcheck=${options.spellcheck ? 'true' : 'false'}
      aria-describedby=${ifDefined(frame.describedBy)}
      aria-invalid=${frame.message ? 'true' : 'false'}
      aria-required=${frame.required ? 'true' : 'false'}
      .value=${live(stringOf(form.get(options.key)))}
      @input=${(event: InputEvent) =>
        form.set(options.key, (event.target as HTMLInputElement).value)}
      @blur=${() => form.touch(options.key)}
    />`,
  );
}

/** An email address input: {@link textField} with `type="email"`. */
export function emailField(
  form: FormController,
  options: Omit<TextFieldOptions, 'type'>,
): TemplateResult {
  return textField(form, { width: 'l', ...options, type: 'email' });
}

/** A phone number input: {@link textField} with `type="tel"`. */
export function telField(
  form: FormController,
  options: Omit<TextFieldOptions, 'type'>,
): TemplateResult {
  return textField(form, { width: 'm', ...options, type: 'tel' });
}

/** Options of {@link selectField}. */
export interface SelectFieldOptions extends FieldOptions {
  readonly choices: readonly Choice[];
  /** The empty first option's text. @default "Maak een keuze" */
  readonly placeholder?: string;
  readonly autocomplete?: Autocomplete;
}

/** A native select: the most robust list on phones and with screen readers. */
export function selectField(form: FormController, options: SelectFieldOptions): TemplateResult {
  const frame = frameOf(form, options, { choice: 'one' });
  const value = stringOf(form.get(options.key));
  return labelledField(
    form,
    frame,
    options,
    html`<select
      class="input select"
      part="input select"
      id=${frame.id}
      name=${options.key}
      autocomplete=${ifDefined(options.autocomplete)}
      aria-describedby=${ifDefined(frame.describedBy)}
      aria-invalid=${frame.message ? 'true' : 'false'}
      aria-required=${frame.required ? 'true' : 'false'}
      @change=${(event: Event) => form.set(options.key, (event.target as HTMLSelectElement).value)}
      @blur=${() => form.touch(options.key)}
    >
      <option value="" ?selected=${value === ''}>
        ${options.placeholder ?? form.t.msg('select.placeholder')}
      </option>
      ${options.choices.map(
        (choice) =>
          html`<option value=${choice.value} ?selected=${choice.value === value}>
            ${choice.label}
          </option>`,
      )}
    </select>`,
  );
}

/**
 * A single checkbox for a yes/no value (a declaration, "I book for someone else"). The model value
 * is `true` when checked; unchecked leaves it out, so a schema's `z.literal(true)` reads it as
 * missing.
 */
export function checkboxField(form: FormController, options: FieldOptions): TemplateResult {
  const frame = frameOf(form, options);
  return html`<div
    class="field choice"
    part="field choice"
    data-vangnet-field=${options.key}
    ?data-invalid=${frame.message !== undefined}
  >
    <input
      class="choice-input"
      part="checkbox"
      type="checkbox"
      id=${frame.id}
      name=${options.key}
      .checked=${live(form.get(options.key) === true)}
      aria-describedby=${ifDefined(frame.describedBy)}
      aria-invalid=${frame.message ? 'true' : 'false'}
      aria-required=${frame.required ? 'true' : 'false'}
      @change=${(event: Event) =>
        form.set(options.key, (event.target as HTMLInputElement).checked ? true : undefined)}
      @blur=${() => form.touch(options.key)}
    />
    <label class="choice-label" part="choice-label label" for=${frame.id}
      >${labelText(form, options.label, frame.required)}</label
    >
    ${hintOf(frame, options.hint)} ${errorOf(form, frame)}
  </div>`;
}

/** Options of {@link textareaField}. */
export interface TextareaFieldOptions extends FieldOptions {
  /** The maximum length shown in the counter. @default the schema's `maxLength` */
  readonly limit?: number;
  /** @default 5 */
  readonly rows?: number;
  /** @default true */
  readonly spellcheck?: boolean;
}

/**
 * A textarea with a counter of characters left. Typing past the limit is allowed (cutting text
 * off loses what was typed); the counter says how many too many, and validation stops the step.
 */
export function textareaField(form: FormController, options: TextareaFieldOptions): TemplateResult {
  const limit = options.limit ?? form.maxLengthOf(options.key);
  const counterId = `${form.idOf(options.key)}-counter`;
  const frame = frameOf(form, options, { describedBy: limit === undefined ? [] : [counterId] });
  const text = stringOf(form.get(options.key));
  const left = limit === undefined ? 0 : limit - text.length;
  return labelledField(
    form,
    frame,
    options,
    html`<textarea
      class="input textarea"
      part="input textarea"
      id=${frame.id}
      name=${options.key}
      rows=${options.rows ?? 5}
      spellcheck=${options.spellcheck === false ? 'false' : 'true'}
      aria-describedby=${ifDefined(frame.describedBy)}
      aria-invalid=${frame.message ? 'true' : 'false'}
      aria-required=${frame.required ? 'true' : 'false'}
      .value=${live(text)}
      @input=${(event: InputEvent) =>
        form.set(options.key, (event.target as HTMLTextAreaElement).value)}
      @blur=${() => form.touch(options.key)}
    ></textarea>`,
    limit === undefined ? nothing : counterOf(form, counterId, limit, left),
  );
}

/**
 * The visible counter (read with the textarea through `aria-describedby`) and a polite live copy
 * that speaks only near the limit — the last tenth, or over it — so a screen reader user hears the
 * limit coming without every key being announced. The live region is always rendered, so it is
 * known before its first message.
 */
function counterOf(form: FormController, id: string, limit: number, left: number): TemplateResult {
  const text =
    left >= 0
      ? form.t.msg('counter.remaining', { count: left })
      : form.t.msg('counter.over', { count: -left });
  const nearLimit = left <= Math.max(10, Math.floor(limit / 10));
  return html`<p class="counter ${left < 0 ? 'counter-over' : ''}" part="counter" id=${id}>
      ${text}
    </p>
    <p class="visually-hidden" aria-live="polite">${nearLimit ? text : ''}</p>`;
}

/**
 * The frame every stacked field shares — label, hint and inline error above the control, in that
 * order so a screen reader meets the hint and the error before the input — with anything that
 * belongs below the control (a counter) after it.
 */
function labelledField(
  form: FormController,
  frame: ReturnType<typeof frameOf>,
  options: FieldOptions,
  control: TemplateResult,
  below: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<div
    class="field"
    part="field"
    data-vangnet-field=${options.key}
    ?data-invalid=${frame.message !== undefined}
  >
    <label class="label" part="label" for=${frame.id}
      >${labelText(form, options.label, frame.required)}</label
    >
    ${hintOf(frame, options.hint)} ${errorOf(form, frame)} ${control} ${below}
  </div>`;
}

/** A model value as input text. */
export function stringOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
