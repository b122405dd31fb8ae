import { compareText, type Catalog } from '@vangnet/sdk';
import { localised } from '../i18n/index.ts';
import type { FilterName } from './finder-query.ts';

/** One choice of a filter: the value the API knows and the label people read. */
export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

/**
 * The choices of each filter, from the catalog: nothing is hard-coded, so another region's
 * municipalities or a new theme appear without a release. "No preference" is a choice on a
 * referral, not something an organisation offers, so it is no coaching form to filter on.
 */
export function filterOptions(
  catalog: Catalog | undefined,
  language: string,
): Record<FilterName, readonly FilterOption[]> {
  if (!catalog) return { municipality: [], theme: [], service: [], coachingForm: [], audience: [] };
  const byLabel = (a: FilterOption, b: FilterOption) => compareText(a.label, b.label, { language });
  return {
    municipality: catalog.municipalities
      .map((item) => ({ value: item.id, label: item.name }))
      .sort(byLabel),
    theme: catalog.themes
      .map((item) => ({ value: item.id, label: localised(item.label, language) }))
      .sort(byLabel),
    service: catalog.services.map((item) => ({
      value: item.id,
      label: localised(item.label, language),
    })),
    coachingForm: catalog.coachingForms
      .filter((item) => item.id !== 'no-preference')
      .map((item) => ({ value: item.id, label: localised(item.label, language) })),
    audience: catalog.audiences.map((item) => ({
      value: item.id,
      label: localised(item.label, language),
    })),
  };
}

/** Labels for ids an organisation carries; ids the catalog does not know are shown as they are. */
export type LabelLookup = Record<FilterName, (id: string) => string>;

export function labelLookup(options: Record<FilterName, readonly FilterOption[]>): LabelLookup {
  const lookup = (list: readonly FilterOption[]) => {
    const labels = new Map(list.map((option) => [option.value, option.label]));
    return (id: string) => labels.get(id) ?? id;
  };
  return {
    municipality: lookup(options.municipality),
    theme: lookup(options.theme),
    service: lookup(options.service),
    coachingForm: lookup(options.coachingForm),
    audience: lookup(options.audience),
  };
}
