-- The staff API: what coordinators decide about referrals, the audit log of every read of personal
-- data, the locations' schedules, and the marks casemanagers put on appointments and call-backs.

alter table referrals
  add column matched_organisation text,
  add column coaching_form text,
  -- The three levels of seed 002: goal reached, school career, startkwalificatie.
  add column outcome jsonb,
  add column close_reason text check (close_reason in ('declined', 'moved', 'specialist-help')),
  add column closed_at timestamptz,
  -- Set when the personal data (input) was removed; the row stays for the counts.
  add column erased_at timestamptz;
create index referrals_due_for_retention on referrals (service, closed_at)
  where status = 'closed' and erased_at is null;

-- Status changes; the actor is a staff member's subject, never the young person.
create table referral_events (
  id bigserial primary key,
  referral_id text not null,
  at timestamptz not null,
  actor text not null,
  from_status text not null,
  to_status text not null
);
create index referral_events_of on referral_events (referral_id, id);

-- One row per read (or export, erasure) of personal data: who, when, what, in which role.
create table staff_audit (
  id bigserial primary key,
  at timestamptz not null,
  actor text not null,
  actor_role text not null,
  action text not null,
  referral_id text,
  resource text not null
);
create index staff_audit_referral on staff_audit (referral_id, id);

-- A location's opening hours, slot length and exceptions; without a row the default calendar applies.
create table location_schedules (
  location_id text primary key,
  schedule jsonb not null,
  updated_at timestamptz not null
);

alter table appointments
  add column attendance text check (attendance in ('attended', 'no-show')),
  add column attendance_at timestamptz;

alter table callback_requests
  add column called_at timestamptz,
  add column called_by text;
create index callback_requests_location on callback_requests ((input ->> 'location'), created_at);
