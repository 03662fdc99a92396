//! The hub's scanner: at most one scan at a time, started by the API, at start-up, after a
//! rebuild or by the watcher; its live progress for the status route and the progress
//! feed; cancelling.
//!
//! A scan runs on a thread of its own (`job`), which also resolves the roots (file-system
//! calls stay off the async workers) and waits there while `music-hub scan` holds the
//! data dir's scan lock (`lock`). While it runs, a second thread takes a
//! progress snapshot a few times a second and broadcasts it: every `GET /api/scan/progress`
//! subscriber shares that one broadcast, so many followers cost nothing extra. Changes the
//! watcher reports while a scan runs are queued and scanned right after it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use parking_lot::{Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::{broadcast, watch};
use tracing::warn;

use super::job::{ChangedPath, Outcome, ScanSetup, Scope, Trigger};
use super::progress::{Phase, Progress, Snapshot};
use crate::clock::SharedClock;
use crate::db::{Database, DbError};
use crate::events::{Change, EventBus, ScanCompletedChange, ScanOutcome};

/// How often followers of a running scan hear of it.
const PROGRESS_INTERVAL: Duration = Duration::from_millis(250);

/// The scan that runs now.
#[derive(Debug, Clone)]
pub struct RunningScan {
    pub id: String,
    pub trigger: Trigger,
    pub full: bool,
    pub started_at: DateTime<Utc>,
    pub snapshot: Snapshot,
}

/// One message of the progress feed: a scan's counters, or `scan: None` when the hub has
/// not scanned since it started.
#[derive(Debug, Clone)]
pub struct ProgressUpdate {
    pub scan_id: Option<String>,
    pub snapshot: Option<Snapshot>,
    pub at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error("a scan is already running")]
    InProgress { scan_id: String },
    #[error("no scan is running")]
    NotRunning,
    #[error("scanning is paused while the database is rebuilt")]
    Paused,
    #[error(transparent)]
    Database(#[from] DbError),
}

pub struct Scanner {
    shared: Arc<Shared>,
}

struct Shared {
    /// How this hub's scans are built (the CLI and the benchmark build theirs the same way).
    setup: ScanSetup,
    db: Arc<Database>,
    events: Arc<EventBus>,
    clock: SharedClock,
    state: Mutex<State>,
    feed: broadcast::Sender<Arc<ProgressUpdate>>,
    /// The id of the running scan, `None` when idle: lets callers wait for the end.
    running: watch::Sender<Option<String>>,
}

#[derive(Default)]
struct State {
    current: Option<Current>,
    /// Paths the watcher reported during the running scan, scanned after it.
    pending: Vec<ChangedPath>,
    /// The newest feed message, for followers who connect between messages.
    last_update: Option<Arc<ProgressUpdate>>,
    /// Set during a database rebuild: nothing starts.
    paused: bool,
}

struct Current {
    id: String,
    trigger: Trigger,
    full: bool,
    started_at: DateTime<Utc>,
    progress: Arc<Progress>,
}

/// How long `reread` waits for a running scan before queueing its paths behind it.
const REREAD_PATIENCE: std::time::Duration = std::time::Duration::from_secs(5);

impl Scanner {
    pub fn new(
        libraries: Vec<PathBuf>,
        db: Arc<Database>,
        events: Arc<EventBus>,
        clock: SharedClock,
    ) -> std::io::Result<Scanner> {
        let (feed, _) = broadcast::channel(64);
        let (running, _) = watch::channel(None);
        // The database file lives in the data dir, and the scan lock beside it.
        let data_dir = db.path().parent().unwrap_or(Path::new(".")).to_owned();
        let setup = ScanSetup::new(libraries, data_dir, clock.clone())?.announcing(events.clone());
        Ok(Scanner {
            shared: Arc::new(Shared {
                setup,
                db,
                events,
                clock,
                state: Mutex::new(State::default()),
                feed,
                running,
            }),
        })
    }

    pub fn has_libraries(&self) -> bool {
        !self.shared.setup.libraries().is_empty()
    }

    /// The folders given with `--library`, as given.
    pub fn libraries(&self) -> &[PathBuf] {
        self.shared.setup.libraries()
    }

    /// Starts a scan of every root; `InProgress` when one runs.
    pub fn start(&self, trigger: Trigger, full: bool) -> Result<RunningScan, ScanError> {
        Shared::start(&self.shared, trigger, full, Scope::Everything)
    }

    /// Scans these paths now, or right after the running scan.
    pub fn rescan_paths(&self, paths: Vec<ChangedPath>) {
        if paths.is_empty() {
            return;
        }
        match Shared::start(&self.shared, Trigger::Watcher, false, Scope::Paths(paths)) {
            // Queued for after the running scan, or for after the rebuild.
            Ok(_) | Err(ScanError::InProgress { .. } | ScanError::Paused) => {}
            Err(err) => warn!(%err, "could not scan the watcher's changes"),
        }
    }

