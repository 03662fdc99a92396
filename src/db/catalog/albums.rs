//! Albums: the list, one album with its tracks, albums by id, and their genres.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Integer, Text};
use diesel::sqlite::Sqlite;

use super::tracks::{track_rows, TrackRow};
use crate::db::page::{
    self, in_list, in_order_of, keyset_page, saved_clause, Listing, Page, PageSpec,
};
use crate::db::page::{sql, Sort};
use crate::db::schema::albums;

/// What albums can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlbumOrder {
    Title,
    Artist,
    Year,
    AddedAt,
    TrackCount,
    PlayCount,
}

impl Sort for AlbumOrder {
    fn expression(self) -> &'static str {
        match self {
            AlbumOrder::Title => "a.sort_title",
            AlbumOrder::Artist => {
                "(SELECT ar.sort_name FROM artists ar WHERE ar.id = a.album_artist_id)"
            }
            AlbumOrder::Year => "IFNULL(a.year, -1)",
            AlbumOrder::AddedAt => "a.added_at",
            AlbumOrder::TrackCount => ALBUM_TRACK_COUNT,
            AlbumOrder::PlayCount => ALBUM_PLAY_COUNT,
        }
    }

    fn textual(self) -> bool {
        matches!(self, AlbumOrder::Title | AlbumOrder::Artist)
    }

    fn key(self) -> &'static str {
        match self {
            AlbumOrder::Title => "title",
            AlbumOrder::Artist => "artist",
            AlbumOrder::Year => "year",
            AlbumOrder::AddedAt => "addedAt",
            AlbumOrder::TrackCount => "trackCount",
            AlbumOrder::PlayCount => "playCount",
        }
    }

    /// Names read best A to Z; years, dates and counts largest first.
    fn descending_by_default(self) -> bool {
        !self.textual()
    }

    /// `albums_sort` and `albums_added`; the year sorts on `IFNULL(year, -1)`, which
    /// `albums_year` does not give in order.
    fn indexed(self) -> bool {
        matches!(self, AlbumOrder::Title | AlbumOrder::AddedAt)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlbumFilter {
    pub artist_id: Option<String>,
    pub genre: Option<String>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    pub compilation: Option<bool>,
    pub saved: Option<bool>,
}

impl AlbumFilter {
    /// Whether no filter is set: the list is read straight down a sort.
    pub fn is_unfiltered(&self) -> bool {
        *self == AlbumFilter::default()
    }
}

/// An album with the totals of its tracks. Columns of `albums` take their types from
/// `schema.rs`.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = albums, check_for_backend(Sqlite))]
pub struct AlbumRow {
    pub id: String,
    pub title: String,
    pub album_artist_id: String,
    pub album_artist_credit: String,
    pub year: Option<i32>,
    pub is_compilation: bool,
    pub disc_count: i32,
    pub musicbrainz_album_id: Option<String>,
    /// The album's cover (`albums.artwork_id`: the folder image, else an embedded one).
    pub artwork_id: Option<String>,
    pub added_at: i64,
    #[diesel(sql_type = BigInt)]
    pub track_count: i64,
    #[diesel(sql_type = BigInt)]
    pub duration_ms: i64,
    #[diesel(sql_type = BigInt)]
    pub play_count: i64,
    #[diesel(sql_type = Bool)]
    pub saved: bool,
}

const ALBUM_TRACK_COUNT: &str = "(SELECT COUNT(*) FROM tracks t WHERE t.album_id = a.id)";
const ALBUM_PLAY_COUNT: &str =
    "(SELECT IFNULL(SUM(t.play_count), 0) FROM tracks t WHERE t.album_id = a.id)";
const ALBUM_SAVED: &str =
    "EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'album' AND s.item_id = a.id)";

/// `AlbumRow`'s columns over `albums a`, the totals as correlated subqueries: a join and
/// `GROUP BY` would aggregate every album of a list before its `LIMIT`.
pub(super) const ALBUM_COLUMNS: &str = "\
    a.id, a.title, a.album_artist_id, a.album_artist_credit, a.year, a.is_compilation, \
    a.disc_count, a.musicbrainz_album_id, a.artwork_id, a.added_at, \
    (SELECT COUNT(*) FROM tracks t WHERE t.album_id = a.id) AS track_count, \
    (SELECT IFNULL(SUM(t.duration_ms), 0) FROM tracks t WHERE t.album_id = a.id) AS duration_ms, \
    (SELECT IFNULL(SUM(t.play_count), 0) FROM tracks t WHERE t.album_id = a.id) AS play_count, \
    EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'album' AND s.item_id = a.id) AS saved";

/// One page of albums, and how many match in all.
pub fn album_list(
    conn: &mut SqliteConnection,
    filter: &AlbumFilter,
    spec: &PageSpec<AlbumOrder>,
) -> QueryResult<Page<AlbumRow>> {
    keyset_page(
        conn,
        Listing {
            columns: ALBUM_COLUMNS,
            from: "albums a",
            count_from: "albums a",
            kept_total: Some(super::stats::ALBUM_TOTAL),
            id: "a.id",
            filters: |query| album_filters(query, filter),
        },
        spec,
    )
}

fn album_filters(mut query: page::Sql, filter: &AlbumFilter) -> page::Sql {
    if let Some(artist) = &filter.artist_id {
        // The album artist, or an artist on any of its tracks.
        query = query
            .sql(
                " AND (a.album_artist_id = ? OR EXISTS (SELECT 1 FROM tracks t \
                 JOIN track_artists ta ON ta.track_id = t.id \
                 WHERE t.album_id = a.id AND ta.artist_id = ?))",
            )
            .bind::<Text, _>(artist.clone())
            .bind::<Text, _>(artist.clone());
    }
    if let Some(genre) = &filter.genre {
        query = query
            .sql(
                " AND EXISTS (SELECT 1 FROM tracks t JOIN track_genres tg ON tg.track_id = t.id \
                 JOIN genres g ON g.id = tg.genre_id \
                 WHERE t.album_id = a.id AND g.name = ? COLLATE NOCASE)",
            )
            .bind::<Text, _>(genre.clone());
    }
    if let Some(from) = filter.year_from {
        query = query.sql(" AND a.year >= ?").bind::<Integer, _>(from);
    }
    if let Some(to) = filter.year_to {
        query = query.sql(" AND a.year <= ?").bind::<Integer, _>(to);
    }
    if let Some(compilation) = filter.compilation {
        query = query
            .sql(" AND a.is_compilation = ?")
            .bind::<Bool, _>(compilation);
    }
    if let Some(saved) = filter.saved {
        query = query.sql(saved_clause(saved, ALBUM_SAVED));
    }
    query
}

pub fn album_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<AlbumRow>> {
    Ok(album_list_by_ids(conn, &[id.to_owned()])?.pop())
}

/// Albums by id, in the order of `ids`; ids with no album are left out.
pub fn album_list_by_ids(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<Vec<AlbumRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = in_list(
        sql(&format!("SELECT {ALBUM_COLUMNS} FROM albums a WHERE a.id")),
        ids,
    )
    .load::<AlbumRow>(conn)?;
    Ok(in_order_of(ids, rows, |r| &r.id))
}

/// How many tracks an album has, up to `at_most` (its entries in `tracks_album`, and no
/// more of them than that): enough to say whether it is longer.
pub fn album_track_total(
    conn: &mut SqliteConnection,
    album_id: &str,
    at_most: i64,
) -> QueryResult<i64> {
    #[derive(QueryableByName)]
    struct Total {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    Ok(
        sql("SELECT COUNT(*) AS n FROM (SELECT 1 FROM tracks WHERE album_id = ? LIMIT ?)")
            .bind::<Text, _>(album_id.to_owned())
            .bind::<BigInt, _>(at_most)
            .get_result::<Total>(conn)?
            .n,
    )
}

/// An album's tracks as the album plays them: by disc, then track number.
pub fn album_tracks(conn: &mut SqliteConnection, album_id: &str) -> QueryResult<Vec<TrackRow>> {
    track_rows(
        "WHERE tracks.album_id = ? ORDER BY IFNULL(tracks.disc_number, 1), \
         IFNULL(tracks.track_number, 0), tracks.sort_title, tracks.id",
    )
    .bind::<Text, _>(album_id.to_owned())
    .load(conn)
}

#[derive(QueryableByName)]
struct AlbumGenre {
    #[diesel(sql_type = Text)]
    album_id: String,
    #[diesel(sql_type = Text)]
    name: String,
}

/// The genres of each album's tracks, the most common first (ties by name), for a whole
/// page of albums in one statement. Albums without genres are absent.
pub fn album_genres(
    conn: &mut SqliteConnection,
    album_ids: &[String],
) -> QueryResult<HashMap<String, Vec<String>>> {
    let mut genres: HashMap<String, Vec<String>> = HashMap::new();
    if album_ids.is_empty() {
        return Ok(genres);
    }
    let rows = in_list(
        sql("SELECT t.album_id, g.name FROM tracks t \
             JOIN track_genres tg ON tg.track_id = t.id JOIN genres g ON g.id = tg.genre_id \
             WHERE t.album_id"),
        album_ids,
    )
    .sql(" GROUP BY t.album_id, g.name ORDER BY t.album_id, COUNT(*) DESC, g.name")
    .load::<AlbumGenre>(conn)?;
    for AlbumGenre { album_id, name } in rows {
        genres.entry(album_id).or_default().push(name);
    }
    Ok(genres)
}
