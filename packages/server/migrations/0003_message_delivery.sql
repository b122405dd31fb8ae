-- Delivering the outbox: what the worker needs besides the columns of 0001 (which stay as they
-- are; the staff API lists them). A message is claimed by moving its next_attempt_at past the
-- lease, in a transaction that takes the row with FOR UPDATE SKIP LOCKED.
alter table outbox
  -- 'nl' or 'en': the language the person used (Accept-Language of the request).
  add column language text not null default 'nl',
  -- The email's HTML part; body stays the plain-text part (or the text message).
  add column html text,
  -- An iCalendar attachment (booking confirmed, rescheduled, cancelled).
  add column ics text,
  -- The appointment a reminder is for, so a cancellation or a move replaces it.
  add column appointment_start timestamptz,
  -- The instance that claimed the message last (for staff reading a dead letter).
  add column claimed_by text,
  -- The order messages were queued in, so those queued in one instant go out in that order.
  add column seq bigserial,
  -- When the body was removed after the retention period.
  add column body_removed_at timestamptz;

create index outbox_pending_by_reference on outbox (reference, kind) where state = 'pending';
create index outbox_delivered on outbox (delivered_at)
  where state = 'sent' and body_removed_at is null;
