-- Play counts and the last play are kept on the track row, so that sorting by them uses an
-- index; the plays themselves are in playback_history, which is the person's data and
-- survives rescans and rebuilds (a rebuild carries it over). A track row made again, after
-- a rebuild or when an unplugged disk comes back, takes its counts from that history, so
-- they are never lost with the row. The scanner's upsert fires this only for a real insert.
CREATE TRIGGER tracks_play_counts_from_history AFTER INSERT ON tracks
WHEN EXISTS (SELECT 1 FROM playback_history WHERE track_id = NEW.id)
BEGIN
    UPDATE tracks SET
        play_count = (SELECT count(*) FROM playback_history WHERE track_id = NEW.id),
        -- A play is recorded when it ends: its start plus the time played.
        last_played_at = (SELECT max(played_at + IFNULL(played_ms, 0)) FROM playback_history
                          WHERE track_id = NEW.id)
    WHERE id = NEW.id;
END;
