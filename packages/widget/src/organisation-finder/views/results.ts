import { html, nothing, type TemplateResult } from 'lit';
import type { Organisation } from '@vangnet/sdk';
import type { FilterOption, LabelLookup } from '../catalog-labels.ts';
import type { Suggestion } from '../empty-suggestions.ts';
import type { FilterName, FinderQuery } from '../finder-query.ts';
import { secondaryButton, type SubmitFailure } from '../../kit/index.ts';
import type { FinderTranslator } from '../messages.ts';
import type { Matches } from '../organisation-source.ts';
import { renderEmptyState } from './empty-state.ts';
import { renderPlaceholderCard, renderResultCard } from './result-card.ts';

export interface ResultsOptions {
  t: FinderTranslator;
  /** The matches so far; `undefined` while the first page loads. */
  matches: Matches | undefined;
  /** How many of them to show. */
  shown: number;
  /** The text of the count line. */
  count: string;
  busy: boolean;
  /** What failed, if anything: the first load or the latest search. */
  failed: 'load' | 'search' | undefined;
  /** Why, when it is known: offline, no connection, the server, too many requests. */
  reason: SubmitFailure | undefined;
  query: FinderQuery;
  suggestions: readonly Suggestion[] | undefined;
  options: Record<FilterName, readonly FilterOption[]>;
  labels: LabelLookup;
  headingLevel: number;
  onOpen: (organisation: Organisation) => void;
  onMore: () => void;
  onDrop: (drop: Suggestion['drop']) => void;
  onRetry: () => void;
}

/** How many grey cards stand in for the results while they load. */
const PLACEHOLDERS = 5;

/**
 * The count, then a scrollable region of fixed height with the results (or the empty state, or
 * what failed) and "show more". The region keeps one size from the grey loading cards to the
 * results, so the host page below never moves. Only the shown results are rendered: 20 at first,
 * 20 more per press.
 */
export function renderResults(options: ResultsOptions) {
  const { t, failed } = options;
  // Focusable, so that keyboard users can scroll it; named, as a region must be.
  const region = (content: TemplateResult) =>
    html`<div
      class="results-region"
      part="results-region"
      role="region"
      tabindex="0"
      aria-label=${t.msg('finder.results.label')}
    >
      ${content}
    </div>`;
  if (failed === 'load') {
    // The host's fallback content (a link to another list) is useful now too.
    return region(renderProblem(t, t.msg('finder.error.load'), options, html`<slot></slot>`));
  }
  return html`<p class="count" part="count">${options.count}</p>
    ${region(renderList(options))}`;
}

/** The results, the empty state or what failed, and "show more". */
function renderList(options: ResultsOptions) {
  const { t, matches, shown, failed } = options;
  const visible = matches?.items.slice(0, shown) ?? [];
  const total = matches?.total ?? 0;
  const card = {
    t,
    labels: options.labels,
    headingLevel: options.headingLevel,
    onOpen: options.onOpen,
  };
  return html`
    ${failed === 'search' ? renderProblem(t, t.msg('finder.error.search'), options) : nothing}
    ${
      matches && total === 0
        ? renderEmptyState({
            t,
            query: options.query,
            suggestions: options.suggestions,
            valueLabel: (name, value) =>
              options.options[name].find((option) => option.value === value)?.label ?? value,
            onDrop: options.onDrop,
          })
        : html`<ul class="results" part="results" aria-busy=${options.busy ? 'true' : 'false'}>
            ${
              matches
                ? // Not keyed: while typing, the same 20 cards only get new texts, far cheaper than
                  // building new ones. Focus is found again by data-id where it matters.
                  visible.map((organisation) => renderResultCard(organisation, card))
                : Array.from({ length: PLACEHOLDERS }, renderPlaceholderCard)
            }
          </ul>`
    }
    ${
      matches && visible.length < total
        ? html`<div class="more">
            <p>
              ${t.msg('finder.shown', { shown: t.number(visible.length), count: t.number(total) })}
            </p>
            ${secondaryButton(t.msg('finder.more'), options.onMore)}
          </div>`
        : nothing
    }
  `;
}

const REASONS = {
  offline: 'retry.offline',
  network: 'retry.network',
  server: 'retry.server',
  'rate-limited': 'retry.rateLimited',
} as const;

function renderProblem(
  t: FinderTranslator,
  message: string,
  { reason, onRetry }: Pick<ResultsOptions, 'reason' | 'onRetry'>,
  fallback: TemplateResult | typeof nothing = nothing,
) {
  return html`<div class="banner banner-error problem" part="banner problem" role="alert">
    <p>${message}</p>
    ${reason ? html`<p>${t.msg(REASONS[reason.kind])}</p>` : nothing} ${fallback}
    ${secondaryButton(t.msg('retry.action'), onRetry)}
  </div>`;
}
