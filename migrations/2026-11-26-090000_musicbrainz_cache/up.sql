-- MusicBrainz answers, kept so that asking again costs no request (MusicBrainz allows one
-- a second). Derived data: a rebuild starts without it.
CREATE TABLE musicbrainz_cache (
    -- The request's path and query, relative to the service's base URL.
    request     TEXT    NOT NULL PRIMARY KEY,
    -- The JSON body of a 200 answer, or NULL for a 404 (nothing has this id).
    body        TEXT,
    fetched_at  BIGINT  NOT NULL,
    CHECK (request <> '')
);
