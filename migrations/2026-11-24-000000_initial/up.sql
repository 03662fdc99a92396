-- Music Hub: initial schema (the whole domain, issue 2 section 5).
--
-- Conventions (read these before adding a migration):
--
-- * Ids are TEXT and opaque to clients. Catalogue ids are *derived*, not
--   random, so that they survive rescans and database rebuilds (issue 3):
--   a library root's id from its canonical absolute path, a media file's
--   and a track's id from (root id, library-relative path), an album's from
--   its album-artist key and title key, an artist's and a genre's from their
--   normalised names. The derivation lives in the scanner; this schema only
--   stores the result. Ids of things users or devices create (playlists,
--   entries, shares, sessions, tokens) are random (UUID v4 or better).
--   The one exception is search_documents.doc_id, an INTEGER rowid,
--   because FTS5 addresses rows by integer rowid (see the search section).
--
-- * Every timestamp is an INTEGER count of milliseconds since the Unix
--   epoch, UTC, in a column whose name ends in `_at`; every duration is in
--   milliseconds in a column ending in `_ms`. They are declared BIGINT, not
--   INTEGER: both have INTEGER affinity in SQLite, but `diesel print-schema`
--   maps a declared INTEGER to `Integer` (i32, overflows for milliseconds
--   in 1970 + 24 days) and BIGINT to `BigInt` (i64). Plain integers order
--   and compare cheaply in indexes and leave no room for mixed formats; the
--   API renders them as RFC 3339. Small counts and numbers (track number,
--   play count, sample rate, ...) are INTEGER (i32).
--
-- * For the same reason the tables are not STRICT: a STRICT table only
--   accepts the type names INT/INTEGER/REAL/TEXT/BLOB/ANY, so timestamps
--   would have to be INTEGER and come out of print-schema as i32. Types are
--   enforced by diesel's typed columns instead; CHECK constraints cover the
--   cheap invariants (enumerations, booleans, ranges, hash formats).
--   Floating point values are DOUBLE (print-schema maps REAL to f32).
--
-- * Booleans are BOOLEAN (0/1, checked), names start with is_/has_.
--
-- * Foreign keys (the hub turns `PRAGMA foreign_keys` on per connection,
--   as diesel does by default) follow one rule about the catalogue: rows
--   *derived from files* (tracks, their artist and genre links, scan data,
--   enrichment suggestions, search documents) are owned by their file and
--   CASCADE away with it; rows *authored by people* that point at catalogue
--   items (playlist entries, saved items, shares, metadata overrides,
--   playback session and history) carry the item id with NO foreign key.
--   Files come and go (a USB disk unplugged for a day, a database rebuild,
--   a root temporarily missing); because ids are derived, the same id comes
--   back with the file and the user's data re-attaches by itself. Readers
--   LEFT JOIN and present a missing item as "unavailable"; nothing the user
--   made is ever lost to a rescan.
--
-- * Catalogue writes use INSERT ... ON CONFLICT DO UPDATE, never INSERT OR
--   REPLACE: REPLACE deletes the old row first, which cascades to its
--   children (a track's artist links, suggestions) and churns the search
--   index.

------------------------------------------------------------------------
-- Library: roots, files, and the catalogue read from them (issue 3)
------------------------------------------------------------------------

-- The folders scanned (--library). `path` is absolute and must never be
-- shown to a non-local caller; `name` is what remote clients see.
CREATE TABLE library_roots (
    id             TEXT    NOT NULL PRIMARY KEY,
    path           TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    added_at       BIGINT  NOT NULL,
    last_scan_at   BIGINT,
    -- Set when the root could not be read at the start of a scan. The
    -- scanner must then leave the root's files alone instead of treating
    -- every file as deleted (an unmounted disk is not an empty library).
    missing_since  BIGINT,
    CHECK (id <> ''),
    CHECK (substr(path, 1, 1) = '/' OR path GLOB '[A-Za-z]:*' OR substr(path, 1, 2) = '\\')
);

-- One row per audio file found under a root, readable or not: this is the
-- scanner's ledger. A file that fails to read keeps its row (with
-- scan_error) so the next rescan skips it until its size or mtime changes,
-- and so the error stays visible; only readable files get a track.
CREATE TABLE media_files (
    id             TEXT    NOT NULL PRIMARY KEY,
    root_id        TEXT    NOT NULL REFERENCES library_roots (id) ON DELETE CASCADE,
    -- Relative to the root, '/'-separated whatever the platform, never
    -- absolute, never containing a '..' segment (checked below, cheaply;
    -- a backslash is allowed: it is a legal file-name character on Unix).
    rel_path       TEXT    NOT NULL,
    -- Parent directory of rel_path ('' for files directly in the root):
    -- GET /api/browse lists a folder with one index range scan.
    dir_path       TEXT    NOT NULL,
    -- The incremental-rescan key: a file whose size and mtime are unchanged
    -- is not read again.
    size_bytes     BIGINT  NOT NULL,
    mtime_ms       BIGINT  NOT NULL,
    -- Content details: what the file holds, as read by the tag library.
    -- NULL while the file has never been read successfully. (They live
    -- here rather than on tracks because nothing sorts or filters by them,
    -- and tracks must stay within diesel's 32-column table! limit.)
    extension      TEXT    NOT NULL,
    mime_type      TEXT,
    -- Stream codec ('mp3', 'flac', 'vorbis', 'opus', 'aac', 'alac', 'pcm', ...).
    codec          TEXT,
    bitrate_kbps   INTEGER,
    sample_rate_hz INTEGER,
    bit_depth      INTEGER,
    channels       INTEGER,
    -- Optional content hash (hex), computed only when the scanner needs to
    -- recognise a moved file; NULL otherwise.
    content_hash   TEXT,
    -- Why the last read failed, NULL when it succeeded (history per scan
    -- run is in scan_errors).
    scan_error     TEXT,
    first_seen_at  BIGINT  NOT NULL,
    scanned_at     BIGINT  NOT NULL,
    UNIQUE (root_id, rel_path),
    CHECK (id <> ''),
    CHECK (rel_path <> '' AND substr(rel_path, 1, 1) <> '/'
           AND rel_path NOT LIKE '../%' AND rel_path NOT LIKE '%/../%'
           AND rel_path <> '..' AND rel_path NOT LIKE '%/..'),
    CHECK (dir_path = '' OR substr(rel_path, 1, length(dir_path) + 1) = dir_path || '/'),
    CHECK (size_bytes >= 0),
    CHECK (bitrate_kbps IS NULL OR bitrate_kbps >= 0),
    CHECK (sample_rate_hz IS NULL OR sample_rate_hz > 0),
    CHECK (channels IS NULL OR channels > 0)
);
-- (root_id, rel_path) is indexed by the UNIQUE constraint: that is the
-- lookup of an incremental rescan and of the watcher.
CREATE INDEX media_files_dir ON media_files (root_id, dir_path);
CREATE INDEX media_files_content_hash ON media_files (content_hash)
    WHERE content_hash IS NOT NULL;

-- `sort_name` everywhere in the catalogue is a sort *key* computed by the
-- scanner (from the sort tag when present: casefolded, diacritics folded,
-- a leading article moved to the end), so ordering is plain BINARY
-- comparison and can use an index. COLLATE NOCASE would fold ASCII only.
CREATE TABLE artists (
    id                      TEXT    NOT NULL PRIMARY KEY,
    name                    TEXT    NOT NULL,
    sort_name               TEXT    NOT NULL,
    musicbrainz_artist_id   TEXT,
    added_at                BIGINT  NOT NULL,
    updated_at              BIGINT  NOT NULL,
    CHECK (id <> '')
);
CREATE INDEX artists_sort ON artists (sort_name, id);

CREATE TABLE albums (
    id                              TEXT     NOT NULL PRIMARY KEY,
    title                           TEXT     NOT NULL,
    sort_title                      TEXT     NOT NULL,
    -- Grouping is by album artist (issue 3). Compilations point at the
    -- "Various Artists" artist and set is_compilation. RESTRICT: an artist
    -- cannot disappear under its albums; the scanner removes emptied albums
    -- first, then orphaned artists.
    album_artist_id                 TEXT     NOT NULL REFERENCES artists (id) ON DELETE RESTRICT,
    -- The album artist as displayed ("Simon & Garfunkel"), which may name
    -- several artists while album_artist_id names the grouping one.
    album_artist_credit             TEXT     NOT NULL,
    year                            INTEGER,
    release_date                    TEXT,     -- as tagged: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'
    is_compilation                  BOOLEAN  NOT NULL DEFAULT 0,
    disc_count                      INTEGER  NOT NULL DEFAULT 1,
    musicbrainz_album_id            TEXT,     -- MusicBrainz release
    musicbrainz_release_group_id    TEXT,
    -- Where the cover comes from. 'embedded': the picture inside the file
    -- of artwork_track_id; 'folder': an image file (cover.jpg, folder.jpg,
    -- ...) at artwork_root_id/artwork_rel_path. artwork_track_id has no
    -- foreign key on purpose: tracks already reference albums, and a second
    -- link between the two tables would be a cycle (and diesel print-schema
    -- drops joinable! for table pairs linked twice). The scanner recomputes
    -- artwork whenever an album's tracks change.
    artwork_source                  TEXT     NOT NULL DEFAULT 'none',
    artwork_track_id                TEXT,
    artwork_root_id                 TEXT     REFERENCES library_roots (id) ON DELETE SET NULL,
    artwork_rel_path                TEXT,
    -- When the album first appeared (home: "recently added albums").
    added_at                        BIGINT   NOT NULL,
    updated_at                      BIGINT   NOT NULL,
    CHECK (id <> ''),
    CHECK (is_compilation IN (0, 1)),
    CHECK (disc_count >= 1),
    CHECK (year IS NULL OR year BETWEEN 0 AND 9999),
    CHECK (artwork_source IN ('none', 'embedded', 'folder'))
);
CREATE INDEX albums_sort ON albums (sort_title, id);
CREATE INDEX albums_artist ON albums (album_artist_id, year);
CREATE INDEX albums_year ON albums (year, id);
CREATE INDEX albums_added ON albums (added_at, id);

-- Genres are multi-valued ("Rock; Blues"), so they are rows, not a column:
-- the genre filter and the genre facet with counts are index lookups on
-- track_genres instead of string matching.
CREATE TABLE genres (
    id    TEXT  NOT NULL PRIMARY KEY,   -- derived from the normalised name
    name  TEXT  NOT NULL,
    CHECK (id <> '' AND name <> '')
);

-- One track per readable media file. Columns hold the *effective* values
-- (tags, or folder/file-name fallbacks when tags are missing, with the
-- user's metadata_overrides applied), so that listing, sorting and search
-- never join the overrides. Audio properties other than duration and
-- format (codec, bitrate, sample rate, bit depth, channels) are on the
-- media file, one join away by a unique key.
--
-- Width: diesel's table! macro accepts at most 32 columns unless the
-- `64-column-tables` feature is enabled (slower builds). tracks has 28;
-- a later migration that needs more should move a group of columns to a
-- 1:1 side table rather than cross the limit. MusicBrainz release and
-- release-group ids are on albums, artist ids on artists.
CREATE TABLE tracks (
    id                              TEXT     NOT NULL PRIMARY KEY,
    media_file_id                   TEXT     NOT NULL UNIQUE REFERENCES media_files (id) ON DELETE CASCADE,
    -- Every track has an album (a folder-named one when untagged).
    -- RESTRICT: albums are garbage-collected by the scanner once empty.
    album_id                        TEXT     NOT NULL REFERENCES albums (id) ON DELETE RESTRICT,
    title                           TEXT     NOT NULL,
    sort_title                      TEXT     NOT NULL,
    -- The track's artists as displayed ("Beyoncé feat. Jay-Z") and their
    -- sort key; the individual artists, with roles, are in track_artists.
    artist_credit                   TEXT     NOT NULL,
    artist_sort                     TEXT     NOT NULL,
    -- Copy of albums.sort_title, kept here (by the scanner, in the same
    -- transaction) so that sorting tracks by album uses an index instead of
    -- sorting a join of 100k rows.
    album_sort                      TEXT     NOT NULL,
    disc_number                     INTEGER,
    disc_total                      INTEGER,
    track_number                    INTEGER,
    track_total                     INTEGER,
    year                            INTEGER,
    date                            TEXT,     -- as tagged: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'
    composer                        TEXT,
    is_compilation                  BOOLEAN  NOT NULL DEFAULT 0,
    musicbrainz_recording_id        TEXT,
    replaygain_track_gain_db        DOUBLE,
    replaygain_track_peak           DOUBLE,
    replaygain_album_gain_db        DOUBLE,
    replaygain_album_peak           DOUBLE,
    duration_ms                     BIGINT   NOT NULL DEFAULT 0,
    -- Container ('mp3', 'flac', 'ogg', 'opus', 'm4a', 'wav', 'aiff', ...):
    -- the "format" of the filters and facets (the codec is on the file).
    format                          TEXT     NOT NULL,
    has_embedded_art                BOOLEAN  NOT NULL DEFAULT 0,
    play_count                      INTEGER  NOT NULL DEFAULT 0,
    last_played_at                  BIGINT,
    added_at                        BIGINT   NOT NULL,
    updated_at                      BIGINT   NOT NULL,
    CHECK (id <> ''),
    CHECK (disc_number IS NULL OR disc_number >= 0),
    CHECK (track_number IS NULL OR track_number >= 0),
    CHECK (year IS NULL OR year BETWEEN 0 AND 9999),
    CHECK (is_compilation IN (0, 1)),
    CHECK (has_embedded_art IN (0, 1)),
    CHECK (duration_ms >= 0),
    CHECK (play_count >= 0),
    CHECK (format <> '')
);
-- Album page: tracks in disc/track order.
CREATE INDEX tracks_album ON tracks (album_id, disc_number, track_number);
-- GET /api/tracks sort keys. Each ends in id, the tiebreaker that makes
-- keyset (cursor) pagination total. disc/track numbers are nullable and
-- NULLs sort first in SQLite: cursor code must compare them with IS.
CREATE INDEX tracks_sort_title ON tracks (sort_title, id);
CREATE INDEX tracks_sort_artist ON tracks (artist_sort, album_sort, disc_number, track_number, id);
CREATE INDEX tracks_sort_album ON tracks (album_sort, disc_number, track_number, id);
CREATE INDEX tracks_sort_year ON tracks (year, id);
CREATE INDEX tracks_sort_added ON tracks (added_at, id);
CREATE INDEX tracks_sort_duration ON tracks (duration_ms, id);
CREATE INDEX tracks_sort_play_count ON tracks (play_count, id);
-- Format filter and facet.
CREATE INDEX tracks_format ON tracks (format, sort_title);
-- Home: "recently played".
CREATE INDEX tracks_last_played ON tracks (last_played_at) WHERE last_played_at IS NOT NULL;

-- Multi-valued artists: one row per (track, role, artist), in tag order.
-- role is open-ended ('artist', 'featured', 'composer', 'remixer',
-- 'conductor', ...): tag frames keep inventing roles, and widening a CHECK
-- list in SQLite means rebuilding the table, so only the spelling is checked.
CREATE TABLE track_artists (
    track_id   TEXT     NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    artist_id  TEXT     NOT NULL REFERENCES artists (id) ON DELETE RESTRICT,
    role       TEXT     NOT NULL DEFAULT 'artist',
    position   INTEGER  NOT NULL,
    PRIMARY KEY (track_id, role, artist_id),
    UNIQUE (track_id, role, position),
    CHECK (role <> '' AND role NOT GLOB '*[^a-z_]*'),
    CHECK (position >= 0)
);
-- Artist filter, artist page (appearances, top tracks).
CREATE INDEX track_artists_artist ON track_artists (artist_id, role, track_id);

CREATE TABLE track_genres (
    track_id   TEXT     NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    genre_id   TEXT     NOT NULL REFERENCES genres (id) ON DELETE RESTRICT,
    position   INTEGER  NOT NULL,
    PRIMARY KEY (track_id, genre_id),
    CHECK (position >= 0)
);
-- Genre filter and facet counts.
CREATE INDEX track_genres_genre ON track_genres (genre_id, track_id);

------------------------------------------------------------------------
-- Scans
------------------------------------------------------------------------

CREATE TABLE scan_runs (
    id               TEXT     NOT NULL PRIMARY KEY,
    triggered_by     TEXT     NOT NULL,
    is_full          BOOLEAN  NOT NULL DEFAULT 0,
    -- 'interrupted': found still 'running' at start-up (the hub died
    -- mid-scan); the hub marks such rows before it starts a new scan.
    status           TEXT     NOT NULL DEFAULT 'running',
    started_at       BIGINT   NOT NULL,
    finished_at      BIGINT,
    -- NULL until the counting walk is done (progress has an honest total).
    files_total      INTEGER,
    files_seen       INTEGER  NOT NULL DEFAULT 0,
    files_processed  INTEGER  NOT NULL DEFAULT 0,
    files_unchanged  INTEGER  NOT NULL DEFAULT 0,
    tracks_added     INTEGER  NOT NULL DEFAULT 0,
    tracks_updated   INTEGER  NOT NULL DEFAULT 0,
    tracks_removed   INTEGER  NOT NULL DEFAULT 0,
    error_count      INTEGER  NOT NULL DEFAULT 0,
    -- Why the scan as a whole failed (per-file errors are in scan_errors).
    error_message    TEXT,
    CHECK (id <> ''),
    CHECK (triggered_by IN ('startup', 'api', 'watcher', 'rebuild', 'cli')),
    CHECK (is_full IN (0, 1)),
    CHECK (status IN ('running', 'completed', 'cancelled', 'failed', 'interrupted')),
    CHECK ((status = 'running') = (finished_at IS NULL)),
    CHECK (finished_at IS NULL OR finished_at >= started_at)
);
CREATE INDEX scan_runs_started ON scan_runs (started_at);
-- At most one scan runs at a time (the 409 scan_in_progress rule), held by
-- the database as well as by the app.
CREATE UNIQUE INDEX scan_runs_one_running ON scan_runs (status) WHERE status = 'running';

-- Per-file errors of a scan run. Keyed by path, not by media file, because
-- the file may be gone by the time someone reads the error.
CREATE TABLE scan_errors (
    scan_run_id  TEXT    NOT NULL REFERENCES scan_runs (id) ON DELETE CASCADE,
    root_id      TEXT    NOT NULL REFERENCES library_roots (id) ON DELETE CASCADE,
    rel_path     TEXT    NOT NULL,
    -- 'io', 'unsupported', 'corrupt', 'tags', ...; open-ended like roles.
    error_kind   TEXT    NOT NULL,
    message      TEXT    NOT NULL,
    occurred_at  BIGINT  NOT NULL,
    PRIMARY KEY (scan_run_id, root_id, rel_path),
    CHECK (error_kind <> '' AND error_kind NOT GLOB '*[^a-z_]*')
);
CREATE INDEX scan_errors_root ON scan_errors (root_id);

------------------------------------------------------------------------
-- Playlists, saved items, playback
------------------------------------------------------------------------

CREATE TABLE playlists (
    id           TEXT    NOT NULL PRIMARY KEY,
    name         TEXT    NOT NULL,
    description  TEXT,
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    CHECK (id <> '' AND name <> '')
);
CREATE INDEX playlists_updated ON playlists (updated_at);

-- An entry has its own id (a playlist may hold the same track twice;
-- DELETE /api/playlists/{id}/tracks/{entryId} removes one occurrence).
-- Entries SURVIVE the removal of their track: track_id has no foreign key
-- (see the convention at the top), and the snapshot columns let clients
-- show "Title – Artist (unavailable)" until the file comes back.
-- position is dense from 0 and rewritten in one transaction by a reorder;
-- it is not UNIQUE because SQLite checks uniqueness row by row during an
-- UPDATE, which would make a shift of positions fail halfway.
CREATE TABLE playlist_entries (
    id                TEXT     NOT NULL PRIMARY KEY,
    playlist_id       TEXT     NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
    track_id          TEXT     NOT NULL,
    position          INTEGER  NOT NULL,
    added_at          BIGINT   NOT NULL,
    snapshot_title    TEXT,
    snapshot_artist   TEXT,
    snapshot_album    TEXT,
    snapshot_duration_ms BIGINT,
    CHECK (id <> '' AND track_id <> ''),
    CHECK (position >= 0)
);
CREATE INDEX playlist_entries_order ON playlist_entries (playlist_id, position);
-- "Which playlists contain this track" and re-attachment after a rescan.
CREATE INDEX playlist_entries_track ON playlist_entries (track_id);

-- Saved (liked) tracks, albums, artists and playlists. No foreign key: the
-- id may name an item of any kind, and it survives a rescan.
CREATE TABLE saved_items (
    kind      TEXT    NOT NULL,
    item_id   TEXT    NOT NULL,
    saved_at  BIGINT  NOT NULL,
    PRIMARY KEY (kind, item_id),
    CHECK (kind IN ('track', 'album', 'artist', 'playlist')),
    CHECK (item_id <> '')
);
CREATE INDEX saved_items_recent ON saved_items (saved_at);

------------------------------------------------------------------------
-- Devices and tokens (issue 4)
------------------------------------------------------------------------
-- Pairing codes and their attempt counters are deliberately NOT stored:
-- they live a few minutes, are single-use, and a restart of the hub
-- should disarm pairing. MUSIC_HUB_API_TOKEN comes from the environment.
-- Media tokens of paired devices are stateless (PASETO, bound to the
-- device, checked against devices.revoked_at); only share media tokens are
-- stored, as hashes, in share_sessions.

-- id is the deviceId chosen by the client at pairing ("agent-1").
-- Pairing again with a known id reuses the row (clearing revoked_at) and
-- starts a new token family.
CREATE TABLE devices (
    id            TEXT    NOT NULL PRIMARY KEY,
    name          TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    last_seen_at  BIGINT,
    -- Checked on every authenticated call, so that revocation takes effect
    -- at once even for access tokens that have not expired.
    revoked_at    BIGINT,
    CHECK (id <> '' AND length(id) <= 128),
    CHECK (length(name) <= 200)
);

-- Refresh tokens, stored ONLY as hashes: token_hash is the lowercase hex
-- SHA-256 of the token string (refresh tokens carry 256 bits of entropy,
-- so a fast hash is enough; a slow password hash would buy nothing). The
-- CHECK makes it impossible to store a raw token by mistake.
--
-- Rotation: each refresh retires the presented token (retired_at,
-- replaced_by_id) and issues its successor in the same family. Presenting a
-- retired token again is reuse, i.e. theft: the whole family is revoked
-- (revoked_reason 'reuse_detected'). A family is one pairing of one device.
CREATE TABLE refresh_tokens (
    id              TEXT    NOT NULL PRIMARY KEY,   -- token id carried inside the token
    device_id       TEXT    NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    family_id       TEXT    NOT NULL,
    token_hash      TEXT    NOT NULL UNIQUE,
    issued_at       BIGINT  NOT NULL,
    expires_at      BIGINT  NOT NULL,
    retired_at      BIGINT,
    replaced_by_id  TEXT    REFERENCES refresh_tokens (id) ON DELETE SET NULL,
    revoked_at      BIGINT,
    revoked_reason  TEXT,
    CHECK (id <> '' AND family_id <> ''),
    CHECK (length(token_hash) = 64 AND token_hash NOT GLOB '*[^0-9a-f]*'),
    CHECK (expires_at > issued_at),
    CHECK (replaced_by_id IS NULL OR retired_at IS NOT NULL),
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
    CHECK (revoked_reason IS NULL OR revoked_reason IN
           ('logout', 'device_revoked', 'reuse_detected', 'paired_again'))
);
CREATE INDEX refresh_tokens_device ON refresh_tokens (device_id);
CREATE INDEX refresh_tokens_expires ON refresh_tokens (expires_at);
CREATE INDEX refresh_tokens_replaced_by ON refresh_tokens (replaced_by_id)
    WHERE replaced_by_id IS NOT NULL;
-- A family has at most one live head (neither retired nor revoked): two
-- concurrent refreshes of the same token cannot both win, the second one
-- fails on this index and is handled as reuse.
CREATE UNIQUE INDEX refresh_tokens_family_head ON refresh_tokens (family_id)
    WHERE retired_at IS NULL AND revoked_at IS NULL;
-- (Revoking a family is an UPDATE ... WHERE family_id = ?: also served by
-- the index below, since the partial index only covers live heads.)
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

-- The playback session: one row per hub (single user; id 'default'),
-- shared by every device so that playback can move between them.
-- revision is bumped on every write; PUT /api/playback/session can send the
-- revision it read to detect a concurrent change from another device.
CREATE TABLE playback_sessions (
    id                    TEXT     NOT NULL PRIMARY KEY,
    current_track_id      TEXT,             -- no FK: see the convention at the top
    position_ms           BIGINT   NOT NULL DEFAULT 0,
    is_playing            BOOLEAN  NOT NULL DEFAULT 0,
    -- The queue as a JSON array of track ids (or entry objects), written
    -- and read whole; nothing queries inside it.
    queue_json            TEXT     NOT NULL DEFAULT '[]',
    queue_index           INTEGER,
    shuffle               BOOLEAN  NOT NULL DEFAULT 0,
    repeat_mode           TEXT     NOT NULL DEFAULT 'off',
    revision              INTEGER  NOT NULL DEFAULT 0,
    updated_at            BIGINT   NOT NULL,
    -- NULL when updated by a local (loopback) caller or the static token.
    updated_by_device_id  TEXT     REFERENCES devices (id) ON DELETE SET NULL,
    CHECK (id <> ''),
    CHECK (position_ms >= 0),
    CHECK (is_playing IN (0, 1) AND shuffle IN (0, 1)),
    CHECK (json_valid(queue_json) AND json_type(queue_json) = 'array'),
    CHECK (queue_index IS NULL OR queue_index >= 0),
    CHECK (repeat_mode IN ('off', 'all', 'one'))
);

-- Every play, newest last. Survives the track's removal (no FK on track_id).
CREATE TABLE playback_history (
    id          TEXT    NOT NULL PRIMARY KEY,
    track_id    TEXT    NOT NULL,
    played_at   BIGINT  NOT NULL,
    -- NULL for local (loopback) callers and the static token.
    device_id   TEXT    REFERENCES devices (id) ON DELETE SET NULL,
    CHECK (id <> '' AND track_id <> '')
);
CREATE INDEX playback_history_played ON playback_history (played_at);
CREATE INDEX playback_history_track ON playback_history (track_id, played_at);
CREATE INDEX playback_history_device ON playback_history (device_id);

------------------------------------------------------------------------
-- Shares
------------------------------------------------------------------------

-- A share is a public capability: its id appears in share URLs and must be
-- random and unguessable (at least 128 bits), unlike the derived catalogue
-- ids. item_id has no FK (convention at the top). expires_at NULL = never.
CREATE TABLE shares (
    id                    TEXT    NOT NULL PRIMARY KEY,
    kind                  TEXT    NOT NULL,
    item_id               TEXT    NOT NULL,
    created_at            BIGINT  NOT NULL,
    expires_at            BIGINT,
    revoked_at            BIGINT,
    created_by_device_id  TEXT    REFERENCES devices (id) ON DELETE SET NULL,
    CHECK (id <> '' AND item_id <> ''),
    CHECK (kind IN ('playlist', 'album', 'artist', 'track')),
    CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX shares_item ON shares (kind, item_id);

-- A visitor's session on a share page: created by the bootstrap route,
-- kept alive by heartbeats, and the holder of the short-lived media token
-- that <audio> elements send. As with refresh tokens, only the SHA-256 hex
-- of the media token is stored. Revoking the share ends its sessions
-- (checked through shares.revoked_at; deleting the share cascades).
CREATE TABLE share_sessions (
    id                 TEXT    NOT NULL PRIMARY KEY,
    share_id           TEXT    NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
    media_token_hash   TEXT    NOT NULL UNIQUE,
    created_at         BIGINT  NOT NULL,
    expires_at         BIGINT  NOT NULL,
    last_heartbeat_at  BIGINT  NOT NULL,
    CHECK (id <> ''),
    CHECK (length(media_token_hash) = 64 AND media_token_hash NOT GLOB '*[^0-9a-f]*'),
    CHECK (expires_at > created_at),
    CHECK (last_heartbeat_at >= created_at)
);
CREATE INDEX share_sessions_share ON share_sessions (share_id);
CREATE INDEX share_sessions_expires ON share_sessions (expires_at);

------------------------------------------------------------------------
-- Metadata editing and enrichment
------------------------------------------------------------------------

-- The user's corrections, one row per (track, field). value NULL means
-- "blank this field". Authored by a person, so no FK (convention at the
-- top): an override outlives an unplugged disk and applies again when the
-- file is back. field names the track attribute in snake_case ('title',
-- 'artist', 'album', 'album_artist', 'year', 'genre', 'track_number', ...);
-- the set is the app's, only the spelling is checked here.
CREATE TABLE metadata_overrides (
    track_id    TEXT    NOT NULL,
    field       TEXT    NOT NULL,
    value       TEXT,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (track_id, field),
    CHECK (track_id <> ''),
    CHECK (field <> '' AND field NOT GLOB '*[^a-z_]*')
);

-- Machine-made suggestions (MusicBrainz, AcoustID, file and folder names,
-- ...). Derived data, so they CASCADE with their track. The UNIQUE key
-- makes re-running an enricher idempotent with INSERT ... ON CONFLICT DO
-- NOTHING, which also keeps a dismissed suggestion dismissed.
CREATE TABLE enrichment_suggestions (
    id               TEXT    NOT NULL PRIMARY KEY,
    track_id         TEXT    NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    source           TEXT    NOT NULL,
    field            TEXT    NOT NULL,
    suggested_value  TEXT    NOT NULL,
    -- The value the track had when the suggestion was made, to tell a
    -- stale suggestion from a current one.
    current_value    TEXT,
    confidence       DOUBLE  NOT NULL,
    status           TEXT    NOT NULL DEFAULT 'pending',
    created_at       BIGINT  NOT NULL,
    decided_at       BIGINT,
    UNIQUE (track_id, source, field, suggested_value),
    CHECK (id <> ''),
    CHECK (source <> '' AND source NOT GLOB '*[^a-z0-9_]*'),
    CHECK (field <> '' AND field NOT GLOB '*[^a-z_]*'),
    CHECK (confidence >= 0.0 AND confidence <= 1.0),
    CHECK (status IN ('pending', 'applied', 'dismissed')),
    CHECK ((status = 'pending') = (decided_at IS NULL))
);
CREATE INDEX enrichment_suggestions_track ON enrichment_suggestions (track_id, status);

------------------------------------------------------------------------
-- Search (issue 3)
------------------------------------------------------------------------

-- Search history, one row per distinct query (single-user hub: shared by
-- all callers, like the playback session). query_key is the query
-- normalised for deduplication by the app (trimmed, whitespace collapsed,
-- casefolded); query is the text as last typed. The app bounds the table
-- (deletes the oldest beyond N after each insert).
CREATE TABLE search_history (
    query_key         TEXT     NOT NULL PRIMARY KEY,
    query             TEXT     NOT NULL,
    search_count      INTEGER  NOT NULL DEFAULT 1,
    first_searched_at BIGINT   NOT NULL,
    last_searched_at  BIGINT   NOT NULL,
    CHECK (query_key <> ''),
    CHECK (search_count >= 1),
    CHECK (last_searched_at >= first_searched_at)
);
CREATE INDEX search_history_recent ON search_history (last_searched_at);

-- Full-text search design
-- -----------------------
-- One document per searchable item (track, album, artist, playlist) in
-- search_documents, a plain table with the same four text fields for every
-- kind, so that one MATCH ranks all kinds together with bm25 field weights:
--
--   field     track            album                 artist   playlist
--   name      title            title                 name     name
--   artists   artist_credit    album_artist_credit   -        -
--   album     album title      -                     -        -
--   extra     composer         -                     -        description
--
-- Suggested weights: bm25(search_fts, 10.0, 5.0, 3.0, 1.0), so a hit in
-- the name outranks one in the credits ("beyonce" lists the artist before
-- her tracks); exact-title-first is a tiebreak the app applies on top.
--
-- Two FTS5 indexes over those documents, both *external content* tables
-- (content = 'search_documents': the text is stored once, the indexes hold
-- only postings):
--
-- * search_fts, tokenize 'unicode61 remove_diacritics 2': case- and
--   diacritics-insensitive words ('beyonce*' finds "Beyoncé"), with prefix
--   indexes for 2 and 3 characters so that as-you-type prefix queries
--   ('be*', 'bey*') read a prefix index instead of scanning the term list.
--   The app quotes every user token as an FTS5 string ("tok"*, with '"'
--   doubled), so operators and '*' typed by the user are searched for,
--   never executed.
--
-- * search_trigram, tokenize 'trigram remove_diacritics 1', over the short
--   fields only (name, artists, album): the typo-tolerant fallback used
--   when search_fts finds little. A trigram MATCH of a whole word needs all
--   of its trigrams, so the fallback instead ORs the trigrams of each query
--   word ('metalica' -> "met" OR "eta" OR "tal" OR "ali" OR "lic" OR
--   "ica"): bm25 then ranks documents by how many (and how rare) trigrams
--   they share, and the app re-ranks the top candidates by edit distance
--   and shows them below exact hits. Chosen over a vocabulary table
--   (fts5vocab + spellfix-style matching) because it needs no separate
--   refresh step: it is kept in sync by the same triggers as search_fts,
--   and it also gives substring search (LIKE '%allica%' uses it).
--   Note: the trigram tokenizer's remove_diacritics option needs SQLite
--   3.45 or later. The hub and diesel_cli bundle 3.53; an older system
--   sqlite3 shell can read the plain tables but not this one.
--
-- Keeping them in sync: by TRIGGERS, not by the app. Triggers on tracks,
-- albums, artists and playlists upsert/delete their row in
-- search_documents; triggers on search_documents feed both FTS indexes
-- (the 'delete' command with the old values, as external content tables
-- require). Every writer (scanner, watcher, playlist routes, overrides,
-- future migrations) therefore keeps search consistent without knowing
-- about it, and cascading deletes (a root removed) clean up too.
-- Repair, should it ever be needed:
--   INSERT INTO search_fts(search_fts) VALUES ('rebuild');
--   INSERT INTO search_trigram(search_trigram) VALUES ('rebuild');
--
-- doc_id is an INTEGER PRIMARY KEY (an alias of the rowid) because FTS5
-- refers to content rows by integer rowid, and the implicit rowid of a
-- table without INTEGER PRIMARY KEY (all the TEXT-keyed tables above) may
-- be renumbered by VACUUM, which would silently detach the index.
-- Searches join back with
--   SELECT d.kind, d.item_id, bm25(search_fts, ...) FROM search_fts
--   JOIN search_documents d ON d.doc_id = search_fts.rowid
--   WHERE search_fts MATCH ? ORDER BY rank ...
CREATE TABLE search_documents (
    doc_id   INTEGER  NOT NULL PRIMARY KEY,
    kind     TEXT     NOT NULL,
    item_id  TEXT     NOT NULL,
    name     TEXT     NOT NULL,
    artists  TEXT,
    album    TEXT,
    extra    TEXT,
    UNIQUE (kind, item_id),
    CHECK (kind IN ('track', 'album', 'artist', 'playlist'))
);

CREATE VIRTUAL TABLE search_fts USING fts5 (
    name, artists, album, extra,
    content = 'search_documents',
    content_rowid = 'doc_id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE VIRTUAL TABLE search_trigram USING fts5 (
    name, artists, album,
    content = 'search_documents',
    content_rowid = 'doc_id',
    tokenize = 'trigram remove_diacritics 1'
);

-- search_documents -> FTS indexes
CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts (rowid, name, artists, album, extra)
        VALUES (new.doc_id, new.name, new.artists, new.album, new.extra);
    INSERT INTO search_trigram (rowid, name, artists, album)
        VALUES (new.doc_id, new.name, new.artists, new.album);
END;

CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, name, artists, album, extra)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album, old.extra);
    INSERT INTO search_trigram (search_trigram, rowid, name, artists, album)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album);
