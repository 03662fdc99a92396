//! Building a scan job, one way for everyone: the hub's scanner, `music-hub scan` and the
//! benchmark each hold a `ScanSetup` (what their process gives every scan) and turn a
//! `ScanRequest` (what one scan covers) into a `ScanJob` with `prepare`. Before, each
//! resolved the roots and filled the job's fields itself, and they could drift apart.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::{ScanJob, Trigger};
use crate::clock::SharedClock;
use crate::db::DbPool;
use crate::events::EventBus;
use crate::library::progress::Progress;
use crate::library::roots;
use crate::library::walk::Target;

/// A folder or file inside a root, by root id (the watcher's unit of change).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ChangedPath {
    pub root_id: String,
    /// Relative to the root, '/'-separated.
    pub rel: String,
}

/// What a scan covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every root; roots no longer configured are dropped from the catalogue.
    Everything,
    /// Some folders or files inside the roots (the watcher's changes).
    Paths(Vec<ChangedPath>),
}

/// One scan as asked for, before its roots are resolved. The id and progress exist from
/// the start, so that the scanner can report the scan before it has touched the disk.
#[derive(Clone)]
pub struct ScanRequest {
    pub id: String,
    pub trigger: Trigger,
    /// Re-read every file, not only those whose size or modification time changed.
    pub full: bool,
    pub scope: Scope,
    pub started_at: DateTime<Utc>,
    pub progress: Arc<Progress>,
}

impl ScanRequest {
    /// A scan of everything, asked for at `at`.
    pub fn new(trigger: Trigger, full: bool, at: DateTime<Utc>) -> ScanRequest {
        ScanRequest {
            id: scan_id(at),
            trigger,
            full,
            scope: Scope::Everything,
            started_at: at,
            progress: Arc::new(Progress::new()),
        }
    }

    /// The same scan, covering only `scope`.
    pub fn covering(mut self, scope: Scope) -> ScanRequest {
        self.scope = scope;
        self
    }
}

/// What a process gives each of its scans.
#[derive(Clone)]
pub struct ScanSetup {
    libraries: Vec<PathBuf>,
    /// Where the database and the scan lock live.
    data_dir: PathBuf,
    threads: Arc<rayon::ThreadPool>,
    clock: SharedClock,
    events: Option<Arc<EventBus>>,
}

impl ScanSetup {
    /// Scans of `libraries` into the database in `data_dir`, reading tags on a thread pool
    /// of their own; changes are not announced (see `announcing`).
    pub fn new(
        libraries: Vec<PathBuf>,
        data_dir: PathBuf,
        clock: SharedClock,
    ) -> std::io::Result<ScanSetup> {
        Ok(ScanSetup {
            libraries,
            data_dir,
            threads: Arc::new(scan_thread_pool()?),
            clock,
            events: None,
        })
    }

    /// Scans announce their changes on the library feed.
    pub fn announcing(mut self, events: Arc<EventBus>) -> ScanSetup {
        self.events = Some(events);
        self
    }

    pub fn libraries(&self) -> &[PathBuf] {
        &self.libraries
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// A scan of everything, asked for now.
    pub fn request(&self, trigger: Trigger, full: bool) -> ScanRequest {
        ScanRequest::new(trigger, full, self.clock.now())
    }

    /// The job for `request`, writing through `pool`. Resolving the roots touches the file
    /// system (an unplugged network share can hang it), so this runs on a blocking thread,
    /// never on an async worker.
    pub fn prepare(&self, pool: DbPool, request: ScanRequest) -> ScanJob {
        let (roots, unavailable) = roots::resolve(&self.libraries);
        let (everything, targets) = match request.scope {
            Scope::Everything => (
                true,
                (0..roots.len())
                    .map(|root| Target {
                        root,
                        rel: String::new(),
                    })
                    .collect(),
            ),
            Scope::Paths(mut paths) => {
                paths.sort();
                paths.dedup();
                let targets = paths
                    .iter()
                    .filter_map(|p| {
                        let root = roots.iter().position(|r| r.id == p.root_id)?;
                        Some(Target {
                            root,
                            rel: p.rel.clone(),
                        })
                    })
                    .collect();
                (false, targets)
            }
        };
        ScanJob {
            run_id: request.id,
            trigger: request.trigger,
            full: request.full,
            everything,
            targets,
            roots,
            unavailable,
            data_dir: self.data_dir.clone(),
            pool,
            threads: self.threads.clone(),
            progress: request.progress,
            clock: self.clock.clone(),
            events: self.events.clone(),
        }
    }
}

/// Scan ids read as their start time (`scn_20261124T101500123Z`), plus a few random
/// characters so that two scans in the same millisecond still differ.
fn scan_id(at: DateTime<Utc>) -> String {
    let random = uuid::Uuid::new_v4().simple().to_string();
    format!("scn_{}_{}", at.format("%Y%m%dT%H%M%S%3fZ"), &random[..6])
}

/// Tag reading is CPU work between reads of small files: one thread per core, and at
/// least two, so that one slow disk read does not stall the other core.
fn scan_thread_pool() -> std::io::Result<rayon::ThreadPool> {
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .max(2);
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("scan-read-{i}"))
        .build()
        .map_err(std::io::Error::other)
}
