//! The loudness rows (`track_loudness`): what `app::loudness` measured, per track, with the
//! version of the file it measured. Derived data: not salvaged, gone with the track.

use diesel::prelude::*;

use super::schema::{library_roots, media_files, track_loudness, tracks};
use super::MAX_IN_LIST;

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = track_loudness, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_default_value = false)]
pub struct LoudnessRow {
    pub track_id: String,
    pub size_bytes: i64,
    pub mtime_ms: i64,
    pub integrated_lufs: Option<f64>,
    pub true_peak: Option<f64>,
    pub album_key: Option<String>,
    pub album_lufs: Option<f64>,
    pub album_peak: Option<f64>,
    pub error: Option<String>,
    pub measured_at: i64,
}

/// One track of an album as the analysis sees it: its file and what was measured of it.
#[derive(Debug, Clone)]
pub struct AlbumTrack {
    pub track_id: String,
    pub album_id: String,
    pub root_path: String,
    pub rel_path: String,
    pub size_bytes: i64,
    pub mtime_ms: i64,
    pub added_at: i64,
    pub measured: Option<LoudnessRow>,
}

type AlbumTrackColumns = (
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    Option<LoudnessRow>,
);

/// The tracks of these albums with their files and what was measured of them.
pub fn album_tracks(
    conn: &mut SqliteConnection,
    album_ids: &[String],
) -> QueryResult<Vec<AlbumTrack>> {
    let mut found = Vec::new();
    for batch in album_ids.chunks(MAX_IN_LIST) {
        let rows: Vec<AlbumTrackColumns> = tracks::table
            .inner_join(media_files::table.inner_join(library_roots::table))
            .left_join(track_loudness::table)
            .filter(tracks::album_id.eq_any(batch))
            .select((
                tracks::id,
                tracks::album_id,
                library_roots::path,
                media_files::rel_path,
                media_files::size_bytes,
                media_files::mtime_ms,
                tracks::added_at,
                Option::<LoudnessRow>::as_select(),
            ))
            .order((tracks::album_id, tracks::id))
            .load(conn)?;
        found.extend(rows.into_iter().map(
            |(
                track_id,
                album_id,
                root_path,
                rel_path,
                size_bytes,
                mtime_ms,
                added_at,
                measured,
            )| {
                AlbumTrack {
                    track_id,
                    album_id,
                    root_path,
                    rel_path,
                    size_bytes,
                    mtime_ms,
                    added_at,
                    measured,
                }
            },
        ));
    }
    Ok(found)
}

/// Every album id, the album with the most recently added track first.
pub fn albums_newest_first(conn: &mut SqliteConnection) -> QueryResult<Vec<String>> {
    let rows: Vec<(String, Option<i64>)> = tracks::table
        .group_by(tracks::album_id)
        .select((tracks::album_id, diesel::dsl::max(tracks::added_at)))
        .order((diesel::dsl::max(tracks::added_at).desc(), tracks::album_id))
        .load(conn)?;
    Ok(rows.into_iter().map(|(id, _)| id).collect())
}

/// The album id of a track, for looking at its album's measurements.
pub fn album_of(conn: &mut SqliteConnection, track_id: &str) -> QueryResult<Option<String>> {
    tracks::table
        .find(track_id)
        .select(tracks::album_id)
        .first(conn)
        .optional()
}

/// Replaces the rows of one measured album, in one transaction; a track removed while it
/// was measured is skipped.
pub fn store(conn: &mut SqliteConnection, rows: &[LoudnessRow]) -> QueryResult<()> {
    conn.immediate_transaction(|conn| {
        for row in rows {
            let present: bool = diesel::select(diesel::dsl::exists(
                tracks::table.filter(tracks::id.eq(&row.track_id)),
            ))
            .get_result(conn)?;
            if !present {
                continue;
            }
            diesel::replace_into(track_loudness::table)
                .values(row)
                .execute(conn)?;
        }
        Ok(())
    })
}
