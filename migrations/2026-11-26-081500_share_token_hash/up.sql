-- share_sessions.media_token_hash goes: it was written at every bootstrap and heartbeat and
-- never read. A share's media token is sealed (PASETO) with its share and session ids in it,
-- and every use asks the database whether that session is still live, so revoking a share,
-- changing its password or a session running out already ends its tokens. What the hash
-- could have added (only the newest token of a session works) would cut playback at every
-- heartbeat: an <audio> element keeps the URL, and the token, it started with.
--
-- SQLite cannot drop a UNIQUE column, or one a CHECK names, in place: the table is made
-- again. Nothing refers to share_sessions, and sessions are not the person's data (a
-- rebuild does not carry them over either).
CREATE TABLE share_sessions_new (
    id                 TEXT    NOT NULL PRIMARY KEY,
    share_id           TEXT    NOT NULL REFERENCES shares (id) ON DELETE CASCADE,
    created_at         BIGINT  NOT NULL,
    expires_at         BIGINT  NOT NULL,
    last_heartbeat_at  BIGINT  NOT NULL,
    CHECK (id <> ''),
    CHECK (expires_at > created_at),
    CHECK (last_heartbeat_at >= created_at)
);
INSERT INTO share_sessions_new (id, share_id, created_at, expires_at, last_heartbeat_at)
    SELECT id, share_id, created_at, expires_at, last_heartbeat_at FROM share_sessions;
DROP TABLE share_sessions;
ALTER TABLE share_sessions_new RENAME TO share_sessions;
CREATE INDEX share_sessions_share ON share_sessions (share_id);
CREATE INDEX share_sessions_expires ON share_sessions (expires_at);
