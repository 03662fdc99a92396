-- Reverts 2026-11-24-000000_initial: drops everything up.sql created.
--
-- Order matters with foreign keys on: DROP TABLE runs an implicit DELETE,
-- so a child table is dropped before its parent (a RESTRICT parent with
-- children left would refuse). Triggers are dropped first, explicitly, so
-- that nothing refers to a dropped table at any point; the FTS5 tables go
-- before their content table.

-- Search: triggers, FTS indexes, documents, history.
DROP TRIGGER IF EXISTS playlists_search_ad;
DROP TRIGGER IF EXISTS playlists_search_au;
DROP TRIGGER IF EXISTS playlists_search_ai;
DROP TRIGGER IF EXISTS artists_search_ad;
DROP TRIGGER IF EXISTS artists_search_au;
DROP TRIGGER IF EXISTS artists_search_ai;
DROP TRIGGER IF EXISTS albums_search_ad;
DROP TRIGGER IF EXISTS albums_search_au;
DROP TRIGGER IF EXISTS albums_search_ai;
DROP TRIGGER IF EXISTS tracks_search_ad;
DROP TRIGGER IF EXISTS tracks_search_au;
DROP TRIGGER IF EXISTS tracks_search_ai;
DROP TRIGGER IF EXISTS search_documents_au;
DROP TRIGGER IF EXISTS search_documents_ad;
DROP TRIGGER IF EXISTS search_documents_ai;
DROP TABLE IF EXISTS search_trigram;
DROP TABLE IF EXISTS search_fts;
DROP TABLE IF EXISTS search_documents;
DROP TABLE IF EXISTS search_history;

-- Metadata editing and enrichment.
DROP TABLE IF EXISTS enrichment_suggestions;
DROP TABLE IF EXISTS metadata_overrides;

-- Shares.
DROP TABLE IF EXISTS share_sessions;
DROP TABLE IF EXISTS shares;

-- Playback, devices and tokens.
DROP TABLE IF EXISTS playback_history;
DROP TABLE IF EXISTS playback_sessions;
DROP TABLE IF EXISTS refresh_tokens;
DROP TABLE IF EXISTS devices;

-- Playlists and saved items.
DROP TABLE IF EXISTS saved_items;
DROP TABLE IF EXISTS playlist_entries;
DROP TABLE IF EXISTS playlists;

-- Scans.
DROP TABLE IF EXISTS scan_errors;
DROP TABLE IF EXISTS scan_runs;

-- Catalogue, children before parents.
DROP TABLE IF EXISTS track_genres;
DROP TABLE IF EXISTS track_artists;
DROP TABLE IF EXISTS tracks;
DROP TABLE IF EXISTS genres;
DROP TABLE IF EXISTS albums;
DROP TABLE IF EXISTS artists;
DROP TABLE IF EXISTS media_files;
DROP TABLE IF EXISTS library_roots;
