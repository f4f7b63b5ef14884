-- The client satisfaction survey (Annex 3). Anonymous by construction: a response records the
-- office day, the location, the department(s) and the channel; never a ticket, clerk or time.

-- Server secrets and settings that must survive restarts (e.g. the survey token key).
CREATE TABLE IF NOT EXISTS settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One open invitation per finished visit, so the kiosk and web channels accept one response
-- per visit. Keyed by the SHA-256 of a token; it names no ticket, and is deleted when used.
CREATE TABLE survey_invitations (
  token_hash TEXT PRIMARY KEY,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  day TEXT NOT NULL,
  department_ids_json TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX survey_invitations_expiry ON survey_invitations(expires_at);

CREATE TABLE survey_responses (
  id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  -- The office day only: no time of day, which could be matched against a visit.
  day TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'web', 'paper')),
  -- H. Co możemy zrobić lepiej?
  suggestions TEXT
);
CREATE INDEX survey_responses_day ON survey_responses(location_id, day);

CREATE TABLE survey_answers (
  response_id INTEGER NOT NULL REFERENCES survey_responses(id),
  item TEXT NOT NULL CHECK (item IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
  -- 1 = jestem zadowolona/y, 0 = jestem niezadowolona/y, NULL = not answered
  satisfied INTEGER CHECK (satisfied IN (0, 1)),
  comment TEXT,
  PRIMARY KEY (response_id, item)
);

CREATE TABLE survey_response_departments (
  response_id INTEGER NOT NULL REFERENCES survey_responses(id),
  department_id INTEGER NOT NULL REFERENCES departments(id),
  PRIMARY KEY (response_id, department_id)
);
