-- The inquiry register (issue 15, Annex 2 "Formularz zapytania", SR-10..13): a question no one
-- could answer on the spot, taken in person or by phone and called back within 3 working days.
CREATE TABLE inquiries (
  id INTEGER PRIMARY KEY,
  -- Whose calendar counts the working days (the location where it was received).
  location_id INTEGER NOT NULL REFERENCES locations(id),
  channel TEXT NOT NULL CHECK (channel IN ('in_person', 'phone')),
  -- Annex 2 fields 1–3: the question and the phone number are required; the client's name only
  -- if the matter needs it (with Pani/Pan). Phone and name are erased some days after closing.
  question TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
  phone TEXT CHECK (phone IS NULL OR length(phone) <= 20),
  client_name TEXT CHECK (client_name IS NULL OR length(client_name) <= 120),
  salutation TEXT CHECK (salutation IS NULL OR salutation IN ('Pani', 'Pan')),
  -- The matter and the department it concerns (statistics, the heads who see it).
  service_id INTEGER REFERENCES services(id),
  department_id INTEGER REFERENCES departments(id),
  -- Fields 4 and 6: who received it and when (automatic); the due day from the calendar.
  received_by INTEGER NOT NULL REFERENCES staff(id),
  received_at INTEGER NOT NULL,
  due_day TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  -- Field 5: forwarded to a clerk or a department "z prośbą o udzielenie odpowiedzi".
  forwarded_to_staff INTEGER REFERENCES staff(id),
  forwarded_to_department INTEGER REFERENCES departments(id),
  forwarded_at INTEGER,
  -- Fields 7 and 8: called back / informed on (a date), confirmed by the person responsible.
  informed_on TEXT,
  answered_by INTEGER REFERENCES staff(id),
  answered_at INTEGER,
  closed_at INTEGER,
  state TEXT NOT NULL DEFAULT 'received'
    CHECK (state IN ('received', 'forwarded', 'answered', 'closed')),
  -- When the job erased the phone and the name (statistics keep counts and times only).
  erased_at INTEGER
);
-- The lists: mine, forwarded to me, my department's; overdue ones among the open.
CREATE INDEX inquiries_receiver ON inquiries (received_by, received_at);
CREATE INDEX inquiries_forwarded_staff ON inquiries (forwarded_to_staff) WHERE forwarded_to_staff IS NOT NULL;
CREATE INDEX inquiries_department ON inquiries (department_id, received_at);
CREATE INDEX inquiries_open_due ON inquiries (due_at) WHERE state IN ('received', 'forwarded');
-- The retention job: closed inquiries whose personal data is still kept.
CREATE INDEX inquiries_to_erase ON inquiries (closed_at) WHERE closed_at IS NOT NULL AND erased_at IS NULL;
