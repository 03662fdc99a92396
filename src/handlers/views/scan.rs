//! Scans as the API reports them: a running scan from the scanner's live counters, a
//! finished one from its `scan_runs` row, and the progress feed's messages.

use crate::api::generated::{
    ScanFileError, ScanPhase, ScanProgressEvent, ScanState, ScanStatus, ScanTrigger,
};
use crate::app::scanning::ScanReport;
use crate::app::scanning::{ScanErrorRow, ScanRun};
use crate::library::job::Trigger;
use crate::library::progress::{Phase, Snapshot};
use crate::library::scanner::{ProgressUpdate, RunningScan};

/// The running scan, else the last recorded one, else `idle`.
pub fn scan_status(report: ScanReport) -> ScanStatus {
    match report {
        ScanReport::Running { scan, errors } => live_status(&scan, errors),
        ScanReport::Recorded { run, errors } => recorded_status(run, errors),
        ScanReport::Idle => idle_status(),
    }
}

fn idle_status() -> ScanStatus {
    ScanStatus {
        state: ScanState::Idle,
        phase: ScanPhase::Idle,
        scan_id: None,
        trigger: None,
        full: None,
        started_at: None,
        finished_at: None,
        files_total: None,
        files_seen: None,
        files_processed: None,
        files_unchanged: None,
        added: None,
        updated: None,
        removed: None,
        error_count: None,
        errors: None,
        percent: None,
        rate: None,
        eta_seconds: None,
        current_path: None,
        message: None,
    }
}

fn api_trigger(trigger: Trigger) -> ScanTrigger {
    match trigger {
        Trigger::Startup => ScanTrigger::Startup,
        Trigger::Api => ScanTrigger::Manual,
        Trigger::Watcher => ScanTrigger::Watcher,
        Trigger::Rebuild => ScanTrigger::Rebuild,
        Trigger::Cli => ScanTrigger::Cli,
    }
}

fn api_phase(phase: Phase) -> ScanPhase {
    match phase {
        Phase::Counting => ScanPhase::Counting,
        Phase::Scanning => ScanPhase::Scanning,
        Phase::Pruning => ScanPhase::Pruning,
        Phase::Finalizing => ScanPhase::Finalizing,
        Phase::Completed => ScanPhase::Completed,
        Phase::Cancelled => ScanPhase::Cancelled,
        Phase::Failed => ScanPhase::Failed,
    }
}

