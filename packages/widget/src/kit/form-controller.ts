import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NetworkError, shapeOf, type FieldShape } from '@vangnet/sdk';
import type { Translator } from '../i18n/translator.ts';
import type { MessageParams } from '../i18n/types.ts';
import {
  messageForIssue,
  pointerToPath,
  type FieldError,
  type ServerFieldError,
} from './issues.ts';
import {
  describeField,
  withinSchema,
  withRequiredObjects,
  type FormSchema,
  type LazyFormSchema,
} from './schema.ts';
import { buildModel, flattenModel, getAt, isEmpty, type FieldKey } from './model.ts';

/** What the kit needs of its host: a Lit element with a render root (its shadow root). */
export type KitHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** A check the schema cannot make (catalog rules, age bounds): an error on a field, or none. */
export type FormRule = (model: Readonly<Record<string, unknown>>) => ReadonlyArray<{
  readonly key: FieldKey;
  readonly message: string;
  readonly params?: MessageParams;
}>;

/** Options of a {@link FormController}. */
export interface FormControllerOptions<T> {
  /**
   * What the form fills in: the SDK's contract of the input (`referralInputForm`: its fields now,
   * its schema loaded when the form first checks), or a schema at hand (`ReferralInputSchema`).
   */
  readonly schema: FormSchema<T> | LazyFormSchema<T>;
  /** The translator of the host; error texts come from its catalogs. */
  readonly translator: Translator;
  /** Values to start with (model values, nested as in the schema). */
  readonly initial?: Readonly<Record<string, unknown>>;
  /**
   * Completes the model before validation with what is not typed in a field: attributes such as
   * `municipality`, derived data such as consent declarations.
   */
  readonly complete?: (model: Record<string, unknown>) => Record<string, unknown>;
  /** Extra checks, e.g. age bounds from the catalog. Their message keys are the component's. */
  readonly rules?: readonly FormRule[];
}

/** The outcome of {@link FormController.validate}. */
export type Validation<T> =
  | { readonly valid: true; readonly data: T | undefined; readonly errors: readonly [] }
  | { readonly valid: false; readonly errors: readonly FieldKey[] };

/** One line of the error summary. */
export interface SummaryEntry {
  readonly key: FieldKey;
  readonly error: FieldError;
  /** The field's label, when the field was rendered. */
  readonly label: string | undefined;
  /** The translated error text. */
  readonly message: string;
}

interface ParseState {
  readonly error: Omit<FieldError, 'source'>;
}

/** What one check of the values found: an error per field, or the parsed data. */
interface Checked<T> {
  readonly errors: ReadonlyMap<FieldKey, FieldError>;
  readonly data: T | undefined;
}

/**
 * Form state driven by an SDK schema, after Lion's forms: the model value (`2009-03-14`) is kept
 * apart from what is displayed (`14`, `3`, `2009`), and *having* an error is kept apart from
 * *showing* it — an error shows once its field was left (blur) or its step submitted, never on the
 * first key, and server errors show at once.
 *
 * Field keys are dotted paths into the schema's object (`youngPerson.dateOfBirth`); zod issue
 * paths and 422 JSON pointers are mapped onto them.
 *
 * @example
 * ```ts
 * readonly t = new Translator(this, catalogs);
 * readonly form = new FormController(this, { schema: ReferralInputSchema, translator: this.t });
 * // in a step's submit handler:
 * const result = this.form.validate(['referrer']);
 * if (!result.valid) return this.form.focusSummary();
 * ```
 */
export class FormController<T = unknown> implements ReactiveController {
  readonly #host: KitHost;
  readonly #options: FormControllerOptions<T>;
  #values = new Map<FieldKey, unknown>();
  #displays = new Map<FieldKey, unknown>();
  #parseErrors = new Map<FieldKey, ParseState>();
  #serverErrors = new Map<FieldKey, FieldError>();
  /** The values checked against the schema and the rules; `undefined` after a change. */
  #checked: Checked<T> | undefined;
  #touched = new Set<FieldKey>();
  #submittedScopes: FieldKey[][] = [];
  #summaryKeys: FieldKey[] = [];
  #labels = new Map<FieldKey, string>();
  #choiceKeys = new Map<FieldKey, 'one' | 'many'>();
  #labelChanged = false;
  #rendered: FieldKey[] = [];
  #renderedLast: FieldKey[] = [];
  #dirty = false;
  readonly #shape: FieldShape;
  /** The schema, once at hand. */
  #schema: FormSchema<T> | undefined;
  #loading: Promise<void> | undefined;
  #settling = false;

