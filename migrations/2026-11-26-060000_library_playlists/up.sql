-- Playlists that follow a playlist file (.m3u/.m3u8) in the library folders. The scanner
-- creates one per file, matches its entries again when the file changes and deletes it
-- when the file goes; nobody else edits it (`409 playlist_read_only`). A person's own
-- playlists have no source. No foreign key to library_roots (the migration convention):
-- a root that is dropped from the configuration is handled by the scan that notices it.
ALTER TABLE playlists ADD COLUMN source_root_id TEXT;
ALTER TABLE playlists ADD COLUMN source_rel_path TEXT;
CREATE UNIQUE INDEX playlists_source ON playlists (source_root_id, source_rel_path)
    WHERE source_root_id IS NOT NULL;
