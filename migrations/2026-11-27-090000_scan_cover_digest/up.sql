-- What the folder images looked like to a completed scan of every root that chose every
-- album's cover (library::job::cover_digest). An ordinary rescan whose walk gives the same
-- digest, right after that run, keeps the covers it chose instead of choosing them all
-- again (issue 17: a quarter of an unchanged rescan). NULL for every other run.
ALTER TABLE scan_runs ADD COLUMN cover_digest TEXT;
