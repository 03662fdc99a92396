//! The scan's record: its `scan_runs` row (created, kept up to date with the counters,
//! finished), the roots it covers, and the folders the walk could not read. What the
//! status route and `music-hub scan` report after the scan comes from here.

use diesel::{Connection, SqliteConnection};
use tracing::warn;

use super::{JobError, Outcome, ScanJob};
use crate::db::models::{LibraryRoot, ScanErrorRow, ScanRun, ScanRunUpdate};
use crate::db::{ledger, scan_runs};
use crate::events::{Change, ScanStartedChange};
use crate::library::lock::ScanLock;
use crate::library::progress::{Phase, Progress};
use crate::library::walk::Walked;

/// Creates the run's row. The lock is asked for, not used: whoever holds it is the only
/// process scanning this data dir, and the scanner runs one scan at a time, so a row
/// still marked running is from a process that stopped mid-scan.
pub(super) fn start_run(
    job: &ScanJob,
    _lock: &ScanLock,
    conn: &mut SqliteConnection,
) -> Result<(), JobError> {
    let now = job.now_ms();
    conn.transaction(|conn| {
        scan_runs::scan_run_mark_interrupted(conn, now)?;
        scan_runs::scan_run_create(conn, &new_run(job, "running", now, None))
    })?;
    job.publish(Change::ScanStarted(ScanStartedChange {
        scan_id: job.run_id.clone(),
    }));
    Ok(())
}

/// Records a run that ended before it started (it never held the lock): one row with
/// its end, and nothing else touched.
pub(super) fn record_unstarted(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    outcome: &Outcome,
) -> Result<(), JobError> {
    let now = job.now_ms();
    let mut run = new_run(job, status(outcome), now, Some(now));
    run.error_message = outcome.message.clone();
    scan_runs::scan_run_create(conn, &run)?;
    Ok(())
}

fn new_run(job: &ScanJob, status: &str, now: i64, finished_at: Option<i64>) -> ScanRun {
    ScanRun {
        id: job.run_id.clone(),
        triggered_by: job.trigger.as_str().to_owned(),
        is_full: job.full,
        status: status.to_owned(),
        started_at: now,
        finished_at,
        files_total: None,
        files_seen: 0,
        files_processed: 0,
        files_unchanged: 0,
        tracks_added: 0,
        tracks_updated: 0,
        tracks_removed: 0,
        error_count: 0,
        error_message: None,
    }
}

/// `scan_runs.status` for how a scan ended.
fn status(outcome: &Outcome) -> &'static str {
    match outcome.phase {
        Phase::Completed => "completed",
        Phase::Cancelled => "cancelled",
        _ => "failed",
    }
}

fn counters(job: &ScanJob, status: &str, finished_at: Option<i64>) -> ScanRunUpdate {
    let s = job.progress.snapshot();
    let small = |n: u64| i32::try_from(n).unwrap_or(i32::MAX);
    ScanRunUpdate {
        status: status.to_owned(),
        finished_at,
        files_total: s.total.map(small),
        files_seen: small(s.seen),
        files_processed: small(s.processed),
        files_unchanged: small(s.unchanged),
        tracks_added: small(s.added),
        tracks_updated: small(s.updated),
        tracks_removed: small(s.removed),
        error_count: small(s.errors),
        error_message: None,
        cover_digest: None,
    }
}

pub(super) fn save_counters(job: &ScanJob, conn: &mut SqliteConnection) -> Result<(), JobError> {
    scan_runs::scan_run_update(conn, &job.run_id, &counters(job, "running", None))?;
    Ok(())
}

/// Records how the run ended, with the cover digest it vouches for when it completed.
pub(super) fn finish_run(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    outcome: &Outcome,
    cover_digest: Option<String>,
) -> Result<(), JobError> {
    let mut update = counters(job, status(outcome), Some(job.now_ms()));
    update.error_message = outcome.message.clone();
    update.cover_digest = cover_digest.filter(|_| outcome.phase == Phase::Completed);
    // `scanCompleted` is the scanner's to announce, once the next scan may start.
    scan_runs::scan_run_update(conn, &job.run_id, &update)?;
    Ok(())
}

/// Records the configured roots; a known root that cannot be read now is marked missing,
/// and its files are left alone (an unplugged disk is not an empty library).
pub(super) fn record_roots(job: &ScanJob, conn: &mut SqliteConnection) -> Result<(), JobError> {
    let now = job.now_ms();
    conn.transaction(|conn| {
        for root in &job.roots {
            ledger::library_root_upsert(
                conn,
                &LibraryRoot {
                    id: root.id.clone(),
                    path: root.path.to_string_lossy().into_owned(),
                    name: root.name.clone(),
                    added_at: now,
                    last_scan_at: None,
                    missing_since: None,
                },
            )?;
        }
        for gone in &job.unavailable {
            warn!(path = %gone.path.display(), reason = %gone.reason, "a library folder cannot be read");
            // A no-op for a folder the catalogue never had.
            ledger::library_root_mark_missing(conn, &gone.id, now)?;
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

pub(super) fn record_walk_problems(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    walked: &Walked,
) -> Result<(), JobError> {
    if walked.problems.is_empty() {
        return Ok(());
    }
    let now = job.now_ms();
    conn.transaction(|conn| {
        for problem in &walked.problems {
            let Some(root) = job.roots.get(problem.root) else {
                continue;
            };
            warn!(root = %root.id, path = %problem.rel_path, message = %problem.message, "scan: cannot read");
            scan_runs::scan_error_insert(
                conn,
                &ScanErrorRow {
                    scan_run_id: job.run_id.clone(),
                    root_id: root.id.clone(),
                    rel_path: problem.rel_path.clone(),
                    error_kind: problem.code.to_owned(),
                    message: problem.message.clone(),
                    occurred_at: now,
                },
            )?;
            Progress::add(&job.progress.errors, 1);
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}