fn count(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn eta_seconds(snapshot: &Snapshot) -> Option<i64> {
    snapshot
        .eta
        .map(|eta| count(eta.as_secs_f64().ceil() as u64))
}

/// A scan the scanner is running (or has just finished) as the API reports it.
pub fn live_status(running: &RunningScan, errors: Vec<ScanErrorRow>) -> ScanStatus {
    let s = &running.snapshot;
    let state = match s.phase {
        Phase::Completed => ScanState::Completed,
        Phase::Cancelled => ScanState::Cancelled,
        Phase::Failed => ScanState::Failed,
        _ if s.cancelling => ScanState::Cancelling,
        _ => ScanState::Running,
    };
    ScanStatus {
        state,
        phase: api_phase(s.phase),
        scan_id: Some(running.id.clone()),
        trigger: Some(api_trigger(running.trigger)),
        full: Some(running.full),
        started_at: Some(running.started_at),
        finished_at: None,
        files_total: s.total.map(count),
        files_seen: Some(count(s.seen)),
        files_processed: Some(count(s.processed)),
        files_unchanged: Some(count(s.unchanged)),
        added: Some(count(s.added)),
        updated: Some(count(s.updated)),
        removed: Some(count(s.removed)),
        error_count: Some(count(s.errors)),
        errors: file_errors(errors),
        percent: s.percent,
        rate: s.rate,
        eta_seconds: eta_seconds(s),
        current_path: s.current_path.clone(),
        message: None,
    }
}

fn file_errors(errors: Vec<ScanErrorRow>) -> Option<Vec<ScanFileError>> {
    (!errors.is_empty()).then(|| {
        errors
            .into_iter()
            .map(|e| ScanFileError {
                path: format!("{}/{}", e.root_id, e.rel_path),
                error: e.error_kind,
                message: e.message,
            })
            .collect()
    })
}

pub fn progress_event(update: &ProgressUpdate) -> ScanProgressEvent {
    let Some(s) = &update.snapshot else {
        return ScanProgressEvent {
            scan_id: update.scan_id.clone(),
            phase: ScanPhase::Idle,
            files_total: None,
            files_seen: 0,
            files_processed: 0,
            files_unchanged: None,
            added: 0,
            updated: 0,
            removed: 0,
            error_count: 0,
            percent: None,
            rate: None,
            eta_seconds: None,
            elapsed_ms: None,
            current_path: None,
            feed_ended: None,
            at: update.at,
        };
    };
    ScanProgressEvent {
        scan_id: update.scan_id.clone(),
        phase: api_phase(s.phase),
        files_total: s.total.map(count),
        files_seen: count(s.seen),
        files_processed: count(s.processed),
        files_unchanged: Some(count(s.unchanged)),
        added: count(s.added),
        updated: count(s.updated),
        removed: count(s.removed),
        error_count: count(s.errors),
        percent: s.percent,
        rate: s.rate,
        eta_seconds: eta_seconds(s),
        elapsed_ms: Some(i64::try_from(s.elapsed.as_millis()).unwrap_or(i64::MAX)),
        current_path: s.current_path.clone(),
        feed_ended: None,
        at: update.at,
    }
}

/// A recorded scan run as the API reports it. A run still marked running in the database
/// was interrupted or is reported live by the scanner, which knows more than this row.
fn recorded_status(run: ScanRun, errors: Vec<ScanErrorRow>) -> ScanStatus {
    let (state, phase) = match run.status.as_str() {
        // Only asked when no scan runs: a row still "running" is from a hub that stopped
        // mid-scan (the next scan marks it interrupted), or whose last write failed.
        "completed" => (ScanState::Completed, ScanPhase::Completed),
        "cancelled" => (ScanState::Cancelled, ScanPhase::Cancelled),
        _ => (ScanState::Failed, ScanPhase::Failed),
    };
    let trigger = Trigger::parse(&run.triggered_by).map(api_trigger);
    let processed = i64::from(run.files_processed);
    let total = run.files_total.map(i64::from);
    let percent = total
        .filter(|t| *t > 0)
        .map(|t| (processed as f64 / t as f64 * 100.0).min(100.0))
        .or_else(|| (phase == ScanPhase::Completed).then_some(100.0));
    let rate = run.finished_at.and_then(|end| {
        let seconds = (end - run.started_at) as f64 / 1000.0;
        (seconds > 0.0).then(|| processed as f64 / seconds)
    });
    let message = match run.status.as_str() {
        "interrupted" | "running" => {
            Some("The hub stopped while this scan was running.".to_owned())
        }
        _ => run.error_message,
    };
    ScanStatus {
        state,
        phase,
        scan_id: Some(run.id),
        trigger,
        full: Some(run.is_full),
        started_at: Some(crate::clock::from_ms(run.started_at)),
        finished_at: run.finished_at.map(crate::clock::from_ms),
        files_total: total,
        files_seen: Some(i64::from(run.files_seen)),
        files_processed: Some(processed),
        files_unchanged: Some(i64::from(run.files_unchanged)),
        added: Some(i64::from(run.tracks_added)),
        updated: Some(i64::from(run.tracks_updated)),
        removed: Some(i64::from(run.tracks_removed)),
        error_count: Some(i64::from(run.error_count)),
        errors: file_errors(errors),
        percent,
        rate,
        eta_seconds: None,
        current_path: None,
        message,
    }
}
