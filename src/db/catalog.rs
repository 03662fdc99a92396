//! Read queries over the catalogue (tracks, with their album, file, artists and genres).
//!
//! Lists page by keyset (the sort value and the id of the last row), not by offset, so a
//! page costs the same deep in a large library and rows added meanwhile neither repeat nor
//! vanish. The SQL is assembled from fixed column names chosen by enums; every value from a
//! request is bound, never spliced.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Double, Integer, Nullable, Text};
use diesel::sqlite::Sqlite;

/// What tracks can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrackOrder {
    Title,
    Artist,
    Album,
    Year,
    AddedAt,
    Duration,
    PlayCount,
}

impl TrackOrder {
    /// The SQL expression sorted on; each has an index ending in `id`.
    fn expression(self) -> &'static str {
        match self {
            TrackOrder::Title => "t.sort_title",
            TrackOrder::Artist => "t.artist_sort",
            TrackOrder::Album => "t.album_sort",
            // Tracks without a year sort before the earliest year.
            TrackOrder::Year => "IFNULL(t.year, -1)",
            TrackOrder::AddedAt => "t.added_at",
            TrackOrder::Duration => "t.duration_ms",
            TrackOrder::PlayCount => "t.play_count",
        }
    }

    /// The name a cursor records, so a cursor from another sort is refused.
    pub fn key(self) -> &'static str {
        match self {
            TrackOrder::Title => "title",
            TrackOrder::Artist => "artist",
            TrackOrder::Album => "album",
            TrackOrder::Year => "year",
            TrackOrder::AddedAt => "addedAt",
            TrackOrder::Duration => "duration",
            TrackOrder::PlayCount => "playCount",
        }
    }

    /// The row's value for this sort, as a cursor keeps it.
    pub fn value_of(self, row: &TrackRow) -> SortValue {
        match self {
            TrackOrder::Title => SortValue::Text(row.sort_title.clone()),
            TrackOrder::Artist => SortValue::Text(row.artist_sort.clone()),
            TrackOrder::Album => SortValue::Text(row.album_sort.clone()),
            TrackOrder::Year => SortValue::Int(i64::from(row.year.unwrap_or(-1))),
            TrackOrder::AddedAt => SortValue::Int(row.added_at),
            TrackOrder::Duration => SortValue::Int(row.duration_ms),
            TrackOrder::PlayCount => SortValue::Int(i64::from(row.play_count)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SortValue {
    Int(i64),
    Text(String),
}

/// Where the previous page ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyset {
    pub value: SortValue,
    pub id: String,
}

#[derive(Debug, Clone, Default)]
pub struct TrackFilter {
    pub genre: Option<String>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    pub artist_id: Option<String>,
    pub album_id: Option<String>,
    pub format: Option<String>,
    pub saved: Option<bool>,
}

/// A track with what the API shows of its album and file.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(check_for_backend(Sqlite))]
pub struct TrackRow {
    #[diesel(sql_type = Text)]
    pub id: String,
    #[diesel(sql_type = Text)]
    pub title: String,
    #[diesel(sql_type = Text)]
    pub sort_title: String,
    #[diesel(sql_type = Text)]
    pub artist_sort: String,
    #[diesel(sql_type = Text)]
    pub album_sort: String,
    #[diesel(sql_type = Text)]
    pub album_id: String,
    #[diesel(sql_type = Text)]
    pub album_title: String,
    #[diesel(sql_type = Text)]
    pub album_artist_id: String,
    #[diesel(sql_type = Text)]
    pub album_artist_credit: String,
    #[diesel(sql_type = Bool)]
    pub album_has_artwork: bool,
    #[diesel(sql_type = Nullable<Integer>)]
    pub disc_number: Option<i32>,
    #[diesel(sql_type = Nullable<Integer>)]
    pub disc_total: Option<i32>,
    #[diesel(sql_type = Nullable<Integer>)]
    pub track_number: Option<i32>,
    #[diesel(sql_type = Nullable<Integer>)]
    pub track_total: Option<i32>,
    #[diesel(sql_type = Nullable<Integer>)]
    pub year: Option<i32>,
    #[diesel(sql_type = Nullable<Text>)]
    pub composer: Option<String>,
    #[diesel(sql_type = Bool)]
    pub is_compilation: bool,
    #[diesel(sql_type = Nullable<Text>)]
    pub musicbrainz_recording_id: Option<String>,
    #[diesel(sql_type = Nullable<Double>)]
    pub replaygain_track_gain_db: Option<f64>,
    #[diesel(sql_type = Nullable<Double>)]
    pub replaygain_album_gain_db: Option<f64>,
    #[diesel(sql_type = BigInt)]
    pub duration_ms: i64,
    #[diesel(sql_type = Text)]
    pub format: String,
    #[diesel(sql_type = Integer)]
    pub play_count: i32,
    #[diesel(sql_type = Nullable<BigInt>)]
    pub last_played_at: Option<i64>,
    #[diesel(sql_type = BigInt)]
    pub added_at: i64,
    #[diesel(sql_type = BigInt)]
    pub updated_at: i64,
    #[diesel(sql_type = Nullable<Integer>)]
    pub bitrate_kbps: Option<i32>,
    #[diesel(sql_type = Nullable<Integer>)]
    pub sample_rate_hz: Option<i32>,
    #[diesel(sql_type = Nullable<Integer>)]
    pub bit_depth: Option<i32>,
    #[diesel(sql_type = Nullable<Integer>)]
    pub channels: Option<i32>,
    #[diesel(sql_type = BigInt)]
    pub size_bytes: i64,
    #[diesel(sql_type = Text)]
    pub root_id: String,
    #[diesel(sql_type = Text)]
    pub rel_path: String,
    #[diesel(sql_type = Bool)]
    pub saved: bool,
}

const TRACK_COLUMNS: &str = "\
    t.id, t.title, t.sort_title, t.artist_sort, t.album_sort, t.album_id, \
    a.title AS album_title, a.album_artist_id, a.album_artist_credit, \
    a.artwork_source <> 'none' AS album_has_artwork, \
    t.disc_number, t.disc_total, t.track_number, t.track_total, t.year, t.composer, \
    t.is_compilation, t.musicbrainz_recording_id, t.replaygain_track_gain_db, \
    t.replaygain_album_gain_db, t.duration_ms, t.format, t.play_count, t.last_played_at, \
    t.added_at, t.updated_at, f.bitrate_kbps, f.sample_rate_hz, f.bit_depth, f.channels, \
    f.size_bytes, f.root_id, f.rel_path, \
    EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'track' AND s.item_id = t.id) AS saved";

const TRACK_FROM: &str = "\
    FROM tracks t \
    JOIN albums a ON a.id = t.album_id \
    JOIN media_files f ON f.id = t.media_file_id";

/// The condition of the rows after `keyset` in an `ORDER BY expression, id` listing. A
/// row-value comparison, so that SQLite seeks the sort index straight to the page instead
/// of reading every row before it.
fn after_keyset(
    expression: &str,
    id_column: &str,
    cmp: &str,
    keyset: &Keyset,
    binds: &mut Vec<Bind>,
) -> String {
    let value = || match &keyset.value {
        SortValue::Text(v) => Bind::Text(v.clone()),
        SortValue::Int(v) => Bind::Int(*v),
    };
    binds.push(value());
    binds.push(value());
    binds.push(Bind::Text(keyset.id.clone()));
    // The first, looser term is redundant, but SQLite seeks an index on an expression
    // only with a plain comparison of that expression.
    format!(" AND {expression} {cmp}= ? AND ({expression}, {id_column}) {cmp} (?, ?)")
}

/// A value bound into the SQL.
enum Bind {
    Text(String),
    Int(i64),
}

fn filter_sql(filter: &TrackFilter, binds: &mut Vec<Bind>) -> String {
    let mut clauses = vec!["1 = 1".to_owned()];
    if let Some(genre) = &filter.genre {
        clauses.push(
            "EXISTS (SELECT 1 FROM track_genres tg JOIN genres g ON g.id = tg.genre_id \
             WHERE tg.track_id = t.id AND g.name = ? COLLATE NOCASE)"
                .into(),
        );
        binds.push(Bind::Text(genre.clone()));
    }
    if let Some(from) = filter.year_from {
        clauses.push("t.year >= ?".into());
        binds.push(Bind::Int(i64::from(from)));
    }
    if let Some(to) = filter.year_to {
        clauses.push("t.year <= ?".into());
        binds.push(Bind::Int(i64::from(to)));
    }
    if let Some(artist) = &filter.artist_id {
        clauses.push(
            "EXISTS (SELECT 1 FROM track_artists ta WHERE ta.track_id = t.id AND ta.artist_id = ?)"
                .into(),
        );
        binds.push(Bind::Text(artist.clone()));
    }
    if let Some(album) = &filter.album_id {
        clauses.push("t.album_id = ?".into());
        binds.push(Bind::Text(album.clone()));
    }
    if let Some(format) = &filter.format {
        clauses.push("t.format = ? COLLATE NOCASE".into());
        binds.push(Bind::Text(format.clone()));
    }
    if let Some(saved) = filter.saved {
        let exists =
            "EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'track' AND s.item_id = t.id)";
        clauses.push(if saved {
            exists.to_owned()
        } else {
            format!("NOT {exists}")
        });
    }
    clauses.join(" AND ")
}

fn bind_all(
    sql: String,
    binds: Vec<Bind>,
) -> diesel::query_builder::BoxedSqlQuery<'static, Sqlite, diesel::query_builder::SqlQuery> {
    let mut query = diesel::sql_query(sql).into_boxed::<Sqlite>();
    for bind in binds {
        query = match bind {
            Bind::Text(v) => query.bind::<Text, _>(v),
            Bind::Int(v) => query.bind::<BigInt, _>(v),
        };
    }
    query
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// One page of tracks after `after`, and how many match in all.
pub fn track_page(
    conn: &mut SqliteConnection,
    filter: &TrackFilter,
    order: TrackOrder,
    descending: bool,
    after: Option<&Keyset>,
    limit: i64,
) -> QueryResult<(Vec<TrackRow>, i64)> {
    let mut binds = Vec::new();
    let filters = filter_sql(filter, &mut binds);
    let total = bind_all(
        // Every track has its album and file (foreign keys), and the filters read only
        // `t`: counting the table alone skips two lookups per track.
        format!("SELECT COUNT(*) AS n FROM tracks t WHERE {filters}"),
        binds,
    )
    .get_result::<Count>(conn)?
    .n;

    let mut binds = Vec::new();
    let mut sql = format!(
        "SELECT {TRACK_COLUMNS} {TRACK_FROM} WHERE {}",
        filter_sql(filter, &mut binds)
    );
    let expression = order.expression();
    let (cmp, direction) = if descending {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some(keyset) = after {
        sql.push_str(&after_keyset(expression, "t.id", cmp, keyset, &mut binds));
    }
    sql.push_str(&format!(
        " ORDER BY {expression} {direction}, t.id {direction} LIMIT ?"
    ));
    binds.push(Bind::Int(limit));
    let rows = bind_all(sql, binds).load::<TrackRow>(conn)?;
    Ok((rows, total))
}

pub fn track_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<TrackRow>> {
    diesel::sql_query(format!(
        "SELECT {TRACK_COLUMNS} {TRACK_FROM} WHERE t.id = ?"
    ))
    .bind::<Text, _>(id)
    .get_result::<TrackRow>(conn)
    .optional()
}

/// A track's credited artist, in tag order.
#[derive(Debug, Clone, QueryableByName)]
pub struct TrackArtistRow {
    #[diesel(sql_type = Text)]
    pub track_id: String,
    #[diesel(sql_type = Text)]
    pub artist_id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Text)]
    pub role: String,
}

/// Artists and genres for a page of tracks, in two queries rather than two per track.
pub struct TrackExtras {
    pub artists: HashMap<String, Vec<TrackArtistRow>>,
    pub genres: HashMap<String, Vec<String>>,
}

impl TrackExtras {
    /// Adds the extras of other tracks (read in another chunk).
    pub fn merge(&mut self, other: TrackExtras) {
        self.artists.extend(other.artists);
        self.genres.extend(other.genres);
    }
}

#[derive(QueryableByName)]
struct TrackGenreRow {
    #[diesel(sql_type = Text)]
    track_id: String,
    #[diesel(sql_type = Text)]
    name: String,
}

pub fn track_extras(conn: &mut SqliteConnection, track_ids: &[String]) -> QueryResult<TrackExtras> {
    let mut extras = TrackExtras {
        artists: HashMap::new(),
        genres: HashMap::new(),
    };
    if track_ids.is_empty() {
        return Ok(extras);
    }
    let placeholders = vec!["?"; track_ids.len()].join(", ");
    let ids = || {
        track_ids
            .iter()
            .cloned()
            .map(Bind::Text)
            .collect::<Vec<_>>()
    };
    let artists = bind_all(
        format!(
            "SELECT ta.track_id, ta.artist_id, ar.name, ta.role FROM track_artists ta \
             JOIN artists ar ON ar.id = ta.artist_id WHERE ta.track_id IN ({placeholders}) \
             ORDER BY ta.track_id, ta.role, ta.position"
        ),
        ids(),
    )
    .load::<TrackArtistRow>(conn)?;
    for row in artists {
        extras
            .artists
            .entry(row.track_id.clone())
            .or_default()
            .push(row);
    }
    let genres = bind_all(
        format!(
            "SELECT tg.track_id, g.name FROM track_genres tg JOIN genres g ON g.id = tg.genre_id \
             WHERE tg.track_id IN ({placeholders}) ORDER BY tg.track_id, tg.position"
        ),
        ids(),
    )
    .load::<TrackGenreRow>(conn)?;
    for row in genres {
        extras
            .genres
            .entry(row.track_id)
            .or_default()
            .push(row.name);
    }
    Ok(extras)
}

/// An album with the totals of its tracks.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(check_for_backend(Sqlite))]
pub struct AlbumRow {
    #[diesel(sql_type = Text)]
    pub id: String,
    #[diesel(sql_type = Text)]
    pub title: String,
    #[diesel(sql_type = Text)]
    pub album_artist_id: String,
    #[diesel(sql_type = Text)]
    pub album_artist_credit: String,
    #[diesel(sql_type = Nullable<Integer>)]
    pub year: Option<i32>,
    #[diesel(sql_type = Bool)]
    pub is_compilation: bool,
    #[diesel(sql_type = Integer)]
    pub disc_count: i32,
    #[diesel(sql_type = Nullable<Text>)]
    pub musicbrainz_album_id: Option<String>,
    #[diesel(sql_type = Bool)]
    pub has_artwork: bool,
    #[diesel(sql_type = BigInt)]
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

pub fn album_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<AlbumRow>> {
    diesel::sql_query(
        "SELECT a.id, a.title, a.album_artist_id, a.album_artist_credit, a.year, \
         a.is_compilation, a.disc_count, a.musicbrainz_album_id, \
         a.artwork_source <> 'none' AS has_artwork, a.added_at, \
         COUNT(t.id) AS track_count, IFNULL(SUM(t.duration_ms), 0) AS duration_ms, \
         IFNULL(SUM(t.play_count), 0) AS play_count, \
         EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'album' AND s.item_id = a.id) AS saved \
         FROM albums a LEFT JOIN tracks t ON t.album_id = a.id \
         WHERE a.id = ? GROUP BY a.id",
    )
    .bind::<Text, _>(id)
    .get_result::<AlbumRow>(conn)
    .optional()
}

/// An album's tracks as the album plays them: by disc, then track number.
pub fn album_tracks(conn: &mut SqliteConnection, album_id: &str) -> QueryResult<Vec<TrackRow>> {
    diesel::sql_query(format!(
        "SELECT {TRACK_COLUMNS} {TRACK_FROM} WHERE t.album_id = ? \
         ORDER BY IFNULL(t.disc_number, 1), IFNULL(t.track_number, 0), t.sort_title, t.id"
    ))
    .bind::<Text, _>(album_id)
    .load::<TrackRow>(conn)
}

/// The genres of an album's tracks, the most common first.
pub fn album_genres(conn: &mut SqliteConnection, album_id: &str) -> QueryResult<Vec<String>> {
    #[derive(QueryableByName)]
    struct Name {
        #[diesel(sql_type = Text)]
        name: String,
    }
    Ok(diesel::sql_query(
        "SELECT g.name FROM tracks t JOIN track_genres tg ON tg.track_id = t.id \
         JOIN genres g ON g.id = tg.genre_id WHERE t.album_id = ? \
         GROUP BY g.id ORDER BY COUNT(*) DESC, g.name",
    )
    .bind::<Text, _>(album_id)
    .load::<Name>(conn)?
    .into_iter()
    .map(|n| n.name)
    .collect())
}

/// Counts and sizes over the whole library.
#[derive(Debug, Clone, QueryableByName)]
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

#[derive(Debug, Clone, QueryableByName)]
pub struct FormatTotals {
    #[diesel(sql_type = Text)]
    pub format: String,
    #[diesel(sql_type = BigInt)]
    pub tracks: i64,
    #[diesel(sql_type = BigInt)]
    pub bytes: i64,
}

pub fn library_totals(
    conn: &mut SqliteConnection,
) -> QueryResult<(LibraryTotals, Vec<FormatTotals>)> {
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
    let formats = diesel::sql_query(
        "SELECT t.format, COUNT(*) AS tracks, IFNULL(SUM(f.size_bytes), 0) AS bytes \
         FROM tracks t JOIN media_files f ON f.id = t.media_file_id \
         GROUP BY t.format ORDER BY tracks DESC, t.format",
    )
    .load::<FormatTotals>(conn)?;
    Ok((totals, formats))
}

/// Placeholders and binds for `IN (...)` over ids.
fn in_list(ids: &[String]) -> (String, Vec<Bind>) {
    (
        vec!["?"; ids.len()].join(", "),
        ids.iter().cloned().map(Bind::Text).collect(),
    )
}

/// Puts rows back in the order of `ids` (a ranking), dropping ids with no row.
fn in_order_of<T>(ids: &[String], rows: Vec<T>, id_of: impl Fn(&T) -> &str) -> Vec<T> {
    let mut by_id: HashMap<String, T> = rows
        .into_iter()
        .map(|r| (id_of(&r).to_owned(), r))
        .collect();
    ids.iter().filter_map(|id| by_id.remove(id)).collect()
}

pub fn tracks_by_ids(conn: &mut SqliteConnection, ids: &[String]) -> QueryResult<Vec<TrackRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let (marks, binds) = in_list(ids);
    let rows = bind_all(
        format!("SELECT {TRACK_COLUMNS} {TRACK_FROM} WHERE t.id IN ({marks})"),
        binds,
    )
    .load::<TrackRow>(conn)?;
    Ok(in_order_of(ids, rows, |r| &r.id))
}

/// Tracks by id with their artists and genres, for lists longer than one `IN (...)` (a
/// playlist, a queue). Ids with no track are absent from the map; repeated ids are read once.
pub fn tracks_with_extras(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<(HashMap<String, TrackRow>, TrackExtras)> {
    let mut unique: Vec<String> = ids.to_vec();
    unique.sort_unstable();
    unique.dedup();
    let mut rows = HashMap::with_capacity(unique.len());
    let mut extras = TrackExtras {
        artists: HashMap::new(),
        genres: HashMap::new(),
    };
    for chunk in unique.chunks(super::MAX_IN_LIST) {
        rows.extend(
            tracks_by_ids(conn, chunk)?
                .into_iter()
                .map(|row| (row.id.clone(), row)),
        );
        extras.merge(track_extras(conn, chunk)?);
    }
    Ok((rows, extras))
}

/// The durations of the tracks of `ids` that are in the library.
pub fn track_durations(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<HashMap<String, i64>> {
    use crate::db::schema::tracks;
    let mut durations = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(super::MAX_IN_LIST) {
        durations.extend(
            tracks::table
                .filter(tracks::id.eq_any(chunk))
                .select((tracks::id, tracks::duration_ms))
                .load::<(String, i64)>(conn)?,
        );
    }
    Ok(durations)
}

/// The first of `track_ids` (in their order) that is not in the library, if any.
pub fn first_unknown_track(
    conn: &mut SqliteConnection,
    track_ids: &[String],
) -> QueryResult<Option<String>> {
    use crate::db::schema::tracks;
    let mut known = std::collections::HashSet::with_capacity(track_ids.len());
    for chunk in track_ids.chunks(super::MAX_IN_LIST) {
        known.extend(
            tracks::table
                .filter(tracks::id.eq_any(chunk))
                .select(tracks::id)
                .load::<String>(conn)?,
        );
    }
    Ok(track_ids.iter().find(|id| !known.contains(*id)).cloned())
}

const ALBUM_COLUMNS: &str = "\
    a.id, a.title, a.album_artist_id, a.album_artist_credit, a.year, a.is_compilation, \
    a.disc_count, a.musicbrainz_album_id, a.artwork_source <> 'none' AS has_artwork, a.added_at, \
    (SELECT COUNT(*) FROM tracks t WHERE t.album_id = a.id) AS track_count, \
    (SELECT IFNULL(SUM(t.duration_ms), 0) FROM tracks t WHERE t.album_id = a.id) AS duration_ms, \
    (SELECT IFNULL(SUM(t.play_count), 0) FROM tracks t WHERE t.album_id = a.id) AS play_count, \
    EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'album' AND s.item_id = a.id) AS saved";

pub fn albums_by_ids(conn: &mut SqliteConnection, ids: &[String]) -> QueryResult<Vec<AlbumRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let (marks, binds) = in_list(ids);
    let rows = bind_all(
        format!("SELECT {ALBUM_COLUMNS} FROM albums a WHERE a.id IN ({marks})"),
        binds,
    )
    .load::<AlbumRow>(conn)?;
    Ok(in_order_of(ids, rows, |r| &r.id))
}

const ARTIST_ALBUM_COUNT: &str = "(SELECT COUNT(*) FROM albums a WHERE a.album_artist_id = ar.id)";
const ARTIST_TRACK_COUNT: &str =
    "(SELECT COUNT(DISTINCT ta.track_id) FROM track_artists ta WHERE ta.artist_id = ar.id)";
const ARTIST_PLAY_COUNT: &str = "(SELECT IFNULL(SUM(t.play_count), 0) FROM tracks t WHERE t.id IN \
     (SELECT ta.track_id FROM track_artists ta WHERE ta.artist_id = ar.id))";

fn artist_columns() -> String {
    format!(
        "ar.id, ar.name, ar.sort_name, ar.musicbrainz_artist_id, ar.added_at, \
         {ARTIST_ALBUM_COUNT} AS album_count, {ARTIST_TRACK_COUNT} AS track_count, \
         {ARTIST_PLAY_COUNT} AS play_count, \
         EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'artist' AND s.item_id = ar.id) AS saved"
    )
}

/// An artist with the counts of what they made.
#[derive(Debug, Clone, QueryableByName)]
pub struct ArtistRow {
    #[diesel(sql_type = Text)]
    pub id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Text)]
    pub sort_name: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub musicbrainz_artist_id: Option<String>,
    #[diesel(sql_type = BigInt)]
    pub added_at: i64,
    #[diesel(sql_type = BigInt)]
    pub album_count: i64,
    #[diesel(sql_type = BigInt)]
    pub track_count: i64,
    #[diesel(sql_type = BigInt)]
    pub play_count: i64,
    #[diesel(sql_type = Bool)]
    pub saved: bool,
}

