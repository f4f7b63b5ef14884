-- Statistics roll-up, written on the write side (issue: managers' statistics, "Speed"): reports
-- over a year read pre-aggregated rows instead of pairing a million tickets' events with window
-- functions. Triggers on `events` keep it in the same transaction as the change itself, so a
-- report never sees a change without its roll-up. The definitions are those of the event log
-- (see src/lib/server/stats/queries.ts); the triggers reproduce them one event at a time.
--
-- Local time: the office days, hours and weekdays below follow Poland's clock (CET, UTC+1; summer
-- time UTC+2 from the last Sunday of March to the last Sunday of October, at 01:00 UTC). SQLite
-- has no time zones, so the changes are listed in stats_utc_offset (1996-2100, the EU rule since
-- 1996); a unit test checks the table against the ICU data for Europe/Warsaw.
-- Days are numbered from 1970-01-01 in local time: day = (at + offset) / 86 400 000.

CREATE TABLE stats_utc_offset (
  from_at INTEGER PRIMARY KEY,
  offset_ms INTEGER NOT NULL
);
INSERT INTO stats_utc_offset (from_at, offset_ms)
  WITH RECURSIVE y(n) AS (SELECT 1996 UNION ALL SELECT n + 1 FROM y WHERE n < 2100)
  SELECT -62135596800000, 3600000
  UNION ALL SELECT (unixepoch(date(n || '-03-25', 'weekday 0')) + 3600) * 1000, 7200000 FROM y
  UNION ALL SELECT (unixepoch(date(n || '-10-25', 'weekday 0')) + 3600) * 1000, 3600000 FROM y;

