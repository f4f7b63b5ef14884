-- Two settings of a location's board (issue 12, items 14 and 15).
-- How long a call stays under "Zapraszamy" before it moves to the last calls. Kept in seconds so a
-- test can set a few; the administration page edits whole minutes (1–60), 5 by default.
ALTER TABLE locations ADD COLUMN board_call_seconds INTEGER NOT NULL DEFAULT 300
  CHECK (board_call_seconds BETWEEN 1 AND 3600);
-- Whether the board lists the windows on a break ("przerwa", never the reason: SR-28).
ALTER TABLE locations ADD COLUMN board_shows_paused INTEGER NOT NULL DEFAULT 0
  CHECK (board_shows_paused IN (0, 1));