END;

CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, name, artists, album, extra)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album, old.extra);
    INSERT INTO search_trigram (search_trigram, rowid, name, artists, album)
        VALUES ('delete', old.doc_id, old.name, old.artists, old.album);
    INSERT INTO search_fts (rowid, name, artists, album, extra)
        VALUES (new.doc_id, new.name, new.artists, new.album, new.extra);
    INSERT INTO search_trigram (rowid, name, artists, album)
        VALUES (new.doc_id, new.name, new.artists, new.album);
END;

-- Catalogue -> search_documents. The inserts are upserts so that a
-- leftover document can never make a catalogue insert fail. The update
-- triggers fire only when a searched field really changed (WHEN ... IS NOT
-- ...): a rescan that rewrites identical tags does not churn the indexes.

-- tracks
CREATE TRIGGER tracks_search_ai AFTER INSERT ON tracks BEGIN
    INSERT INTO search_documents (kind, item_id, name, artists, album, extra)
        VALUES ('track', new.id, new.title, new.artist_credit,
                (SELECT title FROM albums WHERE id = new.album_id), new.composer)
        ON CONFLICT (kind, item_id) DO UPDATE SET
            name = excluded.name, artists = excluded.artists,
            album = excluded.album, extra = excluded.extra;
END;

CREATE TRIGGER tracks_search_au AFTER UPDATE OF id, title, artist_credit, album_id, composer ON tracks
WHEN old.id IS NOT new.id OR old.title IS NOT new.title
  OR old.artist_credit IS NOT new.artist_credit OR old.album_id IS NOT new.album_id
  OR old.composer IS NOT new.composer
