-- Summoning a specialist to the front desk (issue 15, SR-02/SR-07): who summoned whom to which
-- window, and when it was accepted, arrived or ended (the statistics per department read these
-- times). Each person it went to has a row, with their refusal and its reason.
CREATE TABLE summons (
  id INTEGER PRIMARY KEY,
  summoned_by INTEGER NOT NULL REFERENCES staff(id),
  window_id INTEGER NOT NULL REFERENCES windows(id),
  department_id INTEGER NOT NULL REFERENCES departments(id),
  -- NULL: "any clerk of the department".
  target_staff_id INTEGER REFERENCES staff(id),
  service_id INTEGER REFERENCES services(id),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  state TEXT NOT NULL
    CHECK (state IN ('sent', 'accepted', 'arrived', 'declined', 'cancelled', 'expired')),
  sent_at INTEGER NOT NULL,
  accepted_by INTEGER REFERENCES staff(id),
  accepted_at INTEGER,
  arrived_at INTEGER,
  -- Declined, cancelled or expired.
  ended_at INTEGER
);
-- The open ones (the expiry job, a console's join) and the statistics' period.
CREATE INDEX summons_open ON summons (state, sent_at);
CREATE INDEX summons_sent ON summons (sent_at, department_id);

CREATE TABLE summons_recipients (
  summons_id INTEGER NOT NULL REFERENCES summons(id),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  declined_at INTEGER,
  reason TEXT CHECK (reason IS NULL OR length(reason) <= 120),
  PRIMARY KEY (summons_id, staff_id)
) WITHOUT ROWID;
CREATE INDEX summons_recipients_staff ON summons_recipients (staff_id, summons_id);
