-- Accounts, sessions, paired devices and the audit log (issue: accounts and roles).
-- Secrets are never stored: sessions and device credentials by the SHA-256 of their token,
-- passwords as argon2id hashes (PHC strings).

-- Staff as on their badge (digest §1.5): first and last name and position.
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('clerk', 'manager', 'admin')),
  password_hash TEXT NOT NULL,
  substitute_id INTEGER REFERENCES staff(id),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL,
  password_changed_at INTEGER NOT NULL
);

CREATE TABLE staff_departments (
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  department_id INTEGER NOT NULL REFERENCES departments(id),
  PRIMARY KEY (staff_id, department_id)
);

-- id = hex SHA-256 of the cookie's random token; the expiry slides while the session is used.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_staff ON sessions(staff_id);

-- Kiosks and boards run unattended: an admin creates the device with a one-time pairing code;
-- the device trades the code for a long-lived credential, which the admin can revoke.
CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'board')),
  name TEXT NOT NULL,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  -- the kiosk's printer in OKIENKO_KIOSKS (kiosks only)
  printer_key TEXT,
  pairing_hash TEXT UNIQUE,
  pairing_expires_at INTEGER,
  credential_hash TEXT UNIQUE,
  created_at INTEGER NOT NULL,
  paired_at INTEGER,
  last_seen_at INTEGER,
  revoked_at INTEGER
);

-- Who did what and when: admin changes, logins, failed logins, transfers. Append-only.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor_kind TEXT NOT NULL CHECK (actor_kind IN ('staff', 'device', 'anonymous', 'system')),
  actor_id INTEGER,
  actor_label TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  detail_json TEXT NOT NULL DEFAULT '{}',
  ip TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit_log(at);
CREATE INDEX audit_action_at ON audit_log(action, at);
CREATE INDEX audit_actor_at ON audit_log(actor_kind, actor_id, at);
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- The staff member who acted at a window (statistics by clerk); NULL before accounts existed.
ALTER TABLE events ADD COLUMN staff_id INTEGER;
