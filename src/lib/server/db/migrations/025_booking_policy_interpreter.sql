-- Appointments set at /admin (issue 14): each location's booking policy, when its sign-language
-- (PJM) interpreter is available, and how long each booking lasts (for the interpreter's overlap).

-- A location's booking policy; a location without a row uses the defaults of queue/slots.ts
-- (DEFAULT_BOOKING_POLICY), so the defaults live in one place.
CREATE TABLE booking_policies (
  location_id INTEGER PRIMARY KEY REFERENCES locations(id) ON DELETE CASCADE,
  ahead_days INTEGER NOT NULL CHECK (ahead_days BETWEEN 1 AND 365),
  interpreter_notice_days INTEGER NOT NULL CHECK (interpreter_notice_days BETWEEN 1 AND 30),
  check_in_early_minutes INTEGER NOT NULL CHECK (check_in_early_minutes BETWEEN 0 AND 120),
  check_in_grace_minutes INTEGER NOT NULL CHECK (check_in_grace_minutes BETWEEN 0 AND 120)
);

-- The interpreter's week, like a window's: "Tuesdays 10:00–14:00, 1 at a time". A booking with
-- an interpreter must lie within one stretch, and fewer than `capacity` such bookings may overlap.
CREATE TABLE interpreter_hours (
  id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  from_time TEXT NOT NULL CHECK (from_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  to_time TEXT NOT NULL CHECK (to_time GLOB '[0-2][0-9]:[0-5][0-9]' AND to_time > from_time),
  capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 10)
);
CREATE INDEX interpreter_hours_location ON interpreter_hours (location_id, weekday);

-- The end of a booking's slot, written when it is booked or moved: the interpreter is taken for
-- the whole slot, and a later change of the schedule must not change a booking already made.
-- NULL for bookings made before this migration (counted as taking their start only).
ALTER TABLE bookings ADD COLUMN ends_at INTEGER;

-- The interpreter's bookings of a location around a time (the check inside book and move).
CREATE INDEX bookings_interpreter ON bookings (location_id, slot_at)
  WHERE interpreter = 1 AND state IN ('booked', 'checked_in');
