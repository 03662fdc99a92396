//! A first scan's bulk load: into an empty catalogue, the secondary indexes of `tracks`
//! and its link tables, the triggers that feed the search index (`search_fts`) from
//! `search_documents`, and those that keep the library's totals, are set aside while the
//! files are written, and put back at the end: the indexes built by one sort each, the
//! search index by one FTS5 `rebuild` from its content table, the totals counted once.
//! Row by row, those cost a first scan of 20k files most of its writing time (sixteen indexes,
//! with inserts at random places, an FTS5 insert per document).
//!
//! Crash-safe by construction: setting aside saves each object's own `CREATE` statement in
//! `scan_deferred_schema` and drops the object in the same transaction, and restoring
//! replays them and deletes their rows: each index in a transaction of its own, then the
//! triggers with the search index rebuilt and the totals counted, in one. A scan
//! that dies in between leaves the rows, and the next open of the database (`restore` is
//! called before the migrations) finishes the job; a cancelled or failed scan restores
//! them itself.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::db::catalog::recount_totals;
use crate::db::schema::{media_files, scan_deferred_schema, tracks};

#[derive(QueryableByName)]
struct SchemaObject {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    kind: String,
    #[diesel(sql_type = Text)]
    sql: String,
}

/// The objects set aside: every explicit index on the tables a scan fills row by row
/// (autoindexes of UNIQUE constraints have no SQL and stay: upserts need them), the
/// triggers on `search_documents`, which only feed the FTS index, and the `totals_`
/// triggers that keep the library's totals (counted once instead, at restore). The
/// catalogue's other triggers stay, so `search_documents` itself is complete when the
/// scan ends, and so does its index of exact names, which searches during the scan use.
const SET_ASIDE: &str = "SELECT name, type AS kind, sql FROM sqlite_master \
     WHERE sql IS NOT NULL AND ( \
       (type = 'index' AND tbl_name IN ('tracks', 'track_artists', 'track_genres')) \
       OR (type = 'trigger' AND tbl_name = 'search_documents') \
       OR (type = 'trigger' AND name LIKE 'totals\\_%' ESCAPE '\\'))";

/// Whether the catalogue has no file and no track yet: only then is setting aside a gain
/// that cannot hurt (no reader waits on a half-built index of a library it already had).
pub fn catalogue_is_empty(conn: &mut SqliteConnection) -> QueryResult<bool> {
    let files: bool = diesel::select(diesel::dsl::exists(
        media_files::table.select(media_files::id),
    ))
    .get_result(conn)?;
    let tracks: bool =
        diesel::select(diesel::dsl::exists(tracks::table.select(tracks::id))).get_result(conn)?;
    Ok(!files && !tracks)
}

/// Whether a first scan has the catalogue's indexes set aside: until they are back, a page
/// sorts every row and a count reads every entry (`Database::run_brief` then runs nothing
/// where the request runs).
pub fn is_set_aside(conn: &mut SqliteConnection) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        scan_deferred_schema::table.select(scan_deferred_schema::name),
    ))
    .get_result(conn)
}

/// Sets the indexes and search triggers aside, in one transaction. Anything still set
/// aside from before is restored first, so that nothing is saved twice.
pub fn set_aside(conn: &mut SqliteConnection) -> QueryResult<usize> {
    restore(conn)?;
    conn.immediate_transaction(|conn| {
        let objects: Vec<SchemaObject> = diesel::sql_query(SET_ASIDE).load(conn)?;
        for object in &objects {
            diesel::insert_into(scan_deferred_schema::table)
                .values((
                    scan_deferred_schema::name.eq(&object.name),
                    scan_deferred_schema::kind.eq(&object.kind),
                    scan_deferred_schema::sql.eq(&object.sql),
                ))
                .execute(conn)?;
            let drop = match object.kind.as_str() {
                "index" => "DROP INDEX",
                _ => "DROP TRIGGER",
            };
            conn.batch_execute(&format!("{drop} \"{}\"", object.name.replace('"', "\"\"")))?;
        }
        Ok(objects.len())
    })
}

