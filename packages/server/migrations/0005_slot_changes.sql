-- Every change of what a location has free is announced on the channel `vangnet_slots`, with the
-- location's id as the payload (`*` when a table was emptied): an instance keeps what it read of
-- the booked slots and the schedule, and drops it when another instance (or anyone's SQL) changes
-- them. A trigger rather than the application's own NOTIFY, so that no way of writing is missed:
-- the core's bookings, the staff API, retention, an import or an operator's hand. NOTIFY is
-- transactional: listeners hear it when the change commits, never for a change rolled back.
create function vangnet_slots_changed() returns trigger
language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    perform pg_notify('vangnet_slots', '*');
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform pg_notify('vangnet_slots', old.location_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform pg_notify('vangnet_slots', new.location_id);
  end if;
  return null;
end
$$;

-- Only the columns that decide whether a slot is held: marking attendance or erasing personal
-- data changes nothing free.
create trigger appointments_slots_changed
  after insert or delete or update of status, slot_id, location_id, slot_start on appointments
  for each row execute function vangnet_slots_changed();
create trigger appointments_emptied
  after truncate on appointments
  for each statement execute function vangnet_slots_changed();

create trigger location_schedules_slots_changed
  after insert or update or delete on location_schedules
  for each row execute function vangnet_slots_changed();
create trigger location_schedules_emptied
  after truncate on location_schedules
  for each statement execute function vangnet_slots_changed();
