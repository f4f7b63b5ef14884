-- The waiting queue of one matter, in queue order, read from the index alone: how many wait per
-- matter (kiosk menu, board) and how many are ahead of a new ticket. Without it each issued
-- ticket read the whole location's queue, and issuing slowed down as the queue grew
-- (docs/benchmarks.md, figure 2).
CREATE INDEX tickets_waiting_service ON tickets(location_id, state, service_id, priority, issued_at);
