-- The library's totals kept as the catalogue changes, so that GET /api/library/stats reads
-- a few rows instead of aggregating every track (378-488 ms a request at 100k tracks, and
-- ten times that at a million). Triggers keep them: every writer, the scanner, the seeding
-- bench and another process's `music-hub scan` alike, moves them in its own transaction.
-- A first scan into an empty catalogue sets the triggers aside with its indexes
-- (db::deferred) and counts everything once when it puts them back (db::catalog::stats).

-- Tracks, duration and bytes per format (tracks.format). A format whose last track went
-- keeps a row of zeros; readers skip it.
CREATE TABLE format_totals (
    format       TEXT    NOT NULL PRIMARY KEY,
    tracks       BIGINT  NOT NULL,
    duration_ms  BIGINT  NOT NULL,
    bytes        BIGINT  NOT NULL
) WITHOUT ROWID;

-- Rows of the catalogue tables that are not per format. Playlists are not kept: they are
-- few, and a rebuild's salvage writes them with INSERT OR REPLACE, whose implicit delete
-- fires no trigger.
CREATE TABLE catalogue_counts (
    subject  TEXT    NOT NULL PRIMARY KEY,
    items    BIGINT  NOT NULL,
    CHECK (subject IN ('albums', 'artists'))
) WITHOUT ROWID;

INSERT INTO format_totals (format, tracks, duration_ms, bytes)
    SELECT t.format, count(*), IFNULL(SUM(t.duration_ms), 0), IFNULL(SUM(f.size_bytes), 0)
    FROM tracks t LEFT JOIN media_files f ON f.id = t.media_file_id
    GROUP BY t.format;
INSERT INTO catalogue_counts (subject, items)
    VALUES ('albums', (SELECT count(*) FROM albums)),
           ('artists', (SELECT count(*) FROM artists));

-- A track's bytes are its file's size as it is now: a file's size changing moves its
-- track's format's bytes (totals_file_resized); a file being deleted takes its bytes away
-- before its track goes with it (totals_file_removed, BEFORE: the track is still there
-- to say which format), and the track's own trigger then finds no file and takes away
-- only its count and duration. A track deleted on its own takes its file's size with it.
CREATE TRIGGER totals_track_added AFTER INSERT ON tracks BEGIN
    INSERT INTO format_totals (format, tracks, duration_ms, bytes)
        VALUES (NEW.format, 1, NEW.duration_ms,
                IFNULL((SELECT size_bytes FROM media_files WHERE id = NEW.media_file_id), 0))
        ON CONFLICT (format) DO UPDATE SET
            tracks = tracks + excluded.tracks,
            duration_ms = duration_ms + excluded.duration_ms,
            bytes = bytes + excluded.bytes;
END;

CREATE TRIGGER totals_track_removed AFTER DELETE ON tracks BEGIN
    UPDATE format_totals SET
        tracks = tracks - 1,
        duration_ms = duration_ms - OLD.duration_ms,
        bytes = bytes - IFNULL((SELECT size_bytes FROM media_files WHERE id = OLD.media_file_id), 0)
    WHERE format = OLD.format;
END;

-- A rescan rewrites every column of a changed track; only these three move the totals.
CREATE TRIGGER totals_track_changed AFTER UPDATE OF format, duration_ms, media_file_id ON tracks
WHEN OLD.format IS NOT NEW.format
  OR OLD.duration_ms IS NOT NEW.duration_ms
  OR OLD.media_file_id IS NOT NEW.media_file_id
BEGIN
    UPDATE format_totals SET
        tracks = tracks - 1,
        duration_ms = duration_ms - OLD.duration_ms,
        bytes = bytes - IFNULL((SELECT size_bytes FROM media_files WHERE id = OLD.media_file_id), 0)
    WHERE format = OLD.format;
    INSERT INTO format_totals (format, tracks, duration_ms, bytes)
        VALUES (NEW.format, 1, NEW.duration_ms,
                IFNULL((SELECT size_bytes FROM media_files WHERE id = NEW.media_file_id), 0))
        ON CONFLICT (format) DO UPDATE SET
            tracks = tracks + excluded.tracks,
            duration_ms = duration_ms + excluded.duration_ms,
            bytes = bytes + excluded.bytes;
END;

CREATE TRIGGER totals_file_resized AFTER UPDATE OF size_bytes ON media_files
WHEN OLD.size_bytes IS NOT NEW.size_bytes
BEGIN
    UPDATE format_totals SET bytes = bytes + NEW.size_bytes - OLD.size_bytes
    WHERE format = (SELECT format FROM tracks WHERE media_file_id = NEW.id);
END;

CREATE TRIGGER totals_file_removed BEFORE DELETE ON media_files BEGIN
    UPDATE format_totals SET bytes = bytes - OLD.size_bytes
    WHERE format = (SELECT format FROM tracks WHERE media_file_id = OLD.id);
END;

CREATE TRIGGER totals_album_added AFTER INSERT ON albums BEGIN
    UPDATE catalogue_counts SET items = items + 1 WHERE subject = 'albums';
END;
CREATE TRIGGER totals_album_removed AFTER DELETE ON albums BEGIN
    UPDATE catalogue_counts SET items = items - 1 WHERE subject = 'albums';
END;
CREATE TRIGGER totals_artist_added AFTER INSERT ON artists BEGIN
    UPDATE catalogue_counts SET items = items + 1 WHERE subject = 'artists';
END;
CREATE TRIGGER totals_artist_removed AFTER DELETE ON artists BEGIN
    UPDATE catalogue_counts SET items = items - 1 WHERE subject = 'artists';
END;
