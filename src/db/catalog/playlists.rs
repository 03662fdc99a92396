//! Playlists as lists and search show them (what people write is in `db::playlists`).

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text};
use diesel::sqlite::Sqlite;

use crate::db::page::{in_list, in_order_of, sql};
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
    /// The album of the first entry whose album has artwork.
    #[diesel(sql_type = Nullable<Text>)]
    pub artwork_id: Option<String>,
    #[diesel(sql_type = Bool)]
    pub saved: bool,
}

/// Playlists by id, in the order of `ids`; ids with no playlist are left out.
pub fn playlist_list_by_ids(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<Vec<PlaylistRow>> {
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(MAX_IN_LIST) {
        let query = sql(
            "SELECT p.id, p.name, p.description, p.created_at, p.updated_at, \
             (SELECT COUNT(*) FROM playlist_entries e WHERE e.playlist_id = p.id) AS track_count, \
             (SELECT IFNULL(SUM(IFNULL(t.duration_ms, e.snapshot_duration_ms)), 0) \
                FROM playlist_entries e LEFT JOIN tracks t ON t.id = e.track_id \
                WHERE e.playlist_id = p.id) AS duration_ms, \
             (SELECT a.id FROM playlist_entries e JOIN tracks t ON t.id = e.track_id \
                JOIN albums a ON a.id = t.album_id \
                WHERE e.playlist_id = p.id AND a.artwork_source <> 'none' \
                ORDER BY e.position LIMIT 1) AS artwork_id, \
             EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'playlist' AND s.item_id = p.id) \
               AS saved \
             FROM playlists p WHERE p.id",
        );
        rows.extend(in_list(query, chunk).load::<PlaylistRow>(conn)?);
    }
    Ok(in_order_of(ids, rows, |r| &r.id))
}
