//! Albums: the list, one album with its tracks, albums by id, and their genres.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Integer, Text};
use diesel::sqlite::Sqlite;

use super::tracks::{track_query, TrackRow};
use crate::db::page::{
    self, in_list, in_order_of, keyset_page, saved_clause, Listing, Page, PageSpec,
};
use crate::db::page::{sql, Sort};
use crate::db::schema::{albums, genres, track_genres, tracks};
use crate::db::MAX_IN_LIST;

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
}

#[derive(Debug, Clone, Default)]
pub struct AlbumFilter {
    pub artist_id: Option<String>,
    pub genre: Option<String>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    pub compilation: Option<bool>,
    pub saved: Option<bool>,
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
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(MAX_IN_LIST) {
        rows.extend(
            in_list(
                sql(&format!("SELECT {ALBUM_COLUMNS} FROM albums a WHERE a.id")),
                chunk,
            )
            .load::<AlbumRow>(conn)?,
        );
    }
    Ok(in_order_of(ids, rows, |r| &r.id))
}

/// An album's tracks as the album plays them: by disc, then track number.
pub fn album_tracks(conn: &mut SqliteConnection, album_id: &str) -> QueryResult<Vec<TrackRow>> {
    track_query()
        .filter(tracks::album_id.eq(album_id))
        .order((
            diesel::dsl::sql::<Integer>("IFNULL(tracks.disc_number, 1)"),
            diesel::dsl::sql::<Integer>("IFNULL(tracks.track_number, 0)"),
            tracks::sort_title,
            tracks::id,
        ))
        .load(conn)
}

/// The genres of each album's tracks, the most common first, in one query per
/// [`MAX_IN_LIST`] albums rather than one per album. Albums without genres are absent.
pub fn album_genres(
    conn: &mut SqliteConnection,
    album_ids: &[String],
) -> QueryResult<HashMap<String, Vec<String>>> {
    // Tracks per genre per album, counted here: a `GROUP BY` over two tables' columns is
    // one diesel's schema does not allow, and an album has few tracks.
    let mut counts: HashMap<String, HashMap<String, usize>> = HashMap::new();
    for chunk in album_ids.chunks(MAX_IN_LIST) {
        let rows = tracks::table
            .inner_join(track_genres::table.inner_join(genres::table))
            .filter(tracks::album_id.eq_any(chunk))
            .select((tracks::album_id, genres::name))
            .load::<(String, String)>(conn)?;
        for (album_id, name) in rows {
            *counts.entry(album_id).or_default().entry(name).or_default() += 1;
        }
    }
    Ok(counts
        .into_iter()
        .map(|(album_id, genres)| {
            let mut genres: Vec<(String, usize)> = genres.into_iter().collect();
            genres.sort_by(|(a, m), (b, n)| n.cmp(m).then_with(|| a.cmp(b)));
            (album_id, genres.into_iter().map(|(name, _)| name).collect())
        })
        .collect())
}
