//! Where a track's file is, as the catalogue knows it: what streaming needs and nothing
//! else. Whether the file is still there, and still inside a library folder, is the media
//! service's to judge on the disk.

use diesel::prelude::*;

use crate::db::schema::{library_roots, media_files, tracks};

/// A track's file: its root's path, its place inside the root, and its kind.
#[derive(Debug, Clone, Queryable)]
pub struct TrackFileRow {
    pub album_id: String,
    pub root_path: String,
    /// `/`-separated, relative to the root.
    pub rel_path: String,
    pub extension: String,
    pub mime_type: Option<String>,
    pub format: String,
    /// The track's title: a share's visitors get a file named after it, never after the
    /// file on disk.
    pub title: String,
}

pub fn track_file_get(
    conn: &mut SqliteConnection,
    track_id: &str,
) -> QueryResult<Option<TrackFileRow>> {
    tracks::table
        .inner_join(media_files::table.inner_join(library_roots::table))
        .filter(tracks::id.eq(track_id))
        .select((
            tracks::album_id,
            library_roots::path,
            media_files::rel_path,
            media_files::extension,
            media_files::mime_type,
            tracks::format,
            tracks::title,
        ))
        .first(conn)
        .optional()
}
