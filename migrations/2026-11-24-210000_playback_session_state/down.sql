ALTER TABLE playback_history DROP COLUMN played_ms;

CREATE TABLE playback_sessions_old (
    id                    TEXT     NOT NULL PRIMARY KEY,
    current_track_id      TEXT,
    position_ms           BIGINT   NOT NULL DEFAULT 0,
    is_playing            BOOLEAN  NOT NULL DEFAULT 0,
    queue_json            TEXT     NOT NULL DEFAULT '[]',
    queue_index           INTEGER,
    shuffle               BOOLEAN  NOT NULL DEFAULT 0,
    repeat_mode           TEXT     NOT NULL DEFAULT 'off',
    revision              INTEGER  NOT NULL DEFAULT 0,
    updated_at            BIGINT   NOT NULL,
    updated_by_device_id  TEXT     REFERENCES devices (id) ON DELETE SET NULL,
    CHECK (id <> ''),
    CHECK (position_ms >= 0),
    CHECK (is_playing IN (0, 1) AND shuffle IN (0, 1)),
    CHECK (json_valid(queue_json) AND json_type(queue_json) = 'array'),
    CHECK (queue_index IS NULL OR queue_index >= 0),
    CHECK (repeat_mode IN ('off', 'all', 'one'))
);
INSERT INTO playback_sessions_old (id, position_ms, is_playing, shuffle, repeat_mode, revision,
                                   updated_at, updated_by_device_id)
    SELECT id, position_ms, state = 'playing', shuffle, repeat_mode, revision, updated_at,
           updated_by_device_id
    FROM playback_sessions;
DROP TABLE playback_sessions;
ALTER TABLE playback_sessions_old RENAME TO playback_sessions;
