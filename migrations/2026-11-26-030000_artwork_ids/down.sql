DROP INDEX albums_artwork_id;
DROP INDEX tracks_artwork_id;
ALTER TABLE albums DROP COLUMN artwork_stamp;
ALTER TABLE albums DROP COLUMN artwork_id;
ALTER TABLE tracks DROP COLUMN artwork_id;
