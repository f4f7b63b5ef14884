-- Appointments at the kiosk (issue 14): a checked-in booking becomes a ticket that carries its
-- slot's start. NULL for every walk-in ticket; the ordering rule (queue/ordering.ts) calls an
-- appointment ticket whose slot has come before the walk-ins.
ALTER TABLE tickets ADD COLUMN appointment_at INTEGER;

-- The head of a matter's appointment queue, by slot time: few rows (only waiting appointment
-- tickets), so a call or a console's list reads it without walking the walk-in queue.
CREATE INDEX tickets_waiting_appointment ON tickets (location_id, service_id, appointment_at, id)
  WHERE state = 'waiting' AND appointment_at IS NOT NULL;
