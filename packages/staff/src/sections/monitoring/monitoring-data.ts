import { MonitoringRowSchema, type MonitoringRow } from '@vangnet/sdk';

/** The Pluscoaching network's target: at least 350 young people a year (seed 002). */
export const yearlyTarget = 350;

/** The service whose referrals count towards {@link yearlyTarget}. */
export const targetService = 'pluscoaching';

/** The counts of the monitoring, without month, service and municipality. */
export type Counts = Omit<MonitoringRow, 'month' | 'service' | 'municipality'>;

/** What a row is counted by rather than a count. */
const dimensions: readonly string[] = ['month', 'service', 'municipality'];

/** The counted columns, in the schema's order (the CSV's too), as the table shows them. */
export const countNames = Object.keys(MonitoringRowSchema.shape).filter(
  (name) => !dimensions.includes(name),
) as (keyof Counts)[];

/** One month of the year: its counts over every service and municipality shown. */
export interface MonthTotals {
  /** `2026-03`. */
  readonly month: string;
  readonly counts: Counts;
  /** Pluscoaching referrals received from January up to and including this month. */
  readonly cumulative: number;
  /** The target pro rata up to and including this month: 350 / 12 per month, rounded. */
  readonly target: number;
}

const zero = (): Counts =>
  Object.fromEntries(countNames.map((name) => [name, 0])) as unknown as Counts;

/** The year and month (1–12) it is now in Amsterdam, where the API counts its months. */
export function amsterdamMonth(now: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
  return { year: part('year'), month: part('month') };
}

/**
 * The months of `year` up to now (all twelve for a past year), each with the rows' counts added
 * up, the cumulative Pluscoaching count and the target pro rata. Months without rows count 0.
 */
export function monthTotals(
  rows: readonly MonitoringRow[],
  year: number,
  now: { year: number; month: number },
): MonthTotals[] {
  const last = year < now.year ? 12 : year === now.year ? now.month : 0;
  let cumulative = 0;
  return Array.from({ length: last }, (_, index) => {
    const month = `${year}-${String(index + 1).padStart(2, '0')}`;
    const counts = zero();
    for (const row of rows) {
      if (row.month !== month) continue;
      for (const name of countNames) counts[name] += row[name];
      if (row.service === targetService) cumulative += row.received;
    }
    return {
      month,
      counts,
      cumulative,
      target: Math.round((yearlyTarget * (index + 1)) / 12),
    };
  });
}

/** The counts of all months added up. */
export function yearTotals(months: readonly MonthTotals[]): Counts {
  const totals = zero();
  for (const { counts } of months) for (const name of countNames) totals[name] += counts[name];
  return totals;
}
