-- Appointments on the console and in the statistics (issue 14, SR-09).

-- A location's bookings by slot time: the consoles' panel "Wizyty umówione dziś" reads one day of
-- them with every snapshot, and the statistics a range, so each is one range of this index, not
-- a scan of every booking ever made.
CREATE INDEX bookings_location_slot ON bookings (location_id, slot_at);
-- The no-show job (each minute): bookings still `booked` whose check-in grace has passed. Only
-- the bookings still to come are in it, so the job costs the same with a year of history.
CREATE INDEX bookings_due ON bookings (slot_at) WHERE state = 'booked';
