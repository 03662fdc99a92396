//! Playlists as lists and search show them (what people write is in `db::playlists`).

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text};
use diesel::sqlite::Sqlite;

use crate::db::page::{
    self, in_list, in_order_of, keyset_page, saved_clause, sql, Listing, Page, PageSpec, Sort,
};
use crate::db::schema::playlists;
use crate::db::MAX_IN_LIST;

/// A playlist with its length; entries whose track is gone count, with their snapshot.
/// Columns of `playlists` take their types from `schema.rs`.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = playlists, check_for_backend(Sqlite))]
pub struct PlaylistRow {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    #[diesel(sql_type = BigInt)]
    pub track_count: i64,
    #[diesel(sql_type = BigInt)]
    pub duration_ms: i64,
    /// The artwork of the first entry that has one (its own picture, else its album's).
    #[diesel(sql_type = Nullable<Text>)]
    pub artwork_id: Option<String>,
    #[diesel(sql_type = Bool)]
    pub saved: bool,
    /// It follows a playlist file in the library folders: only scans change it.
    #[diesel(sql_type = Bool)]
    pub read_only: bool,
}

// A column and a sort; a macro, so that `concat!` can build the columns at compile time.
macro_rules! playlist_track_count {
    () => {
        "(SELECT COUNT(*) FROM playlist_entries e WHERE e.playlist_id = p.id)"
    };
}

const PLAYLIST_SAVED: &str =
    "EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'playlist' AND s.item_id = p.id)";

/// `PlaylistRow`'s columns over `playlists p`.
const PLAYLIST_COLUMNS: &str = concat!(
    "p.id, p.name, p.description, p.created_at, p.updated_at, ",
    playlist_track_count!(),
    " AS track_count, \
     (SELECT IFNULL(SUM(IFNULL(t.duration_ms, e.snapshot_duration_ms)), 0) \
        FROM playlist_entries e LEFT JOIN tracks t ON t.id = e.track_id \
        WHERE e.playlist_id = p.id) AS duration_ms, \
     (SELECT COALESCE(t.artwork_id, a.artwork_id) FROM playlist_entries e \
        JOIN tracks t ON t.id = e.track_id JOIN albums a ON a.id = t.album_id \
        WHERE e.playlist_id = p.id \
          AND COALESCE(t.artwork_id, a.artwork_id) IS NOT NULL \
        ORDER BY e.position LIMIT 1) AS artwork_id, \
     EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'playlist' AND s.item_id = p.id) \
       AS saved, \
     p.source_rel_path IS NOT NULL AS read_only"
);

/// What playlists can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaylistOrder {
    Name,
    CreatedAt,
    UpdatedAt,
    TrackCount,
}

impl Sort for PlaylistOrder {
    fn expression(self) -> &'static str {
        match self {
            // Playlists have no sort key column; there are few of them, so sorting on an
            // expression costs little.
            PlaylistOrder::Name => "lower(p.name)",
            PlaylistOrder::CreatedAt => "p.created_at",
            PlaylistOrder::UpdatedAt => "p.updated_at",
            PlaylistOrder::TrackCount => playlist_track_count!(),
        }
    }

    fn textual(self) -> bool {
        self == PlaylistOrder::Name
    }

    fn key(self) -> &'static str {
        match self {
            PlaylistOrder::Name => "name",
            PlaylistOrder::CreatedAt => "createdAt",
            PlaylistOrder::UpdatedAt => "updatedAt",
            PlaylistOrder::TrackCount => "trackCount",
        }
    }

    /// Names read best A to Z; dates and counts largest first.
    fn descending_by_default(self) -> bool {
        !self.textual()
    }
}

#[derive(Debug, Clone, Default)]
pub struct PlaylistFilter {
    /// Only these playlists (the service matched their names); `None` for all.
    pub ids: Option<Vec<String>>,
    pub saved: Option<bool>,
}

/// One page of playlists, and how many match in all.
pub fn playlist_list(
    conn: &mut SqliteConnection,
    filter: &PlaylistFilter,
    spec: &PageSpec<PlaylistOrder>,
) -> QueryResult<Page<PlaylistRow>> {
    // The ids go in as one JSON array, so that any number of them is one bound value.
    let ids = filter
        .ids
        .as_ref()
        .map(|ids| serde_json::to_string(ids).unwrap_or_else(|_| "[]".into()));
    keyset_page(
        conn,
        Listing {
            columns: PLAYLIST_COLUMNS,
            from: "playlists p",
            count_from: "playlists p",
            kept_total: None,
            id: "p.id",
            filters: |mut query: page::Sql| {
                if let Some(ids) = &ids {
                    query = query
                        .sql(" AND p.id IN (SELECT value FROM json_each(?))")
                        .bind::<Text, _>(ids.clone());
                }
                if let Some(saved) = filter.saved {
                    query = query.sql(saved_clause(saved, PLAYLIST_SAVED));
                }
                query
            },
        },
        spec,
    )
}

/// Every playlist's id and name, for matching names the way SQL cannot (diacritics).
pub fn playlist_names(conn: &mut SqliteConnection) -> QueryResult<Vec<(String, String)>> {
    playlists::table
        .select((playlists::id, playlists::name))
        .load(conn)
}

/// Playlists by id, in the order of `ids`; ids with no playlist are left out.
pub fn playlist_list_by_ids(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<Vec<PlaylistRow>> {
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(MAX_IN_LIST) {
        let query = sql(&format!(
            "SELECT {PLAYLIST_COLUMNS} FROM playlists p WHERE p.id"
        ));
        rows.extend(in_list(query, chunk).load::<PlaylistRow>(conn)?);
    }
    Ok(in_order_of(ids, rows, |r| &r.id))
}

pub fn playlist_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<PlaylistRow>> {
    Ok(playlist_list_by_ids(conn, &[id.to_owned()])?.pop())
}
