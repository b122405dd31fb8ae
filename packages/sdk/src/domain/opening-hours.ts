import type { OpeningHours } from '../schemas/staff.ts';

/**
 * The positions in `weekly` of the periods that start before an earlier period of the same
 * weekday has closed (times are `HH:MM`, which sort as they read). Two such periods would put two talks at one casemanager at once; periods
 * that only touch (one closes at 12:00, the next opens at 12:00) do not overlap.
 */
export function overlappingPeriods(weekly: readonly OpeningHours[]): number[] {
  const byStart = weekly
    .map((period, index) => ({ period, index }))
    .sort(
      (a, b) =>
        a.period.weekday - b.period.weekday ||
        a.period.opens.localeCompare(b.period.opens) ||
        a.index - b.index,
    );
  const overlapping: number[] = [];
  let weekday: number | undefined;
  let latestClose = '';
  for (const { period, index } of byStart) {
    if (period.weekday !== weekday) {
      weekday = period.weekday;
      latestClose = period.closes;
      continue;
    }
    if (period.opens < latestClose) overlapping.push(index);
    if (period.closes > latestClose) latestClose = period.closes;
  }
  return overlapping.sort((a, b) => a - b);
}
