-- Office model, tickets and the append-only event log.
-- Times are epoch milliseconds (UTC); office days are YYYY-MM-DD in the location's time zone.

CREATE TABLE locations (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  time_zone TEXT NOT NULL DEFAULT 'Europe/Warsaw',
  -- {"1":{"opens":"07:30","closes":"17:00"}, ...}; a missing day is closed
  week_json TEXT NOT NULL DEFAULT '{}',
  cutoff_minutes INTEGER NOT NULL DEFAULT 15 CHECK (cutoff_minutes >= 0),
  hours_enforced INTEGER NOT NULL DEFAULT 1 CHECK (hours_enforced IN (0, 1)),
  mode TEXT NOT NULL DEFAULT 'normal' CHECK (mode IN ('normal', 'limited', 'closed')),
  fairness_cap INTEGER NOT NULL DEFAULT 3 CHECK (fairness_cap >= 1),
  contact_phone TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  eservices_url TEXT NOT NULL DEFAULT ''
);

-- Each floor has its own colour (digest §1.4).
CREATE TABLE floors (
  location_id INTEGER NOT NULL REFERENCES locations(id),
  floor INTEGER NOT NULL,
  colour_pl TEXT NOT NULL,
  colour_en TEXT NOT NULL,
  hex TEXT NOT NULL,
  PRIMARY KEY (location_id, floor)
);

CREATE TABLE departments (
  id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  kind TEXT NOT NULL CHECK (kind IN ('wydzial', 'referat', 'biuro', 'kancelaria')),
  name_pl TEXT NOT NULL,
  name_en TEXT NOT NULL,
  note_pl TEXT,
  note_en TEXT,
  prefix TEXT NOT NULL,
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE services (
  id INTEGER PRIMARY KEY,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  code TEXT,
  name_pl TEXT NOT NULL,
  name_en TEXT NOT NULL,
  prefix TEXT,
  priority_allowed INTEGER NOT NULL DEFAULT 1 CHECK (priority_allowed IN (0, 1)),
  id_required INTEGER NOT NULL DEFAULT 0 CHECK (id_required IN (0, 1)),
  online_url TEXT,
  featured INTEGER NOT NULL DEFAULT 0 CHECK (featured IN (0, 1)),
  -- {"1":"17:30"}: later acceptance on some weekdays (complaints and requests)
  late_acceptance_json TEXT NOT NULL DEFAULT '{}',
  available_when_limited INTEGER NOT NULL DEFAULT 0 CHECK (available_when_limited IN (0, 1)),
  default_service_minutes REAL NOT NULL DEFAULT 5 CHECK (default_service_minutes > 0),
  sort INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX services_department ON services(department_id);

CREATE TABLE windows (
  id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  label TEXT NOT NULL,
  room TEXT NOT NULL CHECK (length(room) = 3),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused', 'closed')),
  pause_reason TEXT,
  consecutive_priority_calls INTEGER NOT NULL DEFAULT 0,
  sort INTEGER NOT NULL DEFAULT 0,
  UNIQUE (location_id, label)
);

CREATE TABLE window_services (
  window_id INTEGER NOT NULL REFERENCES windows(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  PRIMARY KEY (window_id, service_id)
);

-- The last number issued per location, office day and prefix: numbers restart each day.
CREATE TABLE ticket_sequences (
  location_id INTEGER NOT NULL REFERENCES locations(id),
  day TEXT NOT NULL,
  prefix TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (location_id, day, prefix)
);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  day TEXT NOT NULL,
  number TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  priority TEXT CHECK (priority IN ('pregnant', 'small_children', 'elderly', 'limited_mobility')),
  state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'done', 'no_show', 'cancelled')),
  issued_at INTEGER NOT NULL,
  called_at INTEGER,
  started_at INTEGER,
  finished_at INTEGER,
  window_id INTEGER REFERENCES windows(id),
  recalls INTEGER NOT NULL DEFAULT 0,
  transfers INTEGER NOT NULL DEFAULT 0,
  transfer_note TEXT,
  -- No number is issued twice in a day.
  UNIQUE (location_id, day, number)
);
CREATE INDEX tickets_waiting ON tickets(location_id, state, issued_at);
CREATE INDEX tickets_window ON tickets(window_id, state);
-- A window never has two clients at once: at most one called-or-serving ticket per window.
CREATE UNIQUE INDEX tickets_one_current_per_window ON tickets(window_id)
  WHERE state IN ('called', 'serving');
CREATE INDEX tickets_finished_service ON tickets(service_id, finished_at) WHERE state = 'done';

-- Append-only: one row per state change, the source of the statistics.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  type TEXT NOT NULL,
  location_id INTEGER NOT NULL,
  ticket_id INTEGER,
  window_id INTEGER,
  service_id INTEGER,
  department_id INTEGER,
  priority TEXT,
  data_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_at ON events(location_id, at);
CREATE INDEX events_ticket ON events(ticket_id);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
