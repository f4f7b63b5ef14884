-- SR-08: the clerk is checking something for the client at the window (in the IT system, or with
-- another department): when that started, or NULL. A fact of the window's current visit only, so
-- the queue's rules clear it when the visit ends (queue/consulting.ts); no history is kept here,
-- the event log has it ('window_consulting', 'window_consulting_ended').
ALTER TABLE windows ADD COLUMN consulting_since INTEGER;
