-- The statistics roll-up per department (issue 4: a manager sees the statistics of their own
-- departments; src/lib/server/stats/rollup.ts reads a range "restricted to departments"):
-- 1. stats_department_bins: the counts of stats_bins, once more per department of the interval;
-- 2. the dimension indexes of stats_interval end with department_id, so the exact median and p90
--    of a department's class are read from the index alone;
-- 3. stats_slots and stats_visits are kept per department (a report of the whole location adds
--    them up): arrivals and queue changes in the department of the event (a transfer enters the
--    queue of the department it goes to), no-shows and cancellations in the event's department,
--    transfers in the department that served the client before it;
-- 4. an index finding a department's survey responses.
-- The history is filled from stats_interval and the event log, with the rules of the triggers.

CREATE TABLE stats_department_bins (
  location_id INTEGER NOT NULL,
  department_id INTEGER NOT NULL,
  dim INTEGER NOT NULL,
  level INTEGER NOT NULL,
  period INTEGER NOT NULL,
  key INTEGER NOT NULL,
  measure INTEGER NOT NULL,
  bin INTEGER NOT NULL,
  n INTEGER NOT NULL,
  sum_ms INTEGER NOT NULL,
  PRIMARY KEY (location_id, department_id, dim, level, period, key, measure, bin)
) WITHOUT ROWID;

CREATE TRIGGER stats_interval_department_bins AFTER INSERT ON stats_interval
BEGIN
  INSERT INTO stats_department_bins (location_id, department_id, dim, level, period, key, measure,
      bin, n, sum_ms)
    SELECT NEW.location_id, NEW.department_id, d.dim, l.level,
      CASE l.level WHEN 0 THEN NEW.day ELSE NEW.day / 32 END, d.key, NEW.measure, NEW.bin, 1, NEW.ms
    FROM (SELECT 0 AS dim, 0 AS key UNION ALL SELECT 1, NEW.department_id
      UNION ALL SELECT 2, NEW.service_id UNION ALL SELECT 3, NEW.window_id
      UNION ALL SELECT 4, NEW.staff_id UNION ALL SELECT 5, NEW.priority
      UNION ALL SELECT 6, NEW.hour UNION ALL SELECT 7, NEW.weekday) d,
      (SELECT 0 AS level UNION ALL SELECT 1) l
    WHERE true
    ON CONFLICT DO UPDATE SET n = n + 1, sum_ms = sum_ms + excluded.sum_ms;
END;

INSERT INTO stats_department_bins (location_id, department_id, dim, level, period, key, measure,
    bin, n, sum_ms)
  SELECT i.location_id, i.department_id, d.dim, l.level,
    CASE l.level WHEN 0 THEN i.day ELSE i.day / 32 END AS period,
    CASE d.dim WHEN 0 THEN 0 WHEN 1 THEN i.department_id WHEN 2 THEN i.service_id
      WHEN 3 THEN i.window_id WHEN 4 THEN i.staff_id WHEN 5 THEN i.priority WHEN 6 THEN i.hour
      ELSE i.weekday END AS key,
    i.measure, i.bin, count(*), sum(i.ms)
  FROM stats_interval i,
    (SELECT 0 AS dim UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
      UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) d,
    (SELECT 0 AS level UNION ALL SELECT 1) l
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

DROP INDEX stats_interval_service;
DROP INDEX stats_interval_window;
DROP INDEX stats_interval_staff;
DROP INDEX stats_interval_priority;
DROP INDEX stats_interval_hour;
DROP INDEX stats_interval_weekday;
CREATE INDEX stats_interval_service ON stats_interval(location_id, service_id, measure, bin, ms, day, department_id);
CREATE INDEX stats_interval_window ON stats_interval(location_id, window_id, measure, bin, ms, day, department_id);
CREATE INDEX stats_interval_staff ON stats_interval(location_id, staff_id, measure, bin, ms, day, department_id);
CREATE INDEX stats_interval_priority ON stats_interval(location_id, priority, measure, bin, ms, day, department_id);
CREATE INDEX stats_interval_hour ON stats_interval(location_id, hour, measure, bin, ms, day, department_id);
CREATE INDEX stats_interval_weekday ON stats_interval(location_id, weekday, measure, bin, ms, day, department_id);

-- A department's survey responses (the survey results of a manager).
CREATE INDEX survey_response_departments_department
  ON survey_response_departments(department_id, response_id);

-- Slots and visits per department. The triggers that write them are replaced below.
DROP TRIGGER stats_feed_issued;
DROP TRIGGER stats_feed_ticket;
DROP TABLE stats_slots;
DROP TABLE stats_visits;

