-- The public API: reference data, what people send, idempotency, rate limits and the outbox.

create table partner_keys (
  id text primary key,
  -- SHA-256 of the key (hex); the key itself is shown once, when it is made.
  key_hash text not null unique,
  region text not null,
  origins jsonb not null,
  label text not null default '',
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table catalogs (
  region text primary key,
  data jsonb not null,
  updated_at timestamptz not null default now()
);

-- Shaped after Open Referral HSDS: the organisation document is the API's own JSON.
create table organisations (
  id text primary key,
  data jsonb not null,
  updated_at timestamptz not null default now()
);

create table locations (
  id text primary key,
  municipality text not null,
  data jsonb not null,
  updated_at timestamptz not null default now()
);

-- One counter of the reference data (catalogs, organisations, locations): the API keeps its search
-- index and cached answers while it stays the same, instead of reading the tables again.
create table data_versions (
  name text primary key,
  version bigint not null default 0
);
insert into data_versions (name) values ('reference');

create function bump_reference_version() returns trigger language plpgsql as $$
begin
  update data_versions set version = version + 1 where name = 'reference';
  return null;
end;
$$;

create trigger organisations_changed after insert or update or delete or truncate on organisations
  for each statement execute function bump_reference_version();
create trigger catalogs_changed after insert or update or delete or truncate on catalogs
  for each statement execute function bump_reference_version();
create trigger locations_changed after insert or update or delete or truncate on locations
  for each statement execute function bump_reference_version();

create table referrals (
  id text primary key,
  reference text not null unique,
  token_hash text not null,
  service text not null,
  municipality text not null,
  status text not null check (status in ('received', 'matched', 'in-coaching', 'closed')),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  input jsonb not null
);
create index referrals_queue on referrals (service, municipality, status, created_at);

create table appointments (
  reference text primary key,
  token_hash text not null,
  status text not null check (status in ('booked', 'cancelled')),
  topic text not null,
  slot_id text not null,
  location_id text not null,
  slot_start timestamptz not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  input jsonb not null
);
-- A slot is booked at most once, however many requests race for it: the database decides.
create unique index appointments_one_per_slot on appointments (slot_id) where status = 'booked';
create index appointments_booked_by_location on appointments (location_id, slot_start)
  where status = 'booked';

create table callback_requests (
  reference text primary key,
  created_at timestamptz not null,
  input jsonb not null
);

-- One record per partner key and Idempotency-Key, written in the transaction of the request's
-- own writes: a request that was answered 201 is replayed after any restart.
create table idempotency_records (
  scope text not null,
  key text not null,
  fingerprint text not null,
  status integer not null,
  headers jsonb not null,
  body text not null,
  created_at timestamptz not null default now(),
  primary key (scope, key)
);

create table rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  count integer not null,
  primary key (bucket, window_start)
);

-- Messages to send, written with what caused them (the transactional outbox).
create table outbox (
  id uuid primary key,
  kind text not null,
  channel text not null check (channel in ('email', 'sms')),
  recipient text not null,
  subject text not null,
  body text not null,
  reference text not null,
  manage_link text,
  created_at timestamptz not null,
  state text not null default 'pending' check (state in ('pending', 'sent', 'dead')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  delivered_at timestamptz,
  last_error text
);
create index outbox_due on outbox (next_attempt_at) where state = 'pending';
