//! The library as folders (roots, the folders the scanner recorded, the tracks in each) and
//! the home sections.

use diesel::dsl::{count, sql};
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use diesel::sqlite::Sqlite;

use super::albums::AlbumRow;
use super::tracks::{track_query, TrackRow};
use crate::db::page::sql as raw;
use crate::db::schema::{library_roots, media_files, tracks};

/// A library root with its number of tracks.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = library_roots, check_for_backend(Sqlite))]
pub struct RootRow {
    pub id: String,
    pub path: String,
    pub name: String,
    #[diesel(
        select_expression = library_roots::missing_since.is_null(),
        select_expression_type = diesel::dsl::IsNull<library_roots::missing_since>
    )]
    pub available: bool,
    /// A correlated count, which diesel's DSL cannot express.
    #[diesel(
        select_expression = sql::<BigInt>(
            "(SELECT COUNT(*) FROM media_files f JOIN tracks t ON t.media_file_id = f.id \
             WHERE f.root_id = library_roots.id)"
        ),
        select_expression_type = diesel::expression::SqlLiteral<BigInt>
    )]
    pub track_count: i64,
}

pub fn root_list(conn: &mut SqliteConnection) -> QueryResult<Vec<RootRow>> {
    library_roots::table
        .order((library_roots::name, library_roots::id))
        .select(RootRow::as_select())
        .load(conn)
}

/// The folders at and below `dir` in a root that hold files (`dir` empty: the whole root),
/// each with the number of tracks directly in it.
pub fn folder_list(
    conn: &mut SqliteConnection,
    root_id: &str,
    dir: &str,
) -> QueryResult<Vec<(String, i64)>> {
    let query = media_files::table
        .left_join(tracks::table)
        .filter(media_files::root_id.eq(root_id))
        .group_by(media_files::dir_path)
        .select((media_files::dir_path, count(tracks::id.nullable())))
        .into_boxed();
    let query = if dir.is_empty() {
        query
    } else {
        // `dir/` up to (not including) `dir0` is every path inside `dir`: '0' follows '/'.
        query.filter(
            media_files::dir_path
                .eq(dir.to_owned())
                .or(media_files::dir_path
                    .ge(format!("{dir}/"))
                    .and(media_files::dir_path.lt(format!("{dir}0")))),
        )
    };
    query.load(conn)
}

/// The tracks whose files sit directly in `dir`, by file name.
pub fn folder_tracks(
    conn: &mut SqliteConnection,
    root_id: &str,
    dir: &str,
) -> QueryResult<Vec<TrackRow>> {
    track_query()
        .filter(media_files::root_id.eq(root_id))
        .filter(media_files::dir_path.eq(dir))
        .order(media_files::rel_path)
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
    let recently_added_albums = raw(&format!(
        // Written, not bound: a bound limit is compiled again at every use (`Sql::limit_at_least`).
        "SELECT {} FROM albums a ORDER BY a.added_at DESC, a.id LIMIT {HOME_SECTION}",
        super::albums::ALBUM_COLUMNS
    ))
    .load::<AlbumRow>(conn)?;
    let recently_played = track_query()
        .filter(tracks::last_played_at.is_not_null())
        .order((tracks::last_played_at.desc(), tracks::id))
        .limit(HOME_SECTION)
        .load(conn)?;
    let most_played = track_query()
        .filter(tracks::play_count.gt(0))
        .order((tracks::play_count.desc(), tracks::id))
        .limit(HOME_SECTION)
        .load(conn)?;
    Ok(Home {
        recently_added_albums,
        recently_played,
        most_played,
    })
}
