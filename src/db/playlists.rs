//! Playlists and their entries as people write them (the catalogue's read side shows their
//! headers, see `catalog::playlist_list_by_ids`).
//!
//! An entry keeps its track id with no foreign key (the migration's convention): when the
//! file leaves the library the entry stays, shown as unavailable, and re-attaches when the
//! file comes back. The snapshot columns keep the track's duration meanwhile.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text};

use crate::db::page::{keyset_page, Listing, Page, PageSpec, Sort};
use crate::db::schema::{playlist_entries, playlists, saved_items};

/// One place in a playlist.
#[derive(Debug, Clone, Queryable, Selectable, QueryableByName)]
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

/// A playlist that follows a playlist file in the library folders.
#[derive(Debug, Clone, Queryable)]
pub struct SourcedRow {
    pub id: String,
    pub name: String,
    pub root_id: String,
    pub rel_path: String,
}

/// Every playlist that follows a library file.
pub fn sourced_list(conn: &mut SqliteConnection) -> QueryResult<Vec<SourcedRow>> {
    playlists::table
        .filter(playlists::source_root_id.is_not_null())
        .filter(playlists::source_rel_path.is_not_null())
        .order(playlists::id)
        .select((
            playlists::id,
            playlists::name,
            playlists::source_root_id.assume_not_null(),
            playlists::source_rel_path.assume_not_null(),
        ))
        .load(conn)
}

/// A playlist that follows the file at `rel_path` under the root `root_id`.
pub fn sourced_insert(
    conn: &mut SqliteConnection,
    id: &str,
    name: &str,
    root_id: &str,
    rel_path: &str,
    now: i64,
) -> QueryResult<()> {
    diesel::insert_into(playlists::table)
        .values((
            playlists::id.eq(id),
            playlists::name.eq(name),
            playlists::source_root_id.eq(root_id),
            playlists::source_rel_path.eq(rel_path),
            playlists::created_at.eq(now),
            playlists::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// The track ids of the playlist's entries in order.
pub fn entry_track_ids(conn: &mut SqliteConnection, playlist_id: &str) -> QueryResult<Vec<String>> {
    playlist_entries::table
        .filter(playlist_entries::playlist_id.eq(playlist_id))
        .order((playlist_entries::position, playlist_entries::id))
        .select(playlist_entries::track_id)
        .load(conn)
}

/// Removes every entry of the playlist (run it in the transaction that writes the new ones).
pub fn entries_clear(conn: &mut SqliteConnection, playlist_id: &str) -> QueryResult<()> {
    diesel::delete(playlist_entries::table.filter(playlist_entries::playlist_id.eq(playlist_id)))
        .execute(conn)
        .map(drop)
}

pub fn playlist_exists(conn: &mut SqliteConnection, id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        playlists::table.filter(playlists::id.eq(id)),
    ))
    .get_result(conn)
}

/// Whether the playlist follows a library file; `None` when there is no such playlist.
pub fn playlist_read_only(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<bool>> {
    playlists::table
        .filter(playlists::id.eq(id))
        .select(playlists::source_rel_path.is_not_null())
        .first(conn)
        .optional()
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

/// Entries are paged in playlist order, the only order they have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryOrder;

impl Sort for EntryOrder {
    fn expression(self) -> &'static str {
        "e.position"
    }

    fn textual(self) -> bool {
        false
    }

    fn key(self) -> &'static str {
        "position"
    }

    fn descending_by_default(self) -> bool {
        false
    }
}

/// One page of the playlist's entries in order; `total` counts them all. The seek uses the
/// `(playlist_id, position)` index.
pub fn entries_page(
    conn: &mut SqliteConnection,
    playlist_id: &str,
    spec: &PageSpec<EntryOrder>,
) -> QueryResult<Page<EntryRow>> {
    keyset_page(
        conn,
        Listing {
            columns: "e.id, e.track_id, e.position, e.added_at",
            from: "playlist_entries e",
            count_from: "playlist_entries e",
            kept_total: None,
            id: "e.id",
            filters: |query: crate::db::page::Sql| {
                query
                    .sql(" AND e.playlist_id = ?")
                    .bind::<Text, _>(playlist_id.to_owned())
            },
        },
        spec,
    )
}

/// The ids of the playlist's entries in order: what a reorder must name.
pub fn entry_ids(conn: &mut SqliteConnection, playlist_id: &str) -> QueryResult<Vec<String>> {
    playlist_entries::table
        .filter(playlist_entries::playlist_id.eq(playlist_id))
        .order((playlist_entries::position, playlist_entries::id))
        .select(playlist_entries::id)
        .load(conn)
}

/// Gives the entries the positions of `order` (every entry of the playlist, each once: the
/// caller checked). Only entries whose place changes are written: a move near the end of a
/// long playlist rewrites a few rows, not all of them.
pub fn entries_reorder(
    conn: &mut SqliteConnection,
    playlist_id: &str,
    current: &[String],
    order: &[String],
    now: i64,
) -> QueryResult<()> {
    for (position, (id, was)) in (0..).zip(order.iter().zip(current)) {
        if id == was {
            continue;
        }
        diesel::update(
            playlist_entries::table
                .filter(playlist_entries::id.eq(id))
                .filter(playlist_entries::playlist_id.eq(playlist_id)),
        )
        .set(playlist_entries::position.eq(position))
        .execute(conn)?;
    }
    playlist_touch(conn, playlist_id, now)
}

/// Removes one entry and closes the gap it leaves; `false` when the playlist has no such
/// entry. Run it in a transaction: the delete and the shift must land together.
pub fn entry_remove(
    conn: &mut SqliteConnection,
    playlist_id: &str,
    entry_id: &str,
    now: i64,
) -> QueryResult<bool> {
    let removed: Option<i32> = diesel::delete(
        playlist_entries::table
            .filter(playlist_entries::id.eq(entry_id))
            .filter(playlist_entries::playlist_id.eq(playlist_id)),
    )
    .returning(playlist_entries::position)
    .get_result(conn)
    .optional()?;
    let Some(position) = removed else {
        return Ok(false);
    };
    diesel::update(
        playlist_entries::table
            .filter(playlist_entries::playlist_id.eq(playlist_id))
            .filter(playlist_entries::position.gt(position)),
    )
    .set(playlist_entries::position.eq(playlist_entries::position - 1))
    .execute(conn)?;
    playlist_touch(conn, playlist_id, now)?;
    Ok(true)
}

/// Sets the name, and the description when `description` is given (`Some(None)` clears
/// it), and `updated_at` when anything is set; `false` when there is no such playlist.
pub fn playlist_update(
    conn: &mut SqliteConnection,
    id: &str,
    name: Option<&str>,
    description: Option<Option<&str>>,
    now: i64,
) -> QueryResult<bool> {
    let target = playlists::table.filter(playlists::id.eq(id));
    let changed = match (name, description) {
        (Some(name), Some(description)) => diesel::update(target)
            .set((
                playlists::name.eq(name),
                playlists::description.eq(description),
                playlists::updated_at.eq(now),
            ))
            .execute(conn)?,
        (Some(name), None) => diesel::update(target)
            .set((playlists::name.eq(name), playlists::updated_at.eq(now)))
            .execute(conn)?,
        (None, Some(description)) => diesel::update(target)
            .set((
                playlists::description.eq(description),
                playlists::updated_at.eq(now),
            ))
            .execute(conn)?,
        (None, None) => return playlist_exists(conn, id),
    };
    Ok(changed > 0)
}

/// Deletes the playlist (its entries cascade) and its saved mark: a playlist's id is random,
/// so unlike a track's it never comes back. Returns whether there was such a playlist and
/// whether it was saved.
pub fn playlist_delete(conn: &mut SqliteConnection, id: &str) -> QueryResult<(bool, bool)> {
    let deleted = diesel::delete(playlists::table.filter(playlists::id.eq(id))).execute(conn)?;
    let unsaved = diesel::delete(
        saved_items::table
            .filter(saved_items::kind.eq("playlist"))
            .filter(saved_items::item_id.eq(id)),
    )
    .execute(conn)?;
    Ok((deleted > 0, unsaved > 0))
}

/// One entry as a playlist file writes it: the track's names, length and file when it is
/// in the library, else the entry's snapshot.
#[derive(Debug, Clone, QueryableByName)]
pub struct FileEntryRow {
    #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
    pub title: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
    pub artist: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<BigInt>)]
    pub duration_ms: Option<i64>,
    #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
    pub root_path: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
    pub rel_path: Option<String>,
}

