import { hashSecret, newToken, type PartnerKeySettings } from '@vangnet/api-core';
import type { Queryable } from './database/database.ts';

/** A partner key as `keys list` shows it: never the key itself, which only its creator saw. */
export type PartnerKeyListing = PartnerKeySettings & {
  id: string;
  label: string;
  createdAt: string;
  revoked: boolean;
};

/** The public id of a key: the start of its hash, enough to name it in a list or a log. */
const idOf = (hash: string) => `key_${hash.slice(0, 12)}`;

/**
 * Stores a partner key (its hash) for a region and its allowed origins. Without `key` a new one is
 * drawn (`pk_live_…`); the key is returned once and cannot be read back.
 */
export async function addPartnerKey(
  db: Queryable,
  settings: PartnerKeySettings & { label?: string; key?: string },
): Promise<{ id: string; key: string }> {
  const key = settings.key ?? `pk_live_${newToken()}`;
  const hash = await hashSecret(key);
  const id = idOf(hash);
  await db.query(
    `insert into partner_keys (id, key_hash, region, origins, label) values ($1, $2, $3, $4::jsonb, $5)
     on conflict (key_hash) do update set region = excluded.region, origins = excluded.origins,
       label = excluded.label, revoked_at = null`,
    [id, hash, settings.region, JSON.stringify(settings.origins), settings.label ?? ''],
  );
  return { id, key };
}

export async function listPartnerKeys(db: Queryable): Promise<PartnerKeyListing[]> {
  const { rows } = await db.query<{
    id: string;
    region: string;
    origins: string[];
    label: string;
    created_at: Date;
    revoked_at: Date | null;
  }>(
    'select id, region, origins, label, created_at, revoked_at from partner_keys order by created_at, id',
  );
  return rows.map((row) => ({
    id: row.id,
    region: row.region,
    origins: row.origins,
    label: row.label,
    createdAt: new Date(row.created_at).toISOString(),
    revoked: row.revoked_at !== null,
  }));
}

/** Revokes a key by its id; `false` when there is no such key. */
export async function revokePartnerKey(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'update partner_keys set revoked_at = now() where id = $1 and revoked_at is null',
    [id],
  );
  return rowCount === 1;
}