/// Puts back whatever is set aside: each index in a transaction of its own, then the
/// triggers with the search index rebuilt from `search_documents` and the totals counted,
/// together (a trigger back without them would leave the index and the totals missing what
/// was written while it was away, and nothing set aside to say so). One transaction for
/// everything held the write lock for as long as all of it took, past other writers' busy
/// timeout on a large library. Returns
/// how many objects came back (0 when nothing was set aside, which costs one small query).
pub fn restore(conn: &mut SqliteConnection) -> QueryResult<usize> {
    let pending: i64 = scan_deferred_schema::table.count().get_result(conn)?;
    if pending == 0 {
        return Ok(0);
    }
    let _span = tracing::info_span!("restore_deferred", objects = pending).entered();
    let saved: Vec<(String, String, String)> = scan_deferred_schema::table
        .select((
            scan_deferred_schema::name,
            scan_deferred_schema::kind,
            scan_deferred_schema::sql,
        ))
        .load(conn)?;
    let (triggers, indexes): (Vec<_>, Vec<_>) =
        saved.iter().partition(|(_, kind, _)| kind == "trigger");
    for (name, _, sql) in &indexes {
        conn.immediate_transaction(|conn| {
            conn.batch_execute(sql)?;
            forget(conn, name)
        })?;
    }
    if !triggers.is_empty() {
        conn.immediate_transaction(|conn| {
            for (name, _, sql) in &triggers {
                conn.batch_execute(sql)?;
                forget(conn, name)?;
            }
            // 'rebuild' reads the whole content table, so the index matches it exactly
            // whatever happened in between; the totals are counted from the rows likewise.
            // Only when their triggers were set aside: a scan that died under an older
            // hub set aside none, and this runs before the migration that makes the totals'
            // tables (which counts them itself).
            conn.batch_execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild');")?;
            if triggers
                .iter()
                .any(|(name, _, _)| name.starts_with("totals_"))
            {
                recount_totals(conn)?;
            }
            Ok::<_, diesel::result::Error>(())
        })?;
    }
    Ok(saved.len())
}

/// Drops the saved statement of an object that is back.
fn forget(conn: &mut SqliteConnection, name: &str) -> QueryResult<()> {
    diesel::delete(scan_deferred_schema::table.filter(scan_deferred_schema::name.eq(name)))
        .execute(conn)
        .map(drop)
}

