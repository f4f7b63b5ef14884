-- One clerk per window (issue 12, item 4): the clerk whose console holds each window. A hold
-- belongs to the session that took it, so it lapses with that session: signing out, signing out
-- everywhere, a password change or a deactivated account delete the session and, through the
-- cascade, the hold; an expired session's hold is ignored when read (desk/window-holds.ts) and
-- replaced by the next clerk's. The holder's name is kept as it was when the hold was taken, so
-- the picker and a refusal can name them without reading the staff table.
CREATE TABLE window_holds (
  window_id INTEGER PRIMARY KEY REFERENCES windows(id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  staff_name TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  since INTEGER NOT NULL
);
CREATE INDEX window_holds_session ON window_holds(session_id);