  constructor(host: KitHost, options: FormControllerOptions<T>) {
    this.#host = host;
    this.#options = options;
    if ('safeParse' in options.schema) {
      this.#schema = options.schema;
      this.#shape = shapeOf(options.schema);
    } else {
      this.#shape = options.schema.shape;
    }
    host.addController(this);
    this.reset(options.initial);
  }

  /** Whether the schema is at hand, so {@link validate} checks everything. */
  get loaded(): boolean {
    return this.#schema !== undefined;
  }

  /** Whether a step waits for the schema ({@link settle}): the form says it is busy meanwhile. */
  get busy(): boolean {
    return this.#settling;
  }

  /**
   * Waits for the schema before a step is checked, {@link busy} meanwhile. A schema that does not
   * arrive leaves the step to its rules; the send asks again ({@link schemaLoaded}).
   */
  async settle(): Promise<void> {
    if (this.loaded) return;
    this.#settling = true;
    this.#host.requestUpdate();
    try {
      await this.load();
    } catch {
      // Told at the send, where a retry is offered.
    } finally {
      this.#settling = false;
      this.#host.requestUpdate();
    }
  }

  /**
   * Loads the schema of a lazy input. Until it is there a check holds only the form's rules and
   * the fields' own parse errors, so a form awaits this before it sends. Rejects with a
   * {@link NetworkError} when the schema did not arrive; the next call tries again.
   */
  load(): Promise<void> {
    const source = this.#options.schema;
    if (this.#schema || 'safeParse' in source) return Promise.resolve();
    this.#loading ??= source.schema().then(
      (schema) => {
        this.#schema = schema;
        this.#checked = undefined;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw new NetworkError({ operation: 'form.load', cause: error });
      },
    );
    return this.#loading;
  }

  /** The host's translator. */
  get t(): Translator {
    return this.#options.translator;
  }

  /** The element the form lives in. */
  get host(): KitHost {
    return this.#host;
  }