    /// Reads these files again, changed or not, and resolves once that scan has ended: how
    /// a changed metadata override reaches the catalogue (the scan applies overrides to
    /// what it reads, then regroups, re-sorts and re-indexes as for a changed tag). It runs
    /// as the hub's one scan, after any scan running now, so that a rebuild waits for it.
    ///
    /// A caller waits for a running scan only `REREAD_PATIENCE` (a first scan of a large
    /// library takes minutes). Then a task of its own goes on waiting and reads the files
    /// again right after that scan, and `InProgress` says the catalogue follows then. The
    /// watcher's queue would not do: its scans skip files whose size and time are the same.
    pub async fn reread(&self, paths: Vec<ChangedPath>) -> Result<(), ScanError> {
        if let Some(scan) = self.running() {
            let patience = tokio::time::Instant::now() + REREAD_PATIENCE;
            if tokio::time::timeout_at(patience, self.wait_idle())
                .await
                .is_err()
            {
                let later = Scanner {
                    shared: self.shared.clone(),
                };
                tokio::spawn(async move {
                    if let Err(err) = later.reread_when_idle(paths).await {
                        warn!(%err, "the tracks were not read again after an override");
                    }
                });
                return Err(ScanError::InProgress { scan_id: scan.id });
            }
        }
        self.reread_when_idle(paths).await
    }

    /// `reread`, after whatever scans run first, however long they take.
    async fn reread_when_idle(&self, paths: Vec<ChangedPath>) -> Result<(), ScanError> {
        if paths.is_empty() {
            return Ok(());
        }
        let mut running = self.shared.running.subscribe();
        loop {
            // Started only when idle: a busy `start` would also queue the paths as the
            // watcher's, to no use.
            if self.running().is_some() {
                self.wait_idle().await;
                continue;
            }
            let scan = match Shared::start(
                &self.shared,
                Trigger::Api,
                true,
                Scope::Paths(paths.clone()),
            ) {
                Ok(scan) => scan,
                Err(ScanError::InProgress { .. }) => continue,
                Err(err) => return Err(err),
            };
            let _ = running
                .wait_for(|now| now.as_deref() != Some(scan.id.as_str()))
                .await;
            return Ok(());
        }
    }

    /// The running scan, if any.
    pub fn running(&self) -> Option<RunningScan> {
        self.shared.lock().current.as_ref().map(Current::describe)
    }

    /// Asks the running scan to stop; it keeps what it committed.
    pub fn cancel(&self) -> Result<RunningScan, ScanError> {
        let state = self.shared.lock();
        let current = state.current.as_ref().ok_or(ScanError::NotRunning)?;
        current.progress.cancel();
        Ok(current.describe())
    }

    /// Resolves when no scan runs.
    pub async fn wait_idle(&self) {
        let mut running = self.shared.running.subscribe();
        // The sender lives in `shared`, as long as `self`: wait_for only fails without it.
        let _ = running.wait_for(Option::is_none).await;
    }

    /// Cancels the running scan (if any) and waits for it to end.
    pub async fn stop(&self) {
        let _ = self.cancel();
        self.wait_idle().await;
    }

    /// Stops scanning until `resume`: a database rebuild must not move the file from
    /// under a scan, nor have one start while it works. Watcher changes are kept for later.
    pub async fn pause(&self) {
        self.shared.lock().paused = true;
        self.stop().await;
    }

    /// Ends a `pause`. With `rescan`, a full scan of everything starts (it covers the
    /// watcher changes queued meanwhile); without, those changes are scanned.
    pub fn resume(&self, rescan: Option<Trigger>) {
        let pending = {
            let mut state = self.shared.lock();
            state.paused = false;
            std::mem::take(&mut state.pending)
        };
        match rescan {
            Some(trigger) if self.has_libraries() => {
                if let Err(err) = self.start(trigger, true) {
                    warn!(%err, "the scan after the rebuild did not start");
                }
            }
            _ => self.rescan_paths(pending),
        }
    }

    /// The newest progress message and the live feed after it.
    pub fn follow(
        &self,
    ) -> (
        Arc<ProgressUpdate>,
        broadcast::Receiver<Arc<ProgressUpdate>>,
    ) {
        let state = self.shared.lock();
        let receiver = self.shared.feed.subscribe();
        let latest = match &state.current {
            Some(current) => Arc::new(current.update(self.shared.clock.now())),
            None => state.last_update.clone().unwrap_or_else(|| {
                Arc::new(ProgressUpdate {
                    scan_id: None,
                    snapshot: None,
                    at: self.shared.clock.now(),
                })
            }),
        };
        (latest, receiver)
    }
}

impl Current {
    fn describe(&self) -> RunningScan {
        RunningScan {
            id: self.id.clone(),
            trigger: self.trigger,
            full: self.full,
            started_at: self.started_at,
            snapshot: self.progress.snapshot(),
        }
    }

