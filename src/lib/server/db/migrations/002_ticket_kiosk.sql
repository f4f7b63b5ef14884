-- The kiosk that issued a ticket (its `?kiosk=` id), so that a clerk's reprint comes out of the
-- same kiosk's printer. NULL for tickets issued before this migration or without a kiosk id.
ALTER TABLE tickets ADD COLUMN kiosk TEXT;
