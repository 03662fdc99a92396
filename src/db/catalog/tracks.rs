//! Tracks: the list, one track, tracks by id, and the artists and genres shown with them.

use std::collections::{HashMap, HashSet};

use diesel::dsl::{sql, AsSelect, InnerJoin, Select};
use diesel::expression::SqlLiteral;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Integer, Nullable, Text};
use diesel::sqlite::Sqlite;

use crate::db::page::{
    self, in_list, in_order_of, keyset_page, saved_clause, Listing, Page, PageSpec, Sort,
};
use crate::db::schema::{albums, media_files, track_artists, tracks};
use crate::db::MAX_IN_LIST;

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

impl Sort for TrackOrder {
    fn expression(self) -> &'static str {
        match self {
            TrackOrder::Title => "tracks.sort_title",
            TrackOrder::Artist => "tracks.artist_sort",
            TrackOrder::Album => "tracks.album_sort",
            // Tracks without a year sort before the earliest year.
            TrackOrder::Year => "IFNULL(tracks.year, -1)",
            TrackOrder::AddedAt => "tracks.added_at",
            TrackOrder::Duration => "tracks.duration_ms",
            TrackOrder::PlayCount => "tracks.play_count",
        }
    }

    fn textual(self) -> bool {
        matches!(
            self,
            TrackOrder::Title | TrackOrder::Artist | TrackOrder::Album
        )
    }

    fn key(self) -> &'static str {
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

    /// Names read best A to Z; years, dates and play counts newest or largest first.
    fn descending_by_default(self) -> bool {
        matches!(
            self,
            TrackOrder::AddedAt | TrackOrder::PlayCount | TrackOrder::Year
        )
    }

    /// The artist and album sorts' indexes go on to disc and track number before the id,
    /// so SQLite sorts each run of equal keys (every untagged track shares one artist key).
    fn indexed(self) -> bool {
        !matches!(self, TrackOrder::Artist | TrackOrder::Album)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrackFilter {
    pub genre: Option<String>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    pub artist_id: Option<String>,
    pub album_id: Option<String>,
    pub format: Option<String>,
    pub saved: Option<bool>,
}

impl TrackFilter {
    /// Whether no filter is set: the list is read straight down a sort.
    pub fn is_unfiltered(&self) -> bool {
        *self == TrackFilter::default()
    }
}

/// Whether a track is saved: a correlated subquery, which diesel's DSL cannot express. The
/// DSL and the raw list read the same text, so both name the table `tracks` without an alias.
macro_rules! track_saved {
    () => {
        "EXISTS (SELECT 1 FROM saved_items s WHERE s.kind = 'track' AND s.item_id = tracks.id)"
    };
}
const TRACK_SAVED: &str = track_saved!();
/// A track's artwork: its own embedded picture wins over its album's cover.
const TRACK_ARTWORK: &str = "COALESCE(tracks.artwork_id, albums.artwork_id)";

/// A track with what the API shows of its album and file.
///
/// Read through diesel's DSL (`TrackRow::as_select()` over [`track_query`]), and by name
/// from the raw list, whose `TRACK_COLUMNS` give the same names; columns of `tracks` take
/// their types from `schema.rs` both ways.
#[derive(Debug, Clone, Queryable, Selectable, QueryableByName)]
#[diesel(table_name = tracks, check_for_backend(Sqlite))]
pub struct TrackRow {
    pub id: String,
    pub title: String,
    pub album_id: String,
    #[diesel(sql_type = Text, select_expression = albums::title)]
    pub album_title: String,
    #[diesel(sql_type = Text, select_expression = albums::album_artist_id)]
    pub album_artist_id: String,
    #[diesel(sql_type = Text, select_expression = albums::album_artist_credit)]
    pub album_artist_credit: String,
    /// The track's own picture, else its album's cover.
    #[diesel(
        sql_type = Nullable<Text>,
        select_expression = sql::<Nullable<Text>>(TRACK_ARTWORK),
        select_expression_type = SqlLiteral<Nullable<Text>>
    )]
    pub artwork_id: Option<String>,
    pub disc_number: Option<i32>,
    pub disc_total: Option<i32>,
    pub track_number: Option<i32>,
    pub track_total: Option<i32>,
    pub year: Option<i32>,
    pub composer: Option<String>,
    pub is_compilation: bool,
    pub musicbrainz_recording_id: Option<String>,
    pub replaygain_track_gain_db: Option<f64>,
    pub replaygain_album_gain_db: Option<f64>,
    pub duration_ms: i64,
    pub format: String,
    pub play_count: i32,
    pub last_played_at: Option<i64>,
    pub added_at: i64,
    pub updated_at: i64,
    #[diesel(embed)]
    pub file: TrackFile,
    #[diesel(
        sql_type = Bool,
        select_expression = sql::<Bool>(TRACK_SAVED),
        select_expression_type = SqlLiteral<Bool>
    )]
    pub saved: bool,
}

