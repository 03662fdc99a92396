DROP INDEX playlists_source;
ALTER TABLE playlists DROP COLUMN source_rel_path;
ALTER TABLE playlists DROP COLUMN source_root_id;
