//! What the library holds in all: the filters' values with their counts, and the totals
//! (kept by triggers as the catalogue changes, and counted again after a first scan).

use diesel::connection::SimpleConnection;
use diesel::dsl::{count, count_star, sql};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Text};
use diesel::sqlite::Sqlite;

use crate::db::schema::{
    artists, format_totals, genres, media_files, track_artists, track_genres, tracks,
};

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

/// Whether a first scan has set the triggers that keep the totals aside
/// (`db::deferred`), as an SQL condition: the kept rows are stale until it puts them back,
/// so totals are counted meanwhile.
macro_rules! totals_set_aside {
    () => {
        "EXISTS (SELECT 1 FROM scan_deferred_schema WHERE name LIKE 'totals\\_%' ESCAPE '\\')"
    };
}

/// A statement giving a list's unfiltered total as `n`: `$kept` while the triggers keep it,
/// `COUNT(*)` of `$table` while they are set aside.
macro_rules! kept_or_counted {
    ($kept:literal, $table:literal) => {
        concat!(
            "SELECT CASE WHEN ",
            totals_set_aside!(),
            " THEN (SELECT COUNT(*) FROM ",
            $table,
            ") ELSE IFNULL((",
            $kept,
            "), 0) END AS n"
        )
    };
}

/// The unfiltered totals of the track, album and artist lists (`page::Listing::kept_total`).
pub const TRACK_TOTAL: &str = kept_or_counted!("SELECT SUM(tracks) FROM format_totals", "tracks");
pub const ALBUM_TOTAL: &str = kept_or_counted!(
    "SELECT items FROM catalogue_counts WHERE subject = 'albums'",
    "albums"
);
pub const ARTIST_TOTAL: &str = kept_or_counted!(
    "SELECT items FROM catalogue_counts WHERE subject = 'artists'",
    "artists"
);

/// The library's totals: as the catalogue's triggers keep them (migration
/// `catalogue_totals`), a few rows whatever the library's size, or counted from every row
/// while a first scan has the triggers set aside. Playlists, few and not kept, are counted.
pub fn library_totals(
    conn: &mut SqliteConnection,
) -> QueryResult<(LibraryTotals, Vec<FormatTotals>)> {
    // One read transaction: the totals and the formats from the same snapshot.
    conn.transaction(read_totals)
}

fn read_totals(conn: &mut SqliteConnection) -> QueryResult<(LibraryTotals, Vec<FormatTotals>)> {
    let set_aside: bool = diesel::select(sql::<Bool>(totals_set_aside!())).get_result(conn)?;
    if set_aside {
        return counted_totals(conn);
    }
    // Independent totals in one statement: raw, as diesel's DSL selects from one table.
    let totals = diesel::sql_query(
        "SELECT IFNULL(SUM(tracks), 0) AS tracks, \
                IFNULL(SUM(duration_ms), 0) AS duration_ms, \
                IFNULL(SUM(bytes), 0) AS bytes, \
                IFNULL((SELECT items FROM catalogue_counts WHERE subject = 'albums'), 0) AS albums, \
                IFNULL((SELECT items FROM catalogue_counts WHERE subject = 'artists'), 0) AS artists, \
                (SELECT COUNT(*) FROM playlists) AS playlists \
         FROM format_totals",
    )
    .get_result::<LibraryTotals>(conn)?;
    let formats = format_totals::table
        .filter(format_totals::tracks.gt(0))
        .select((
            format_totals::format,
            format_totals::tracks,
            format_totals::bytes,
        ))
        .order((format_totals::tracks.desc(), format_totals::format))
        .load::<FormatTotals>(conn)?;
    Ok((totals, formats))
}

