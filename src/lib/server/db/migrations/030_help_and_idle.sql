-- Help and idle alerts (issue 15, SR-32 and SR-03).
--
-- A visitor's "Potrzebuję pomocy" at a kiosk: which kiosk (its key: a paired device's id, or the
-- key staff gave the kiosk page) and where it stands, whom it alerted (a department's front-desk
-- consoles), and when and by whom it was acknowledged ("Idę"). No visitor data: a visitor is not
-- identified. Kept for the statistics (time to acknowledge).
CREATE TABLE help_requests (
  id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  kiosk TEXT NOT NULL CHECK (length(kiosk) BETWEEN 1 AND 60),
  place TEXT NOT NULL CHECK (length(place) <= 120),
  department_id INTEGER REFERENCES departments(id),
  requested_at INTEGER NOT NULL,
  acknowledged_at INTEGER,
  acknowledged_by INTEGER REFERENCES staff(id),
  CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
);
CREATE INDEX help_requests_kiosk ON help_requests (location_id, kiosk, requested_at);
CREATE INDEX help_requests_open ON help_requests (location_id, requested_at)
  WHERE acknowledged_at IS NULL;

-- Which department's consoles a location's kiosks alert; a location without a row alerts its
-- Kancelaria (departments.kind = 'kancelaria').
CREATE TABLE help_settings (
  location_id INTEGER PRIMARY KEY REFERENCES locations(id),
  department_id INTEGER NOT NULL REFERENCES departments(id)
);

-- Idle with clients waiting too long (SR-03): an open window with no client called while a
-- ticket it could call waited past its matter's target. One row per episode, closed when the
-- window calls (or is paused, closed, or nothing it could call waits too long any more).
CREATE TABLE idle_episodes (
  id INTEGER PRIMARY KEY,
  window_id INTEGER NOT NULL REFERENCES windows(id),
  location_id INTEGER NOT NULL REFERENCES locations(id),
  started_at INTEGER NOT NULL,
  ended_at INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX idle_episodes_window ON idle_episodes (window_id, started_at);
CREATE INDEX idle_episodes_open ON idle_episodes (window_id) WHERE ended_at IS NULL;
