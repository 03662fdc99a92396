//! `music-hub tags write` and `music-hub tags prune-backups`: the terminal face of
//! `write_back` and `backups`, on the database in the data dir.
//!
//! The hub may be running on the same data dir. The command holds the data dir's scan
//! lock while it works, so it refuses to start beside a running scan and no scan starts
//! while it rewrites files (the hub's waits for it); SQLite keeps the two writers apart.
//! The running hub's event feed does not hear of the change (events live in its process);
//! its watcher sees the rewritten files, and the catalogue is already in step.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use serde_json::Value;

use super::backups;
use super::write_back::{self, Backups, FieldChange, Selection, TagWriteBack};
use crate::clock::{SharedClock, SystemClock};
use crate::config::{TagsPruneArgs, TagsWriteArgs};
use crate::db::{Database, HealthStatus, DATABASE_FILE};
use crate::library::lock::{LockError, ScanLock};

/// Writes the chosen tracks' effective values into their files (or, with `--dry-run`,
/// prints what would change); `Err` when it could not run or some file was not written.
pub async fn write(args: TagsWriteArgs) -> Result<(), String> {
    let selection = if args.all {
        Selection::All
    } else if let Some(album) = &args.album {
        Selection::Album(album.clone())
    } else {
        Selection::Tracks(args.track.clone())
    };
    let data_dir = args.data_dir();
    let db = open_database(&data_dir).await?;
    // Beside a running scan nothing is read or written: the scan could read a file while
    // it is replaced.
    let lock = {
        let data_dir = data_dir.clone();
        tokio::task::spawn_blocking(move || {
            ScanLock::try_acquire_as(&data_dir, "`music-hub tags write`")
        })
        .await
        .map_err(|e| e.to_string())?
        .map_err(|err| match err {
            LockError::Busy { holder, data_dir } => format!(
                "{holder} is scanning the catalogue in {}; no file is written while a scan \
                 reads them: run this again when the scan is done",
                data_dir.display()
            ),
            other => other.to_string(),
        })?
    };
    let clock: SharedClock = Arc::new(SystemClock);
    let service = Arc::new(TagWriteBack::new(Arc::new(db), data_dir.clone(), clock));
    let chosen = service.choose(selection).await.map_err(|e| e.to_string())?;
    if chosen.is_empty() {
        println!("no chosen track has overrides: nothing to write");
        return Ok(());
    }

    // Every file is read first: the changes to print, and a file that cannot be replaced
    // safely (a link, read-only, in a folder that takes no new file) refuses the run before
    // any file is touched, rather than failing half-way through it.
    let plans = {
        let chosen = chosen.clone();
        tokio::task::spawn_blocking(move || {
            chosen
                .iter()
                .map(|c| (write_back::plan(c), write_back::refusal(c)))
                .collect::<Vec<_>>()
        })
        .await
        .map_err(|e| e.to_string())?
    };
    let refused: Vec<String> = chosen
        .iter()
        .zip(&plans)
        .filter_map(|(c, (plan, refusal))| match refusal {
            Some(why) if plan.as_ref().is_ok_and(|changes| !changes.is_empty()) => {
                Some(format!("{}: {why}", c.shown()))
            }
            _ => None,
        })
        .collect();
    if !refused.is_empty() {
        return Err(format!(
            "{} file(s) to change cannot be written safely; nothing was written (fix them, or \
             leave them out with --track or --album):\n  {}",
            refused.len(),
            refused.join("\n  ")
        ));
    }

    if args.dry_run {
        let mut changing = 0;
        for (c, (plan, _)) in chosen.iter().zip(&plans) {
            match plan {
                Ok(changes) if changes.is_empty() => {}
                Ok(changes) => {
                    changing += 1;
                    println!("{} ({})", c.shown(), c.file.track_id);
                    for change in changes {
                        println!("  {}", describe(change));
                    }
                }
                Err(err) => println!(
                    "{} ({}): cannot be written: {err}",
                    c.shown(),
                    c.file.track_id
                ),
            }
        }
        println!(
            "dry run: {changing} of {} files would change; nothing was written",
            chosen.len()
        );
        return Ok(());
    }

    let outcome = {
        let service = service.clone();
        let started_at = service.now();
        tokio::task::spawn_blocking(move || {
            let _span = tracing::info_span!("tags_write", files = chosen.len()).entered();
            let mut backups = Backups::new(&data_dir, started_at);
            let results: Vec<_> = chosen
                .into_iter()
                .map(|c| {
                    let result = write_back::write(&c, &mut backups);
                    (c, result)
                })
                .collect();
            (results, backups.dir().map(Path::to_owned))
        })
        .await
        .map_err(|e| e.to_string())?
    };
    let (results, backup_dir) = outcome;
    let finished = finish(&service, &results, lock).await;
    // Said whatever happened after the files were written: once one is, its original is
    // only there.
    if let Some(dir) = backup_dir {
        println!(
            "originals kept in {} (copy one back to restore it; `music-hub tags prune-backups` removes them)",
            dir.display()
        );
    }
    let failed = finished?;
    if failed > 0 {
        return Err(format!("{failed} files were not written"));
    }
    Ok(())
}

