-- The column comes back as it was; sessions open now get a random hash each (no token of
-- theirs is known, and none was ever looked up by it).
CREATE TABLE share_sessions_old (
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
INSERT INTO share_sessions_old
    (id, share_id, media_token_hash, created_at, expires_at, last_heartbeat_at)
    SELECT id, share_id, lower(hex(randomblob(32))), created_at, expires_at, last_heartbeat_at
    FROM share_sessions;
DROP TABLE share_sessions;
ALTER TABLE share_sessions_old RENAME TO share_sessions;
CREATE INDEX share_sessions_share ON share_sessions (share_id);
CREATE INDEX share_sessions_expires ON share_sessions (expires_at);
