-- The end of the office day (issue 12, item 16): a ticket still waiting when the office closes
-- ends in a state of its own, 'closed' (not served: the office closed), counted in the
-- statistics; and each closing of a day is recorded, so the board can drop the day's calls.

-- 1. The state. SQLite cannot alter a CHECK constraint, so the table is rebuilt with every column
--    (001, and 002's kiosk) and the same ids; its indexes (001, 004, 011, 012) are created again
--    below. No foreign key references tickets and no trigger is on it.
--    tests/unit/migration-017.test.ts checks that the rebuilt table has every column and index it
--    had before: a migration before this one that adds one to tickets must add it here too.
CREATE TABLE tickets_017 (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  day TEXT NOT NULL,
  number TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  priority TEXT CHECK (priority IN ('pregnant', 'small_children', 'elderly', 'limited_mobility')),
  state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'done', 'no_show', 'cancelled', 'closed')),
  issued_at INTEGER NOT NULL,
  called_at INTEGER,
  started_at INTEGER,
  finished_at INTEGER,
  window_id INTEGER REFERENCES windows(id),
  recalls INTEGER NOT NULL DEFAULT 0,
  transfers INTEGER NOT NULL DEFAULT 0,
  transfer_note TEXT,
  kiosk TEXT,
  UNIQUE (location_id, day, number)
);
INSERT INTO tickets_017 (id, code, location_id, day, number, department_id, service_id, priority,
    state, issued_at, called_at, started_at, finished_at, window_id, recalls, transfers,
    transfer_note, kiosk)
  SELECT id, code, location_id, day, number, department_id, service_id, priority, state, issued_at,
    called_at, started_at, finished_at, window_id, recalls, transfers, transfer_note, kiosk
  FROM tickets;
DROP TABLE tickets;
-- Triggers on other tables name `tickets` in their bodies (migration 012's on events): between the
-- DROP and the RENAME that table does not exist, and a modern RENAME refuses to go on while a
-- trigger names a missing table. The legacy RENAME leaves trigger bodies as they are, which is
-- what they need: they name `tickets`, the name the new table takes.
PRAGMA legacy_alter_table = ON;
ALTER TABLE tickets_017 RENAME TO tickets;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX tickets_waiting ON tickets(location_id, state, issued_at);
CREATE INDEX tickets_window ON tickets(window_id, state);
CREATE UNIQUE INDEX tickets_one_current_per_window ON tickets(window_id)
  WHERE state IN ('called', 'serving');
CREATE INDEX tickets_finished_service ON tickets(service_id, finished_at) WHERE state = 'done';
CREATE INDEX tickets_waiting_service ON tickets(location_id, state, service_id, priority, issued_at);
CREATE INDEX tickets_called_on_day ON tickets(location_id, day, called_at) WHERE called_at IS NOT NULL;
-- Migration 012's (the console's missed and cancelled tickets of the day).
CREATE INDEX tickets_ended_today ON tickets(location_id, day, finished_at)
  WHERE state IN ('no_show', 'cancelled');

-- 2. Statistics: tickets not served because the office closed, per office day of issue (as
--    stats_visits counts no-shows), department and matter. The closing also leaves the queue, so
--    the queue length over the day drops at that quarter hour (stats_slots, as a cancellation of a
--    waiting ticket does). Written by a trigger of its own in the event's transaction; the feed of
--    migrations 008-009 sees 'ticket_closed' as the ticket's last event and counts nothing for it.
CREATE TABLE stats_closed (
  location_id INTEGER NOT NULL,
  day INTEGER NOT NULL,
  department_id INTEGER NOT NULL,
  service_id INTEGER NOT NULL,
  closed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (location_id, day, department_id, service_id)
) WITHOUT ROWID;

CREATE TRIGGER stats_ticket_closed AFTER INSERT ON events WHEN NEW.type = 'ticket_closed'
BEGIN
  INSERT INTO stats_closed (location_id, day, department_id, service_id, closed)
    SELECT NEW.location_id,
      (i.at + (SELECT offset_ms FROM stats_utc_offset WHERE from_at <= i.at
               ORDER BY from_at DESC LIMIT 1)) / 86400000,
      coalesce(NEW.department_id, 0), coalesce(NEW.service_id, 0), 1
    FROM events i
    WHERE i.ticket_id = NEW.ticket_id AND i.type = 'ticket_issued'
    LIMIT 1
    ON CONFLICT DO UPDATE SET closed = closed + 1;

  INSERT INTO stats_slots (location_id, day, slot, department_id, queue_delta)
    SELECT NEW.location_id, (NEW.at + o.off) / 86400000, ((NEW.at + o.off) % 86400000) / 900000,
      coalesce(NEW.department_id, 0), -1
    FROM (SELECT offset_ms AS off FROM stats_utc_offset WHERE from_at <= NEW.at
          ORDER BY from_at DESC LIMIT 1) o
    WHERE true
    ON CONFLICT DO UPDATE SET queue_delta = queue_delta + excluded.queue_delta;
END;

-- The history through the same rules (no event of the kind exists before this migration unless
-- written by hand; the roll-up's tests write them).
INSERT INTO stats_closed (location_id, day, department_id, service_id, closed)
  SELECT e.location_id,
    (i.at + (SELECT offset_ms FROM stats_utc_offset WHERE from_at <= i.at
             ORDER BY from_at DESC LIMIT 1)) / 86400000,
    coalesce(e.department_id, 0), coalesce(e.service_id, 0), count(*)
  FROM events e
  JOIN events i ON i.ticket_id = e.ticket_id AND i.type = 'ticket_issued'
  WHERE e.type = 'ticket_closed'
  GROUP BY 1, 2, 3, 4;
INSERT INTO stats_slots (location_id, day, slot, department_id, queue_delta)
  SELECT location_id, (at + off) / 86400000, ((at + off) % 86400000) / 900000, department_id,
    -count(*)
  FROM (SELECT e.location_id, e.at, coalesce(e.department_id, 0) AS department_id,
          (SELECT offset_ms FROM stats_utc_offset WHERE from_at <= e.at
           ORDER BY from_at DESC LIMIT 1) AS off
        FROM events e WHERE e.type = 'ticket_closed')
  GROUP BY 1, 2, 3, 4
  ON CONFLICT DO UPDATE SET queue_delta = queue_delta + excluded.queue_delta;

-- 3. Each closing of an office day at a location: when, and by whom (NULL: at closing time, by
--    the server). The board lists only calls made after the day's latest closing.
CREATE TABLE day_closures (
  location_id INTEGER NOT NULL REFERENCES locations(id),
  day TEXT NOT NULL,
  closed_at INTEGER NOT NULL,
  staff_id INTEGER,
  closed_tickets INTEGER NOT NULL,
  PRIMARY KEY (location_id, day, closed_at)
);