    fn update(&self, at: DateTime<Utc>) -> ProgressUpdate {
        ProgressUpdate {
            scan_id: Some(self.id.clone()),
            snapshot: Some(self.progress.snapshot()),
            at,
        }
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock()
    }

    fn start(
        shared: &Arc<Shared>,
        trigger: Trigger,
        full: bool,
        scope: Scope,
    ) -> Result<RunningScan, ScanError> {
        let pool = shared.db.pool_for_writes()?;
        let mut state = shared.lock();
        if let Some(current) = &state.current {
            let scan_id = current.id.clone();
            if let Scope::Paths(paths) = scope {
                state.pending.extend(paths);
            }
            return Err(ScanError::InProgress { scan_id });
        }
        if state.paused {
            if let Scope::Paths(paths) = scope {
                state.pending.extend(paths);
            }
            return Err(ScanError::Paused);
        }
        let request = shared.setup.request(trigger, full).covering(scope);
        let current = Current {
            id: request.id.clone(),
            trigger,
            full,
            started_at: request.started_at,
            progress: request.progress.clone(),
        };
        let described = current.describe();
        let id = current.id.clone();
        let progress = current.progress.clone();
        state.current = Some(current);
        drop(state);
        shared.running.send_replace(Some(id.clone()));

        let worker = shared.clone();
        let ticker = shared.clone();
        let ticker_id = id.clone();
        let ticking = progress.clone();
        let spawned = std::thread::Builder::new()
            .name("scan".into())
            .spawn(move || {
                let ticked = std::thread::Builder::new()
                    .name("scan-progress".into())
                    .spawn(move || ticker.tick(&ticker_id, &ticking));
                if let Err(err) = ticked {
                    warn!(%err, "no progress feed for this scan");
                }
                // A bug on some odd input must not leave the scanner busy for ever.
                let restore_with = pool.clone();
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    worker.setup.prepare(pool, request).run_when_free()
                }))
                .unwrap_or_else(|_| {
                    warn!("the scan stopped on an internal error");
                    // A first scan that panicked has its indexes and search upkeep aside;
                    // the hub goes on serving, so they come back now, not at the next scan.
                    let restored =
                        restore_with
                            .get()
                            .map_err(|e| e.to_string())
                            .and_then(|mut conn| {
                                crate::db::deferred::restore(&mut conn).map_err(|e| e.to_string())
                            });
                    if let Err(err) = restored {
                        warn!(%err, "indexes set aside by the failed scan are not restored yet");
                    }
                    Outcome {
                        phase: Phase::Failed,
                        message: Some("the scan stopped on an internal error".into()),
                    }
                });
                worker.finish(&id, &progress, outcome.phase);
            });
        if let Err(err) = spawned {
            shared.lock().current = None;
            shared.running.send_replace(None);
            return Err(DbError::Io(err).into());
        }
        Ok(described)
    }

    /// Broadcasts the running scan's progress until it is no longer the running scan; the
    /// final message is `finish`'s, so it is sent exactly once.
    fn tick(&self, id: &str, progress: &Progress) {
        loop {
            {
                let state = self.lock();
                if state.current.as_ref().is_none_or(|c| c.id != id) {
                    return;
                }
                self.broadcast(id, progress);
            }
            std::thread::sleep(PROGRESS_INTERVAL);
        }
    }

    fn broadcast(&self, id: &str, progress: &Progress) -> Arc<ProgressUpdate> {
        let update = Arc::new(ProgressUpdate {
            scan_id: Some(id.to_owned()),
            snapshot: Some(progress.snapshot()),
            at: self.clock.now(),
        });
        // No followers is fine.
        let _ = self.feed.send(update.clone());
        update
    }

    /// The scan ended: the final message, then the queued watcher changes.
    fn finish(self: &Arc<Self>, id: &str, progress: &Progress, phase: Phase) {
        let mut state = self.lock();
        progress.set_phase(phase);
        let last = self.broadcast(id, progress);
        state.last_update = Some(last);
        state.current = None;
        let pending = if state.paused {
            Vec::new()
        } else {
            std::mem::take(&mut state.pending)
        };
        drop(state);
        self.running.send_replace(None);
        // Announced once the next scan may start: a client that reacts with a new scan
        // is not refused.
        let s = progress.snapshot();
        let status = match phase {
            Phase::Completed => ScanOutcome::Completed,
            Phase::Cancelled => ScanOutcome::Cancelled,
            _ => ScanOutcome::Failed,
        };
        self.events
            .publish(Change::ScanCompleted(ScanCompletedChange {
                scan_id: id.to_owned(),
                status,
                added: s.added,
                updated: s.updated,
                removed: s.removed,
            }));
        if !pending.is_empty() {
            if let Err(err) = Shared::start(self, Trigger::Watcher, false, Scope::Paths(pending)) {
                warn!(%err, "could not scan the watcher's changes");
            }
        }
    }
}
