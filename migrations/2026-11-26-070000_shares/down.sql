DROP INDEX shares_created;
ALTER TABLE shares DROP COLUMN last_accessed_at;
ALTER TABLE shares DROP COLUMN access_count;
ALTER TABLE shares DROP COLUMN sessions_opened;
ALTER TABLE shares DROP COLUMN max_sessions;
ALTER TABLE shares DROP COLUMN allow_download;
ALTER TABLE shares DROP COLUMN password_hash;
