-- The office's calendar (issue 14, shared with the inquiry register): a location's own days that
-- are not as its week says. A closure day ("a day given back" for a holiday that fell on a
-- Saturday) closes the office; an extra working day opens it, with its own hours. Public holidays
-- are not stored: they come from date-holidays (office/polish-holidays.json).
CREATE TABLE calendar_days (
  id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  open INTEGER NOT NULL CHECK (open IN (0, 1)),
  opens TEXT CHECK (opens IS NULL OR opens GLOB '[0-2][0-9]:[0-5][0-9]'),
  closes TEXT CHECK (closes IS NULL OR closes GLOB '[0-2][0-9]:[0-5][0-9]'),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  UNIQUE (location_id, day),
  -- An open day has its hours; a closed one has none.
  CHECK ((open = 1 AND opens IS NOT NULL AND closes IS NOT NULL AND opens < closes)
      OR (open = 0 AND opens IS NULL AND closes IS NULL))
);
