-- Loudness measured from the audio (EBU R128, for ReplayGain 2.0), one row per track.
-- Derived data: gone with the track, not carried over a rebuild (measured again), and
-- kept by rescans, which update tracks in place. The file's size and modification time
-- say which version of the file was measured: another one is measured again.
CREATE TABLE track_loudness (
    track_id         TEXT    NOT NULL PRIMARY KEY REFERENCES tracks (id) ON DELETE CASCADE,
    size_bytes       BIGINT  NOT NULL,
    mtime_ms         BIGINT  NOT NULL,
    -- NULL for silence, or when the audio could not be decoded (`error`).
    integrated_lufs  DOUBLE,
    true_peak        DOUBLE,
    -- The album measured together with this track: a digest of its tracks and their
    -- files. Another album (a track added, changed or moved) is measured again.
    album_key        TEXT,
    album_lufs       DOUBLE,
    album_peak       DOUBLE,
    error            TEXT,
    measured_at      BIGINT  NOT NULL
);
