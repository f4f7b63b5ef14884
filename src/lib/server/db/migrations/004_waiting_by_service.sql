-- The waiting queue of one matter, in queue order, read from the index alone: how many wait per
-- matter (kiosk menu, board) and how many are ahead of a new ticket. Without it each issued
-- ticket would read the whole location's queue, and issuing would slow down as the queue grows.
CREATE INDEX tickets_waiting_service ON tickets(location_id, state, service_id, priority, issued_at);
