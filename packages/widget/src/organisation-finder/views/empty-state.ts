import { html, nothing } from 'lit';
import type { Suggestion } from '../empty-suggestions.ts';
import type { FilterName, FinderQuery } from '../finder-query.ts';
import type { FinderTranslator } from '../messages.ts';

export interface EmptyStateOptions {
  t: FinderTranslator;
  query: FinderQuery;
  /** Ways out, best first; `undefined` while they are being counted. */
  suggestions: readonly Suggestion[] | undefined;
  /** The label of a filter's chosen value. */
  valueLabel: (name: FilterName, value: string) => string;
  onDrop: (drop: Suggestion['drop']) => void;
}

/** No results: says so, and which filter or words to drop to find something (best option first). */
export function renderEmptyState({ t, query, suggestions, valueLabel, onDrop }: EmptyStateOptions) {
  return html`
    <div class="empty" part="empty">
      <p class="empty-title">${t.msg('finder.empty.title')}</p>
      ${
        suggestions?.length
          ? html`<ul class="suggestions">
              ${suggestions.map((suggestion) => renderSuggestion(t, query, suggestion, valueLabel, onDrop))}
            </ul>`
          : nothing
      }
      ${query.q.trim() !== '' ? html`<p>${t.msg('finder.empty.otherWords')}</p>` : nothing}
    </div>
  `;
}

function renderSuggestion(
  t: FinderTranslator,
  query: FinderQuery,
  { drop, count }: Suggestion,
  valueLabel: EmptyStateOptions['valueLabel'],
  onDrop: EmptyStateOptions['onDrop'],
) {
  if (drop === 'q') {
    return html`<li>
      <span>${t.msg('finder.empty.dropQuery', { query: query.q.trim(), count })}</span>
      <button type="button" class="link-button" @click=${() => onDrop(drop)}>
        ${t.msg('finder.empty.dropQueryAction')}
      </button>
    </li>`;
  }
  const filter = t.msg(`finder.filter.${drop}`);
  return html`<li>
    <span>
      ${t.msg('finder.empty.dropFilter', { filter, value: valueLabel(drop, query[drop]), count })}
    </span>
    <button type="button" class="link-button" @click=${() => onDrop(drop)}>
      ${t.msg('finder.empty.dropFilterAction', { filter })}
    </button>
  </li>`;
}
