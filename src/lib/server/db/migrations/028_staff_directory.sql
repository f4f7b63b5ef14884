-- The staff directory (issue 15, SR-15/16/19): each person's phone extension, room and presence,
-- and their planned absences. "At a window" is not stored: it is read from window_holds, so it
-- cannot disagree with the console. The substitute stays in staff.substitute_id, and the head of
-- unit is a manager of the person's department (staff_departments).
CREATE TABLE staff_directory (
  staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
  extension TEXT NOT NULL DEFAULT '' CHECK (length(extension) <= 20),
  room TEXT NOT NULL DEFAULT '' CHECK (length(room) <= 40),
  presence TEXT NOT NULL DEFAULT 'in_office'
    CHECK (presence IN ('in_office', 'out_of_room', 'remote', 'absent')),
  -- The last day (local, YYYY-MM-DD) of an absence set by hand; NULL: until further notice.
  absent_until TEXT,
  presence_by INTEGER REFERENCES staff(id),
  presence_at INTEGER
);

-- Planned absences (leave, training): absent on these local days, inclusive, whatever else is set.
CREATE TABLE staff_absences (
  id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  from_day TEXT NOT NULL,
  to_day TEXT NOT NULL CHECK (to_day >= from_day),
  created_by INTEGER NOT NULL REFERENCES staff(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX staff_absences_staff ON staff_absences (staff_id, to_day);
