-- Fewer index entries per issued ticket (issue 18 §3). Every kiosk ticket writes a ticket row and
-- a `ticket_issued` event in the issuing transaction; each index on those rows is another b-tree
-- to update and more pages for the commit's fsync.
--
-- The event log's indexes by location and time, by location, type and time, and the wide
-- per-ticket one were made for the statistics queries over the raw events (migration 003, 006).
-- Since migration 008 the reports read the roll-up (stats_*) and no query reads the events by
-- location, type or time: the server reads them only by ticket (the board's last announcement,
-- the survey's departments, the roll-up triggers' issue event), through events_ticket, kept.
DROP INDEX IF EXISTS events_at;
DROP INDEX IF EXISTS events_type_at;
DROP INDEX IF EXISTS events_stats_ticket;

-- A ticket's window is read by window (`window_id = ?`: the window's current ticket, whether a
-- window ever served anyone), never for tickets without one, and every new ticket has none: the
-- index keeps only tickets that have a window, so issuing does not write it.
DROP INDEX IF EXISTS tickets_window;
CREATE INDEX tickets_window ON tickets(window_id, state) WHERE window_id IS NOT NULL;