  /** Whether anything was typed since the start or the last {@link reset}. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /**
   * The model built from the fields, completed: what the rules read. What is sent is
   * {@link data}, which holds only the fields the schema describes.
   */
  get model(): Record<string, unknown> {
    const model = buildModel(this.#values);
    return this.#options.complete ? this.#options.complete(model) : model;
  }

  /** The parsed data when the whole schema is satisfied, else `undefined`. */
  get data(): T | undefined {
    return this.#check().data;
  }

  /**
   * Checks the values now, when the form has time (after its first view), so that the first
   * keystroke does not pay for the schema's first run. The check otherwise waits until an error
   * or the data is asked for: a first view shows no errors, so it needs none.
   */
  prepare(): void {
    if (this.#schema) this.#check();
    else this.load().then(() => this.#check(), ignore);
  }

  /** Errors the error summary lists: shown errors in the last submitted scope, in form order. */
  get summary(): ReadonlyArray<SummaryEntry> {
    const list: SummaryEntry[] = [];
    for (const key of this.#summaryKeys) {
      const error = this.errorOf(key);
      if (!error) continue;
      list.push({
        key,
        error,
        label: this.#labels.get(key),
        message: this.#messageFor(key, error),
      });
    }
    return list;
  }

  /** Starts a new list of rendered fields for this render. */
  hostUpdate(): void {
    this.#rendered = [];
  }

  /** Keeps the order the fields rendered in, for the summary. */
  hostUpdated(): void {
    this.#renderedLast = this.#rendered;
    // Right after the first view that shows the form, never before it: the schema then arrives
    // while the person reads the step, so "Volgende" seldom has to wait for it.
    if (!this.#schema && (this.#rendered.length > 0 || this.#host.renderRoot.querySelector('form')))
      this.load().catch(ignore);
    // The summary renders above the fields: a label first seen in this render (the step of a
    // server error was not shown before), or one in another language after a switch, reaches the
    // summary on one more render.
    if (this.#labelChanged && this.#summaryKeys.length > 0) {
      this.#labelChanged = false;
      // After this update has finished, not inside it (Lit warns on updates requested in one).
      queueMicrotask(() => this.#host.requestUpdate());
    }
    this.#labelChanged = false;
  }

  /** Starts over with `initial` (model values): nothing touched, no errors shown. */
  reset(initial: Readonly<Record<string, unknown>> = this.#options.initial ?? {}): void {
    this.#values = flattenModel(initial);
    this.#displays.clear();
    this.#parseErrors.clear();
    this.#serverErrors.clear();
    this.#touched.clear();
    this.#submittedScopes = [];
    this.#summaryKeys = [];
    this.#dirty = false;
    this.#checked = undefined;
    this.#host.requestUpdate();
  }

  /** The model value of a field. */
  get(key: FieldKey): unknown {
    return this.#values.get(key);
  }

  /** The displayed value a field keeps beside its model value (date parts), if any. */
  display<D>(key: FieldKey): D | undefined {
    return this.#displays.get(key) as D | undefined;
  }

  /**
   * Sets a field's model value. A field whose display differs from its model (a date typed in
   * three parts) passes the display and, when the display cannot be parsed, a parse error that
   * wins over the schema's.
   */
  set(
    key: FieldKey,
    value: unknown,
    options: { display?: unknown; parseError?: Omit<FieldError, 'source'> | undefined } = {},
  ): void {
    if (isEmpty(value)) this.#values.delete(key);
    else this.#values.set(key, value);
    if ('display' in options) this.#displays.set(key, options.display);
    if (options.parseError) this.#parseErrors.set(key, { error: options.parseError });
    else this.#parseErrors.delete(key);
    this.#serverErrors.delete(key);
    this.#dirty = true;
    this.#checked = undefined;
    this.#host.requestUpdate();
  }

  /** Marks a field as left: its error, if any, shows from now on. */
  touch(key: FieldKey): void {
    if (this.#touched.has(key)) return;
    this.#touched.add(key);
    this.#host.requestUpdate();
  }

  /** The error a field has, shown or not. */
  errorOf(key: FieldKey): FieldError | undefined {
    return this.#serverErrors.get(key) ?? this.#check().errors.get(key);
  }

  /** The error to show on a field: after blur, after its step was submitted, or from the server. */
  shownErrorOf(key: FieldKey): FieldError | undefined {
    const server = this.#serverErrors.get(key);
    if (server) return server;
    if (!this.#touched.has(key) && !this.#submittedScopes.some((scope) => inScope(key, scope))) {
      return undefined;
    }
    return this.#check().errors.get(key);
  }

  /** The translated text of a field's shown error. */
  shownMessageOf(key: FieldKey): string | undefined {
    const error = this.shownErrorOf(key);
    return error ? this.#messageFor(key, error) : undefined;
  }

  /** The translated text of an error, with a general message when the catalogs lack its key. */
  messageOf(error: FieldError): string {
    const key = this.t.has(error.message) ? error.message : 'validation.invalid';
    return this.t.msg(key, error.params);
  }

  /** Whether the schema requires the field (not wrapped in `z.optional`). */
  isRequired(key: FieldKey): boolean {
    const field = describeField(this.#shape, key.split('.'));
    return field !== undefined && !field.optional;
  }

  /** The schema's maximum length for a text field. */
  maxLengthOf(key: FieldKey): number | undefined {
    return describeField(this.#shape, key.split('.'))?.maxLength;
  }

  /**
   * Validates the fields under `scope` (keys or key prefixes, e.g. `['referrer']` for a step;
   * everything when left out), shows their errors and lists them in the error summary.
   */
  validate(scope?: readonly FieldKey[]): Validation<T> {
    const { data } = this.#check(true);
    const fields = scope ? [...scope] : [''];
    this.#submittedScopes.push(fields);
    const errorKeys = this.#errorKeys().filter((key) => inScope(key, fields));
    this.#summaryKeys = this.#ordered(errorKeys);
    this.#host.requestUpdate();
    if (errorKeys.length > 0) return { valid: false, errors: this.#summaryKeys };
    return { valid: true, data, errors: [] };
  }

  /**
   * Puts the server's field errors (a 422 problem's `errors`) on the fields and in the summary.
   * Returns the field keys, in form order, so the form can go to the step of the first one.
   */
  setServerErrors(errors: readonly ServerFieldError[]): FieldKey[] {
    const keys: FieldKey[] = [];
    for (const error of errors) {
      const path = error.path ?? pointerToPath(error.pointer ?? '');
      const key = this.#keyForPath(path);
      if (this.#serverErrors.has(key)) continue;
      this.#serverErrors.set(key, { message: `validation.${error.code}`, source: 'server' });
      keys.push(key);
    }
    this.#summaryKeys = this.#ordered(keys);
    this.#host.requestUpdate();
    return this.#summaryKeys;
  }

  /**
   * Drops summary lines outside `scope`, e.g. when going to another step: a summary must not
   * link to fields that are not on screen. Server errors on fields in `scope` stay listed.
   */
  keepSummaryWithin(scope: readonly FieldKey[]): void {
    const kept = this.#summaryKeys.filter((key) => inScope(key, scope));
    if (kept.length === this.#summaryKeys.length) return;
    this.#summaryKeys = kept;
    this.#host.requestUpdate();
  }

  /**
   * Records that a field template rendered `key`, so summaries follow the order of the form.
   * Field templates call this; forms need not.
   */
  register(key: FieldKey, label: string, options: { choice?: 'one' | 'many' } = {}): void {
    this.#rendered.push(key);
    if (this.#labels.get(key) !== label) {
      this.#labelChanged = true;
      this.#labels.set(key, label);
    }
    if (options.choice) this.#choiceKeys.set(key, options.choice);
  }

  /** The element id of a field's input (unique within the form's shadow root). */
  idOf(key: FieldKey): string {
    return `vangnet-field-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  }

  /** Moves focus to the error summary once the host has rendered it. */
  async focusSummary(): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('[data-vangnet-summary]')?.focus();
  }

  /** Moves focus into a field (its first input) and scrolls its label into view. */
  async focusField(key: FieldKey): Promise<void> {
    await this.#host.updateComplete;
    focusFieldIn(this.#host.renderRoot, key);
  }

  /** The checked values, checked again when they changed or when `again` asks for it. */
  #check(again = false): Checked<T> {
    if (this.#checked && !again) return this.#checked;
    const schema = this.#schema;
    // Asked before the schema is there (a field left at once): the rules now, the rest on arrival.
    if (!schema) this.load().catch(ignore);
    const model = withRequiredObjects(this.#shape, this.model);
    // The form's own fields (not the request's) stay in `model` for the rules, out of the data.
    const result = schema?.safeParse(withinSchema(this.#shape, model));
    const errors = new Map<FieldKey, FieldError>();
    let data: T | undefined;
    if (result?.success) {
      data = result.data;
    } else if (result) {
      for (const issue of result.error.issues) {
        const key = this.#keyForPath(issue.path);
        if (errors.has(key)) continue;
        const value = getAt(model, issue.path);
        errors.set(key, { ...messageForIssue(issue, value), source: 'schema' });
      }
    }
    for (const rule of this.#options.rules ?? []) {
      for (const found of rule(model as Record<string, unknown>)) {
        if (errors.has(found.key)) continue;
        errors.set(found.key, {
          message: found.message,
          ...(found.params ? { params: found.params } : {}),
          source: 'rule',
        });
      }
    }
    for (const [key, state] of this.#parseErrors) {
      errors.set(key, { ...state.error, source: 'parse' });
    }
    if (this.#parseErrors.size > 0) data = undefined;
    this.#checked = { errors, data };
    return this.#checked;
  }

  /** A missing choice says "Maak een keuze" or "Kies er minstens 1", a missing text "Vul dit in". */
  #messageFor(key: FieldKey, error: FieldError): string {
    const choice = this.#choiceKeys.get(key);
    if (error.message !== 'validation.required' || !choice) return this.messageOf(error);
    return this.messageOf(
      choice === 'one'
        ? { ...error, message: 'validation.choose' }
        : { ...error, message: 'validation.chooseAtLeast', params: { minimum: 1 } },
    );
  }

  #errorKeys(): FieldKey[] {
    return [...new Set([...this.#serverErrors.keys(), ...this.#check().errors.keys()])];
  }

  /** The field key for an issue path: the longest prefix that is a rendered field or has a value. */
  #keyForPath(path: readonly PropertyKey[]): FieldKey {
    const segments = path.map(String);
    for (let length = segments.length; length > 0; length -= 1) {
      const key = segments.slice(0, length).join('.');
      if (this.#renderedLast.includes(key) || this.#rendered.includes(key)) return key;
    }
    return segments.join('.');
  }

  /** Keys in the order their fields were rendered; keys not on screen keep their order, after. */
  #ordered(keys: readonly FieldKey[]): FieldKey[] {
    const order = this.#renderedLast.length > 0 ? this.#renderedLast : this.#rendered;
    const position = (key: FieldKey) => {
      const index = order.indexOf(key);
      return index === -1 ? Number.MAX_SAFE_INTEGER : index;
    };
    return [...keys].sort((a, b) => position(a) - position(b));
  }
}

/** A failed load is told by {@link FormController.load} to whoever sends; a check just waits. */
const ignore = () => undefined;

/** Whether `key` lies under one of the scope's keys or prefixes (`''` is everything). */
export function inScope(key: FieldKey, scope: readonly FieldKey[]): boolean {
  return scope.some((prefix) => prefix === '' || key === prefix || key.startsWith(`${prefix}.`));
}

/** Focuses the first input of the field `key` in a render root. */
export function focusFieldIn(root: ParentNode, key: FieldKey): boolean {
  const field = root.querySelector(`[data-vangnet-field="${CSS.escape(key)}"]`);
  const target =
    field?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    field?.querySelector<HTMLElement>('input:checked') ??
    field?.querySelector<HTMLElement>('input, select, textarea, button');
  if (!target) return false;
  target.focus();
  // The label sits above the input: scroll the whole field into view so it shows too.
  field?.scrollIntoView?.({ block: 'nearest' });
  return true;
}
