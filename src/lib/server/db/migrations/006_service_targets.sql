-- Service level targets per matter (issue: managers' statistics): "80 % called within 15 minutes".
ALTER TABLE services ADD COLUMN wait_target_minutes INTEGER NOT NULL DEFAULT 15
  CHECK (wait_target_minutes > 0);
ALTER TABLE services ADD COLUMN wait_target_share INTEGER NOT NULL DEFAULT 80
  CHECK (wait_target_share BETWEEN 1 AND 100);
-- The statistics read the matter, window and priority group of each event with its ticket's
-- events in order (see stats/queries.ts); the covering index keeps that one ordered pass.
DROP INDEX events_stats_ticket;
CREATE INDEX events_stats_ticket ON events(location_id, ticket_id, id, type, at, department_id,
  service_id, window_id, priority);
