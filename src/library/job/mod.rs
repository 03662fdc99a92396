//! One scan, start to end: count the files, read what changed and commit it in batches,
//! prune what is gone, then bring albums, artists and genres in step.
//!
//! The scan runs on its own thread (it is blocking work: file-system calls, tag parsing,
//! SQLite). Reading and writing overlap: a reader thread reads the next batch in parallel
//! on the scanner's thread pool while this thread commits the previous one, because on a
//! small machine neither the disk nor SQLite alone should set the pace.
//!
//! Every batch is one transaction, so a cancelled or crashed scan leaves whole files in the
//! catalogue, never half a file, and a later scan picks up from there.
//!
//! # Layout
//! One module per stage, in the order a scan runs them:
//! - `setup`: the one way to build a job (the hub's scanner, `music-hub scan` and the
//!   benchmark all go through `ScanSetup::prepare`).
//! - `record`: the `scan_runs` row, the roots and the walk's problems.
//! - `read`: what the catalogue knows, and the reader thread that stats and tags files.
//! - `commit`: one batch of read files, one transaction.
//! - `prune`: files and roots that are gone.
//! - `finalize`: albums, artists and genres in step with their tracks.
//! - `playlists`: the playlist files found, followed as read-only playlists.
//! - `album_facts`: the pure rules behind an album's year, discs and cover.
//! - `cover_digest`: what lets an ordinary rescan keep the covers the run before it chose.
//! - `seed`: read results made up by the million-track benchmark, through `commit` and
//!   `finalize` as a scan's.

mod album_facts;
mod commit;
mod cover_digest;
mod finalize;
mod playlists;
mod prune;
mod read;
mod record;
mod seed;
mod setup;

use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use diesel::SqliteConnection;
use tracing::{info, info_span, warn};

use super::lock::ScanLock;
use super::progress::{Phase, Progress};
use super::roots::{Root, UnavailableRoot};
use super::walk::{self, Target};
use crate::clock::SharedClock;
use crate::db::{deferred, ledger, DbPool};
use crate::events::{Change, ChangedIds, EventBus};

pub use seed::SeedFile;
pub use setup::{ChangedPath, ScanRequest, ScanSetup, Scope};

/// Files committed per transaction: large enough that commits (an fsync and a WAL write
/// each) do not set the pace (500 scanned 20k files about 10% slower), small enough that
/// a cancel takes effect within a second.
const BATCH: usize = 2000;

/// What started a scan, as `scan_runs.triggered_by` spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "lowercase")]
pub enum Trigger {
    Startup,
    Api,
    Watcher,
    Rebuild,
    Cli,
}

