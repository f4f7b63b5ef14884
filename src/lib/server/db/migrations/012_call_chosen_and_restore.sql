-- Issue 12: a chosen call, taking back a no-show or cancellation, and restoring a missed ticket.

-- How long after a no-show or cancellation a returning visitor gets their original place back
-- (later they queue from the end), per location.
ALTER TABLE locations ADD COLUMN restore_grace_minutes INTEGER NOT NULL DEFAULT 30
  CHECK (restore_grace_minutes BETWEEN 0 AND 600);

-- The console's list of today's missed and cancelled tickets, newest first, without reading
-- every no-show the location ever had.
CREATE INDEX tickets_ended_today ON tickets(location_id, day, finished_at)
  WHERE state IN ('no_show', 'cancelled');

-- Calls out of order (a clerk chose the ticket though another was next), per department and
-- issue day like the no-shows beside them.
ALTER TABLE stats_visits ADD COLUMN out_of_order INTEGER NOT NULL DEFAULT 0;

-- Triggers of their own on the event log (the rollup's main triggers stay as migration 009 wrote
-- them). The issue day is the ticket's office day, as a day number like the rollup's.
CREATE TRIGGER stats_out_of_order AFTER INSERT ON events
  WHEN NEW.type = 'ticket_called' AND json_extract(NEW.data_json, '$.outOfOrder') = 1
BEGIN
  INSERT INTO stats_visits (location_id, day, department_id, out_of_order)
    SELECT t.location_id, CAST(julianday(t.day) - 2440587.5 AS INTEGER),
      coalesce(NEW.department_id, 0), 1
    FROM tickets t WHERE t.id = NEW.ticket_id
    ON CONFLICT DO UPDATE SET out_of_order = out_of_order + 1;
END;

-- A no-show or cancellation the clerk took back at once was a slip, not a visit's outcome.
CREATE TRIGGER stats_reinstated AFTER INSERT ON events
  WHEN NEW.type = 'ticket_reinstated'
BEGIN
  UPDATE stats_visits
    SET no_shows = no_shows - (json_extract(NEW.data_json, '$.from') = 'no_show'),
      cancelled = cancelled - (json_extract(NEW.data_json, '$.from') = 'cancelled')
    WHERE location_id = NEW.location_id
      AND day = (SELECT CAST(julianday(t.day) - 2440587.5 AS INTEGER) FROM tickets t
                 WHERE t.id = NEW.ticket_id)
      AND department_id = coalesce(NEW.department_id, 0);
END;
