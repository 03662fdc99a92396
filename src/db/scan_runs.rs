//! Scan runs and their per-file errors.

use diesel::prelude::*;

use crate::db::models::{ScanErrorRow, ScanRun, ScanRunUpdate};
use crate::db::schema::{scan_errors, scan_runs};

/// Runs still marked running when no scan can be running (the caller holds the scan lock)
/// were cut short by a crash: they become 'interrupted'.
pub fn scan_run_mark_interrupted(conn: &mut SqliteConnection, now: i64) -> QueryResult<usize> {
    diesel::update(scan_runs::table.filter(scan_runs::status.eq("running")))
        .set((
            scan_runs::status.eq("interrupted"),
            scan_runs::finished_at.eq(now),
        ))
        .execute(conn)
}

pub fn scan_run_create(conn: &mut SqliteConnection, run: &ScanRun) -> QueryResult<()> {
    diesel::insert_into(scan_runs::table)
        .values(run)
        .execute(conn)
        .map(drop)
}

pub fn scan_run_exists(conn: &mut SqliteConnection, id: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        scan_runs::table.filter(scan_runs::id.eq(id)),
    ))
    .get_result(conn)
}

pub fn scan_run_update(
    conn: &mut SqliteConnection,
    id: &str,
    update: &ScanRunUpdate,
) -> QueryResult<()> {
    diesel::update(scan_runs::table.filter(scan_runs::id.eq(id)))
        .set(update)
        .execute(conn)
        .map(drop)
}

/// How many file errors a scan status lists; `errorCount` has the total.
pub const SCAN_ERRORS_LISTED: i64 = 100;

/// The most recent run and its first errors, if the hub ever scanned.
pub fn scan_run_latest_with_errors(
    conn: &mut SqliteConnection,
) -> QueryResult<Option<(ScanRun, Vec<ScanErrorRow>)>> {
    let Some(run) = scan_run_latest(conn)? else {
        return Ok(None);
    };
    let errors = scan_error_list(conn, &run.id, SCAN_ERRORS_LISTED)?;
    Ok(Some((run, errors)))
}

/// The most recent run, of any trigger.
pub fn scan_run_latest(conn: &mut SqliteConnection) -> QueryResult<Option<ScanRun>> {
    scan_runs::table
        .select(ScanRun::as_select())
        .order((scan_runs::started_at.desc(), scan_runs::id.desc()))
        .first(conn)
        .optional()
}

/// The cover digest of the run just before `run_id`, when that run recorded one (only a
/// completed run of every root does; see `library::job::cover_digest`). Any later run, of
/// whatever kind or outcome, hides it: this is the run before, not the last with a digest.
/// "Before" is the order the rows were written in (rows are never deleted, so `rowid`
/// only grows), not `started_at`: a clock set back must not make an older run look newer.
pub fn scan_run_cover_digest_before(
    conn: &mut SqliteConnection,
    run_id: &str,
) -> QueryResult<Option<String>> {
    #[derive(QueryableByName)]
    struct Before {
        #[diesel(sql_type = diesel::sql_types::Text)]
        status: String,
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
        cover_digest: Option<String>,
    }
    let before: Option<Before> = diesel::sql_query(
        "SELECT status, cover_digest FROM scan_runs WHERE id != ? ORDER BY rowid DESC LIMIT 1",
    )
    .bind::<diesel::sql_types::Text, _>(run_id)
    .get_result(conn)
    .optional()?;
    Ok(before.and_then(|b| b.cover_digest.filter(|_| b.status == "completed")))
}

/// Records a file's error in a run; a second error for the same file in the same run is
/// dropped (the first one says it).
pub fn scan_error_insert(conn: &mut SqliteConnection, error: &ScanErrorRow) -> QueryResult<()> {
    diesel::insert_into(scan_errors::table)
        .values(error)
        .on_conflict_do_nothing()
        .execute(conn)
        .map(drop)
}

pub fn scan_error_list(
    conn: &mut SqliteConnection,
    run_id: &str,
    limit: i64,
) -> QueryResult<Vec<ScanErrorRow>> {
    scan_errors::table
        .filter(scan_errors::scan_run_id.eq(run_id))
        .select(ScanErrorRow::as_select())
        .order((scan_errors::occurred_at, scan_errors::rel_path))
        .limit(limit)
        .load(conn)
}
