import { html, nothing } from 'lit';

/**
 * One line of a definition list: a term and the names under it. With `limit`, only the first names
 * show and `more(rest)` says how many are left, so every result card keeps the same height.
 */
export function renderFact(
  term: string,
  values: readonly string[],
  limit?: { max: number; more: (rest: number) => string },
) {
  if (values.length === 0) return nothing;
  const rest = limit ? values.length - limit.max : 0;
  const shown = rest > 0 && limit ? values.slice(0, limit.max) : values;
  return html`<div class="fact">
    <dt>${term}</dt>
    <dd>${shown.join(', ')}${rest > 0 && limit ? ` ${limit.more(rest)}` : ''}</dd>
  </div>`;
}