impl Trigger {
    pub fn parse(text: &str) -> Option<Trigger> {
        text.parse().ok()
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One scan, ready to run: built by `ScanSetup::prepare`, run with the data dir's scan
/// lock held (`run`, or `run_when_free` to wait for it).
pub struct ScanJob {
    run_id: String,
    trigger: Trigger,
    full: bool,
    /// Every root (roots no longer configured are dropped from the catalogue), or only
    /// the `targets` inside them (the watcher's changes).
    everything: bool,
    targets: Vec<Target>,
    roots: Vec<Root>,
    unavailable: Vec<UnavailableRoot>,
    /// Where the scan lock lives.
    data_dir: PathBuf,
    pool: DbPool,
    threads: Arc<rayon::ThreadPool>,
    progress: Arc<Progress>,
    clock: SharedClock,
    /// Where changes are announced (`GET /api/library/events`); none for the CLI.
    events: Option<Arc<EventBus>>,
}

/// How a scan ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub phase: Phase,
    pub message: Option<String>,
}

impl Outcome {
    fn failed(message: String) -> Outcome {
        Outcome {
            phase: Phase::Failed,
            message: Some(message),
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum JobError {
    #[error("database: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("database connection: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("the scan's reader thread stopped")]
    Reader,
    #[error("the scan's walk panicked")]
    Walk,
    #[error("could not start a scan thread: {0}")]
    Thread(std::io::Error),
}

impl ScanJob {
    pub fn id(&self) -> &str {
        &self.run_id
    }

    /// The configured folders that can be read now.
    pub fn roots(&self) -> &[Root] {
        &self.roots
    }

    /// The configured folders that cannot (their files are left alone).
    pub fn unavailable(&self) -> &[UnavailableRoot] {
        &self.unavailable
    }

    pub fn progress(&self) -> &Arc<Progress> {
        &self.progress
    }

    /// Runs the scan to its end and records how it ended; never panics on input. The
    /// progress stays in its last working phase: the caller sets the final one once it has
    /// let go of the scan, so that nobody sees a finished scan that still blocks the next.
    ///
    /// Taking the lock proves that no other process scans this data dir: only then may a
    /// run still marked running be taken for one that was cut short.
    pub fn run(&self, lock: &ScanLock) -> Outcome {
        let _entered = self.span().entered();
        self.run_locked(lock)
    }

    /// Waits while another process (`music-hub scan`) holds the data dir's scan lock, then
    /// runs. A cancel while waiting ends the scan before it touched anything.
    pub fn run_when_free(&self) -> Outcome {
        let _entered = self.span().entered();
        match ScanLock::wait(&self.data_dir, self.trigger, || {
            self.progress.is_cancelled()
        }) {
            Ok(Some(lock)) => self.run_locked(&lock),
            Ok(None) => self.unstarted(Outcome {
                phase: Phase::Cancelled,
                message: None,
            }),
            Err(err) => self.unstarted(Outcome::failed(err.to_string())),
        }
    }

    fn span(&self) -> tracing::Span {
        info_span!("scan", id = %self.run_id, trigger = self.trigger.as_str())
    }

    /// Records a scan that ended before it could take the lock (its own row only: the
    /// rows of the process that holds the lock are that process's business).
    fn unstarted(&self, outcome: Outcome) -> Outcome {
        if let Some(message) = &outcome.message {
            warn!(%message, "scan failed");
        }
        let recorded = self
            .pool
            .get()
            .map_err(JobError::from)
            .and_then(|mut conn| record::record_unstarted(self, &mut conn, &outcome));
        match recorded {
            Ok(()) => outcome,
            Err(err) => Outcome::failed(err.to_string()),
        }
    }

    /// Runs `work` on a connection of the job's pool as a recorded run: started, then
    /// finished with its outcome (cancelled, completed or failed) and, when it completed,
    /// the cover digest `work` answered.
    fn recorded(
        &self,
        lock: &ScanLock,
        work: impl FnOnce(&mut SqliteConnection) -> Result<Option<String>, JobError>,
    ) -> Outcome {
        let result = self
            .pool
            .get()
            .map_err(JobError::from)
            .and_then(|mut conn| {
                record::start_run(self, lock, &mut conn)?;
                let (outcome, cover_digest) = match work(&mut conn) {
                    Ok(_) if self.progress.is_cancelled() => (
                        Outcome {
                            phase: Phase::Cancelled,
                            message: None,
                        },
                        None,
                    ),
                    Ok(cover_digest) => (
                        Outcome {
                            phase: Phase::Completed,
                            message: None,
                        },
                        cover_digest,
                    ),
                    Err(err) => (Outcome::failed(err.to_string()), None),
                };
                record::finish_run(self, &mut conn, &outcome, cover_digest)?;
                Ok(outcome)
            });
        result.unwrap_or_else(|err| Outcome::failed(err.to_string()))
    }

    fn run_locked(&self, lock: &ScanLock) -> Outcome {
        let outcome = self.recorded(lock, |conn| self.execute(conn));
        let s = self.progress.snapshot();
        info!(
            outcome = ?outcome.phase,
            files = s.processed,
            unchanged = s.unchanged,
            added = s.added,
            updated = s.updated,
            removed = s.removed,
            errors = s.errors,
            seconds = s.elapsed.as_secs_f64(),
            "scan ended"
        );
        if let Some(message) = &outcome.message {
            warn!(%message, "scan failed");
        }
        outcome
    }

    fn now_ms(&self) -> i64 {
        self.clock.now().timestamp_millis()
    }

    fn publish(&self, change: Change) {
        if let Some(events) = &self.events {
            events.publish(change);
        }
    }

    /// Announces changed ids, a few hundred per event (the contract's "batched per commit").
    fn publish_ids(&self, change: fn(ChangedIds) -> Change, ids: impl IntoIterator<Item = String>) {
        let ids: Vec<String> = ids.into_iter().collect();
        for chunk in ids.chunks(BATCH) {
            self.publish(change(ChangedIds {
                ids: chunk.to_vec(),
            }));
        }
    }

    /// The scan itself; answers the cover digest it may record (`cover_digest`).
    fn execute(&self, conn: &mut SqliteConnection) -> Result<Option<String>, JobError> {
        record::record_roots(self, conn)?;

        // A first scan writes faster without the indexes and the row-by-row search index
        // upkeep; they are set aside once the walk is done, and back before finalizing,
        // which reads tracks by album.
        let bulk = self.everything && deferred::catalogue_is_empty(conn)?;
        if !bulk {
            // A first scan that never got to restore them (it panicked, or `music-hub scan`
            // beside a running hub was killed) left them aside: back before this one reads
            // the ledger, for one count when there is nothing to restore.
            deferred::restore(conn)?;
        }

        // Counting: the whole walk first, so progress has an honest total. What the
        // catalogue knows is read meanwhile: the walk is file-system work on the pool, the
        // ledger SQLite work on this thread (a tenth of an unchanged rescan each).
        let walk_span = info_span!("walk");
        let (walked, known) = std::thread::scope(|scope| {
            let walking = std::thread::Builder::new()
                .name("scan-walk".into())
                .spawn_scoped(scope, || {
                    walk_span.in_scope(|| {
                        walk::walk(
                            &self.roots,
                            &self.targets,
                            &self.threads,
                            &self.progress.seen,
                        )
                    })
                })
                .map_err(JobError::Thread)?;
            let known = read::known_files(self, conn);
            let walked = walking.join().map_err(|_| JobError::Walk)?;
            Ok::<_, JobError>((walked, known?))
        })?;
        self.progress.set_total(walked.files.len() as u64);
        record::record_walk_problems(self, conn, &walked)?;
        record::save_counters(self, conn)?;

        let mut changes = Changes::default();
        self.progress.set_phase(Phase::Scanning);
        // A first scan's memory peak is mostly its connection's page cache: smaller for
        // the rest of the scan, the pooled size again when it returns.
        let mut smaller_cache;
        let conn: &mut SqliteConnection = if bulk {
            smaller_cache = crate::db::scan_sized_cache(conn)?;
            &mut smaller_cache
        } else {
            conn
        };
        if bulk {
            let set_aside = deferred::set_aside(conn)?;
            info!(set_aside, "first scan: indexes and search upkeep deferred");
        }
        let read = info_span!("read_and_commit").in_scope(|| {
            read::scan_files(self, conn, &walked.files, &known, &mut changes)?;
            if !self.progress.is_cancelled() {
                self.progress.set_phase(Phase::Pruning);
                prune::prune(self, conn, &walked, &known, &mut changes)?;
                if self.everything {
                    prune::drop_unconfigured_roots(self, conn, &mut changes)?;
                }
            }
            Ok::<_, JobError>(())
        });
        if bulk {
            // Also after a failure or a cancel: what was committed is searchable.
            let restored = info_span!("restore_deferred").in_scope(|| deferred::restore(conn));
            if let (Err(restoring), Err(reading)) = (&restored, &read) {
                warn!(%reading, %restoring, "the first scan failed, then so did restoring its indexes");
            }
            restored?;
        }
        read?;

        // Finalizing runs after a cancel too: what was committed must be whole (albums with
        // their aggregates and covers, no orphaned artists).
        self.progress.set_phase(Phase::Finalizing);
        let cover_digest = info_span!("finalize").in_scope(|| {
            let digest = cover_digest::of_walk(self, &walked);
            finalize::finalize(self, conn, &walked, digest, &mut changes)
        })?;
        if !self.progress.is_cancelled() {
            info_span!("playlists").in_scope(|| playlists::sync(self, conn, &walked))?;
        }
        let now = self.now_ms();
        if !self.progress.is_cancelled() {
            for root in &self.roots {
                ledger::library_root_set_scanned(conn, &root.id, now)?;
            }
        }
        Ok(cover_digest)
    }
}

/// What the scan changed, for events and for the finalizing step.
#[derive(Default)]
struct Changes {
    /// Albums whose tracks changed: their aggregates and cover are recomputed.
    albums: BTreeSet<String>,
    /// Artists that may have lost their last track or album.
    artists: BTreeSet<String>,
    added_albums: Vec<String>,
    added_artists: Vec<String>,
    /// Files the walk found that were gone when read: pruned like the rest.
    vanished: HashSet<(usize, String)>,
    /// Ids of the albums, artists and genres this scan has written (ids are prefixed by
    /// kind, so one set serves all three).
    written: HashSet<String>,
}
