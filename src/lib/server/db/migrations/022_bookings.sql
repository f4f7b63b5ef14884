-- Appointments (issue 14): each matter's weekly schedule of slots, and the bookings made on it.

-- A stretch of a weekday in which a matter takes appointments: "Mondays 08:00–12:00, 20 minutes,
-- 2 at a time" (queue/slots.ts cuts it into slots).
CREATE TABLE appointment_schedules (
  id INTEGER PRIMARY KEY,
  service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  from_time TEXT NOT NULL CHECK (from_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  to_time TEXT NOT NULL CHECK (to_time GLOB '[0-2][0-9]:[0-5][0-9]' AND to_time > from_time),
  slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
  capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 50)
);
CREATE INDEX appointment_schedules_service ON appointment_schedules (service_id);

-- A booking: one matter, one slot. The visitor's code (6 digits, typed at the kiosk) is unique
-- among the location's bookings still to come; the view token is the link's unguessable part.
-- E-mail and phone are optional and deleted some days after the slot (contact_deleted_at).
CREATE TABLE bookings (
  id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  day TEXT NOT NULL,
  start TEXT NOT NULL,
  slot_at INTEGER NOT NULL,
  code TEXT NOT NULL CHECK (code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),
  view_token TEXT NOT NULL UNIQUE,
  lang TEXT NOT NULL CHECK (lang IN ('pl', 'en', 'uk')),
  email TEXT CHECK (email IS NULL OR length(email) <= 254),
  phone TEXT CHECK (phone IS NULL OR length(phone) <= 20),
  interpreter INTEGER NOT NULL DEFAULT 0 CHECK (interpreter IN (0, 1)),
  accessible INTEGER NOT NULL DEFAULT 0 CHECK (accessible IN (0, 1)),
  state TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'checked_in', 'cancelled', 'missed')),
  ticket_id INTEGER REFERENCES tickets(id),
  booked_by INTEGER REFERENCES staff(id),
  created_at INTEGER NOT NULL,
  changed_at INTEGER NOT NULL,
  contact_deleted_at INTEGER
);
-- Counting a slot's bookings (the last place: exactly one gets it, inside one transaction).
CREATE INDEX bookings_slot ON bookings (service_id, slot_at) WHERE state IN ('booked', 'checked_in');
-- A code identifies one booking still to come at a location.
CREATE UNIQUE INDEX bookings_open_code ON bookings (location_id, code) WHERE state = 'booked';
-- The retention job: contact data of bookings whose slot has passed.
CREATE INDEX bookings_contact ON bookings (slot_at) WHERE contact_deleted_at IS NULL AND (email IS NOT NULL OR phone IS NOT NULL);
