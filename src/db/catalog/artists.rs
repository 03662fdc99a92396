//! Artists: the list, artists by id, and what an artist page shows of their work.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Text};
use diesel::sqlite::Sqlite;

use super::albums::{album_list_by_ids, AlbumRow};
use super::tracks::{track_list_by_ids, TrackRow};
use crate::db::page::{
    self, in_list, in_order_of, keyset_page, saved_clause, Listing, Page, PageSpec,
};
use crate::db::page::{sql, Sort};
use crate::db::schema::{albums, artists, track_artists, tracks};
use crate::db::MAX_IN_LIST;

// The counts are both columns and sorts; macros, so that `concat!` can build the columns
// at compile time.
macro_rules! artist_album_count {
    () => {
        "(SELECT COUNT(*) FROM albums a WHERE a.album_artist_id = ar.id)"
    };
}
macro_rules! artist_track_count {
    () => {
        "(SELECT COUNT(DISTINCT ta.track_id) FROM track_artists ta WHERE ta.artist_id = ar.id)"
    };
}
macro_rules! artist_play_count {
    () => {
        "(SELECT IFNULL(SUM(t.play_count), 0) FROM tracks t WHERE t.id IN \
         (SELECT ta.track_id FROM track_artists ta WHERE ta.artist_id = ar.id))"
    };
}

/// What artists can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArtistOrder {
    Name,
    AlbumCount,
    TrackCount,
    AddedAt,
    PlayCount,
}

