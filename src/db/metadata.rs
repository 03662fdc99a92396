//! The rows behind metadata editing: a track's file and place, the person's overrides
//! (`metadata_overrides`, user data carried over a rebuild by `salvage`) and the enrichment
//! suggestions (derived, gone with their track). What the values mean is
//! `library::fields`' and `app::metadata`'s.

use diesel::prelude::*;

use std::collections::{BTreeMap, BTreeSet};

use super::schema::{
    albums, artists, enrichment_suggestions, library_roots, media_files, metadata_overrides,
    track_artists, tracks,
};
use super::MAX_IN_LIST;

/// Where a track's file is and what the catalogue holds of it.
#[derive(Debug, Clone, Queryable)]
pub struct TrackFile {
    pub track_id: String,
    pub album_id: String,
    pub has_embedded_art: bool,
    pub root_id: String,
    pub root_path: String,
    pub rel_path: String,
    pub mtime_ms: i64,
}

/// One override as stored: the value is JSON text (see `library::fields`).
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = metadata_overrides, check_for_backend(diesel::sqlite::Sqlite))]
#[diesel(treat_none_as_default_value = false)]
pub struct OverrideRow {
    pub track_id: String,
    pub field: String,
    pub value: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub device_id: Option<String>,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = enrichment_suggestions, check_for_backend(diesel::sqlite::Sqlite))]
pub struct SuggestionRow {
    pub id: String,
    pub track_id: String,
    pub source: String,
    pub values_json: String,
    pub confidence: f64,
    pub track_state: String,
    pub created_at: i64,
}

pub fn track_files(conn: &mut SqliteConnection, ids: &[String]) -> QueryResult<Vec<TrackFile>> {
    let mut found = Vec::with_capacity(ids.len());
    for batch in ids.chunks(MAX_IN_LIST) {
        found.extend(
            tracks::table
                .inner_join(media_files::table.inner_join(library_roots::table))
                .filter(tracks::id.eq_any(batch))
                .select((
                    tracks::id,
                    tracks::album_id,
                    tracks::has_embedded_art,
                    media_files::root_id,
                    library_roots::path,
                    media_files::rel_path,
                    media_files::mtime_ms,
                ))
                .load::<TrackFile>(conn)?,
        );
    }
    Ok(found)
}

pub fn track_file(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<TrackFile>> {
    Ok(track_files(conn, &[id.to_owned()])?.into_iter().next())
}

/// The tracks whose files are directly in this folder (an album's folder).
pub fn track_ids_in_dir(
    conn: &mut SqliteConnection,
    root_id: &str,
    dir_path: &str,
) -> QueryResult<Vec<String>> {
    tracks::table
        .inner_join(media_files::table)
        .filter(media_files::root_id.eq(root_id))
        .filter(media_files::dir_path.eq(dir_path))
        .select(tracks::id)
        .load(conn)
}

/// The tracks among `ids` that are in the catalogue.
pub fn track_ids_existing(conn: &mut SqliteConnection, ids: &[String]) -> QueryResult<Vec<String>> {
    let mut found = Vec::with_capacity(ids.len());
    for batch in ids.chunks(MAX_IN_LIST) {
        found.extend(
            tracks::table
                .filter(tracks::id.eq_any(batch))
                .select(tracks::id)
                .load::<String>(conn)?,
        );
    }
    Ok(found)
}

/// A track's effective track and disc numbers and totals, as the catalogue holds them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrackNumbers {
    pub number: Option<i32>,
    pub total: Option<i32>,
    pub disc: Option<i32>,
    pub discs: Option<i32>,
}

type NumberRow = (String, Option<i32>, Option<i32>, Option<i32>, Option<i32>);

