DROP INDEX IF EXISTS track_genres_by_track;
DROP INDEX IF EXISTS track_artists_by_track;
