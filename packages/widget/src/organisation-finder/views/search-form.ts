import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FilterOption } from '../catalog-labels.ts';
import { FILTER_NAMES, isNarrowed, type FilterName, type FinderQuery } from '../finder-query.ts';
import type { FinderTranslator } from '../messages.ts';

export interface SearchFormOptions {
  t: FinderTranslator;
  query: FinderQuery;
  options: Record<FilterName, readonly FilterOption[]>;
  onWords: (words: string) => void;
  onFilter: (name: FilterName, value: string) => void;
  onClear: () => void;
}

/**
 * The search box and the filters. Every control is a native one with its own visible label, so
 * keyboards, screen readers, zoom and autofill behave as people know them.
 */
export function renderSearchForm({
  t,
  query,
  options,
  onWords,
  onFilter,
  onClear,
}: SearchFormOptions) {
  return html`
    <form
      role="search"
      part="search"
      class="search"
      aria-label=${t.msg('finder.label')}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <div class="field" part="field">
        <label class="label" part="label" for="words">${t.msg('finder.search.label')}</label>
        <p class="hint" part="hint" id="words-hint">${t.msg('finder.search.hint')}</p>
        <input
          id="words"
          class="input"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          maxlength="200"
          aria-describedby="words-hint"
          .value=${live(query.q)}
          @input=${(event: Event) => onWords((event.target as HTMLInputElement).value)}
        />
      </div>
      <fieldset class="fieldset filters" part="fieldset">
        <legend class="legend" part="legend">${t.msg('finder.filters.label')}</legend>
        ${FILTER_NAMES.map((name) => renderFilter(t, name, query[name], options[name], onFilter))}
      </fieldset>
      <!-- Always there, only invisible without a query, so the list below never jumps. -->
      <button
        type="button"
        class=${isNarrowed(query) ? 'link-button' : 'link-button invisible'}
        part="clear"
        @click=${onClear}
      >
        ${t.msg('finder.filter.clear')}
      </button>
    </form>
  `;
}

function renderFilter(
  t: FinderTranslator,
  name: FilterName,
  value: string,
  options: readonly FilterOption[],
  onFilter: SearchFormOptions['onFilter'],
) {
  return html`
    <div class="field" part="field">
      <label class="label" part="label" for="filter-${name}"
        >${t.msg(`finder.filter.${name}`)}</label
      >
      <select
        id="filter-${name}"
        class="input select"
        part="select"
        @change=${(event: Event) => onFilter(name, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ''}>${t.msg(`finder.filter.${name}.all`)}</option>
        ${options.map(
          (option) =>
            html`<option value=${option.value} ?selected=${option.value === value}>
              ${option.label}
            </option>`,
        )}
      </select>
    </div>
  `;
}