/// The catalogue's (effective) track and disc numbers and totals of these tracks.
pub fn track_numbers(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<Vec<(String, TrackNumbers)>> {
    let mut found = Vec::with_capacity(ids.len());
    for batch in ids.chunks(MAX_IN_LIST) {
        let rows: Vec<NumberRow> = tracks::table
            .filter(tracks::id.eq_any(batch))
            .select((
                tracks::id,
                tracks::track_number,
                tracks::track_total,
                tracks::disc_number,
                tracks::disc_total,
            ))
            .load(conn)?;
        found.extend(rows.into_iter().map(|(id, number, total, disc, discs)| {
            (
                id,
                TrackNumbers {
                    number,
                    total,
                    disc,
                    discs,
                },
            )
        }));
    }
    Ok(found)
}

/// Per track, its album and the artists linked to it.
pub fn track_groups(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<BTreeMap<String, (String, BTreeSet<String>)>> {
    let mut groups: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    for batch in ids.chunks(MAX_IN_LIST) {
        for (id, album) in tracks::table
            .filter(tracks::id.eq_any(batch))
            .select((tracks::id, tracks::album_id))
            .load::<(String, String)>(conn)?
        {
            groups.entry(id).or_default().0 = album;
        }
        for (id, artist) in track_artists::table
            .filter(track_artists::track_id.eq_any(batch))
            .select((track_artists::track_id, track_artists::artist_id))
            .load::<(String, String)>(conn)?
        {
            groups.entry(id).or_default().1.insert(artist);
        }
    }
    Ok(groups)
}

pub fn album_ids_existing(conn: &mut SqliteConnection, ids: &[String]) -> QueryResult<Vec<String>> {
    let mut found = Vec::new();
    for batch in ids.chunks(MAX_IN_LIST) {
        found.extend(
            albums::table
                .filter(albums::id.eq_any(batch))
                .select(albums::id)
                .load::<String>(conn)?,
        );
    }
    Ok(found)
}

pub fn artist_ids_existing(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<Vec<String>> {
    let mut found = Vec::new();
    for batch in ids.chunks(MAX_IN_LIST) {
        found.extend(
            artists::table
                .filter(artists::id.eq_any(batch))
                .select(artists::id)
                .load::<String>(conn)?,
        );
    }
    Ok(found)
}

/// The overrides of these tracks, by track and field.
pub fn override_list(conn: &mut SqliteConnection, ids: &[String]) -> QueryResult<Vec<OverrideRow>> {
    let mut found = Vec::new();
    for batch in ids.chunks(MAX_IN_LIST) {
        found.extend(
            metadata_overrides::table
                .filter(metadata_overrides::track_id.eq_any(batch))
                .order((metadata_overrides::track_id, metadata_overrides::field))
                .select(OverrideRow::as_select())
                .load(conn)?,
        );
    }
    Ok(found)
}

/// Sets one override; `created_at` stays what it was when the field was overridden before.
pub fn override_upsert(conn: &mut SqliteConnection, row: &OverrideRow) -> QueryResult<()> {
    diesel::insert_into(metadata_overrides::table)
        .values(row)
        .on_conflict((metadata_overrides::track_id, metadata_overrides::field))
        .do_update()
        .set((
            metadata_overrides::value.eq(&row.value),
            metadata_overrides::updated_at.eq(row.updated_at),
            metadata_overrides::device_id.eq(&row.device_id),
            metadata_overrides::source.eq(&row.source),
        ))
        .execute(conn)
        .map(drop)
}

/// Removes a track's overrides of every field but `keep`; returns how many went.
pub fn override_delete_except(
    conn: &mut SqliteConnection,
    track_id: &str,
    keep: &[&str],
) -> QueryResult<usize> {
    diesel::delete(
        metadata_overrides::table
            .filter(metadata_overrides::track_id.eq(track_id))
            .filter(metadata_overrides::field.ne_all(keep)),
    )
    .execute(conn)
}

pub fn suggestion_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<SuggestionRow>> {
    enrichment_suggestions::table
        .find(id)
        .select(SuggestionRow::as_select())
        .first(conn)
        .optional()
}

/// Stores suggestions as made now and answers them as stored. One made before under the
/// same id (same track, source and values) keeps its `created_at` and takes the track's
/// state of now; one no longer made keeps its old state, so applying it is refused as
/// stale rather than as unknown.
pub fn suggestion_upsert(
    conn: &mut SqliteConnection,
    rows: &[SuggestionRow],
) -> QueryResult<Vec<SuggestionRow>> {
    let mut stored = Vec::with_capacity(rows.len());
    for row in rows {
        stored.push(
            diesel::insert_into(enrichment_suggestions::table)
                .values(row)
                .on_conflict(enrichment_suggestions::id)
                .do_update()
                .set((
                    enrichment_suggestions::confidence.eq(row.confidence),
                    enrichment_suggestions::track_state.eq(&row.track_state),
                ))
                .returning(SuggestionRow::as_returning())
                .get_result(conn)?,
        );
    }
    Ok(stored)
}

/// The tracks among `ids` (every track with `None`) that have at least one override.
pub fn overridden_track_ids(
    conn: &mut SqliteConnection,
    ids: Option<&[String]>,
) -> QueryResult<Vec<String>> {
    let query = metadata_overrides::table
        .select(metadata_overrides::track_id)
        .distinct()
        .order(metadata_overrides::track_id);
    let Some(ids) = ids else {
        return query.load(conn);
    };
    let mut found = Vec::new();
    for batch in ids.chunks(MAX_IN_LIST) {
        found.extend(
            query
                .filter(metadata_overrides::track_id.eq_any(batch))
                .load::<String>(conn)?,
        );
    }
    Ok(found)
}

/// The tracks of an album.
pub fn album_track_ids(conn: &mut SqliteConnection, album_id: &str) -> QueryResult<Vec<String>> {
    tracks::table
        .filter(tracks::album_id.eq(album_id))
        .select(tracks::id)
        .load(conn)
}

/// Removes one override if it still has `value` (one changed meanwhile stays).
pub fn override_delete_if(
    conn: &mut SqliteConnection,
    track_id: &str,
    field: &str,
    value: Option<&str>,
) -> QueryResult<usize> {
    let matching = metadata_overrides::table
        .filter(metadata_overrides::track_id.eq(track_id))
        .filter(metadata_overrides::field.eq(field));
    match value {
        Some(value) => {
            diesel::delete(matching.filter(metadata_overrides::value.eq(value))).execute(conn)
        }
        None => diesel::delete(matching.filter(metadata_overrides::value.is_null())).execute(conn),
    }
}
