-- Content-derived artwork ids (GET /api/media/artwork/{id}, issue 12).
--
-- Only what finds the bytes again is stored, never the bytes: a track's `artwork_id` is the
-- id of its own embedded picture (read again from its file), an album's that of its cover
-- (the folder image at `artwork_root_id`/`artwork_rel_path`, or the embedded picture of
-- `artwork_track_id`). `artwork_stamp` is the folder image's size and mtime when its id was
-- taken, so a rescan hashes a cover again only when it changed. Columns are only added:
-- nothing the person made is touched.
ALTER TABLE tracks ADD COLUMN artwork_id TEXT;
ALTER TABLE albums ADD COLUMN artwork_id TEXT;
ALTER TABLE albums ADD COLUMN artwork_stamp TEXT;
CREATE INDEX tracks_artwork_id ON tracks (artwork_id) WHERE artwork_id IS NOT NULL;
CREATE INDEX albums_artwork_id ON albums (artwork_id) WHERE artwork_id IS NOT NULL;
-- Files read before this migration have pictures but no id yet: forgetting their mtime
-- makes the next ordinary scan read them again (their tracks keep their ids and rows).
UPDATE media_files SET mtime_ms = -1
    WHERE id IN (SELECT media_file_id FROM tracks WHERE has_embedded_art = 1);
