-- Share links as issue 13 builds them: a password, downloads, a bound on how many times a
-- share may be opened, and how often it was.
--
-- * `password_hash` is an Argon2id PHC string; the password itself is never stored.
-- * `sessions_opened` counts bootstraps for `max_sessions`: it is written in the same
--   transaction that opens a session, so two visitors racing cannot both take the last
--   one. `access_count` and `last_accessed_at` are what the owner sees; they are written
--   apart from the answer, so a busy database never holds a visitor back, and may lag.
-- * Deleting a share deletes its row (sessions cascade); `revoked_at` stays unused.
ALTER TABLE shares ADD COLUMN password_hash TEXT;
ALTER TABLE shares ADD COLUMN allow_download BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE shares ADD COLUMN max_sessions INTEGER CHECK (max_sessions IS NULL OR max_sessions > 0);
ALTER TABLE shares ADD COLUMN sessions_opened BIGINT NOT NULL DEFAULT 0;
ALTER TABLE shares ADD COLUMN access_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE shares ADD COLUMN last_accessed_at BIGINT;
CREATE INDEX shares_created ON shares (created_at, id);
