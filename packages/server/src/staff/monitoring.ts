import { json, parseQuery } from '@vangnet/api-core';
import { MonitoringQuerySchema, MonitoringSchema, type MonitoringRow } from '@vangnet/sdk';
import { Hono } from 'hono';
import { urlOf, type StaffDeps, type StaffEnv } from './context.ts';
import { Params, referralScope, requireRole } from './scope.ts';

const columns = [
  'month',
  'service',
  'municipality',
  'received',
  'matched',
  'inCoaching',
  'closed',
  'goalReached',
  'startkwalificatie',
  'declined',
  'moved',
  'specialistHelp',
] as const satisfies readonly (keyof MonitoringRow)[];

/** RFC 4180 CSV of the rows: ids and counts only, so nothing needs quoting but the header. */
export function monitoringCsv(rows: readonly MonitoringRow[]): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((name) => String(row[name])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Counts per month of receipt, service and municipality: how many were received, stand where,
 * and closed how. Counted from the referrals' rows, which keep these columns after their
 * personal data is removed.
 */
export function monitoringRoutes({ db }: StaffDeps): Hono<StaffEnv> {
  const routes = new Hono<StaffEnv>();
  const counts = async (principal: Parameters<typeof referralScope>[0], url: URL) => {
    const query = parseQuery(MonitoringQuerySchema, url);
    const params = new Params();
    const conditions = [referralScope(principal, params, { admins: true })];
    const month = `to_char(r.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM')`;
    if (query.from) conditions.push(`${month} >= ${params.add(query.from)}`);
    if (query.to) conditions.push(`${month} <= ${params.add(query.to)}`);
    if (query.service) conditions.push(`r.service = ${params.add(query.service)}`);
    if (query.municipality) conditions.push(`r.municipality = ${params.add(query.municipality)}`);
    const { rows } = await db.query<Record<string, string>>(
      `select ${month} as month, r.service, r.municipality,
         count(*) as received,
         count(*) filter (where r.status = 'matched') as matched,
         count(*) filter (where r.status = 'in-coaching') as in_coaching,
         count(*) filter (where r.status = 'closed') as closed,
         count(*) filter (where (r.outcome ->> 'goalReached')::boolean) as goal_reached,
         count(*) filter (where (r.outcome ->> 'startkwalificatie')::boolean) as startkwalificatie,
         count(*) filter (where r.close_reason = 'declined') as declined,
         count(*) filter (where r.close_reason = 'moved') as moved,
         count(*) filter (where r.close_reason = 'specialist-help') as specialist_help
       from referrals r where ${conditions.join(' and ')}
       group by 1, 2, 3 order by 1, 2, 3`,
      params.values,
    );
    return rows.map((row): MonitoringRow => ({
      month: row['month'] as string,
      service: row['service'] as MonitoringRow['service'],
      municipality: row['municipality'] as string,
      received: Number(row['received']),
      matched: Number(row['matched']),
      inCoaching: Number(row['in_coaching']),
      closed: Number(row['closed']),
      goalReached: Number(row['goal_reached']),
      startkwalificatie: Number(row['startkwalificatie']),
      declined: Number(row['declined']),
      moved: Number(row['moved']),
      specialistHelp: Number(row['specialist_help']),
    }));
  };
  routes.get('/monitoring', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'coordinator', 'admin');
    return json(MonitoringSchema, { rows: await counts(principal, urlOf(c)) });
  });
  routes.get('/monitoring.csv', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, 'coordinator', 'admin');
    const rows = await counts(principal, urlOf(c));
    return c.body(monitoringCsv(MonitoringSchema.parse({ rows }).rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="vangnet-monitoring.csv"',
    });
  });
  return routes;
}
