import {
  hashSecret,
  toAmsterdamIso,
  type ApiStore,
  type InsertResult,
  type PartnerKey,
  type StoreReads,
  type StoreTransaction,
  type StoredAppointment,
  type StoredReferral,
} from '@vangnet/api-core';
import type { Catalog, Location, LocationSchedule, Organisation } from '@vangnet/sdk';
import type { Database, Queryable } from '../database/database.ts';
import { currentMessageLanguage } from '../messages/language.ts';
import { plainOutboxWriter, type OutboxWriter } from '../messages/outbox-writer.ts';
import { noteSlotsChanged, type SlotWatch } from './slot-watch.ts';

/** A date-time column as the API writes it: ISO 8601 with Amsterdam's offset. */
const iso = (value: unknown): string => toAmsterdamIso(new Date(value as string | Date));

interface ReferralRow {
  id: string;
  reference: string;
  token_hash: string;
  service: StoredReferral['service'];
  municipality: string;
  status: StoredReferral['status'];
  created_at: Date;
  updated_at: Date;
  input: StoredReferral['input'];
  matched_organisation?: string | null;
}

/** An `appointments` row, as every reader of the table gets it. */
export interface StoredAppointmentRow {
  reference: string;
  token_hash: string;
  status: StoredAppointment['status'];
  topic: string;
  slot_id: string;
  location_id: string;
  slot_start: Date;
  created_at: Date;
  updated_at: Date;
  input: StoredAppointment['input'];
}

const referralFrom = (row: ReferralRow): StoredReferral => ({
  id: row.id,
  reference: row.reference,
  tokenHash: row.token_hash,
  service: row.service,
  municipality: row.municipality,
  status: row.status,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  input: row.input,
  ...(row.matched_organisation ? { matchedOrganisationId: row.matched_organisation } : {}),
});

/** The core's appointment of a row. */
export const appointmentFrom = (row: StoredAppointmentRow): StoredAppointment => ({
  reference: row.reference,
  tokenHash: row.token_hash,
  status: row.status,
  topic: row.topic,
  slotId: row.slot_id,
  locationId: row.location_id,
  slotStart: iso(row.slot_start),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  input: row.input,
});

/** Whether `error` is PostgreSQL's unique violation of `constraint`. */
function violates(error: unknown, constraint: string): boolean {
  const {
    code,
    constraint: name,
    message,
  } = error as {
    code?: string;
    constraint?: string;
    message?: string;
  };
  return code === '23505' && (name === constraint || (message ?? '').includes(constraint));
}

/** A result of `insert … on conflict do nothing`: nothing inserted means a unique key exists. */
const inserted = (rowCount: number): InsertResult => (rowCount === 1 ? 'ok' : 'reference-taken');

/**
 * The reads, on the database or inside one transaction. `slots` keeps the booked slots between
 * changes; a transaction reads them itself.
 */
function readsOn(q: Queryable, slots?: SlotWatch): StoreReads {
  return {
    async partnerKey(key): Promise<PartnerKey | undefined> {
      const { rows } = await q.query<{ id: string; region: string; origins: string[] }>(
        'select id, region, origins from partner_keys where key_hash = $1 and revoked_at is null',
        [await hashSecret(key)],
      );
      return rows[0];
    },
    async catalog(region) {
      const { rows } = await q.query<{ data: Catalog }>(
        'select data from catalogs where region = $1',
        [region],
      );
      return rows[0]?.data;
    },
    async referenceVersion() {
      const { rows } = await q.query<{ version: string }>(
        "select version::text as version from data_versions where name = 'reference'",
      );
      return rows[0]?.version ?? '0';
    },
    async organisations() {
      const { rows } = await q.query<{ data: Organisation }>(
        'select data from organisations order by id',
      );
      return rows.map((row) => row.data);
    },
    async locations() {
      const { rows } = await q.query<{ data: Location }>('select data from locations order by id');
      return rows.map((row) => row.data);
    },
    async findReferral(id) {
      const { rows } = await q.query<ReferralRow>('select * from referrals where id = $1', [id]);
      return rows[0] && referralFrom(rows[0]);
    },
    async findAppointment(reference) {
      const { rows } = await q.query<StoredAppointmentRow>(
        'select * from appointments where reference = $1',
        [reference],
      );
      return rows[0] && appointmentFrom(rows[0]);
    },
    slotsOfLocation(locationId, from, to) {
      const read = async () => {
        const { rows } = await q.query<{ schedule: LocationSchedule | null; taken: string[] }>(
          `select (select schedule from location_schedules where location_id = $1) as schedule,
                  array(select slot_id from appointments
                        where location_id = $1 and status = 'booked'
                          and slot_start >= $2 and slot_start < $3) as taken`,
          [locationId, from, to],
        );
        const row = rows[0];
        return { schedule: row?.schedule ?? undefined, taken: new Set(row?.taken ?? []) };
      };
      return slots ? slots.read(locationId, from, to, read) : read();
    },
    async locationSchedule(locationId) {
      const { rows } = await q.query<{ schedule: LocationSchedule }>(
        'select schedule from location_schedules where location_id = $1',
        [locationId],
      );
      return rows[0]?.schedule;
    },
  };
}

