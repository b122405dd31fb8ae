import {
  demoBoundPartnerKey,
  demoCatalog,
  demoKeys,
  demoLocations,
  demoOrganisations,
  demoPartnerKey,
} from '@vangnet/api-core';
import type { Catalog, Location, Organisation } from '@vangnet/sdk';
import type { Database } from './database/database.ts';
import { upsertLocations, upsertOrganisations } from './exchange/hsds.ts';
import { addPartnerKey } from './partner-keys.ts';

/** What a region needs before the API can answer: its catalog, organisations and locations. */
export interface RegionData {
  catalog: Catalog;
  organisations: readonly Organisation[];
  locations: readonly Location[];
}

/** The mock's demo data of RMC-regio Haaglanden: one source for the mock and the server. */
export const demoRegion: RegionData = {
  catalog: demoCatalog,
  organisations: demoOrganisations,
  locations: demoLocations,
};

/**
 * Loads the demo region and its two demo keys into a database that has no catalog yet (a first
 * start). Returns whether it did; a database with data is never touched.
 */
export async function loadDemoRegion(
  db: Database,
  data: RegionData = demoRegion,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two instances starting on one empty database: the second waits, then finds the data.
    await tx.query('lock table catalogs in exclusive mode');
    const { rows } = await tx.query('select 1 from catalogs limit 1');
    if (rows.length > 0) return false;
    await tx.query('insert into catalogs (region, data) values ($1, $2::jsonb)', [
      data.catalog.region.id,
      JSON.stringify(data.catalog),
    ]);
    await upsertOrganisations(tx, data.organisations);
    await upsertLocations(tx, data.locations);
    for (const key of [demoPartnerKey, demoBoundPartnerKey]) {
      const settings = demoKeys().get(key);
      if (settings) await addPartnerKey(tx, { ...settings, key, label: 'demo' });
    }
    return true;
  });
}
