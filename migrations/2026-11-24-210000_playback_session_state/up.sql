-- The playback session as the contract shows it (issue 5).
--
-- * `state` replaces `is_playing`: the contract has three states (playing,
--   paused, stopped), and "paused at 1:13" differs from "stopped".
-- * `volume` is shared like the rest of the session (0 to 1).
-- * `played_ms` is how long the current entry has played (time spent playing,
--   not its position: a seek is not listening), so that a play counts in
--   history only when the track was really listened to.
-- * `queue_json` holds entry objects, `{"trackId": ..., "naturalIndex": n}`,
--   in play order: with shuffle on, `naturalIndex` is the entry's place in
--   the order the queue was given in, so that turning shuffle off restores
--   it exactly even when a track is queued twice. `queue_index` is the
--   current entry's index in play order; `current_track_id` is dropped, as
--   the queue already says which track that is.
-- * `revision` is BIGINT (the contract's int64) instead of INTEGER.
--
-- SQLite cannot drop a column named in a CHECK constraint, so the table is
-- rebuilt. Nothing ever wrote to it before this migration (its routes
-- answered 501), but any row is carried over all the same.
CREATE TABLE playback_sessions_new (
    id                    TEXT     NOT NULL PRIMARY KEY,
    state                 TEXT     NOT NULL DEFAULT 'stopped',
    position_ms           BIGINT   NOT NULL DEFAULT 0,
    played_ms             BIGINT   NOT NULL DEFAULT 0,
    queue_json            TEXT     NOT NULL DEFAULT '[]',
    queue_index           INTEGER,
    shuffle               BOOLEAN  NOT NULL DEFAULT 0,
    repeat_mode           TEXT     NOT NULL DEFAULT 'off',
    volume                DOUBLE   NOT NULL DEFAULT 1.0,
    revision              BIGINT   NOT NULL DEFAULT 0,
    updated_at            BIGINT   NOT NULL,
    -- NULL when updated by a local (loopback) caller or the static token.
    updated_by_device_id  TEXT     REFERENCES devices (id) ON DELETE SET NULL,
    CHECK (id <> ''),
    CHECK (state IN ('playing', 'paused', 'stopped')),
    CHECK (position_ms >= 0 AND played_ms >= 0),
    CHECK (shuffle IN (0, 1)),
    CHECK (json_valid(queue_json) AND json_type(queue_json) = 'array'),
    CHECK (queue_index IS NULL OR queue_index >= 0),
    CHECK (repeat_mode IN ('off', 'all', 'one')),
    CHECK (volume >= 0 AND volume <= 1),
    CHECK (revision >= 0)
);

INSERT INTO playback_sessions_new (id, state, position_ms, shuffle, repeat_mode, revision,
                                   updated_at, updated_by_device_id)
    SELECT id, CASE WHEN is_playing THEN 'paused' ELSE 'stopped' END, position_ms, shuffle,
           repeat_mode, revision, updated_at, updated_by_device_id
    FROM playback_sessions;

DROP TABLE playback_sessions;
ALTER TABLE playback_sessions_new RENAME TO playback_sessions;

-- The hub's one session exists from the start, so reading it never writes.
INSERT INTO playback_sessions (id, updated_at)
    VALUES ('default', CAST(strftime('%s', 'now') AS INTEGER) * 1000)
    ON CONFLICT (id) DO NOTHING;

-- How long each play lasted (the position reached), as the history shows it.
ALTER TABLE playback_history ADD COLUMN played_ms BIGINT CHECK (played_ms >= 0);
