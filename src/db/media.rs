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
    /// What a transcode needs to know of the file: whether it is already small enough,
    /// how long it is, and the ReplayGain it may apply.
    pub bitrate_kbps: Option<i32>,
    pub duration_ms: i64,
    pub replaygain_track_gain_db: Option<f64>,
    pub replaygain_track_peak: Option<f64>,
    pub replaygain_album_gain_db: Option<f64>,
    pub replaygain_album_peak: Option<f64>,
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
            media_files::bitrate_kbps,
            tracks::duration_ms,
            tracks::replaygain_track_gain_db,
            tracks::replaygain_track_peak,
            tracks::replaygain_album_gain_db,
            tracks::replaygain_album_peak,
        ))
        .first(conn)
        .optional()
}
