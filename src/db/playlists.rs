//! Playlists and their entries as people write them (the catalogue's read side shows their
//! headers, see `catalog::playlist_list_by_ids`).
//!
//! An entry keeps its track id with no foreign key (the migration's convention): when the
//! file leaves the library the entry stays, shown as unavailable, and re-attaches when the
//! file comes back. The snapshot columns keep the track's duration meanwhile.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text};

use crate::db::schema::{playlist_entries, playlists};

/// One place in a playlist.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = playlist_entries)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct EntryRow {
    pub id: String,
    pub track_id: String,
    pub position: i32,
    pub added_at: i64,
}

pub fn playlist_insert(
    conn: &mut SqliteConnection,
    id: &str,
    name: &str,
    description: Option<&str>,
    now: i64,
) -> QueryResult<()> {
    diesel::insert_into(playlists::table)
        .values((
            playlists::id.eq(id),
            playlists::name.eq(name),
            playlists::description.eq(description),
            playlists::created_at.eq(now),
            playlists::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

pub fn playlist_exists(conn: &mut SqliteConnection, id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        playlists::table.filter(playlists::id.eq(id)),
    ))
    .get_result(conn)
}

/// Inserts entries for `track_ids` (which must exist) at `position`, or at the end when it is
/// absent or past the end, shifting the entries after it. Returns the new entries' ids.
/// Run it in a transaction: the shift and the inserts must land together.
pub fn entries_insert(
    conn: &mut SqliteConnection,
    playlist_id: &str,
    track_ids: &[String],
    position: Option<i32>,
    now: i64,
) -> QueryResult<Vec<String>> {
    let count: i64 = playlist_entries::table
        .filter(playlist_entries::playlist_id.eq(playlist_id))
        .count()
        .get_result(conn)?;
    let end = i32::try_from(count).unwrap_or(i32::MAX);
    let at = position.map_or(end, |p| p.clamp(0, end));
    let added = i32::try_from(track_ids.len()).unwrap_or(i32::MAX);
    if at < end {
        diesel::update(
            playlist_entries::table
                .filter(playlist_entries::playlist_id.eq(playlist_id))
                .filter(playlist_entries::position.ge(at)),
        )
        .set(playlist_entries::position.eq(playlist_entries::position + added))
        .execute(conn)?;
    }
    let mut ids = Vec::with_capacity(track_ids.len());
    for (offset, track_id) in (0..).zip(track_ids) {
        let id = super::new_id("ple");
        // The snapshot is copied from the track in the same statement.
        diesel::sql_query(
            "INSERT INTO playlist_entries (id, playlist_id, track_id, position, added_at, \
                 snapshot_title, snapshot_artist, snapshot_album, snapshot_duration_ms) \
             SELECT ?, ?, t.id, ?, ?, t.title, t.artist_credit, a.title, t.duration_ms \
             FROM tracks t JOIN albums a ON a.id = t.album_id WHERE t.id = ?",
        )
        .bind::<Text, _>(&id)
        .bind::<Text, _>(playlist_id)
        .bind::<Integer, _>(at.saturating_add(offset))
        .bind::<BigInt, _>(now)
        .bind::<Text, _>(track_id)
        .execute(conn)?;
        ids.push(id);
    }
    playlist_touch(conn, playlist_id, now)?;
    Ok(ids)
}

pub fn playlist_touch(conn: &mut SqliteConnection, id: &str, now: i64) -> QueryResult<()> {
    diesel::update(playlists::table.filter(playlists::id.eq(id)))
        .set(playlists::updated_at.eq(now))
        .execute(conn)
        .map(drop)
}

/// The playlist's entries in order.
pub fn entries(conn: &mut SqliteConnection, playlist_id: &str) -> QueryResult<Vec<EntryRow>> {
    playlist_entries::table
        .filter(playlist_entries::playlist_id.eq(playlist_id))
        .order((playlist_entries::position, playlist_entries::id))
        .select(EntryRow::as_select())
        .load(conn)
}
