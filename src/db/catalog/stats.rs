//! What the library holds in all: the filters' values with their counts, and the totals.

use diesel::dsl::{count, count_star, sql};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::sqlite::Sqlite;

use crate::db::schema::{artists, genres, media_files, track_artists, track_genres, tracks};

/// A value the catalogue can be filtered by, with its number of tracks.
#[derive(Debug, Clone, Queryable)]
pub struct Facet {
    pub id: String,
    pub name: String,
    pub count: i64,
}

/// How many artists the filters list, the busiest first; the rest are found by search.
pub const ARTIST_FACETS: i64 = 200;

pub struct Facets {
    pub genres: Vec<Facet>,
    pub years: Vec<Facet>,
    pub formats: Vec<Facet>,
    pub artists: Vec<Facet>,
}

pub fn library_facets(conn: &mut SqliteConnection) -> QueryResult<Facets> {
    let genre_tracks = || count(track_genres::track_id).aggregate_distinct();
    let genres = genres::table
        .inner_join(track_genres::table)
        .group_by(genres::id)
        .select((genres::id, genres::name, genre_tracks()))
        .order((genre_tracks().desc(), genres::name))
        .load::<Facet>(conn)?;
    // A year is the facet's id and name alike.
    let year = sql::<Text>("CAST(tracks.year AS TEXT)");
    let years = tracks::table
        .filter(tracks::year.is_not_null())
        .group_by(tracks::year)
        .select((year.clone(), year, count_star()))
        .order(tracks::year)
        .load::<Facet>(conn)?;
    let formats = tracks::table
        .group_by(tracks::format)
        .select((tracks::format, tracks::format, count_star()))
        .order((count_star().desc(), tracks::format))
        .load::<Facet>(conn)?;
    let artist_tracks = || count(track_artists::track_id).aggregate_distinct();
    let artists = artists::table
        .inner_join(track_artists::table)
        .group_by(artists::id)
        .select((artists::id, artists::name, artist_tracks()))
        .order((artist_tracks().desc(), artists::sort_name, artists::id))
        .limit(ARTIST_FACETS)
        .load::<Facet>(conn)?;
    Ok(Facets {
        genres,
        years,
        formats,
        artists,
    })
}

/// Counts and sizes over the whole library.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(check_for_backend(Sqlite))]
pub struct LibraryTotals {
    #[diesel(sql_type = BigInt)]
    pub tracks: i64,
    #[diesel(sql_type = BigInt)]
    pub albums: i64,
    #[diesel(sql_type = BigInt)]
    pub artists: i64,
    #[diesel(sql_type = BigInt)]
    pub playlists: i64,
    #[diesel(sql_type = BigInt)]
    pub duration_ms: i64,
    #[diesel(sql_type = BigInt)]
    pub bytes: i64,
}

#[derive(Debug, Clone, Queryable)]
pub struct FormatTotals {
    pub format: String,
    pub tracks: i64,
    pub bytes: i64,
}

pub fn library_totals(
    conn: &mut SqliteConnection,
) -> QueryResult<(LibraryTotals, Vec<FormatTotals>)> {
    // Six independent totals in one statement: raw, as diesel's DSL selects from one table.
    let totals = diesel::sql_query(
        "SELECT (SELECT COUNT(*) FROM tracks) AS tracks, \
                (SELECT COUNT(*) FROM albums) AS albums, \
                (SELECT COUNT(*) FROM artists) AS artists, \
                (SELECT COUNT(*) FROM playlists) AS playlists, \
                (SELECT IFNULL(SUM(duration_ms), 0) FROM tracks) AS duration_ms, \
                (SELECT IFNULL(SUM(f.size_bytes), 0) FROM tracks t \
                   JOIN media_files f ON f.id = t.media_file_id) AS bytes",
    )
    .get_result::<LibraryTotals>(conn)?;
    let bytes = sql::<BigInt>("IFNULL(SUM(media_files.size_bytes), 0)");
    let formats = tracks::table
        .inner_join(media_files::table)
        .group_by(tracks::format)
        .select((tracks::format, count_star(), bytes))
        .order((count_star().desc(), tracks::format))
        .load::<FormatTotals>(conn)?;
    Ok((totals, formats))
}