-- Each ticket's last event, as the intervals need it: the previous event's type, time and place
-- (lag() over the ticket's events) and its latest call. Created at the ticket's second event, so
-- issuing a ticket writes only its arrival count below.
CREATE TABLE stats_ticket (
  ticket_id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL,
  -- the office day the ticket was issued: reports select tickets by it
  day INTEGER NOT NULL,
  last_type TEXT NOT NULL,
  last_at INTEGER NOT NULL,
  last_department INTEGER,
  last_service INTEGER,
  last_window INTEGER,
  last_staff INTEGER,
  call_at INTEGER
);

-- One row per wait (measure 0), walk (1) and service (2), with every dimension it is reported
-- by. `bin` is a coarse, monotone class of the duration (see the trigger below): reports add up
-- stats_bins to find in which class the median or p90 falls, then read only that class's exact
-- durations here, through the index of the dimension.
CREATE TABLE stats_interval (
  id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL,
  day INTEGER NOT NULL,
  measure INTEGER NOT NULL,
  ms INTEGER NOT NULL,
  bin INTEGER NOT NULL,
  department_id INTEGER NOT NULL,
  service_id INTEGER NOT NULL,
  window_id INTEGER NOT NULL,
  -- 0 = no staff account recorded (events before accounts)
  staff_id INTEGER NOT NULL,
  -- 0 = ordinary, 1 pregnant, 2 small_children, 3 elderly, 4 limited_mobility
  priority INTEGER NOT NULL,
  -- local hour (0-23) and ISO weekday (1-7) at which the interval began
  hour INTEGER NOT NULL,
  weekday INTEGER NOT NULL
);
CREATE INDEX stats_interval_all ON stats_interval(location_id, measure, bin, ms, day);
CREATE INDEX stats_interval_department ON stats_interval(location_id, department_id, measure, bin, ms, day);
CREATE INDEX stats_interval_service ON stats_interval(location_id, service_id, measure, bin, ms, day);
CREATE INDEX stats_interval_window ON stats_interval(location_id, window_id, measure, bin, ms, day);
CREATE INDEX stats_interval_staff ON stats_interval(location_id, staff_id, measure, bin, ms, day);
CREATE INDEX stats_interval_priority ON stats_interval(location_id, priority, measure, bin, ms, day);
CREATE INDEX stats_interval_hour ON stats_interval(location_id, hour, measure, bin, ms, day);
CREATE INDEX stats_interval_weekday ON stats_interval(location_id, weekday, measure, bin, ms, day);

-- Count and sum of durations per dimension value and class, per day (level 0, period = day) and
-- per block of 32 days (level 1, period = day / 32), so a year reads about a dozen blocks and the
-- days at its ends. dim: 0 all, 1 department, 2 service, 3 window, 4 staff, 5 priority, 6 hour,
-- 7 weekday.
CREATE TABLE stats_bins (
  location_id INTEGER NOT NULL,
  dim INTEGER NOT NULL,
  level INTEGER NOT NULL,
  period INTEGER NOT NULL,
  key INTEGER NOT NULL,
  measure INTEGER NOT NULL,
  bin INTEGER NOT NULL,
  n INTEGER NOT NULL,
  sum_ms INTEGER NOT NULL,
  PRIMARY KEY (location_id, dim, level, period, key, measure, bin)
) WITHOUT ROWID;

-- Per local quarter hour (slot 0-95): tickets issued, and the other changes to the number waiting
-- (+1 returned or transferred into a queue, -1 called or cancelled while waiting). The heatmap and
-- the queue length over the day read it.
CREATE TABLE stats_slots (
  location_id INTEGER NOT NULL,
  day INTEGER NOT NULL,
  slot INTEGER NOT NULL,
  issued INTEGER NOT NULL DEFAULT 0,
  queue_delta INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (location_id, day, slot)
) WITHOUT ROWID;

-- No-shows, transfers and cancellations of the tickets issued on a day.
CREATE TABLE stats_visits (
  location_id INTEGER NOT NULL,
  day INTEGER NOT NULL,
  no_shows INTEGER NOT NULL DEFAULT 0,
  transfers INTEGER NOT NULL DEFAULT 0,
  cancelled INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (location_id, day)
) WITHOUT ROWID;

-- The roll-up's input: a view that keeps nothing. The trigger on `events` and the backfill at the
-- end both insert into it, so one set of rules serves new events and the history.
CREATE VIEW stats_feed AS
  SELECT id, at, type, location_id, ticket_id, window_id, service_id, department_id, priority,
    staff_id FROM events WHERE 0;

CREATE TRIGGER stats_events_feed AFTER INSERT ON events WHEN NEW.ticket_id IS NOT NULL
BEGIN
  INSERT INTO stats_feed VALUES (NEW.id, NEW.at, NEW.type, NEW.location_id, NEW.ticket_id,
    NEW.window_id, NEW.service_id, NEW.department_id, NEW.priority, NEW.staff_id);
END;

-- Issuing is benchmarked: it only counts the arrival.
CREATE TRIGGER stats_feed_issued INSTEAD OF INSERT ON stats_feed WHEN NEW.type = 'ticket_issued'
BEGIN
  INSERT INTO stats_slots (location_id, day, slot, issued)
    SELECT NEW.location_id, (NEW.at + o.off) / 86400000, ((NEW.at + o.off) % 86400000) / 900000, 1
    FROM (SELECT offset_ms AS off FROM stats_utc_offset WHERE from_at <= NEW.at
          ORDER BY from_at DESC LIMIT 1) o
    WHERE true
    ON CONFLICT DO UPDATE SET issued = issued + 1;
END;

CREATE TRIGGER stats_feed_ticket INSTEAD OF INSERT ON stats_feed WHEN NEW.type <> 'ticket_issued'
BEGIN
  -- The ticket's first event after issuing: its state starts from the issue event.
  INSERT INTO stats_ticket (ticket_id, location_id, day, last_type, last_at, last_department,
      last_service, last_window, last_staff)
    SELECT e.ticket_id, e.location_id,
      (e.at + (SELECT offset_ms FROM stats_utc_offset WHERE from_at <= e.at
               ORDER BY from_at DESC LIMIT 1)) / 86400000,
      e.type, e.at, e.department_id, e.service_id, e.window_id, e.staff_id
    FROM events e
    WHERE e.ticket_id = NEW.ticket_id AND e.type = 'ticket_issued'
      AND NOT EXISTS (SELECT 1 FROM stats_ticket WHERE ticket_id = NEW.ticket_id)
    LIMIT 1;

  -- wait: queued (issued, returned, transferred) -> called, where it was called;
  -- walk: latest call -> start; service: start -> finished, transferred or returned, where served.
  INSERT INTO stats_interval (location_id, day, measure, ms, bin, department_id, service_id,
      window_id, staff_id, priority, hour, weekday)
    SELECT location_id, day, measure, ms,
      CASE WHEN ms / 1000 < 16 THEN ms / 1000
        ELSE 16 + 8 * (CAST(log2(ms / 1000) AS INTEGER) - 4)
          + ((ms / 1000) >> (CAST(log2(ms / 1000) AS INTEGER) - 3)) - 8 END,
      coalesce(department_id, 0), coalesce(service_id, 0), coalesce(window_id, 0),
      coalesce(staff_id, 0),
      CASE priority WHEN 'pregnant' THEN 1 WHEN 'small_children' THEN 2 WHEN 'elderly' THEN 3
        WHEN 'limited_mobility' THEN 4 ELSE 0 END,
      ((began + off) / 3600000) % 24, ((began + off) / 86400000 + 3) % 7 + 1
    FROM (
      SELECT x.*, (SELECT offset_ms FROM stats_utc_offset WHERE from_at <= x.began
                   ORDER BY from_at DESC LIMIT 1) AS off
      FROM (
        SELECT s.location_id, s.day, 0 AS measure, NEW.at - s.last_at AS ms, s.last_at AS began,
          NEW.department_id AS department_id, NEW.service_id AS service_id,
          NEW.window_id AS window_id, NEW.staff_id AS staff_id, NEW.priority AS priority
        FROM stats_ticket s
        WHERE s.ticket_id = NEW.ticket_id AND NEW.type = 'ticket_called'
          AND s.last_type IN ('ticket_issued', 'ticket_returned', 'ticket_transferred')
        UNION ALL
        SELECT s.location_id, s.day, 1, NEW.at - s.call_at, s.call_at, NEW.department_id,
          NEW.service_id, NEW.window_id, NEW.staff_id, NEW.priority
        FROM stats_ticket s
        WHERE s.ticket_id = NEW.ticket_id AND NEW.type = 'service_started' AND s.call_at IS NOT NULL
        UNION ALL
        SELECT s.location_id, s.day, 2, NEW.at - s.last_at, s.last_at, s.last_department,
          s.last_service, s.last_window, s.last_staff, NEW.priority
        FROM stats_ticket s
        WHERE s.ticket_id = NEW.ticket_id AND s.last_type = 'service_started'
          AND NEW.type IN ('service_finished', 'ticket_transferred', 'ticket_returned')
      ) x
    );

  INSERT INTO stats_visits (location_id, day, no_shows, transfers, cancelled)
    SELECT s.location_id, s.day, NEW.type = 'ticket_no_show', NEW.type = 'ticket_transferred',
      NEW.type = 'ticket_cancelled'
    FROM stats_ticket s
    WHERE s.ticket_id = NEW.ticket_id
      AND NEW.type IN ('ticket_no_show', 'ticket_transferred', 'ticket_cancelled')
    ON CONFLICT DO UPDATE SET no_shows = no_shows + excluded.no_shows,
      transfers = transfers + excluded.transfers, cancelled = cancelled + excluded.cancelled;

  INSERT INTO stats_slots (location_id, day, slot, queue_delta)
    SELECT s.location_id, (NEW.at + o.off) / 86400000, ((NEW.at + o.off) % 86400000) / 900000,
      CASE WHEN NEW.type IN ('ticket_returned', 'ticket_transferred') THEN 1 ELSE -1 END
    FROM stats_ticket s,
      (SELECT offset_ms AS off FROM stats_utc_offset WHERE from_at <= NEW.at
       ORDER BY from_at DESC LIMIT 1) o
    WHERE s.ticket_id = NEW.ticket_id
      AND (NEW.type IN ('ticket_returned', 'ticket_transferred')
        OR (NEW.type IN ('ticket_called', 'ticket_cancelled')
          AND s.last_type IN ('ticket_issued', 'ticket_returned', 'ticket_transferred')))
    ON CONFLICT DO UPDATE SET queue_delta = queue_delta + excluded.queue_delta;

  UPDATE stats_ticket SET last_type = NEW.type, last_at = NEW.at,
    last_department = NEW.department_id, last_service = NEW.service_id,
    last_window = NEW.window_id, last_staff = NEW.staff_id,
    call_at = CASE WHEN NEW.type = 'ticket_called' THEN max(coalesce(call_at, NEW.at), NEW.at)
      ELSE call_at END
  WHERE ticket_id = NEW.ticket_id;
END;

-- Every interval counts once per dimension, per day and per block of 32 days.
CREATE TRIGGER stats_interval_bins AFTER INSERT ON stats_interval
BEGIN
  INSERT INTO stats_bins (location_id, dim, level, period, key, measure, bin, n, sum_ms)
    SELECT NEW.location_id, d.dim, l.level, CASE l.level WHEN 0 THEN NEW.day ELSE NEW.day / 32 END,
      d.key, NEW.measure, NEW.bin, 1, NEW.ms
    FROM (SELECT 0 AS dim, 0 AS key UNION ALL SELECT 1, NEW.department_id
      UNION ALL SELECT 2, NEW.service_id UNION ALL SELECT 3, NEW.window_id
      UNION ALL SELECT 4, NEW.staff_id UNION ALL SELECT 5, NEW.priority
      UNION ALL SELECT 6, NEW.hour UNION ALL SELECT 7, NEW.weekday) d,
      (SELECT 0 AS level UNION ALL SELECT 1) l
    WHERE true
    ON CONFLICT DO UPDATE SET n = n + 1, sum_ms = sum_ms + excluded.sum_ms;
END;

-- The history so far, through the same rules, in the order it happened.
INSERT INTO stats_feed
  SELECT id, at, type, location_id, ticket_id, window_id, service_id, department_id, priority,
    staff_id FROM events WHERE ticket_id IS NOT NULL ORDER BY id;
