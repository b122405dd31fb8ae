import { LocationSchema, OrganisationSchema, type Location, type Organisation } from '@vangnet/sdk';
import { z } from 'zod/mini';
import type { Database, Queryable } from '../database/database.ts';

/**
 * Organisations and locations as one JSON document, shaped after Open Referral HSDS (the shape
 * the API's own organisations and locations follow), so a municipal "sociale kaart" can feed the
 * finder and take its data back.
 */
export const ExchangeDocumentSchema = z.object({
  organisations: z.array(OrganisationSchema),
  locations: z.optional(z.array(LocationSchema)),
});
export type ExchangeDocument = z.infer<typeof ExchangeDocumentSchema>;

export async function exportDirectory(db: Queryable): Promise<ExchangeDocument> {
  const organisations = await db.query<{ data: Organisation }>(
    'select data from organisations order by id',
  );
  const locations = await db.query<{ data: Location }>('select data from locations order by id');
  return {
    organisations: organisations.rows.map((row) => row.data),
    locations: locations.rows.map((row) => row.data),
  };
}

async function upsertOrganisations(tx: Queryable, organisations: readonly Organisation[]) {
  // One statement for the lot: the search index is rebuilt once, not once per organisation.
  if (organisations.length === 0) return;
  await tx.query(
    `insert into organisations (id, data, updated_at)
     select item->>'id', item, now() from jsonb_array_elements($1::jsonb) as item
     on conflict (id) do update set data = excluded.data, updated_at = now()`,
    [JSON.stringify(organisations)],
  );
}

async function upsertLocations(tx: Queryable, locations: readonly Location[]) {
  if (locations.length === 0) return;
  await tx.query(
    `insert into locations (id, municipality, data, updated_at)
     select item->>'id', item->>'municipality', item, now() from jsonb_array_elements($1::jsonb) as item
     on conflict (id) do update set municipality = excluded.municipality, data = excluded.data, updated_at = now()`,
    [JSON.stringify(locations)],
  );
}

/**
 * Imports a document: every organisation and location is checked against the API's schemas first,
 * then all are written in one transaction (new ids added, known ones replaced). Nothing is
 * written when any item is not valid. Returns the counts.
 */
export async function importDirectory(
  db: Database,
  document: unknown,
): Promise<{ organisations: number; locations: number }> {
  const parsed = ExchangeDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Not a valid directory at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`,
    );
  }
  const { organisations, locations = [] } = parsed.data;
  await db.transaction(async (tx) => {
    await upsertOrganisations(tx, organisations);
    await upsertLocations(tx, locations);
  });
  return { organisations: organisations.length, locations: locations.length };
}

export { upsertLocations, upsertOrganisations };
