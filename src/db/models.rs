//! Row models: the shapes diesel reads and writes, one struct per use, apart from the
//! queries (`db::queries`) and from the logic that fills them (`library`).
//!
//! Insertable structs set `treat_none_as_default_value = false` so that a `None` binds
//! NULL instead of changing the statement's text: every row of a kind is then written by
//! the same SQL, which diesel prepares once per connection and caches. Changesets set
//! `treat_none_as_null` for the same reason, and because a tag that disappeared must
//! clear its column, not leave the old value.

use diesel::prelude::*;

use super::schema::{
    albums, artists, genres, library_roots, media_files, scan_errors, scan_runs, track_artists,
    track_genres, tracks,
};

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = library_roots, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_default_value = false)]
pub struct LibraryRoot {
    pub id: String,
    pub path: String,
    pub name: String,
    pub added_at: i64,
    pub last_scan_at: Option<i64>,
    pub missing_since: Option<i64>,
}

/// A media file row as written by the scanner. `first_seen_at` is kept on update.
#[derive(Debug, Clone, PartialEq, Insertable, AsChangeset)]
#[diesel(table_name = media_files, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_default_value = false, treat_none_as_null = true)]
pub struct NewMediaFile {
    pub id: String,
    pub root_id: String,
    pub rel_path: String,
    pub dir_path: String,
    pub size_bytes: i64,
    pub mtime_ms: i64,
    pub extension: String,
    pub mime_type: Option<String>,
    pub codec: Option<String>,
    pub bitrate_kbps: Option<i32>,
    pub sample_rate_hz: Option<i32>,
    pub bit_depth: Option<i32>,
    pub channels: Option<i32>,
    pub scan_error: Option<String>,
    #[diesel(skip_update)]
    pub first_seen_at: i64,
    pub scanned_at: i64,
}

/// What an incremental rescan needs to know of a file it saw before.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = media_files, check_for_backend(diesel::sqlite::Sqlite))]
pub struct MediaFileState {
    pub id: String,
    pub rel_path: String,
    pub size_bytes: i64,
    pub mtime_ms: i64,
    pub scan_error: Option<String>,
}

/// A track's content: every column the scanner derives from the file, so that a re-read
/// file can be compared with its row and left alone when nothing changed.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = tracks, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_default_value = false, treat_none_as_null = true)]
pub struct TrackContent {
    pub media_file_id: String,
    pub album_id: String,
    pub title: String,
    pub sort_title: String,
    pub artist_credit: String,
    pub artist_sort: String,
    pub album_sort: String,
    pub disc_number: Option<i32>,
    pub disc_total: Option<i32>,
    pub track_number: Option<i32>,
    pub track_total: Option<i32>,
    pub year: Option<i32>,
    pub date: Option<String>,
    pub composer: Option<String>,
    pub is_compilation: bool,
    pub musicbrainz_recording_id: Option<String>,
    pub replaygain_track_gain_db: Option<f64>,
    pub replaygain_track_peak: Option<f64>,
    pub replaygain_album_gain_db: Option<f64>,
    pub replaygain_album_peak: Option<f64>,
    pub duration_ms: i64,
    pub format: String,
    pub has_embedded_art: bool,
    /// The content id of the file's own picture (`library::artwork`); `None` when it has
    /// none, or none that decodes.
    pub artwork_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = tracks, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_default_value = false)]
pub struct NewTrack {
    pub id: String,
    #[diesel(embed)]
    pub content: TrackContent,
    pub added_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = tracks, check_for_backend(diesel::sqlite::Sqlite))]
pub struct TrackSnapshot {
    pub id: String,
    #[diesel(embed)]
    pub content: TrackContent,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = track_artists, check_for_backend(diesel::sqlite::Sqlite))]
pub struct TrackArtist {
    pub track_id: String,
    pub artist_id: String,
    pub role: String,
    pub position: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = track_genres, check_for_backend(diesel::sqlite::Sqlite))]
pub struct TrackGenre {
    pub track_id: String,
    pub genre_id: String,
    pub position: i32,
}

/// An album as first seen. Later tracks refine it (`album_refresh`) instead of
/// overwriting it: its title and credit keep the first spelling met.
#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = albums, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_default_value = false)]
pub struct NewAlbum {
    pub id: String,
    pub title: String,
    pub sort_title: String,
    pub album_artist_id: String,
    pub album_artist_credit: String,
    pub year: Option<i32>,
    pub release_date: Option<String>,
    pub is_compilation: bool,
    pub disc_count: i32,
    pub musicbrainz_album_id: Option<String>,
    pub musicbrainz_release_group_id: Option<String>,
    pub added_at: i64,
    pub updated_at: i64,
}

/// The album columns the scanner recomputes from the album's tracks.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = albums, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_null = true)]
pub struct AlbumAggregates {
    pub year: Option<i32>,
    pub release_date: Option<String>,
    pub is_compilation: bool,
    pub disc_count: i32,
}

/// Where an album's cover comes from (see the migration's `artwork_*` columns).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = albums, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_null = true)]
pub struct AlbumArtwork {
    pub artwork_source: String,
    pub artwork_track_id: Option<String>,
    pub artwork_root_id: Option<String>,
    pub artwork_rel_path: Option<String>,
    /// The cover's content id: the folder image's, or `artwork_track_id`'s own picture's.
    pub artwork_id: Option<String>,
    /// A folder image's size and mtime when `artwork_id` was taken (`artwork::file_stamp`).
    pub artwork_stamp: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = artists, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_default_value = false)]
pub struct NewArtist {
    pub id: String,
    pub name: String,
    pub sort_name: String,
    pub musicbrainz_artist_id: Option<String>,
    pub added_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Insertable)]
#[diesel(table_name = genres, check_for_backend(diesel::sqlite::Sqlite))]
pub struct NewGenre {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = scan_runs, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_default_value = false)]
pub struct ScanRun {
    pub id: String,
    pub triggered_by: String,
    pub is_full: bool,
    pub status: String,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    pub files_total: Option<i32>,
    pub files_seen: i32,
    pub files_processed: i32,
    pub files_unchanged: i32,
    pub tracks_added: i32,
    pub tracks_updated: i32,
    pub tracks_removed: i32,
    pub error_count: i32,
    pub error_message: Option<String>,
}

/// A scan run's counters, written as it goes and when it ends.
#[derive(Debug, Clone, PartialEq, Eq, AsChangeset)]
#[diesel(table_name = scan_runs, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_null = true)]
pub struct ScanRunUpdate {
    pub status: String,
    pub finished_at: Option<i64>,
    pub files_total: Option<i32>,
    pub files_seen: i32,
    pub files_processed: i32,
    pub files_unchanged: i32,
    pub tracks_added: i32,
    pub tracks_updated: i32,
    pub tracks_removed: i32,
    pub error_count: i32,
    pub error_message: Option<String>,
    /// Written only as a run completes (`library::job::cover_digest`).
    pub cover_digest: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = scan_errors, check_for_backend(diesel::sqlite::Sqlite))]
pub struct ScanErrorRow {
    pub scan_run_id: String,
    pub root_id: String,
    pub rel_path: String,
    pub error_kind: String,
    pub message: String,
    pub occurred_at: i64,
}