/// What the API shows of a track's file.
#[derive(Debug, Clone, Queryable, Selectable, QueryableByName)]
#[diesel(table_name = media_files, check_for_backend(Sqlite))]
pub struct TrackFile {
    pub bitrate_kbps: Option<i32>,
    pub sample_rate_hz: Option<i32>,
    pub bit_depth: Option<i32>,
    pub channels: Option<i32>,
    pub size_bytes: i64,
    pub root_id: String,
    pub rel_path: String,
}

/// `TrackRow`'s columns in the raw list, by the names the row reads.
const TRACK_COLUMNS: &str = concat!(
    "\
    tracks.id, tracks.title, tracks.album_id, albums.title AS album_title, albums.album_artist_id, \
    albums.album_artist_credit, COALESCE(tracks.artwork_id, albums.artwork_id) AS artwork_id, \
    tracks.disc_number, tracks.disc_total, tracks.track_number, tracks.track_total, \
    tracks.year, tracks.composer, tracks.is_compilation, tracks.musicbrainz_recording_id, \
    tracks.replaygain_track_gain_db, tracks.replaygain_album_gain_db, tracks.duration_ms, \
    tracks.format, tracks.play_count, tracks.last_played_at, tracks.added_at, \
    tracks.updated_at, media_files.bitrate_kbps, media_files.sample_rate_hz, \
    media_files.bit_depth, media_files.channels, media_files.size_bytes, media_files.root_id, \
    media_files.rel_path, ",
    track_saved!(),
    " AS saved"
);

const TRACK_FROM: &str = "tracks \
    JOIN albums ON albums.id = tracks.album_id \
    JOIN media_files ON media_files.id = tracks.media_file_id";

/// Tracks with their album and file, as raw SQL diesel keeps prepared (`db::statement`):
/// the DSL's [`track_query`] holds `sql()` fragments, which diesel compiles on every use.
/// `rest` is fixed text from `WHERE` on.
pub(super) fn track_rows(rest: &str) -> page::Sql {
    page::sql(&format!("SELECT {TRACK_COLUMNS} FROM {TRACK_FROM} {rest}"))
}

type TrackQuery = Select<
    InnerJoin<InnerJoin<tracks::table, albums::table>, media_files::table>,
    AsSelect<TrackRow, Sqlite>,
>;

/// Tracks with their album and file: every track has both (foreign keys).
pub(super) fn track_query() -> TrackQuery {
    tracks::table
        .inner_join(albums::table)
        .inner_join(media_files::table)
        .select(TrackRow::as_select())
}

/// One page of tracks, and how many match in all.
pub fn track_list(
    conn: &mut SqliteConnection,
    filter: &TrackFilter,
    spec: &PageSpec<TrackOrder>,
) -> QueryResult<Page<TrackRow>> {
    keyset_page(
        conn,
        Listing {
            columns: TRACK_COLUMNS,
            from: TRACK_FROM,
            // The filters read only `tracks`.
            count_from: "tracks",
            kept_total: Some(super::stats::TRACK_TOTAL),
            id: "tracks.id",
            filters: |query| track_filters(query, filter),
        },
        spec,
    )
}

fn track_filters(mut query: page::Sql, filter: &TrackFilter) -> page::Sql {
    if let Some(genre) = &filter.genre {
        query = query
            .sql(
                " AND EXISTS (SELECT 1 FROM track_genres tg JOIN genres g ON g.id = tg.genre_id \
                 WHERE tg.track_id = tracks.id AND g.name = ? COLLATE NOCASE)",
            )
            .bind::<Text, _>(genre.clone());
    }
    if let Some(from) = filter.year_from {
        query = query.sql(" AND tracks.year >= ?").bind::<Integer, _>(from);
    }
    if let Some(to) = filter.year_to {
        query = query.sql(" AND tracks.year <= ?").bind::<Integer, _>(to);
    }
    if let Some(artist) = &filter.artist_id {
        query = query
            .sql(
                " AND EXISTS (SELECT 1 FROM track_artists ta \
                 WHERE ta.track_id = tracks.id AND ta.artist_id = ?)",
            )
            .bind::<Text, _>(artist.clone());
    }
    if let Some(album) = &filter.album_id {
        query = query
            .sql(" AND tracks.album_id = ?")
            .bind::<Text, _>(album.clone());
    }
    if let Some(format) = &filter.format {
        query = query
            .sql(" AND tracks.format = ? COLLATE NOCASE")
            .bind::<Text, _>(format.clone());
    }
    if let Some(saved) = filter.saved {
        query = query.sql(saved_clause(saved, TRACK_SAVED));
    }
    query
}

pub fn track_get(conn: &mut SqliteConnection, id: &str) -> QueryResult<Option<TrackRow>> {
    Ok(track_rows("WHERE tracks.id = ?")
        .bind::<Text, _>(id.to_owned())
        .load::<TrackRow>(conn)?
        .pop())
}

/// Tracks by id, in the order of `ids`; ids with no track are left out.
pub fn track_list_by_ids(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<Vec<TrackRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = in_list(track_rows("WHERE tracks.id"), ids).load::<TrackRow>(conn)?;
    Ok(in_order_of(ids, rows, |r| &r.id))
}

