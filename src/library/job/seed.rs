//! Seeding: read results that did not come from files (the million-track benchmark has no
//! million audio files) written through the scan's own commit and finalize steps, so that
//! the catalogue they leave is the one a scan of such files would leave.
//!
//! Nothing is walked, read or pruned: the job's roots are recorded, every given file is
//! committed as read, `BATCH` files a transaction, and the albums are finalized.

use tracing::info_span;

use super::read::FileRead;
use super::{commit, finalize, record, Changes, JobError, Outcome, ScanJob, BATCH};
use crate::db::ledger;
use crate::library::lock::ScanLock;
use crate::library::progress::{Phase, Progress};
use crate::library::tags::FileFacts;
use crate::library::walk::{FoundFile, Walked};

/// One file as if the reader had read it, in the job's first root.
pub struct SeedFile {
    pub rel_path: String,
    pub size: i64,
    pub mtime_ms: i64,
    pub facts: FileFacts,
}

impl ScanJob {
    /// Commits `files` as a scan commits what it read, then finalizes the albums; records
    /// the run like a scan. The job needs one root (an existing folder; its contents are
    /// never looked at).
    pub fn seed(&self, lock: &ScanLock, files: impl Iterator<Item = SeedFile>) -> Outcome {
        let _entered = self.span().entered();
        self.recorded(lock, |conn| {
            info_span!("seed").in_scope(|| self.commit_seed(conn, files))
        })
    }

    fn commit_seed(
        &self,
        conn: &mut diesel::SqliteConnection,
        files: impl Iterator<Item = SeedFile>,
    ) -> Result<Option<String>, JobError> {
        record::record_roots(self, conn)?;
        if self.roots.is_empty() {
            return Ok(None);
        }
        self.progress.set_phase(Phase::Scanning);
        let mut changes = Changes::default();
        let mut files = files.peekable();
        while files.peek().is_some() {
            let (found, reads): (Vec<FoundFile>, Vec<FileRead>) = files
                .by_ref()
                .take(BATCH)
                .map(|file| {
                    let found = FoundFile {
                        root: 0,
                        rel_path: file.rel_path,
                    };
                    let read = FileRead::Read {
                        size: file.size,
                        mtime_ms: file.mtime_ms,
                        facts: Box::new(file.facts),
                        // Seeded into an empty catalogue: the ledger has none of them.
                        fresh: true,
                    };
                    (found, read)
                })
                .unzip();
            Progress::add(&self.progress.processed, found.len() as u64);
            let reads = found.iter().zip(reads).collect();
            commit::commit_batch(self, conn, reads, &mut changes)?;
            record::save_counters(self, conn)?;
        }
        self.progress.set_phase(Phase::Finalizing);
        // No folder was walked, so no cover digest: it would vouch for images never seen.
        finalize::finalize(self, conn, &Walked::default(), None, &mut changes)?;
        let now = self.now_ms();
        for root in &self.roots {
            ledger::library_root_set_scanned(conn, &root.id, now)?;
        }
        Ok(None)
    }
}