CREATE TABLE stats_slots (
  location_id INTEGER NOT NULL,
  day INTEGER NOT NULL,
  slot INTEGER NOT NULL,
  department_id INTEGER NOT NULL,
  issued INTEGER NOT NULL DEFAULT 0,
  queue_delta INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (location_id, day, slot, department_id)
) WITHOUT ROWID;

CREATE TABLE stats_visits (
  location_id INTEGER NOT NULL,
  day INTEGER NOT NULL,
  department_id INTEGER NOT NULL,
  no_shows INTEGER NOT NULL DEFAULT 0,
  transfers INTEGER NOT NULL DEFAULT 0,
  cancelled INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (location_id, day, department_id)
) WITHOUT ROWID;

-- The history, by the triggers' rules: each ticket event beside the one before it (what
-- stats_ticket holds as last_type and last_department) and the ticket's issue day.
CREATE TEMP TABLE stats_history AS
  SELECT location_id, type, coalesce(department_id, 0) AS department_id,
    (at + off) / 86400000 AS day, ((at + off) % 86400000) / 900000 AS slot,
    lag(type) OVER w AS prev_type, coalesce(lag(department_id) OVER w, 0) AS prev_department,
    first_value((at + off) / 86400000) OVER w AS issue_day
  FROM (SELECT e.*, (SELECT offset_ms FROM stats_utc_offset WHERE from_at <= e.at
                     ORDER BY from_at DESC LIMIT 1) AS off
        FROM events e WHERE e.ticket_id IS NOT NULL)
  WINDOW w AS (PARTITION BY ticket_id ORDER BY id);

INSERT INTO stats_slots (location_id, day, slot, department_id, issued, queue_delta)
  SELECT location_id, day, slot, department_id, sum(type = 'ticket_issued'),
    sum(CASE type WHEN 'ticket_issued' THEN 0 WHEN 'ticket_returned' THEN 1
      WHEN 'ticket_transferred' THEN 1 ELSE -1 END)
  FROM stats_history
  WHERE type IN ('ticket_issued', 'ticket_returned', 'ticket_transferred')
    OR (type IN ('ticket_called', 'ticket_cancelled')
      AND prev_type IN ('ticket_issued', 'ticket_returned', 'ticket_transferred'))
  GROUP BY 1, 2, 3, 4;

INSERT INTO stats_visits (location_id, day, department_id, no_shows, transfers, cancelled)
  SELECT location_id, issue_day,
    CASE type WHEN 'ticket_transferred' THEN prev_department ELSE department_id END,
    sum(type = 'ticket_no_show'), sum(type = 'ticket_transferred'), sum(type = 'ticket_cancelled')
  FROM stats_history
  WHERE type IN ('ticket_no_show', 'ticket_transferred', 'ticket_cancelled')
  GROUP BY 1, 2, 3;

DROP TABLE stats_history;

-- The triggers of migration 008 with the department added to slots and visits; the intervals
-- are written as before.
CREATE TRIGGER stats_feed_issued INSTEAD OF INSERT ON stats_feed WHEN NEW.type = 'ticket_issued'
BEGIN
  INSERT INTO stats_slots (location_id, day, slot, department_id, issued)
    SELECT NEW.location_id, (NEW.at + o.off) / 86400000, ((NEW.at + o.off) % 86400000) / 900000,
      coalesce(NEW.department_id, 0), 1
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

  INSERT INTO stats_visits (location_id, day, department_id, no_shows, transfers, cancelled)
    SELECT s.location_id, s.day,
      coalesce(CASE NEW.type WHEN 'ticket_transferred' THEN s.last_department
        ELSE NEW.department_id END, 0),
      NEW.type = 'ticket_no_show', NEW.type = 'ticket_transferred',
      NEW.type = 'ticket_cancelled'
    FROM stats_ticket s
    WHERE s.ticket_id = NEW.ticket_id
      AND NEW.type IN ('ticket_no_show', 'ticket_transferred', 'ticket_cancelled')
    ON CONFLICT DO UPDATE SET no_shows = no_shows + excluded.no_shows,
      transfers = transfers + excluded.transfers, cancelled = cancelled + excluded.cancelled;

  INSERT INTO stats_slots (location_id, day, slot, department_id, queue_delta)
    SELECT s.location_id, (NEW.at + o.off) / 86400000, ((NEW.at + o.off) % 86400000) / 900000,
      coalesce(NEW.department_id, 0),
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