/// A track's credited artist, in tag order.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = track_artists, check_for_backend(Sqlite))]
pub struct TrackArtistRow {
    pub track_id: String,
    pub artist_id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    pub role: String,
}

#[derive(QueryableByName)]
struct TrackGenre {
    #[diesel(sql_type = Text)]
    track_id: String,
    #[diesel(sql_type = Text)]
    name: String,
}

/// Artists and genres for a page of tracks, in two queries rather than two per track.
#[derive(Debug, Default)]
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

/// The artists and genres of tracks, in two statements whatever their number (the ids
/// are one bound parameter, so both stay prepared).
pub fn track_extras(conn: &mut SqliteConnection, track_ids: &[String]) -> QueryResult<TrackExtras> {
    let mut extras = TrackExtras::default();
    if track_ids.is_empty() {
        return Ok(extras);
    }
    let credits = credits_of(track_ids).load::<TrackArtistRow>(conn)?;
    for row in credits {
        match extras.artists.get_mut(&row.track_id) {
            Some(credits) => credits.push(row),
            None => {
                extras.artists.insert(row.track_id.clone(), vec![row]);
            }
        }
    }
    let genres = genres_of(track_ids).load::<TrackGenre>(conn)?;
    for TrackGenre { track_id, name } in genres {
        extras.genres.entry(track_id).or_default().push(name);
    }
    Ok(extras)
}

/// The artists credited on tracks, in credit order: read from `track_artists_by_track`
/// alone (migration `track_links_by_track`), never from the table.
fn credits_of(track_ids: &[String]) -> page::Sql {
    in_list(
        page::sql(
            "SELECT ta.track_id, ta.artist_id, ar.name, ta.role FROM track_artists ta \
             JOIN artists ar ON ar.id = ta.artist_id WHERE ta.track_id",
        ),
        track_ids,
    )
    .sql(" ORDER BY ta.track_id, ta.role, ta.position")
}

/// The genres of tracks, in order: read from `track_genres_by_track` alone.
fn genres_of(track_ids: &[String]) -> page::Sql {
    in_list(
        page::sql(
            "SELECT tg.track_id, g.name FROM track_genres tg \
             JOIN genres g ON g.id = tg.genre_id WHERE tg.track_id",
        ),
        track_ids,
    )
    .sql(" ORDER BY tg.track_id, tg.position")
}

/// Tracks by id with their artists and genres, by id (a playlist, a queue). Ids with no
/// track are absent from the map; repeated ids are read once.
pub fn track_map_with_extras(
    conn: &mut SqliteConnection,
    ids: &[String],
) -> QueryResult<(HashMap<String, TrackRow>, TrackExtras)> {
    let mut unique: Vec<String> = ids.to_vec();
    unique.sort_unstable();
    unique.dedup();
    let mut rows = HashMap::with_capacity(unique.len());
    let mut extras = TrackExtras::default();
    for chunk in unique.chunks(MAX_IN_LIST) {
        rows.extend(
            track_list_by_ids(conn, chunk)?
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
    let mut durations = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(MAX_IN_LIST) {
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
pub fn track_first_unknown(
    conn: &mut SqliteConnection,
    track_ids: &[String],
) -> QueryResult<Option<String>> {
    let mut known = HashSet::with_capacity(track_ids.len());
    for chunk in track_ids.chunks(MAX_IN_LIST) {
        known.extend(
            tracks::table
                .filter(tracks::id.eq_any(chunk))
                .select(tracks::id)
                .load::<String>(conn)?,
        );
    }
    Ok(track_ids.iter().find(|id| !known.contains(*id)).cloned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;

    #[derive(QueryableByName)]
    struct PlanStep {
        #[diesel(sql_type = Text)]
        detail: String,
    }

    /// What SQLite will do for `statement`, as `EXPLAIN QUERY PLAN` says it.
    fn plan(conn: &mut SqliteConnection, statement: page::Sql, ids: &[String]) -> String {
        page::sql(&format!("EXPLAIN QUERY PLAN {}", statement.text()))
            .bind::<Text, _>(crate::db::statement::ids_json(ids))
            .load::<PlanStep>(conn)
            .expect("a plan")
            .into_iter()
            .map(|step| step.detail)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Each page of tracks reads its links from the covering indexes, in their order: a
    /// visit to the tables for every link was a third of that read (issue 17).
    #[tokio::test]
    async fn a_page_reads_its_artists_and_genres_from_the_covering_indexes_alone() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(dir.path(), None).await;
        let mut conn = db.pool().expect("pool").get().expect("connection");
        let ids = vec!["trk_1".to_owned(), "trk_2".to_owned()];
        let credits = plan(&mut conn, credits_of(&ids), &ids);
        assert!(
            credits.contains("USING COVERING INDEX track_artists_by_track"),
            "{credits}"
        );
        let genres = plan(&mut conn, genres_of(&ids), &ids);
        assert!(
            genres.contains("USING COVERING INDEX track_genres_by_track"),
            "{genres}"
        );
        for plan in [credits, genres] {
            assert!(!plan.contains("TEMP B-TREE"), "sorted by the index: {plan}");
        }
    }
}
