-- The staff's log of frequent questions and problem situations (issue 15, SR-26): a short note
-- from the console, tagged with the matter. No client data: the form refuses PESEL numbers,
-- phone numbers and e-mail addresses (queue/personal-data.ts), and no author is kept, so the log
-- holds no personal data and needs no retention period.
CREATE TABLE question_notes (
  id INTEGER PRIMARY KEY,
  location_id INTEGER NOT NULL REFERENCES locations(id),
  kind TEXT NOT NULL CHECK (kind IN ('question', 'problem')),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 3 AND 500),
  service_id INTEGER REFERENCES services(id),
  -- The matter's department (kept, so a matter moved later still counts where it was).
  department_id INTEGER REFERENCES departments(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX question_notes_period ON question_notes (location_id, created_at);