/// Reports each file, drops the overrides the written files now hold and reads those files
/// into the catalogue; answers how many files failed.
async fn finish(
    service: &Arc<TagWriteBack>,
    results: &[(
        write_back::Chosen,
        Result<write_back::Written, write_back::FileError>,
    )],
    lock: ScanLock,
) -> Result<usize, String> {
    let (mut written, mut unchanged, mut failed, mut dropped) = (0, 0, 0, 0);
    let mut rescan = Vec::new();
    for (c, result) in results {
        match result {
            Ok(done) => {
                if done.changes.is_empty() {
                    unchanged += 1;
                } else {
                    written += 1;
                    let fields: Vec<String> =
                        done.changes.iter().map(|ch| ch.field.api()).collect();
                    println!("wrote {}: {}", c.shown(), fields.join(", "));
                }
                let gone = service
                    .drop_equal_overrides(c, done)
                    .await
                    .map_err(|e| e.to_string())?;
                dropped += gone;
                if gone > 0 || !done.changes.is_empty() {
                    rescan.push(write_back::changed_path(c));
                }
            }
            Err(err) => {
                failed += 1;
                eprintln!("not written {}: {err}; the file is as it was", c.shown());
            }
        }
    }
    if !rescan.is_empty() {
        let service = service.clone();
        let refreshed =
            tokio::task::spawn_blocking(move || service.refresh_catalogue(&lock, rescan))
                .await
                .map_err(|e| e.to_string())?;
        match refreshed {
            Ok(true) => {}
            Ok(false) => println!(
                "the catalogue's library folders are not all here: the hub's next scan reads the written files"
            ),
            Err(err) => eprintln!("the written files were not read into the catalogue: {err}"),
        }
    }
    println!(
        "{written} files written, {unchanged} already held their values, {failed} failed; \
         {dropped} overrides now equal the files' tags and were dropped"
    );
    Ok(failed)
}

/// Removes kept originals, all or those older than `--older-than` days.
pub async fn prune_backups(args: TagsPruneArgs) -> Result<(), String> {
    let data_dir = args.data_dir();
    let older_than = args
        .older_than
        .map(|days| Duration::from_secs(u64::from(days) * 86_400));
    let pruned = tokio::task::spawn_blocking(move || {
        // The lock `tags write` holds: a running write's backups are the only copy of the
        // originals it is replacing, and must not go from under it.
        // Without the data dir no write runs on it, and there is nothing to remove.
        if !data_dir.is_dir() {
            return Ok(backups::Pruned::default());
        }
        let _lock = ScanLock::try_acquire_as(&data_dir, "`music-hub tags prune-backups`").map_err(
            |err| match err {
                LockError::Busy { holder, data_dir } => format!(
                    "{holder} holds the lock of {}; no backup is removed while files may be \
                     written: run this again when it is done",
                    data_dir.display()
                ),
                other => other.to_string(),
            },
        )?;
        backups::prune(&data_dir, older_than, SystemTime::now())
            .map_err(|e| format!("cannot remove the backups in {}: {e}", data_dir.display()))
    })
    .await
    .map_err(|e| e.to_string())??;
    #[allow(clippy::cast_precision_loss)]
    let megabytes = pruned.bytes as f64 / 1_048_576.0;
    println!(
        "removed {} backup runs ({} files, {megabytes:.1} MB); {} younger runs kept",
        pruned.runs, pruned.files, pruned.kept
    );
    Ok(())
}

fn describe(change: &FieldChange) -> String {
    let show = |v: &Option<Value>| {
        v.as_ref()
            .map_or_else(|| "(none)".to_owned(), Value::to_string)
    };
    format!(
        "{}: {} -> {}",
        change.field.api(),
        show(&change.file),
        show(&change.effective)
    )
}

/// The data dir's database, which must exist and be healthy (a command never makes a fresh
/// database in a mistyped folder, nor writes to a damaged one).
async fn open_database(data_dir: &Path) -> Result<Database, String> {
    if !data_dir.join(DATABASE_FILE).is_file() {
        return Err(format!(
            "no database in {} (pass --data-dir, or run the hub once)",
            data_dir.display()
        ));
    }
    let db = Database::open(data_dir, None).await;
    let health = db.health();
    if health.status != HealthStatus::Healthy {
        return Err(format!(
            "the database is {}: {} (rebuild it from the running hub: POST /api/database/rebuild)",
            health.status, health.detail
        ));
    }
    Ok(db)
}
