-- The board's history: the day's latest calls at a location, newest first, read from the index
-- and stopped after the few the board shows. Without it every board snapshot (up to ten a second
-- in a busy office) would read all of the day's tickets and sort them, work a call could queue
-- behind.
CREATE INDEX tickets_called_on_day ON tickets(location_id, day, called_at) WHERE called_at IS NOT NULL;
