import type { ReactiveController } from 'lit';
import type { KitHost } from './form-controller.ts';
import { inScope } from './form-controller.ts';
import type { FieldKey } from './model.ts';

/** One step of a multi-step form. */
export interface Step {
  /** A stable id, used in events and to go back from the review (`referrer`). */
  readonly id: string;
  /** The step's heading, already translated. */
  readonly title: string;
  /** Field keys or key prefixes validated before leaving the step (`['referrer']`). */
  readonly fields?: readonly FieldKey[];
}

/** Options of {@link StepController}. */
export interface StepControllerOptions {
  /** The steps, read on every call so a form can add or drop steps (consent only when needed). */
  readonly steps: () => readonly Step[];
  /** Called after the step changed, e.g. to fire a `vangnet-step-change` event. */
  readonly onChange?: (step: Step, index: number) => void;
  /**
   * The form whose error summary should only list the new step's fields after a step change
   * (so "Vorige" does not carry links to fields that are no longer on screen).
   */
  readonly form?: { keepSummaryWithin(scope: readonly FieldKey[]): void };
}

/**
 * Which step a form is on. Going to another step moves focus to the new step's heading (rendered
 * by `stepHeading`), whose text starts with "Stap 2 van 5", so screen readers announce where the
 * person is. The first render does not take focus: a form must not pull focus on page load.
 *
 * @example
 * ```ts
 * readonly steps = new StepController(this, { steps: () => this.#steps(), form: this.form });
 * #next() {
 *   if (this.form.validate(this.steps.current.fields).valid) this.steps.next();
 *   else this.form.focusSummary();
 * }
 * ```
 */
export class StepController implements ReactiveController {
  readonly #host: KitHost;
  readonly #options: StepControllerOptions;
  #index = 0;
  #focusPending = false;

  constructor(host: KitHost, options: StepControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** All steps, as they are now. */
  get all(): readonly Step[] {
    return this.#options.steps();
  }

  /** The index of the current step, from 0. */
  get index(): number {
    return Math.min(this.#index, Math.max(this.all.length - 1, 0));
  }

  /** The current step. */
  get current(): Step {
    const step = this.all[this.index];
    if (!step) throw new Error('A StepController needs at least one step.');
    return step;
  }

  /** How many steps there are. */
  get count(): number {
    return this.all.length;
  }

  /** Whether the current step is the first (no "Vorige"). */
  get isFirst(): boolean {
    return this.index === 0;
  }

  /** Whether the current step is the last (the review: "Versturen"). */
  get isLast(): boolean {
    return this.index === this.count - 1;
  }

  /** Goes to a step by index or id and moves focus to its heading. */
  goTo(step: number | string, options: { focus?: boolean } = {}): void {
    const index = typeof step === 'number' ? step : this.all.findIndex((s) => s.id === step);
    if (index < 0 || index >= this.count) return;
    const changed = index !== this.#index;
    this.#index = index;
    this.#focusPending = options.focus ?? true;
    this.#options.form?.keepSummaryWithin(this.all[index]?.fields ?? []);
    this.#host.requestUpdate();
    if (changed) this.#options.onChange?.(this.current, index);
  }

  /** Goes to the next step. */
  next(): void {
    this.goTo(this.index + 1);
  }

  /** Goes to the previous step. */
  back(): void {
    this.goTo(this.index - 1);
  }

  /** The index of the step that holds a field, e.g. to go to the first server error. */
  indexOfField(key: FieldKey): number {
    return this.all.findIndex((step) => inScope(key, step.fields ?? []));
  }

  /**
   * Goes to the earliest step that holds one of `keys` (fields in error) without focusing its
   * heading: the error summary, focused next, is what a screen reader should read.
   */
  goToFirstOf(keys: readonly FieldKey[]): void {
    const indexes = keys.map((key) => this.indexOfField(key)).filter((index) => index >= 0);
    if (indexes.length > 0) this.goTo(Math.min(...indexes), { focus: false });
  }

  hostUpdated(): void {
    if (!this.#focusPending) return;
    const heading = this.#host.renderRoot.querySelector<HTMLElement>('[data-vangnet-step-heading]');
    // A step whose view is still on its way (a later part of the form, decision 0123) has no
    // heading yet: it takes focus in the update that renders it.
    if (!heading) return;
    this.#focusPending = false;
    heading.focus();
  }
}
