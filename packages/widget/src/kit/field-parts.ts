import { html, nothing, type TemplateResult } from 'lit';
import type { FormController } from './form-controller.ts';
import type { FieldKey } from './model.ts';

/** What every field template takes. */
export interface FieldOptions {
  /** The field's key: a dotted path into the schema, `referrer.email`. */
  readonly key: FieldKey;
  /** The visible label (or legend), already translated. */
  readonly label: string;
  /** A short help text under the label. */
  readonly hint?: string;
  /** Whether the field is required. @default what the schema says */
  readonly required?: boolean;
}

/** The ids and state a field template shares between its label, hint, error and input. */
export interface FieldFrame {
  readonly id: string;
  readonly hintId: string | undefined;
  readonly errorId: string | undefined;
  readonly required: boolean;
  /** The shown error's text, if one shows. */
  readonly message: string | undefined;
  /** Value for `aria-describedby`: hint and error ids, or `undefined` when there are none. */
  readonly describedBy: string | undefined;
}

/** Registers the field and works out its ids and shown error. */
export function frameOf(
  form: FormController,
  options: FieldOptions,
  extra: { describedBy?: string[]; choice?: 'one' | 'many' } = {},
): FieldFrame {
  form.register(options.key, options.label, extra.choice ? { choice: extra.choice } : {});
  const extraIds = extra.describedBy ?? [];
  const id = form.idOf(options.key);
  const message = form.shownMessageOf(options.key);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const ids = [hintId, ...extraIds, errorId].filter((value) => value !== undefined);
  return {
    id,
    hintId,
    errorId,
    message,
    required: options.required ?? form.isRequired(options.key),
    describedBy: ids.length > 0 ? ids.join(' ') : undefined,
  };
}

/** The label text with "(verplicht)" in words, not only an asterisk. */
export function labelText(form: FormController, label: string, required: boolean): TemplateResult {
  return html`${label}${
    required ? html` <span class="required">${form.t.msg('field.required')}</span>` : nothing
  }`;
}

/** The hint under a label. */
export function hintOf(
  frame: FieldFrame,
  hint: string | undefined,
): TemplateResult | typeof nothing {
  if (!hint || !frame.hintId) return nothing;
  return html`<p class="hint" part="hint" id=${frame.hintId}>${hint}</p>`;
}

/** The inline error, prefixed with "Fout:" for screen readers that read it out of context. */
export function errorOf(form: FormController, frame: FieldFrame): TemplateResult | typeof nothing {
  if (!frame.message || !frame.errorId) return nothing;
  return html`<p class="error" part="error" id=${frame.errorId}>
    <span class="visually-hidden">${form.t.msg('field.errorPrefix')}</span> ${frame.message}
  </p>`;
}

/** Leaving a group of inputs (radios, checkboxes, date parts) counts as leaving the field. */
export function touchOnLeave(form: FormController, key: FieldKey) {
  return (event: FocusEvent) => {
    const group = event.currentTarget as HTMLElement;
    const next = event.relatedTarget as Node | null;
    if (!next || !group.contains(next)) form.touch(key);
  };
}