BEGIN
    UPDATE search_documents SET
        item_id = new.id, name = new.title, artists = new.artist_credit,
        album = (SELECT title FROM albums WHERE id = new.album_id), extra = new.composer
    WHERE kind = 'track' AND item_id = old.id;
END;

CREATE TRIGGER tracks_search_ad AFTER DELETE ON tracks BEGIN
    DELETE FROM search_documents WHERE kind = 'track' AND item_id = old.id;
END;

-- albums (a renamed album also renames the album field of its tracks)
CREATE TRIGGER albums_search_ai AFTER INSERT ON albums BEGIN
    INSERT INTO search_documents (kind, item_id, name, artists, album, extra)
        VALUES ('album', new.id, new.title, new.album_artist_credit, NULL, NULL)
        ON CONFLICT (kind, item_id) DO UPDATE SET
            name = excluded.name, artists = excluded.artists,
            album = excluded.album, extra = excluded.extra;
END;

CREATE TRIGGER albums_search_au AFTER UPDATE OF id, title, album_artist_credit ON albums
WHEN old.id IS NOT new.id OR old.title IS NOT new.title
  OR old.album_artist_credit IS NOT new.album_artist_credit
BEGIN
    UPDATE search_documents SET
        item_id = new.id, name = new.title, artists = new.album_artist_credit
    WHERE kind = 'album' AND item_id = old.id;
    UPDATE search_documents SET album = new.title
    WHERE old.title IS NOT new.title
      AND kind = 'track'
      AND item_id IN (SELECT id FROM tracks WHERE album_id = new.id);
