import { html, nothing, type TemplateResult } from 'lit';
import type { AttributeProblem } from './attributes.ts';
import { coreTexts, problemText } from './messages.ts';

/** What the problem box says. */
export interface ProblemViewOptions {
  readonly language: string;
  readonly problems: readonly AttributeProblem[];
  /** The provider's attributes are at fault (it explains them itself). */
  readonly providerInvalid?: boolean;
  /** The API could not be reached; offers "try again". */
  readonly onRetry?: (() => void) | undefined;
}

/**
 * The polite box shown instead of a component that cannot work, followed by the webmaster's own
 * fallback content (the default slot: a phone number, a link to a contact page).
 */
export function renderProblem(options: ProblemViewOptions): TemplateResult {
  const { language, problems, providerInvalid = false, onRetry } = options;
  const t = coreTexts(language);
  const details = problems.length > 0 || providerInvalid;
  return html`<div class="vangnet-problem" part="problem" role="status">
      <p>${onRetry ? t.unreachable : t.unavailable}</p>
      ${
        details
          ? html`<p>${t.forWebmaster}</p>
              <ul>
                ${problems.map((problem) => html`<li>${problemText(language, problem)}</li>`)}
                ${providerInvalid ? html`<li>${t.providerInvalid}</li>` : nothing}
              </ul>`
          : nothing
      }
      ${
        onRetry
          ? html`<button type="button" part="retry" @click=${onRetry}>${t.retry}</button>`
          : nothing
      }
    </div>
    <div class="vangnet-fallback" part="fallback"><slot></slot></div>`;
}

/** The fixed-size placeholder shown while loading; its height is the reserved height. */
export function renderPlaceholder(language: string): TemplateResult {
  return html`<div class="vangnet-placeholder" part="placeholder" aria-busy="true">
    <span role="status">${coreTexts(language).loading}</span>
  </div>`;
}