/// The library's totals counted from every row (the kept ones are stale).
fn counted_totals(conn: &mut SqliteConnection) -> QueryResult<(LibraryTotals, Vec<FormatTotals>)> {
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

/// Counts the kept totals again from the rows themselves: after a first scan that set
/// their triggers aside (`db::deferred`), and wherever they must be exact again.
pub fn recount_totals(conn: &mut SqliteConnection) -> QueryResult<()> {
    conn.batch_execute(
        "DELETE FROM format_totals; \
         INSERT INTO format_totals (format, tracks, duration_ms, bytes) \
             SELECT t.format, COUNT(*), IFNULL(SUM(t.duration_ms), 0), IFNULL(SUM(f.size_bytes), 0) \
             FROM tracks t LEFT JOIN media_files f ON f.id = t.media_file_id \
             GROUP BY t.format; \
         INSERT INTO catalogue_counts (subject, items) \
             VALUES ('albums', (SELECT COUNT(*) FROM albums)), \
                    ('artists', (SELECT COUNT(*) FROM artists)) \
             ON CONFLICT (subject) DO UPDATE SET items = excluded.items;",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{deferred, Database};

    /// (tracks, albums, artists, duration, bytes), and (format, tracks, bytes) per format.
    type Totals = ((i64, i64, i64, i64, i64), Vec<(String, i64, i64)>);

    fn as_totals((t, formats): (LibraryTotals, Vec<FormatTotals>)) -> Totals {
        (
            (t.tracks, t.albums, t.artists, t.duration_ms, t.bytes),
            formats
                .into_iter()
                .map(|f| (f.format, f.tracks, f.bytes))
                .collect(),
        )
    }

    fn counted(conn: &mut SqliteConnection) -> Totals {
        as_totals(counted_totals(conn).expect("counted totals"))
    }

    fn kept(conn: &mut SqliteConnection) -> Totals {
        as_totals(library_totals(conn).expect("kept totals"))
    }

    /// The unfiltered list totals as the lists read them.
    fn list_totals(conn: &mut SqliteConnection) -> (i64, i64, i64) {
        #[derive(QueryableByName)]
        struct N {
            #[diesel(sql_type = BigInt)]
            n: i64,
        }
        let mut read = |statement| {
            diesel::sql_query(statement)
                .get_result::<N>(conn)
                .expect(statement)
                .n
        };
        (read(TRACK_TOTAL), read(ALBUM_TOTAL), read(ARTIST_TOTAL))
    }

    fn assert_kept(conn: &mut SqliteConnection, after: &str) {
        let counted = counted(conn);
        assert_eq!(kept(conn), counted, "after {after}");
        let (tracks, albums, artists, _, _) = counted.0;
        assert_eq!(
            list_totals(conn),
            (tracks, albums, artists),
            "after {after}"
        );
    }

    fn run(conn: &mut SqliteConnection, sql: &str) {
        conn.batch_execute(sql).expect(sql);
    }

    /// Track `n` of album `album`, in its own file of `size` bytes.
    fn add_track(conn: &mut SqliteConnection, n: u32, album: &str, format: &str, size: i64) {
        run(
            conn,
            &format!(
                "INSERT INTO media_files (id, root_id, rel_path, dir_path, size_bytes, mtime_ms, \
                   extension, first_seen_at, scanned_at) \
                 VALUES ('mf_{n}', 'music', 'a/{n}.{format}', 'a', {size}, 1, '{format}', 1, 1); \
                 INSERT INTO tracks (id, media_file_id, album_id, title, sort_title, artist_credit, \
                   artist_sort, album_sort, duration_ms, format, added_at, updated_at) \
                 VALUES ('tr_{n}', 'mf_{n}', '{album}', 'T{n}', 't{n}', 'A', 'a', 'x', \
                   {duration}, '{format}', 1, 1);",
                duration = 1000 * n,
            ),
        );
    }

    fn add_album(conn: &mut SqliteConnection, id: &str, artist: &str) {
        run(
            conn,
            &format!(
                "INSERT INTO artists (id, name, sort_name, added_at, updated_at) \
                   VALUES ('{artist}', '{artist}', '{artist}', 1, 1) ON CONFLICT DO NOTHING; \
                 INSERT INTO albums (id, title, sort_title, album_artist_id, album_artist_credit, \
                   added_at, updated_at) VALUES ('{id}', '{id}', '{id}', '{artist}', '{artist}', 1, 1);"
            ),
        );
    }

    /// Every way the catalogue changes moves the kept totals exactly as counting the rows
    /// again would: files added, grown, re-formatted, re-pointed, deleted (the track goes
    /// with its file), tracks deleted on their own, albums and artists coming and going.
    #[tokio::test]
    async fn kept_totals_follow_every_change_of_the_catalogue() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(dir.path(), None).await;
        let mut conn = db.pool().expect("pool").get().expect("connection");
        assert_kept(&mut conn, "opening an empty catalogue");
        run(
            &mut conn,
            "INSERT INTO library_roots (id, path, name, added_at) VALUES ('music', '/m', 'M', 1);",
        );
        add_album(&mut conn, "al_1", "ar_1");
        add_album(&mut conn, "al_2", "ar_2");
        for n in 1..=6 {
            let format = if n % 3 == 0 { "flac" } else { "mp3" };
            add_track(
                &mut conn,
                n,
                if n < 4 { "al_1" } else { "al_2" },
                format,
                100 * i64::from(n),
            );
        }
        assert_kept(&mut conn, "adding tracks");
        assert_eq!(kept(&mut conn).0, (6, 2, 2, 21_000, 2_100));

        run(
            &mut conn,
            "UPDATE media_files SET size_bytes = 5000 WHERE id = 'mf_1';",
        );
        assert_kept(&mut conn, "a file growing");
        run(
            &mut conn,
            "UPDATE tracks SET format = 'ogg', duration_ms = 7 WHERE id = 'tr_2';",
        );
        assert_kept(&mut conn, "a track changing format and duration");
        // A rescan rewrites a track with the same values: nothing moves.
        run(
            &mut conn,
            "UPDATE tracks SET format = format, title = 'New' WHERE id = 'tr_3';",
        );
        assert_kept(&mut conn, "a rewrite with the same values");
        run(
            &mut conn,
            "INSERT INTO media_files (id, root_id, rel_path, dir_path, size_bytes, mtime_ms, \
               extension, first_seen_at, scanned_at) \
             VALUES ('mf_moved', 'music', 'b/4.mp3', 'b', 777, 1, 'mp3', 1, 1); \
             UPDATE tracks SET media_file_id = 'mf_moved' WHERE id = 'tr_4'; \
             DELETE FROM media_files WHERE id = 'mf_4';",
        );
        assert_kept(&mut conn, "a track moving to another file");
        run(&mut conn, "DELETE FROM media_files WHERE id = 'mf_5';");
        assert_kept(&mut conn, "a file deleted, its track cascading");
        run(&mut conn, "DELETE FROM tracks WHERE id = 'tr_6';");
        assert_kept(&mut conn, "a track deleted on its own");
        // The scanner's writes are upserts: one that finds its row updates it.
        run(
            &mut conn,
            "INSERT INTO tracks (id, media_file_id, album_id, title, sort_title, artist_credit, \
               artist_sort, album_sort, duration_ms, format, added_at, updated_at) \
             VALUES ('tr_3', 'mf_3', 'al_1', 'T3', 't3', 'A', 'a', 'x', 99, 'wav', 1, 2) \
             ON CONFLICT (id) DO UPDATE SET duration_ms = excluded.duration_ms, \
               format = excluded.format, updated_at = excluded.updated_at; \
             INSERT INTO media_files (id, root_id, rel_path, dir_path, size_bytes, mtime_ms, \
               extension, first_seen_at, scanned_at) \
             VALUES ('mf_3', 'music', 'a/3.flac', 'a', 12345, 2, 'flac', 1, 2) \
             ON CONFLICT (id) DO UPDATE SET size_bytes = excluded.size_bytes;",
        );
        assert_kept(&mut conn, "upserts of a track and its file");
        // A library folder removed: its files go, and their tracks with them.
        run(
            &mut conn,
            "INSERT INTO library_roots (id, path, name, added_at) VALUES ('other', '/o', 'O', 1);",
        );
        run(
            &mut conn,
            "INSERT INTO media_files (id, root_id, rel_path, dir_path, size_bytes, mtime_ms, \
               extension, first_seen_at, scanned_at) \
             VALUES ('mf_other', 'other', 'x.mp3', '', 4321, 1, 'mp3', 1, 1); \
             INSERT INTO tracks (id, media_file_id, album_id, title, sort_title, artist_credit, \
               artist_sort, album_sort, duration_ms, format, added_at, updated_at) \
             VALUES ('tr_other', 'mf_other', 'al_1', 'O', 'o', 'A', 'a', 'x', 5, 'mp3', 1, 1);",
        );
        assert_kept(&mut conn, "a track in another folder");
        run(&mut conn, "DELETE FROM library_roots WHERE id = 'other';");
        assert_kept(&mut conn, "a library folder removed");
        run(&mut conn, "DELETE FROM tracks WHERE album_id = 'al_2'; DELETE FROM albums WHERE id = 'al_2'; DELETE FROM artists WHERE id = 'ar_2';");
        assert_kept(&mut conn, "an album and its artist going");
        let (_, formats) = kept(&mut conn);
        assert!(
            formats.iter().all(|(_, tracks, _)| *tracks > 0),
            "{formats:?}"
        );

        // Set aside for a first scan, the triggers miss what is written, and the totals
        // are counted meanwhile; restoring counts the kept ones again.
        deferred::set_aside(&mut conn).expect("set aside");
        add_album(&mut conn, "al_3", "ar_3");
        add_track(&mut conn, 10, "al_3", "m4a", 4_000);
        run(&mut conn, "DELETE FROM media_files WHERE id = 'mf_1';");
        assert_kept(&mut conn, "writes with the triggers set aside");
        let stale: i64 = format_totals::table
            .filter(format_totals::format.eq("m4a"))
            .count()
            .get_result(&mut conn)
            .expect("kept rows");
        assert_eq!(stale, 0, "the triggers were not set aside");
        deferred::restore(&mut conn).expect("restore");
        assert_kept(&mut conn, "a restore");
        let kept_m4a: i64 = format_totals::table
            .filter(format_totals::format.eq("m4a"))
            .select(format_totals::tracks)
            .get_result(&mut conn)
            .expect("kept rows");
        assert_eq!(kept_m4a, 1, "the restore counted the kept totals again");
    }
}