/** The core's writes on an open transaction (the staff API moves appointments with them). */
export function transactionOn(tx: Queryable, outbox: OutboxWriter): StoreTransaction {
  return {
    ...readsOn(tx),
    async lockIdempotencyKey(scope, key) {
      // Two 32-bit halves: a collision of both is as rare as a 64-bit one.
      const { rows } = await tx.query<{ locked: boolean }>(
        'select pg_try_advisory_xact_lock(hashtext($1), hashtext($2)) as locked',
        [scope, key],
      );
      return rows[0]?.locked === true;
    },
    async idempotencyRecord(scope, key) {
      const { rows } = await tx.query<{
        fingerprint: string;
        status: number;
        headers: [string, string][];
        body: string;
      }>(
        'select fingerprint, status, headers, body from idempotency_records where scope = $1 and key = $2',
        [scope, key],
      );
      const row = rows[0];
      return (
        row && {
          fingerprint: row.fingerprint,
          response: { status: row.status, headers: row.headers, body: row.body },
        }
      );
    },
    async saveIdempotencyRecord(scope, key, { fingerprint, response }) {
      await tx.query(
        `insert into idempotency_records (scope, key, fingerprint, status, headers, body)
         values ($1, $2, $3, $4, $5::jsonb, $6)`,
        [scope, key, fingerprint, response.status, JSON.stringify(response.headers), response.body],
      );
    },
    async insertReferral(referral) {
      const { rowCount } = await tx.query(
        `insert into referrals (id, reference, token_hash, service, municipality, status, created_at, updated_at, input, language)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10) on conflict do nothing`,
        [
          referral.id,
          referral.reference,
          referral.tokenHash,
          referral.service,
          referral.municipality,
          referral.status,
          referral.createdAt,
          referral.updatedAt,
          JSON.stringify(referral.input),
          // The referrer's notices (VANGNET_NOTIFY_REFERRER) are written in it.
          currentMessageLanguage(),
        ],
      );
      if (rowCount === 1) await outbox.referralCreated(tx, referral);
      return inserted(rowCount);
    },
    async insertAppointment(appointment) {
      const { rowCount } = await tx.query(
        `insert into appointments (reference, token_hash, status, topic, slot_id, location_id, slot_start, created_at, updated_at, input)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb) on conflict do nothing`,
        [
          appointment.reference,
          appointment.tokenHash,
          appointment.status,
          appointment.topic,
          appointment.slotId,
          appointment.locationId,
          appointment.slotStart,
          appointment.createdAt,
          appointment.updatedAt,
          JSON.stringify(appointment.input),
        ],
      );
      if (rowCount === 1) {
        noteSlotsChanged(tx, appointment.locationId);
        return 'ok';
      }
      // Nothing inserted: either the slot is held or (rarely) the reference exists.
      const { rows } = await tx.query(
        "select 1 from appointments where slot_id = $1 and status = 'booked'",
        [appointment.slotId],
      );
      return rows.length > 0 ? 'slot-taken' : 'reference-taken';
    },
    async updateAppointment(reference, change) {
      try {
        // The row joined under `old` is read before the update: a move frees a slot there.
        const { rows } = await tx.query<{ previous: string }>(
          `update appointments a set status = $2, slot_id = $3, location_id = $4, slot_start = $5, updated_at = $6
           from appointments old where old.reference = a.reference and a.reference = $1
           returning old.location_id as previous`,
          [
            reference,
            change.status,
            change.slotId,
            change.locationId,
            change.slotStart,
            change.updatedAt,
          ],
        );
        for (const { previous } of rows) noteSlotsChanged(tx, previous);
        noteSlotsChanged(tx, change.locationId);
        return 'ok';
      } catch (error) {
        // The transaction is aborted now; the core answers 409 and rolls it back.
        if (violates(error, 'appointments_one_per_slot')) return 'slot-taken';
        throw error;
      }
    },
    async insertCallbackRequest(request) {
      const { rowCount } = await tx.query(
        `insert into callback_requests (reference, created_at, input) values ($1, $2, $3::jsonb)
         on conflict do nothing`,
        [request.reference, request.createdAt, JSON.stringify(request.input)],
      );
      if (rowCount === 1) await outbox.callbackRequested(tx, request);
      return inserted(rowCount);
    },
    enqueueMessage: (message, about) => outbox.enqueue(tx, message, about),
  };
}

export interface PostgresStoreOptions {
  /**
   * What goes into the outbox with each write; by default the core's messages as they are. The
   * server's renders them and adds reminders, call-back and referral notices.
   */
  outbox?: OutboxWriter;
  /** Keeps the booked slots between heard changes (`watchSlots`); without it each request reads. */
  slots?: SlotWatch;
}

/**
 * The core's store on PostgreSQL (a server, or PGlite): plain parameterised SQL, one statement per
 * method, and the constraints of the migrations deciding every race.
 */
export function createPostgresStore(db: Database, options: PostgresStoreOptions = {}): ApiStore {
  const outbox = options.outbox ?? plainOutboxWriter;
  return {
    ...readsOn(db, options.slots),
    async countRequest(bucket, windowStart) {
      const { rows } = await db.query<{ count: number }>(
        `insert into rate_limits (bucket, window_start, count) values ($1, $2, 1)
         on conflict (bucket, window_start) do update set count = rate_limits.count + 1
         returning count`,
        [bucket, windowStart.toISOString()],
      );
      return rows[0]?.count ?? 1;
    },
    transaction: (work) => db.transaction((tx) => work(transactionOn(tx, outbox))),
  };
}
