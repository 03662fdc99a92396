ALTER TABLE scan_runs DROP COLUMN cover_digest;