END;

CREATE TRIGGER albums_search_ad AFTER DELETE ON albums BEGIN
    DELETE FROM search_documents WHERE kind = 'album' AND item_id = old.id;
END;

-- artists
CREATE TRIGGER artists_search_ai AFTER INSERT ON artists BEGIN
    INSERT INTO search_documents (kind, item_id, name, artists, album, extra)
        VALUES ('artist', new.id, new.name, NULL, NULL, NULL)
        ON CONFLICT (kind, item_id) DO UPDATE SET
            name = excluded.name, artists = excluded.artists,
            album = excluded.album, extra = excluded.extra;
END;

CREATE TRIGGER artists_search_au AFTER UPDATE OF id, name ON artists
WHEN old.id IS NOT new.id OR old.name IS NOT new.name
BEGIN
    UPDATE search_documents SET item_id = new.id, name = new.name
    WHERE kind = 'artist' AND item_id = old.id;
END;

CREATE TRIGGER artists_search_ad AFTER DELETE ON artists BEGIN
    DELETE FROM search_documents WHERE kind = 'artist' AND item_id = old.id;
END;

-- playlists
CREATE TRIGGER playlists_search_ai AFTER INSERT ON playlists BEGIN
    INSERT INTO search_documents (kind, item_id, name, artists, album, extra)
        VALUES ('playlist', new.id, new.name, NULL, NULL, new.description)
        ON CONFLICT (kind, item_id) DO UPDATE SET
            name = excluded.name, artists = excluded.artists,
            album = excluded.album, extra = excluded.extra;
END;

CREATE TRIGGER playlists_search_au AFTER UPDATE OF id, name, description ON playlists
WHEN old.id IS NOT new.id OR old.name IS NOT new.name
  OR old.description IS NOT new.description
BEGIN
    UPDATE search_documents SET item_id = new.id, name = new.name, extra = new.description
    WHERE kind = 'playlist' AND item_id = old.id;
END;

CREATE TRIGGER playlists_search_ad AFTER DELETE ON playlists BEGIN
    DELETE FROM search_documents WHERE kind = 'playlist' AND item_id = old.id;
END;
