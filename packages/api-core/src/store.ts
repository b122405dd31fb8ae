import type {
  AppointmentInput,
  AppointmentStatus,
  CallbackRequestInput,
  Catalog,
  Location,
  LocationSchedule,
  Organisation,
  ReferralInput,
  ReferralStatus,
  ServiceId,
} from '@vangnet/sdk';
import type { MessagePlace } from './messages/confirmations.ts';
import type { OutboxMessage } from './messages/outbox.ts';

/** A referral as the API keeps it: the input (with the consent declarations) and its status. */
export interface StoredReferral {
  id: string;
  reference: string;
  /** SHA-256 of the status token (hex): the token itself is never stored. */
  tokenHash: string;
  service: ServiceId;
  municipality: string;
  status: ReferralStatus;
  createdAt: string;
  updatedAt: string;
  input: ReferralInput;
  /** The organisation of the network staff matched it with (`POST /v1/staff/…/status`). */
  matchedOrganisationId?: string;
}

export interface StoredAppointment {
  reference: string;
  /** SHA-256 of the manage token (hex). */
  tokenHash: string;
  status: AppointmentStatus;
  topic: string;
  slotId: string;
  locationId: string;
  /** The slot's start, so a store can find the taken slots of a period without parsing ids. */
  slotStart: string;
  createdAt: string;
  updatedAt: string;
  input: AppointmentInput;
}

export interface StoredCallbackRequest {
  reference: string;
  createdAt: string;
  input: CallbackRequestInput;
}

/** A stored response of an idempotent request, replayed for the same key and body. */
export interface IdempotencyRecord {
  fingerprint: string;
  response: { status: number; headers: [string, string][]; body: string };
}

/** A publishable partner key as the API knows it. */
export interface PartnerKey {
  /** A stable id of the key (not the key): idempotency keys and rate limits are scoped by it. */
  id: string;
  /** The region the key belongs to, the default of `GET /v1/catalog`. */
  region: string;
  /** Allowed origins (`https://host:port`); `'loopback'` allows every localhost origin. */
  origins: readonly (string | 'loopback')[];
}

/** What a write that a constraint guards can answer besides success. */
export type InsertResult = 'ok' | 'slot-taken' | 'reference-taken';

/**
 * What the API reads. A POST reads through its transaction (PGlite has one connection, and a
 * read beside an open transaction would wait for it forever); other requests read the store.
 */
export interface StoreReads {
  partnerKey(key: string): Promise<PartnerKey | undefined>;
  catalog(region: string): Promise<Catalog | undefined>;
  /**
   * A value that changes whenever the reference data changes (catalogs, organisations,
   * locations), so the core can keep its search index and cached answers until then.
   */
  referenceVersion(): Promise<string>;
  organisations(): Promise<readonly Organisation[]>;
  locations(): Promise<readonly Location[]>;
  findReferral(id: string): Promise<StoredReferral | undefined>;
  findAppointment(reference: string): Promise<StoredAppointment | undefined>;
  /**
   * A location's schedule with the ids of its booked slots that start from `from` up to (not
   * including) `to`: what a calendar of free slots needs, in one read (one round trip on a
   * server, where this read is most of what `GET /v1/slots` costs).
   */
  slotsOfLocation(locationId: string, from: string, to: string): Promise<LocationSlotsRead>;
  /**
   * The opening hours and exceptions a location's slots are cut from; undefined when it keeps
   * none, and then the default calendar applies.
   */
  locationSchedule(locationId: string): Promise<LocationSchedule | undefined>;
}

/** What {@link StoreReads.slotsOfLocation} reads. */
export interface LocationSlotsRead {
  /** As {@link StoreReads.locationSchedule} gives it. */
  schedule: LocationSchedule | undefined;
  /** Ids of the booked slots in the range. */
  taken: ReadonlySet<string>;
}

/**
 * The writes of one request, applied together or not at all. The server runs them in one
 * PostgreSQL transaction; the in-memory store applies them as they come (the core writes only
 * after every check has passed).
 */
export interface StoreTransaction extends StoreReads {
  /**
   * Holds an idempotency key until the transaction ends. `false` while another request holds it:
   * the caller answers 409 `idempotency-in-progress`.
   */
  lockIdempotencyKey(scope: string, key: string): Promise<boolean>;
  idempotencyRecord(scope: string, key: string): Promise<IdempotencyRecord | undefined>;
  saveIdempotencyRecord(scope: string, key: string, record: IdempotencyRecord): Promise<void>;
  /** `reference-taken` when the reference or id exists already (the caller draws another). */
  insertReferral(referral: StoredReferral): Promise<InsertResult>;
  /** `slot-taken` when another booked appointment holds the slot: a constraint, not a read first. */
  insertAppointment(appointment: StoredAppointment): Promise<InsertResult>;
  /** Changes status, slot and `updatedAt`; `slot-taken` when the new slot is held by another. */
  updateAppointment(
    reference: string,
    change: Pick<StoredAppointment, 'status' | 'slotId' | 'locationId' | 'slotStart' | 'updatedAt'>,
  ): Promise<InsertResult>;
  insertCallbackRequest(request: StoredCallbackRequest): Promise<InsertResult>;
  /**
   * Queues a message to send, in the same transaction as what caused it (the outbox). `about` is
   * the appointment and place the core built it from: a store that renders messages itself
   * takes them from there instead of reading the appointment again.
   */
  enqueueMessage(message: OutboxMessage, about: MessageAbout): Promise<void>;
}

/** The appointment a message is about, and its slot and location, as the core has them. */
export interface MessageAbout extends MessagePlace {
  appointment: Pick<StoredAppointment, 'topic' | 'createdAt'>;
}

/**
 * Where the API keeps its data. Every method is asynchronous: the server's store is PostgreSQL,
 * the mock's an object in memory. The rules live in the core, never here; a store only keeps,
 * finds, and lets its constraints refuse.
 */
export interface ApiStore extends StoreReads {
  /**
   * Counts one request in a fixed window and returns the window's count so far (this one
   * included). Shared by every instance on the same store.
   */
  countRequest(bucket: string, windowStart: Date): Promise<number>;
  /** Runs `work` as one unit: all its writes, or none when it throws. */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
}