/// `restore` for a database being opened, where the table may not exist yet (a database
/// older than it has nothing set aside).
pub(super) fn restore_at_open(conn: &mut SqliteConnection) -> QueryResult<usize> {
    #[derive(QueryableByName)]
    struct Found {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let found: Found = diesel::sql_query(
        "SELECT count(*) AS n FROM sqlite_master \
         WHERE type = 'table' AND name = 'scan_deferred_schema'",
    )
    .get_result(conn)?;
    if found.n == 0 {
        return Ok(0);
    }
    restore(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;

    #[derive(QueryableByName)]
    struct Line {
        #[diesel(sql_type = Text)]
        line: String,
    }

    /// The indexes and triggers as SQLite holds them, one line each.
    fn schema(conn: &mut SqliteConnection) -> Vec<String> {
        diesel::sql_query(
            "SELECT type || ' ' || name || ': ' || sql AS line FROM sqlite_master \
             WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name",
        )
        .load::<Line>(conn)
        .expect("schema")
        .into_iter()
        .map(|l| l.line)
        .collect()
    }

    fn found(conn: &mut SqliteConnection, word: &str) -> Vec<String> {
        diesel::sql_query(
            "SELECT d.item_id AS line FROM search_fts JOIN search_documents d \
             ON d.doc_id = search_fts.rowid WHERE search_fts MATCH ?",
        )
        .bind::<Text, _>(word)
        .load::<Line>(conn)
        .expect("search")
        .into_iter()
        .map(|l| l.line)
        .collect()
    }

    fn add_artist(conn: &mut SqliteConnection, id: &str, name: &str) {
        diesel::sql_query(
            "INSERT INTO artists (id, name, sort_name, added_at, updated_at) \
             VALUES (?, ?, ?, 0, 0)",
        )
        .bind::<Text, _>(id)
        .bind::<Text, _>(name)
        .bind::<Text, _>(name)
        .execute(conn)
        .expect("artist");
    }

    /// A first scan that dies with its indexes and search triggers set aside: the next
    /// open of the database puts every one of them back, and the search index holds what
    /// was written meanwhile.
    #[tokio::test]
    async fn a_scan_that_died_is_finished_at_the_next_open() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(dir.path(), None).await;
        let pool = db.pool().expect("pool");
        let mut conn = pool.get().expect("connection");
        let before = schema(&mut conn);
        assert!(catalogue_is_empty(&mut conn).expect("empty"));
        add_artist(&mut conn, "ar_1", "Before");

        let set = set_aside(&mut conn).expect("set aside");
        assert!(set >= 10, "only {set} objects set aside");
        let during = schema(&mut conn);
        assert!(!during.iter().any(|l| l.contains("tracks_sort_title")));
        assert!(!during.iter().any(|l| l.contains("search_documents_ai")));
        add_artist(&mut conn, "ar_2", "Meanwhile");
        assert!(found(&mut conn, "meanwhile").is_empty(), "not deferred");
        // The process dies here: nothing restores.
        drop(conn);
        drop(pool);
        drop(db);

        let db = Database::open(dir.path(), None).await;
        let mut conn = db.pool().expect("pool").get().expect("connection");
        assert_eq!(schema(&mut conn), before);
        let left: i64 = scan_deferred_schema::table
            .count()
            .get_result(&mut conn)
            .expect("count");
        assert_eq!(left, 0);
        assert_eq!(found(&mut conn, "meanwhile"), ["ar_2"]);
        assert_eq!(found(&mut conn, "before"), ["ar_1"]);
        let artists: i64 = crate::db::schema::catalogue_counts::table
            .filter(crate::db::schema::catalogue_counts::subject.eq("artists"))
            .select(crate::db::schema::catalogue_counts::items)
            .get_result(&mut conn)
            .expect("kept count");
        assert_eq!(artists, 2, "the totals were counted again at the open");
        // The triggers work again: a later write reaches the index at once.
        add_artist(&mut conn, "ar_3", "Later");
        assert_eq!(found(&mut conn, "later"), ["ar_3"]);
    }

    /// A first scan that died under a hub older than the kept totals set aside only the
    /// search triggers, and the totals' tables do not exist yet when the database is next
    /// opened (restoring runs before the migrations): restoring must not count them.
    #[tokio::test]
    async fn what_an_older_hub_set_aside_comes_back_before_the_totals_exist() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(dir.path(), None).await;
        let mut conn = db.pool().expect("pool").get().expect("connection");
        set_aside(&mut conn).expect("set aside");
        // As an older hub would have left it: the totals' triggers never set aside (put
        // back here by hand), and their tables not made yet.
        let totals: Vec<(String, String)> = scan_deferred_schema::table
            .filter(scan_deferred_schema::name.like("totals\\_%").escape('\\'))
            .select((scan_deferred_schema::name, scan_deferred_schema::sql))
            .load(&mut conn)
            .expect("saved totals triggers");
        assert!(!totals.is_empty());
        for (name, _) in &totals {
            forget(&mut conn, name).expect("forget");
        }
        conn.batch_execute("DROP TABLE format_totals; DROP TABLE catalogue_counts;")
            .expect("drop the totals");
        add_artist(&mut conn, "ar_1", "Older");

        assert!(restore(&mut conn).expect("restore") > 0);
        assert_eq!(found(&mut conn, "older"), ["ar_1"]);
    }

    /// Restoring twice, or with nothing set aside, changes nothing.
    #[tokio::test]
    async fn restoring_is_idempotent() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = Database::open(dir.path(), None).await;
        let mut conn = db.pool().expect("pool").get().expect("connection");
        let before = schema(&mut conn);
        assert_eq!(restore(&mut conn).expect("restore"), 0);
        set_aside(&mut conn).expect("set aside");
        assert!(restore(&mut conn).expect("restore") > 0);
        assert_eq!(restore(&mut conn).expect("restore"), 0);
        assert_eq!(schema(&mut conn), before);
    }
}
