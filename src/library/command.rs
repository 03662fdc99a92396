//! `music-hub scan`: one scan from the command line, with a progress bar and a summary,
//! into the same database the hub uses.

use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use super::job::{ScanSetup, Trigger};
use super::lock::ScanLock;
use super::progress::Phase;
use crate::clock::{SharedClock, SystemClock};
use crate::config::ScanArgs;
use crate::db::{scan_runs, Database, HealthStatus};

/// Runs the scan; `Err` says why it could not run or failed, for the terminal.
pub async fn run(args: ScanArgs) -> Result<(), String> {
    let libraries = args.libraries();
    if libraries.is_empty() {
        return Err("no library folder: pass --library DIR (or set MUSIC_HUB_LIBRARY)".into());
    }
    let data_dir = args.data_dir();
    crate::data_dir::create_private_dir(&data_dir)
        .map_err(|e| format!("cannot use the data dir {}: {e}", data_dir.display()))?;
    let db = Database::open(&data_dir, None).await;
    let health = db.health();
    if health.status != HealthStatus::Healthy {
        return Err(format!(
            "the database is {}: {} (rebuild it from the running hub: POST /api/database/rebuild)",
            health.status, health.detail
        ));
    }
    let pool = db.pool().map_err(|e| e.to_string())?;
    let clock: SharedClock = Arc::new(SystemClock);
    let setup = ScanSetup::new(libraries, data_dir, clock).map_err(|e| e.to_string())?;
    // The lock first: beside a hub that is scanning, nothing is read or written. Taking it
    // and resolving the roots touch the file system: not on an async worker.
    let (lock, job) = tokio::task::spawn_blocking(move || {
        let lock = ScanLock::try_acquire(setup.data_dir(), Trigger::Cli)?;
        let request = setup.request(Trigger::Cli, args.full);
        Ok::<_, super::lock::LockError>((lock, setup.prepare(pool, request)))
    })
    .await
    .map_err(|e| e.to_string())?
    .map_err(|e| e.to_string())?;
    for gone in job.unavailable() {
        eprintln!("skipping {}: {}", gone.path.display(), gone.reason);
    }
    if job.roots().is_empty() {
        return Err("none of the library folders can be read".into());
    }
    let progress = job.progress().clone();
    let run_id = job.id().to_owned();

    let bar = ProgressBar::new_spinner();
    // The rate and the time left are the scan's own (over the last few seconds, whole
    // numbers), not indicatif's average since the bar was made.
    let reading = ProgressStyle::with_template(
        "{spinner} {prefix:>10} [{bar:30}] {pos}/{len} files  {wide_msg}",
    )
    .map_err(|e| e.to_string())?
    .progress_chars("=> ");
    // Once every file is read, the catalogue is still being written: a spinner says so
    // rather than a full bar that looks finished.
    let finishing = ProgressStyle::with_template("{spinner} {prefix:>10} {wide_msg}")
        .map_err(|e| e.to_string())?;
    bar.set_style(reading.clone());
    bar.enable_steady_tick(Duration::from_millis(120));

    let worker = tokio::task::spawn_blocking(move || {
        let outcome = job.run(&lock);
        job.progress().set_phase(outcome.phase);
        outcome
    });
    tokio::pin!(worker);
    let mut cancelling = false;
    let outcome = loop {
        tokio::select! {
            outcome = &mut worker => break outcome.map_err(|e| e.to_string())?,
            // Ctrl-C cancels rather than kills: what was read is committed whole, and what
            // a first scan set aside is put back before the process ends (a hub serving the
            // same data dir would otherwise go on without it).
            Ok(()) = tokio::signal::ctrl_c(), if !cancelling => {
                cancelling = true;
                progress.cancel();
            }
            () = tokio::time::sleep(Duration::from_millis(100)) => {
                let s = progress.snapshot();
                bar.set_prefix(format!("{:?}", s.phase).to_lowercase());
                if matches!(s.phase, Phase::Pruning | Phase::Finalizing) {
                    bar.set_style(finishing.clone());
                    bar.set_message(format!("{} files read; writing the catalogue", s.processed));
                    continue;
                }
                match s.total {
                    Some(total) => {
                        bar.set_length(total);
                        bar.set_position(s.processed);
                    }
                    None => bar.set_position(s.seen),
                }
                bar.set_message(reading_message(&s));
            }
        }
    };
    bar.finish_and_clear();

    let s = progress.snapshot();
    println!(
        "{}: {} files in {:.1} s ({} unchanged); {} added, {} updated, {} removed; {} errors",
        match outcome.phase {
            Phase::Completed => "scan completed",
            Phase::Cancelled => "scan cancelled",
            _ => "scan failed",
        },
        s.processed,
        s.elapsed.as_secs_f64(),
        s.unchanged,
        s.added,
        s.updated,
        s.removed,
        s.errors,
    );
    if s.errors > 0 {
        let errors = db
            .run(move |conn| Ok(scan_runs::scan_error_list(conn, &run_id, 20)?))
            .await
            .map_err(|e| e.to_string())?;
        for error in &errors {
            println!(
                "  {}/{}: {} ({})",
                error.root_id, error.rel_path, error.message, error.error_kind
            );
        }
        if s.errors > errors.len() as u64 {
            println!("  … and {} more", s.errors - errors.len() as u64);
        }
    }
    match outcome.message {
        Some(message) if outcome.phase == Phase::Failed => Err(message),
        _ => Ok(()),
    }
}

/// The rate in whole files a second, the time left in whole seconds, and the file at hand.
fn reading_message(s: &super::progress::Snapshot) -> String {
    let mut parts = Vec::new();
    if let Some(rate) = s.rate {
        parts.push(format!("{rate:.0} files/s"));
    }
    if let Some(eta) = s.eta {
        parts.push(format!("eta {}s", eta.as_secs()));
    }
    parts.extend(s.current_path.clone());
    parts.join("  ")
}