impl Sort for ArtistOrder {
    fn expression(self) -> &'static str {
        match self {
            ArtistOrder::Name => "ar.sort_name",
            ArtistOrder::AlbumCount => artist_album_count!(),
            ArtistOrder::TrackCount => artist_track_count!(),
            ArtistOrder::AddedAt => "ar.added_at",
            ArtistOrder::PlayCount => artist_play_count!(),
        }
    }

    fn textual(self) -> bool {
        self == ArtistOrder::Name
    }

    fn key(self) -> &'static str {
        match self {
            ArtistOrder::Name => "name",
            ArtistOrder::AlbumCount => "albumCount",
            ArtistOrder::TrackCount => "trackCount",
            ArtistOrder::AddedAt => "addedAt",
            ArtistOrder::PlayCount => "playCount",
        }
    }

    /// Names read best A to Z; dates and counts largest first.
    fn descending_by_default(self) -> bool {
        !self.textual()
    }

    /// `artists_sort`; no index orders artists by when they were added.
    fn indexed(self) -> bool {
        self == ArtistOrder::Name
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArtistFilter {
    pub genre: Option<String>,
    pub saved: Option<bool>,
    pub album_artists_only: bool,
}

impl ArtistFilter {
    /// Whether no filter is set: the list is read straight down a sort.
    pub fn is_unfiltered(&self) -> bool {
        *self == ArtistFilter::default()
    }
}

/// An artist with the counts of what they made. Columns of `artists` take their types from
/// `schema.rs`.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = artists, check_for_backend(Sqlite))]
pub struct ArtistRow {
    pub id: String,
    pub name: String,
    pub sort_name: String,
    pub musicbrainz_artist_id: Option<String>,
    pub added_at: i64,
    #[diesel(sql_type = BigInt)]
    pub album_count: i64,
    #[diesel(sql_type = BigInt)]
    pub track_count: i64,
    #[diesel(sql_type = BigInt)]
    pub play_count: i64,
    #[diesel(sql_type = Bool)]
    pub saved: bool,
    /// The cover of one of the artist's albums: the one with the smallest id, so the
    /// choice is stable while the albums stay (ids do not move with titles or years).
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    pub artwork_id: Option<String>,
}

const ARTIST_SAVED: &str =
    "EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'artist' AND s.item_id = ar.id)";

/// `ArtistRow`'s columns over `artists ar`.
const ARTIST_COLUMNS: &str = concat!(
    "ar.id, ar.name, ar.sort_name, ar.musicbrainz_artist_id, ar.added_at, ",
    artist_album_count!(),
    " AS album_count, ",
    artist_track_count!(),
    " AS track_count, ",
    artist_play_count!(),
    " AS play_count, ",
    "EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'artist' AND s.item_id = ar.id) AS saved, ",
    "(SELECT al.artwork_id FROM albums al WHERE al.album_artist_id = ar.id \
       AND al.artwork_id IS NOT NULL ORDER BY al.id LIMIT 1) AS artwork_id"
);

/// One page of artists, and how many match in all.
pub fn artist_list(
    conn: &mut SqliteConnection,
    filter: &ArtistFilter,
    spec: &PageSpec<ArtistOrder>,
) -> QueryResult<Page<ArtistRow>> {
    keyset_page(
        conn,
        Listing {
            columns: ARTIST_COLUMNS,
            from: "artists ar",
            count_from: "artists ar",
            kept_total: Some(super::stats::ARTIST_TOTAL),
            id: "ar.id",
            filters: |query| artist_filters(query, filter),
        },
        spec,
    )
}

fn artist_filters(mut query: page::Sql, filter: &ArtistFilter) -> page::Sql {
    if let Some(genre) = &filter.genre {
        query = query
            .sql(
                " AND EXISTS (SELECT 1 FROM track_artists ta \
                 JOIN track_genres tg ON tg.track_id = ta.track_id \
                 JOIN genres g ON g.id = tg.genre_id \
                 WHERE ta.artist_id = ar.id AND g.name = ? COLLATE NOCASE)",
            )
            .bind::<Text, _>(genre.clone());
    }
    if let Some(saved) = filter.saved {
        query = query.sql(saved_clause(saved, ARTIST_SAVED));
    }
    if filter.album_artists_only {
        query = query.sql(" AND EXISTS (SELECT 1 FROM albums a WHERE a.album_artist_id = ar.id)");
    }
    query
}

/// Artists by id, in the order of `ids`; ids with no artist are left out.
pub fn artist_list_by_ids(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<Vec<ArtistRow>> {
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(MAX_IN_LIST) {
        rows.extend(
            in_list(
                sql(&format!(
                    "SELECT {ARTIST_COLUMNS} FROM artists ar WHERE ar.id"
                )),
                chunk,
            )
            .load::<ArtistRow>(conn)?,
        );
    }
    Ok(in_order_of(ids, rows, |r| &r.id))
}

pub fn artist_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<ArtistRow>> {
    Ok(artist_list_by_ids(conn, &[id.to_owned()])?.pop())
}

/// What an artist page shows: their albums (newest first), the albums of others they appear
/// on, and their most played tracks.
pub struct ArtistWork {
    pub albums: Vec<AlbumRow>,
    pub appearances: Vec<AlbumRow>,
    pub top_tracks: Vec<TrackRow>,
}

/// Tracks an artist page lists, at most.
pub const TOP_TRACKS: i64 = 20;

pub fn artist_work(conn: &mut SqliteConnection, artist_id: &str) -> QueryResult<ArtistWork> {
    let own: Vec<String> = albums::table
        .filter(albums::album_artist_id.eq(artist_id))
        .order((
            diesel::dsl::sql::<BigInt>("IFNULL(albums.year, -1)").desc(),
            albums::added_at.desc(),
            albums::id,
        ))
        .select(albums::id)
        .load(conn)?;
    let appearing: Vec<String> = albums::table
        .inner_join(tracks::table.inner_join(track_artists::table))
        .filter(track_artists::artist_id.eq(artist_id))
        .filter(albums::album_artist_id.ne(artist_id))
        .select(albums::id)
        .distinct()
        .order(albums::id)
        .load(conn)?;
    let top: Vec<String> = tracks::table
        .inner_join(track_artists::table)
        .filter(track_artists::artist_id.eq(artist_id))
        .group_by(tracks::id)
        .select(tracks::id)
        .order((tracks::play_count.desc(), tracks::sort_title, tracks::id))
        .limit(TOP_TRACKS)
        .load(conn)?;
    Ok(ArtistWork {
        albums: album_list_by_ids(conn, &own)?,
        appearances: album_list_by_ids(conn, &appearing)?,
        top_tracks: track_list_by_ids(conn, &top)?,
    })
}
