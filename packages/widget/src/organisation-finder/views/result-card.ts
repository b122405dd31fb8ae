import { html } from 'lit';
import type { Organisation } from '@vangnet/sdk';
import type { LabelLookup } from '../catalog-labels.ts';
import type { FinderTranslator } from '../messages.ts';
import { renderFact } from './fact.ts';

export interface ResultCardOptions {
  t: FinderTranslator;
  labels: LabelLookup;
  headingLevel: number;
  onOpen: (organisation: Organisation, opener: HTMLElement) => void;
}

/** How many names a fact line lists before "and 3 more": keeps every card the same height. */
const FACT_ITEMS = 3;

/** One organisation in the list: name (opens the details), what it does, services, where, topics. */
export function renderResultCard(
  organisation: Organisation,
  { t, labels, headingLevel, onOpen }: ResultCardOptions,
) {
  const limit = {
    max: FACT_ITEMS,
    more: (count: number) => t.msg('finder.result.more', { count }),
  };
  // An organisation writes its own texts, in Dutch or another language: `dir="auto"` gives each its
  // own direction, so Dutch in an Arabic finder keeps its full stop and its ellipsis at the end.
  return html`
    <li class="result" part="result">
      <div class="result-name" role="heading" aria-level=${headingLevel}>
        <button
          type="button"
          class="link-button"
          part="result-button"
          data-id=${organisation.id}
          @click=${(event: Event) => onOpen(organisation, event.currentTarget as HTMLElement)}
        >
          ${organisation.name}
        </button>
      </div>
      <p class="result-summary" dir="auto">${organisation.summary}</p>
      <dl class="facts">
        ${renderFact(t.msg('finder.result.services'), organisation.services.map(labels.service), limit)}
        ${renderFact(
          t.msg('finder.result.municipalities'),
          organisation.municipalities.map(labels.municipality),
          limit,
        )}
        ${renderFact(t.msg('finder.result.themes'), organisation.themes.map(labels.theme), limit)}
      </dl>
    </li>
  `;
}

/** A grey block the size of a result card, shown while loading so nothing moves when data comes. */
export function renderPlaceholderCard() {
  return html`<li class="result placeholder" aria-hidden="true">
    <span class="bar name-bar"></span>
    <span class="bar"></span>
    <span class="bar short"></span>
    <span class="bar short"></span>
  </li>`;
}