/// The playlist's entries in order, with their files.
pub fn entries_with_files(
    conn: &mut SqliteConnection,
    playlist_id: &str,
) -> QueryResult<Vec<FileEntryRow>> {
    diesel::sql_query(
        "SELECT IFNULL(t.title, e.snapshot_title) AS title, \
                IFNULL(t.artist_credit, e.snapshot_artist) AS artist, \
                IFNULL(t.duration_ms, e.snapshot_duration_ms) AS duration_ms, \
                r.path AS root_path, f.rel_path AS rel_path \
         FROM playlist_entries e \
         LEFT JOIN tracks t ON t.id = e.track_id \
         LEFT JOIN media_files f ON f.id = t.media_file_id \
         LEFT JOIN library_roots r ON r.id = f.root_id \
         WHERE e.playlist_id = ? ORDER BY e.position, e.id",
    )
    .bind::<Text, _>(playlist_id)
    .load(conn)
}

/// The track of the file at `rel_path` under the root `root_id`, if the library has one.
pub fn track_at(
    conn: &mut SqliteConnection,
    root_id: &str,
    rel_path: &str,
) -> QueryResult<Option<String>> {
    use crate::db::schema::{media_files, tracks};
    tracks::table
        .inner_join(media_files::table)
        .filter(media_files::root_id.eq(root_id))
        .filter(media_files::rel_path.eq(rel_path))
        .select(tracks::id)
        .first(conn)
        .optional()
}

/// The tracks whose sort title is `sort_title`, with their artist credit, by id.
pub fn tracks_by_sort_title(
    conn: &mut SqliteConnection,
    sort_title: &str,
) -> QueryResult<Vec<(String, String)>> {
    use crate::db::schema::tracks;
    tracks::table
        .filter(tracks::sort_title.eq(sort_title))
        .order(tracks::id)
        .select((tracks::id, tracks::artist_credit))
        .load(conn)
}