pub fn artists_by_ids(conn: &mut SqliteConnection, ids: &[String]) -> QueryResult<Vec<ArtistRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let (marks, binds) = in_list(ids);
    let rows = bind_all(
        format!(
            "SELECT {} FROM artists ar WHERE ar.id IN ({marks})",
            artist_columns()
        ),
        binds,
    )
    .load::<ArtistRow>(conn)?;
    Ok(in_order_of(ids, rows, |r| &r.id))
}

/// A playlist with its length; entries whose track is gone count, with their snapshot.
#[derive(Debug, Clone, QueryableByName)]
pub struct PlaylistRow {
    #[diesel(sql_type = Text)]
    pub id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub description: Option<String>,
    #[diesel(sql_type = BigInt)]
    pub created_at: i64,
    #[diesel(sql_type = BigInt)]
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

pub fn playlists_by_ids(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<Vec<PlaylistRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let (marks, binds) = in_list(ids);
    let rows = bind_all(
        format!(
            "SELECT p.id, p.name, p.description, p.created_at, p.updated_at, \
             (SELECT COUNT(*) FROM playlist_entries e WHERE e.playlist_id = p.id) AS track_count, \
             (SELECT IFNULL(SUM(IFNULL(t.duration_ms, e.snapshot_duration_ms)), 0) \
                FROM playlist_entries e LEFT JOIN tracks t ON t.id = e.track_id \
                WHERE e.playlist_id = p.id) AS duration_ms, \
             (SELECT a.id FROM playlist_entries e JOIN tracks t ON t.id = e.track_id \
                JOIN albums a ON a.id = t.album_id \
                WHERE e.playlist_id = p.id AND a.artwork_source <> 'none' \
                ORDER BY e.position LIMIT 1) AS artwork_id, \
             EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'playlist' AND s.item_id = p.id) AS saved \
             FROM playlists p WHERE p.id IN ({marks})"
        ),
        binds,
    )
    .load::<PlaylistRow>(conn)?;
    Ok(in_order_of(ids, rows, |r| &r.id))
}

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

impl AlbumOrder {
    fn expression(self) -> &'static str {
        match self {
            AlbumOrder::Title => "a.sort_title",
            AlbumOrder::Artist => {
                "(SELECT ar.sort_name FROM artists ar WHERE ar.id = a.album_artist_id)"
            }
            AlbumOrder::Year => "IFNULL(a.year, -1)",
            AlbumOrder::AddedAt => "a.added_at",
            AlbumOrder::TrackCount => "(SELECT COUNT(*) FROM tracks t WHERE t.album_id = a.id)",
            AlbumOrder::PlayCount => {
                "(SELECT IFNULL(SUM(t.play_count), 0) FROM tracks t WHERE t.album_id = a.id)"
            }
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            AlbumOrder::Title => "title",
            AlbumOrder::Artist => "artist",
            AlbumOrder::Year => "year",
            AlbumOrder::AddedAt => "addedAt",
            AlbumOrder::TrackCount => "trackCount",
            AlbumOrder::PlayCount => "playCount",
        }
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

fn album_filter_sql(filter: &AlbumFilter, binds: &mut Vec<Bind>) -> String {
    let mut clauses = vec!["1 = 1".to_owned()];
    if let Some(artist) = &filter.artist_id {
        // The album artist, or an artist on any of its tracks.
        clauses.push(
            "(a.album_artist_id = ? OR EXISTS (SELECT 1 FROM tracks t JOIN track_artists ta \
             ON ta.track_id = t.id WHERE t.album_id = a.id AND ta.artist_id = ?))"
                .into(),
        );
        binds.push(Bind::Text(artist.clone()));
        binds.push(Bind::Text(artist.clone()));
    }
    if let Some(genre) = &filter.genre {
        clauses.push(
            "EXISTS (SELECT 1 FROM tracks t JOIN track_genres tg ON tg.track_id = t.id \
             JOIN genres g ON g.id = tg.genre_id WHERE t.album_id = a.id AND g.name = ? COLLATE NOCASE)"
                .into(),
        );
        binds.push(Bind::Text(genre.clone()));
    }
    if let Some(from) = filter.year_from {
        clauses.push("a.year >= ?".into());
        binds.push(Bind::Int(i64::from(from)));
    }
    if let Some(to) = filter.year_to {
        clauses.push("a.year <= ?".into());
        binds.push(Bind::Int(i64::from(to)));
    }
    if let Some(compilation) = filter.compilation {
        clauses.push(format!("a.is_compilation = {}", i32::from(compilation)));
    }
    if let Some(saved) = filter.saved {
        let exists =
            "EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'album' AND s.item_id = a.id)";
        clauses.push(if saved {
            exists.to_owned()
        } else {
            format!("NOT {exists}")
        });
    }
    clauses.join(" AND ")
}

/// An album row with the value it was sorted by, for the next cursor.
#[derive(Debug, Clone, QueryableByName)]
pub struct SortedAlbumRow {
    #[diesel(embed)]
    pub album: AlbumRow,
    #[diesel(sql_type = Nullable<Text>)]
    pub sort_text: Option<String>,
    #[diesel(sql_type = Nullable<BigInt>)]
    pub sort_int: Option<i64>,
}

impl SortedAlbumRow {
    pub fn sort_value(&self) -> SortValue {
        match (&self.sort_text, self.sort_int) {
            (Some(text), _) => SortValue::Text(text.clone()),
            (None, Some(n)) => SortValue::Int(n),
            (None, None) => SortValue::Int(-1),
        }
    }
}

/// One page of albums after `after`, and how many match in all.
pub fn album_page(
    conn: &mut SqliteConnection,
    filter: &AlbumFilter,
    order: AlbumOrder,
    descending: bool,
    after: Option<&Keyset>,
    limit: i64,
) -> QueryResult<(Vec<SortedAlbumRow>, i64)> {
    let mut binds = Vec::new();
    let filters = album_filter_sql(filter, &mut binds);
    let total = bind_all(
        format!("SELECT COUNT(*) AS n FROM albums a WHERE {filters}"),
        binds,
    )
    .get_result::<Count>(conn)?
    .n;
    let expression = order.expression();
    let textual = matches!(order, AlbumOrder::Title | AlbumOrder::Artist);
    let (sort_text, sort_int) = if textual {
        (expression, "NULL")
    } else {
        ("NULL", expression)
    };
    let mut binds = Vec::new();
    let mut sql = format!(
        "SELECT {ALBUM_COLUMNS}, {sort_text} AS sort_text, {sort_int} AS sort_int \
         FROM albums a WHERE {}",
        album_filter_sql(filter, &mut binds)
    );
    let (cmp, direction) = if descending {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some(keyset) = after {
        sql.push_str(&after_keyset(expression, "a.id", cmp, keyset, &mut binds));
    }
    sql.push_str(&format!(
        " ORDER BY {expression} {direction}, a.id {direction} LIMIT ?"
    ));
    binds.push(Bind::Int(limit));
    Ok((bind_all(sql, binds).load::<SortedAlbumRow>(conn)?, total))
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

impl ArtistOrder {
    fn expression(self) -> &'static str {
        match self {
            ArtistOrder::Name => "ar.sort_name",
            ArtistOrder::AlbumCount => ARTIST_ALBUM_COUNT,
            ArtistOrder::TrackCount => ARTIST_TRACK_COUNT,
            ArtistOrder::AddedAt => "ar.added_at",
            ArtistOrder::PlayCount => ARTIST_PLAY_COUNT,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ArtistOrder::Name => "name",
            ArtistOrder::AlbumCount => "albumCount",
            ArtistOrder::TrackCount => "trackCount",
            ArtistOrder::AddedAt => "addedAt",
            ArtistOrder::PlayCount => "playCount",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ArtistFilter {
    pub genre: Option<String>,
    pub saved: Option<bool>,
    pub album_artists_only: bool,
}

fn artist_filter_sql(filter: &ArtistFilter, binds: &mut Vec<Bind>) -> String {
    let mut clauses = vec!["1 = 1".to_owned()];
    if let Some(genre) = &filter.genre {
        clauses.push(
            "EXISTS (SELECT 1 FROM track_artists ta JOIN track_genres tg ON tg.track_id = ta.track_id \
             JOIN genres g ON g.id = tg.genre_id WHERE ta.artist_id = ar.id AND g.name = ? COLLATE NOCASE)"
                .into(),
        );
        binds.push(Bind::Text(genre.clone()));
    }
    if let Some(saved) = filter.saved {
        let exists =
            "EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'artist' AND s.item_id = ar.id)";
        clauses.push(if saved {
            exists.to_owned()
        } else {
            format!("NOT {exists}")
        });
    }
    if filter.album_artists_only {
        clauses.push("EXISTS (SELECT 1 FROM albums a WHERE a.album_artist_id = ar.id)".into());
    }
    clauses.join(" AND ")
}

/// An artist row with the value it was sorted by, for the next cursor.
#[derive(Debug, Clone, QueryableByName)]
pub struct SortedArtistRow {
    #[diesel(embed)]
    pub artist: ArtistRow,
    #[diesel(sql_type = Nullable<Text>)]
    pub sort_text: Option<String>,
    #[diesel(sql_type = Nullable<BigInt>)]
    pub sort_int: Option<i64>,
}

impl SortedArtistRow {
    pub fn sort_value(&self) -> SortValue {
        match (&self.sort_text, self.sort_int) {
            (Some(text), _) => SortValue::Text(text.clone()),
            (None, Some(n)) => SortValue::Int(n),
            (None, None) => SortValue::Int(-1),
        }
    }
}

/// One page of artists after `after`, and how many match in all.
pub fn artist_page(
    conn: &mut SqliteConnection,
    filter: &ArtistFilter,
    order: ArtistOrder,
    descending: bool,
    after: Option<&Keyset>,
    limit: i64,
) -> QueryResult<(Vec<SortedArtistRow>, i64)> {
    let mut binds = Vec::new();
    let filters = artist_filter_sql(filter, &mut binds);
    let total = bind_all(
        format!("SELECT COUNT(*) AS n FROM artists ar WHERE {filters}"),
        binds,
    )
    .get_result::<Count>(conn)?
    .n;
    let expression = order.expression();
    let (sort_text, sort_int) = if order == ArtistOrder::Name {
        (expression, "NULL")
    } else {
        ("NULL", expression)
    };
    let mut binds = Vec::new();
    let mut sql = format!(
        "SELECT {}, {sort_text} AS sort_text, {sort_int} AS sort_int \
         FROM artists ar WHERE {}",
        artist_columns(),
        artist_filter_sql(filter, &mut binds)
    );
    let (cmp, direction) = if descending {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some(keyset) = after {
        sql.push_str(&after_keyset(expression, "ar.id", cmp, keyset, &mut binds));
    }
    sql.push_str(&format!(
        " ORDER BY {expression} {direction}, ar.id {direction} LIMIT ?"
    ));
    binds.push(Bind::Int(limit));
    Ok((bind_all(sql, binds).load::<SortedArtistRow>(conn)?, total))
}

#[derive(QueryableByName)]
struct Id {
    #[diesel(sql_type = Text)]
    id: String,
}

fn ids_of(conn: &mut SqliteConnection, sql: &str, artist_id: &str) -> QueryResult<Vec<String>> {
    Ok(diesel::sql_query(sql)
        .bind::<Text, _>(artist_id)
        .load::<Id>(conn)?
        .into_iter()
        .map(|r| r.id)
        .collect())
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
    let own = ids_of(
        conn,
        "SELECT a.id FROM albums a WHERE a.album_artist_id = ? \
         ORDER BY IFNULL(a.year, -1) DESC, a.added_at DESC, a.id",
        artist_id,
    )?;
    let appearing = ids_of(
        conn,
        "SELECT DISTINCT a.id FROM albums a JOIN tracks t ON t.album_id = a.id \
         JOIN track_artists ta ON ta.track_id = t.id \
         WHERE ta.artist_id = ?1 AND a.album_artist_id <> ?1 \
         ORDER BY a.id",
        artist_id,
    )?;
    let top = diesel::sql_query(
        "SELECT t.id FROM tracks t JOIN track_artists ta ON ta.track_id = t.id \
         WHERE ta.artist_id = ? GROUP BY t.id ORDER BY t.play_count DESC, t.sort_title, t.id LIMIT ?",
    )
    .bind::<Text, _>(artist_id)
    .bind::<BigInt, _>(TOP_TRACKS)
    .load::<Id>(conn)?
    .into_iter()
    .map(|r| r.id)
    .collect::<Vec<_>>();
    Ok(ArtistWork {
        albums: albums_by_ids(conn, &own)?,
        appearances: albums_by_ids(conn, &appearing)?,
        top_tracks: tracks_by_ids(conn, &top)?,
    })
}

/// A value the catalogue can be filtered by, with its number of tracks.
#[derive(Debug, Clone, QueryableByName)]
pub struct Facet {
    #[diesel(sql_type = Text)]
    pub id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = BigInt)]
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
    let facets =
        |conn: &mut SqliteConnection, sql: &str| diesel::sql_query(sql).load::<Facet>(conn);
    Ok(Facets {
        genres: facets(
            conn,
            "SELECT g.id, g.name, COUNT(DISTINCT tg.track_id) AS count FROM genres g \
             JOIN track_genres tg ON tg.genre_id = g.id GROUP BY g.id ORDER BY count DESC, g.name",
        )?,
        years: facets(
            conn,
            "SELECT CAST(year AS TEXT) AS id, CAST(year AS TEXT) AS name, COUNT(*) AS count \
             FROM tracks WHERE year IS NOT NULL GROUP BY year ORDER BY year",
        )?,
        formats: facets(
            conn,
            "SELECT format AS id, format AS name, COUNT(*) AS count FROM tracks \
             GROUP BY format ORDER BY count DESC, format",
        )?,
        artists: diesel::sql_query(
            "SELECT ar.id, ar.name, COUNT(DISTINCT ta.track_id) AS count FROM artists ar \
             JOIN track_artists ta ON ta.artist_id = ar.id GROUP BY ar.id \
             ORDER BY count DESC, ar.sort_name, ar.id LIMIT ?",
        )
        .bind::<BigInt, _>(ARTIST_FACETS)
        .load::<Facet>(conn)?,
    })
}

/// A library root with its number of tracks.
#[derive(Debug, Clone, QueryableByName)]
pub struct RootRow {
    #[diesel(sql_type = Text)]
    pub id: String,
    #[diesel(sql_type = Text)]
    pub path: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Bool)]
    pub available: bool,
    #[diesel(sql_type = BigInt)]
    pub track_count: i64,
}

pub fn roots(conn: &mut SqliteConnection) -> QueryResult<Vec<RootRow>> {
    diesel::sql_query(
        "SELECT r.id, r.path, r.name, r.missing_since IS NULL AS available, \
         (SELECT COUNT(*) FROM media_files f JOIN tracks t ON t.media_file_id = f.id \
          WHERE f.root_id = r.id) AS track_count \
         FROM library_roots r ORDER BY r.name, r.id",
    )
    .load(conn)
}

/// The folders at and below `dir` in a root that hold files (`dir` empty: the whole root),
/// each with the number of tracks directly in it.
pub fn folders_under(
    conn: &mut SqliteConnection,
    root_id: &str,
    dir: &str,
) -> QueryResult<Vec<(String, i64)>> {
    #[derive(QueryableByName)]
    struct Dir {
        #[diesel(sql_type = Text)]
        dir_path: String,
        #[diesel(sql_type = BigInt)]
        tracks: i64,
    }
    const SELECT: &str = "SELECT f.dir_path, COUNT(t.id) AS tracks FROM media_files f \
        LEFT JOIN tracks t ON t.media_file_id = f.id WHERE f.root_id = ?";
    // `dir/` up to (not including) `dir0` is every path inside `dir`: '0' follows '/'.
    let query = if dir.is_empty() {
        diesel::sql_query(format!("{SELECT} GROUP BY f.dir_path"))
            .into_boxed::<Sqlite>()
            .bind::<Text, _>(root_id.to_owned())
    } else {
        diesel::sql_query(format!(
            "{SELECT} AND (f.dir_path = ? OR (f.dir_path >= ? AND f.dir_path < ?)) \
             GROUP BY f.dir_path"
        ))
        .into_boxed::<Sqlite>()
        .bind::<Text, _>(root_id.to_owned())
        .bind::<Text, _>(dir.to_owned())
        .bind::<Text, _>(format!("{dir}/"))
        .bind::<Text, _>(format!("{dir}0"))
    };
    Ok(query
        .load::<Dir>(conn)?
        .into_iter()
        .map(|d| (d.dir_path, d.tracks))
        .collect())
}

/// The tracks whose files sit directly in `dir`, by file name.
pub fn folder_tracks(
    conn: &mut SqliteConnection,
    root_id: &str,
    dir: &str,
) -> QueryResult<Vec<TrackRow>> {
    diesel::sql_query(format!(
        "SELECT {TRACK_COLUMNS} {TRACK_FROM} WHERE f.root_id = ? AND f.dir_path = ? ORDER BY f.rel_path"
    ))
    .bind::<Text, _>(root_id)
    .bind::<Text, _>(dir)
    .load(conn)
}

/// How many items each home section shows.
pub const HOME_SECTION: i64 = 12;

pub struct Home {
    pub recently_added_albums: Vec<AlbumRow>,
    pub recently_played: Vec<TrackRow>,
    pub most_played: Vec<TrackRow>,
}

pub fn home(conn: &mut SqliteConnection) -> QueryResult<Home> {
    let recent_albums = diesel::sql_query(format!(
        "SELECT {ALBUM_COLUMNS} FROM albums a ORDER BY a.added_at DESC, a.id LIMIT ?"
    ))
    .bind::<BigInt, _>(HOME_SECTION)
    .load::<AlbumRow>(conn)?;
    let tracks = |conn: &mut SqliteConnection, condition: &str, order: &str| {
        diesel::sql_query(format!(
            "SELECT {TRACK_COLUMNS} {TRACK_FROM} WHERE {condition} ORDER BY {order}, t.id LIMIT ?"
        ))
        .bind::<BigInt, _>(HOME_SECTION)
        .load::<TrackRow>(conn)
    };
    Ok(Home {
        recently_added_albums: recent_albums,
        recently_played: tracks(
            conn,
            "t.last_played_at IS NOT NULL",
            "t.last_played_at DESC",
        )?,
        most_played: tracks(conn, "t.play_count > 0", "t.play_count DESC")?,
    })
}
