//! The scanning service: the app-layer face of the scanner (`library::scanner`), which
//! keeps running scans, their progress and their records. Handlers start, cancel and follow
//! scans through it, and the database rebuild goes through it so that no scan writes to a
//! file being moved. Its refusals are the scanner's own error, `ScanError`.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::broadcast;

/// A scan run and its file errors, as the service answers them.
pub use crate::db::models::{ScanErrorRow, ScanRun};
use crate::db::{scan_runs, Database, DbError, RebuildOutcome};
use crate::library::job::Trigger;
use crate::library::roots;
pub use crate::library::roots::RootProblem;
use crate::library::scanner::{ProgressUpdate, RunningScan, Scanner};

pub use crate::library::scanner::ScanError;

/// What is known of the newest scan.
pub enum ScanReport {
    /// A scan runs now: its live counters and the file errors recorded so far.
    Running {
        scan: RunningScan,
        errors: Vec<ScanErrorRow>,
    },
    /// No scan runs: the last recorded one, which survives a restart.
    Recorded {
        run: ScanRun,
        errors: Vec<ScanErrorRow>,
    },
    /// The library has never been scanned.
    Idle,
}

/// A configured music folder and whether it can be read now.
#[derive(Debug, Clone)]
pub struct LibraryFolder {
    pub id: String,
    pub name: String,
    pub path: PathBuf,
    /// Why it cannot be scanned, in the system's words, when it cannot.
    pub state: Result<(), (RootProblem, String)>,
}

#[derive(Clone)]
pub struct ScanService {
    db: Arc<Database>,
    scanner: Arc<Scanner>,
}

impl ScanService {
    pub fn new(db: Arc<Database>, scanner: Arc<Scanner>) -> Self {
        ScanService { db, scanner }
    }

    /// Starts a scan someone asked for (a full one rereads every file's tags).
    pub fn start(&self, full: bool) -> Result<RunningScan, ScanError> {
        self.scanner.start(Trigger::Api, full)
    }

    /// Asks the running scan to stop; it reports `cancelling` until it has.
    pub fn cancel(&self) -> Result<RunningScan, ScanError> {
        self.scanner.cancel()
    }

    /// Every configured music folder as the disk has it now. Reads the file system (off the
    /// async workers), never the database, so it answers while the database is faulted.
    pub async fn library_folders(&self) -> Vec<LibraryFolder> {
        let configured = self.scanner.libraries().to_vec();
        let resolved = tokio::task::spawn_blocking(move || roots::resolve(&configured)).await;
        let Ok((available, unavailable)) = resolved else {
            return Vec::new();
        };
        let mut folders: Vec<LibraryFolder> = available
            .into_iter()
            .map(|root| LibraryFolder {
                id: root.id,
                name: root.name,
                path: root.path,
                state: Ok(()),
            })
            .collect();
        folders.extend(unavailable.into_iter().map(|gone| LibraryFolder {
            name: gone.name,
            id: gone.id,
            path: gone.path,
            state: Err((gone.problem, gone.reason)),
        }));
        folders
    }

    /// The newest progress message and the live feed after it.
    pub fn follow(
        &self,
    ) -> (
        Arc<ProgressUpdate>,
        broadcast::Receiver<Arc<ProgressUpdate>>,
    ) {
        self.scanner.follow()
    }

    /// The running scan, else the last recorded one, else `Idle`.
    pub async fn status(&self) -> Result<ScanReport, ScanError> {
        if let Some(scan) = self.scanner.running() {
            let id = scan.id.clone();
            let errors = self
                .db
                .run(move |conn| {
                    Ok(scan_runs::scan_error_list(
                        conn,
                        &id,
                        scan_runs::SCAN_ERRORS_LISTED,
                    )?)
                })
                .await?;
            return Ok(ScanReport::Running { scan, errors });
        }
        let recorded = self
            .db
            .run(|conn| Ok(scan_runs::scan_run_latest_with_errors(conn)?))
            .await?;
        Ok(match recorded {
            Some((run, errors)) => ScanReport::Recorded { run, errors },
            None => ScanReport::Idle,
        })
    }

    /// Rebuilds the database (`Database::rebuild`). When the file is to move, scans pause
    /// first, since none may write to it, and a fresh database is scanned again at once.
    pub async fn rebuild_database(&self, force: bool) -> Result<RebuildOutcome, DbError> {
        let rebuilding = force || self.db.health().status != crate::db::HealthStatus::Healthy;
        if rebuilding {
            self.scanner.pause().await;
        }
        let rebuilt = self.db.rebuild(force).await;
        if rebuilding {
            self.scanner
                .resume(rebuilt.is_ok().then_some(Trigger::Rebuild));
        }
        rebuilt
    }
}
