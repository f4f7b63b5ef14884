-- Indexes for the statistics queries (src/lib/server/stats/queries.ts), which read ranges as long
-- as a year of a busy office (a million tickets).
-- A ticket's events in the order they happened, with what the intervals need: one ordered pass
-- pairs each call with the event that queued the ticket, each start with its call.
CREATE INDEX events_stats_ticket ON events(location_id, ticket_id, id, type, at, department_id);
-- Events of one type in time order: the first and last ticket issued in a range, the heatmap.
CREATE INDEX events_type_at ON events(location_id, type, at, ticket_id);
