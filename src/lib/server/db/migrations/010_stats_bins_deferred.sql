-- The statistics' summary rows (stats_bins, stats_department_bins: about 32 per interval) are no
-- longer written inside the clerk's command by triggers: they make each call, start and finish
-- commit about three times as many pages, and a call reaches the board only after that commit's
-- fsync. They are now brought up to date from stats_interval after the command, in small
-- batches, and always before a report reads them (stats/bins.ts). The intervals themselves are
-- still written in the command's transaction, so nothing is lost.
DROP TRIGGER stats_interval_bins;
DROP TRIGGER stats_interval_department_bins;

-- The last stats_interval row the summary rows include.
CREATE TABLE stats_bins_done (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  interval_id INTEGER NOT NULL
);
INSERT INTO stats_bins_done VALUES (1, (SELECT coalesce(max(id), 0) FROM stats_interval));
