import { html, nothing, type TemplateResult } from 'lit';
import { focusFieldIn, type FormController } from './form-controller.ts';

/**
 * The error summary: after a step is submitted with errors, a list of them at the top of the step,
 * each a link that moves focus into the field. Links inside a shadow root cannot jump to an id by
 * their `href` (fragments resolve in the document), so the click handler focuses the field itself;
 * the `href` stays for what links are expected to have.
 *
 * The form calls `form.focusSummary()` after a failed `validate()`, so the summary is read out.
 * Renders nothing when there are no errors.
 */
export function errorSummary(form: FormController): TemplateResult | typeof nothing {
  const entries = form.summary;
  if (entries.length === 0) return nothing;
  const titleId = 'vangnet-error-summary-title';
  return html`<section
    class="summary"
    part="summary"
    tabindex="-1"
    aria-labelledby=${titleId}
    data-vangnet-summary
  >
    <h3 class="summary-title" part="summary-title" id=${titleId}>
      ${form.t.msg('summary.title', { count: entries.length })}
    </h3>
    <p class="summary-intro">${form.t.msg('summary.intro')}</p>
    <ul class="summary-list" part="summary-list">
      ${entries.map(
        (entry) =>
          html`<li>
            <a
              class="link"
              part="summary-link link"
              href=${`#${form.idOf(entry.key)}`}
              @click=${(event: MouseEvent) => {
                event.preventDefault();
                const root = (event.currentTarget as HTMLElement).getRootNode() as ParentNode;
                focusFieldIn(root, entry.key);
              }}
              >${entry.label ? `${entry.label}: ` : ''}${entry.message}</a
            >
          </li>`,
      )}
    </ul>
  </section>`;
}
