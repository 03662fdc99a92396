-- Every page of tracks and every album reads its tracks' artists and genres by track id, in
-- credit order (db::catalog::tracks::track_extras). The constraints' indexes hold the key
-- but not the other columns, so each link cost a visit to its table as well; these hold
-- everything that read needs (issue 17: a third less time reading the links).
CREATE INDEX track_artists_by_track ON track_artists (track_id, role, position, artist_id);
CREATE INDEX track_genres_by_track ON track_genres (track_id, position, genre_id);
