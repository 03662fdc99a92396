DROP TABLE musicbrainz_cache;
