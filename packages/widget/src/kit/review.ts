import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../i18n/translator.ts';

/** One answer on the review step. */
export interface ReviewRow {
  readonly label: string;
  /** What was filled in, formatted for reading; several lines as an array; empty shows "Niet ingevuld". */
  readonly value: string | readonly string[] | undefined;
}

/** A group of answers, from one step, with a "Wijzig" link back to it. */
export interface ReviewSection {
  readonly title: string;
  /** The step to go back to (its id or index). */
  readonly step: string | number;
  readonly rows: readonly ReviewRow[];
}

/**
 * The review step: what was filled in, built from the form's data, per step, each with a "Wijzig"
 * (change) button that goes back to that step. The button's name includes the section
 * ("Wijzig Jongere") for screen readers, starting with the visible text.
 */
export function reviewList(
  t: Translator,
  sections: readonly ReviewSection[],
  onChange: (step: string | number) => void,
): TemplateResult {
  return html`<div class="review" part="review">
    ${sections.map(
      (section) =>
        html`<section class="review-section" part="review-section">
          <div class="review-header">
            <h3 class="review-title">${section.title}</h3>
            <button
              type="button"
              class="link-button"
              part="change-link link"
              @click=${() => onChange(section.step)}
            >
              ${t.msg('review.change')}<span class="visually-hidden"> ${section.title}</span>
            </button>
          </div>
          <dl class="review-list">
            ${section.rows.map(
              (row) =>
                html`<div class="review-row">
                  <dt>${row.label}</dt>
                  <dd>${valueOf(t, row.value)}</dd>
                </div>`,
            )}
          </dl>
        </section>`,
    )}
  </div>`;
}

function valueOf(t: Translator, value: ReviewRow['value']): TemplateResult | string {
  const lines = (typeof value === 'string' ? [value] : (value ?? [])).filter(
    (line) => line.trim() !== '',
  );
  if (lines.length === 0) return html`<span class="review-empty">${t.msg('review.empty')}</span>`;
  // Each answer on its own direction: a typed phone number or Dutch name in an Arabic form would
  // otherwise be reordered by the form's right-to-left direction ("00000000 06").
  return html`${lines.map((line, index) => html`${index > 0 ? html`<br />` : nothing}<bdi>${line}</bdi>`)}`;
}
