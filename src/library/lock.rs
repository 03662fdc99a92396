//! The data dir's scan lock: one process scans a catalogue at a time.
//!
//! The hub's scanner runs one scan at a time in memory, but `music-hub scan` is another
//! process on the same database. Without a lock shared between processes, a scan that
//! starts takes every run still marked running for one cut short by a crash, and marks
//! the other process's live scan interrupted. The lock is an advisory file lock
//! (`flock` on Unix, `LockFileEx` on Windows) on `scan.lock` in the data dir: the
//! operating system drops it when its holder exits, crash or not, so a stale lock file
//! never blocks anyone. The file's text names the holder, for the message of whoever
//! finds it taken.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use tracing::info;

use super::job::Trigger;

/// The lock file, in the data dir.
pub const LOCK_FILE: &str = "scan.lock";

/// How often a waiting scan looks again (and checks whether it was cancelled).
const RETRY: Duration = Duration::from_millis(200);

/// Held while a scan runs; dropping it lets the next process scan.
#[derive(Debug)]
pub struct ScanLock {
    _file: File,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "{holder} is scanning the catalogue in {}; run this again when that scan is done, \
         or ask the running hub to scan (POST /api/scan)",
        data_dir.display()
    )]
    Busy { holder: String, data_dir: PathBuf },
    #[error("cannot use the scan lock {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl ScanLock {
    /// Takes the lock now, or says who holds it. `trigger` names this process to others.
    pub fn try_acquire(data_dir: &Path, trigger: Trigger) -> Result<ScanLock, LockError> {
        let who = match trigger {
            Trigger::Cli => "`music-hub scan`",
            _ => "the running hub",
        };
        ScanLock::try_acquire_as(data_dir, who)
    }

    /// `try_acquire` for a command that is not a scan but must not run beside one (`music-hub
    /// tags write` rewrites files a scan would read); `who` names it to others.
    pub fn try_acquire_as(data_dir: &Path, who: &str) -> Result<ScanLock, LockError> {
        let path = data_dir.join(LOCK_FILE);
        let io = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        // Never truncated on open: the holder's name is only rewritten by the next holder.
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let holder = std::fs::read_to_string(&path)
                    .ok()
                    .map(|text| text.trim().to_owned())
                    .filter(|text| !text.is_empty())
                    .unwrap_or_else(|| "another music-hub process".to_owned());
                return Err(LockError::Busy {
                    holder,
                    data_dir: data_dir.to_owned(),
                });
            }
            Err(TryLockError::Error(err)) => return Err(io(err)),
        }
        file.set_len(0)
            .and_then(|()| write!(file, "{who} (pid {})", std::process::id()))
            .map_err(io)?;
        Ok(ScanLock { _file: file })
    }

    /// Waits until the lock is free and takes it; `None` when `cancelled` says so first.
    pub fn wait(
        data_dir: &Path,
        trigger: Trigger,
        cancelled: impl Fn() -> bool,
    ) -> Result<Option<ScanLock>, LockError> {
        let mut told = false;
        loop {
            match ScanLock::try_acquire(data_dir, trigger) {
                Ok(lock) => return Ok(Some(lock)),
                Err(LockError::Busy { holder, .. }) => {
                    if !told {
                        info!(%holder, "another process is scanning this catalogue: waiting for it to finish");
                        told = true;
                    }
                }
                Err(err) => return Err(err),
            }
            if cancelled() {
                return Ok(None);
            }
            std::thread::sleep(RETRY);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_the_next_one_is_told_who() {
        let dir = tempfile::tempdir().expect("temp dir");
        let hub = ScanLock::try_acquire(dir.path(), Trigger::Startup).expect("free");
        let refused = ScanLock::try_acquire(dir.path(), Trigger::Cli).expect_err("taken");
        let message = refused.to_string();
        assert!(
            matches!(refused, LockError::Busy { .. }) && message.contains("the running hub"),
            "{message}"
        );
        assert!(
            matches!(ScanLock::wait(dir.path(), Trigger::Cli, || true), Ok(None)),
            "a cancelled wait gives up"
        );
        drop(hub);
        let cli = ScanLock::try_acquire(dir.path(), Trigger::Cli).expect("free again");
        let refused = ScanLock::try_acquire(dir.path(), Trigger::Api).expect_err("taken");
        assert!(
            refused.to_string().contains("`music-hub scan`"),
            "{refused}"
        );
        drop(cli);
    }
}
