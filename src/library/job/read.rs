//! Reading: what the catalogue already knows under the scan's targets, and the reader
//! thread that stats every found file and reads the changed ones with lofty, a batch at a
//! time on the scanner's thread pool, while the committing thread writes the batch before.

use std::collections::HashMap;
use std::sync::mpsc;
use std::time::UNIX_EPOCH;

use diesel::SqliteConnection;
use rayon::prelude::*;

use super::{commit, record, Changes, JobError, ScanJob, BATCH};
use crate::db::ledger;
use crate::library::progress::Progress;
use crate::library::tags::{self, FileFacts, ReadError};
use crate::library::walk::FoundFile;

/// The catalogue's ledger under the targets, by (root index, relative path).
/// (Nested by root so that a file is looked up by `&str`, without a key built per file.)
pub(super) type Known = HashMap<usize, HashMap<String, KnownFile>>;

/// What a rescan needs of a file the ledger has: whether it changed, and its id. Kept
/// small: a rescan holds one for every file of the library (holding the whole ledger row
/// and a second copy of the path put an unchanged 100k rescan's peak at 118 MB, 101 MB
/// with this).
pub(super) struct KnownFile {
    pub(super) id: String,
    size_bytes: i64,
    mtime_ms: i64,
    /// The file failed to read last time.
    failed: bool,
}

pub(super) fn known_files(job: &ScanJob, conn: &mut SqliteConnection) -> Result<Known, JobError> {
    let mut known = Known::new();
    for target in &job.targets {
        let Some(root) = job.roots.get(target.root) else {
            continue;
        };
        let under = (!target.rel.is_empty()).then_some(target.rel.as_str());
        let files = known.entry(target.root).or_default();
        ledger::media_file_states_each(conn, &root.id, under, |state| {
            let file = KnownFile {
                id: state.id,
                size_bytes: state.size_bytes,
                mtime_ms: state.mtime_ms,
                failed: state.scan_error.is_some(),
            };
            files.insert(state.rel_path, file);
        })?;
    }
    Ok(known)
}

/// One file after the reading step.
pub(super) enum FileRead {
    /// Size and modification time as before: not read.
    Unchanged,
    Read {
        size: i64,
        mtime_ms: i64,
        facts: Box<FileFacts>,
        /// The ledger has no row for this file yet.
        fresh: bool,
    },
    Failed {
        size: i64,
        mtime_ms: i64,
        error: ReadError,
        fresh: bool,
    },
    /// Gone between the walk and the read; pruning removes it.
    Vanished,
    /// Not looked at: the scan is being cancelled.
    Skipped,
}

pub(super) fn scan_files(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    files: &[FoundFile],
    known: &Known,
    changes: &mut Changes,
) -> Result<(), JobError> {
    let (sender, receiver) = mpsc::sync_channel::<Vec<(&FoundFile, FileRead)>>(2);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            for batch in files.chunks(BATCH) {
                if job.progress.is_cancelled() {
                    break;
                }
                let reads = job.threads.install(|| {
                    batch
                        .par_iter()
                        .map(|file| (file, read(job, file, known)))
                        .collect::<Vec<_>>()
                });
                if sender.send(reads).is_err() {
                    break;
                }
            }
        });
        let mut result = Ok(());
        for reads in receiver {
            if job.progress.is_cancelled() {
                break;
            }
            result = commit::commit_batch(job, conn, reads, changes)
                .and_then(|()| record::save_counters(job, conn));
            if result.is_err() {
                break;
            }
        }
        // Dropping the receiver (by leaving the loop) stops the reader at its next send.
        reader.join().map_err(|_| JobError::Reader)?;
        result
    })
}

fn read(job: &ScanJob, file: &FoundFile, known: &Known) -> FileRead {
    let Some(root) = job.roots.get(file.root) else {
        return FileRead::Vanished;
    };
    if job.progress.is_cancelled() {
        return FileRead::Skipped;
    }
    let path = root.path.join(&file.rel_path);
    let meta = match std::fs::metadata(&path) {
        Ok(meta) => meta,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return FileRead::Vanished,
        Err(err) => {
            return FileRead::Failed {
                size: 0,
                mtime_ms: 0,
                error: ReadError::io(&err),
                fresh: known
                    .get(&file.root)
                    .is_none_or(|files| !files.contains_key(file.rel_path.as_str())),
            }
        }
    };
    let size = i64::try_from(meta.len()).unwrap_or(i64::MAX);
    let mtime_ms = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .and_then(|d| i64::try_from(d.as_millis()).ok())
        .unwrap_or(0);
    let previous = known
        .get(&file.root)
        .and_then(|files| files.get(file.rel_path.as_str()));
    // A file that failed last time is read again: permissions or a half-written copy are
    // often fixed without touching the size or the modification time.
    let same = |p: &KnownFile| p.size_bytes == size && p.mtime_ms == mtime_ms && !p.failed;
    if !job.full && previous.is_some_and(same) {
        Progress::add(&job.progress.processed, 1);
        Progress::add(&job.progress.unchanged, 1);
        return FileRead::Unchanged;
    }
    job.progress
        .set_current_path(&format!("{}/{}", root.id, file.rel_path));
    let fresh = previous.is_none();
    let read = match tags::read_file(&path) {
        Ok(facts) => FileRead::Read {
            size,
            mtime_ms,
            facts: Box::new(facts),
            fresh,
        },
        Err(error) => FileRead::Failed {
            size,
            mtime_ms,
            error,
            fresh,
        },
    };
    Progress::add(&job.progress.processed, 1);
    read
}
