//! Keeps the database's reported health true while the hub runs.
//!
//! - A database another program holds locked is `unavailable`, not faulted: it is opened
//!   again every `FILE_CHECK_EVERY` until the lock is gone (`try_reopen`).
//! - A database file deleted or replaced while the hub has it open would otherwise go on
//!   taking writes into a file nobody can reach, lost at the next start. Every
//!   `FILE_CHECK_EVERY` the path is compared with the file the pool has open; when they
//!   differ, the database stops taking requests, those under way finish, what the open
//!   file holds is copied into a new archive folder (`VACUUM INTO`, through an anchor
//!   connection held on that very file), and the database is faulted.
//!   The rebuild that follows carries the person's data over from that copy.
//! - A data dir that becomes read-only (remounted, its mode changed) is noticed at the next
//!   tick or at the first write that fails, whichever comes first: the database is opened
//!   again for reading only and reported `readOnly`. When it may be written again, it is
//!   opened again for writing and is healthy.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use diesel::sql_types::Text;
use diesel::RunQueryDsl;

use diesel::connection::SimpleConnection;
use diesel::{Connection, SqliteConnection};

use super::open::uri_path;
use super::{
    is_lock, new_archive_folder, open_checked, read_only_reason, Database, DbError, Health,
    HealthStatus, DATABASE_FILE,
};

/// How often the database's path is compared with the open file.
const FILE_CHECK_EVERY: Duration = Duration::from_secs(2);

/// Which file a path names: its device and inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FileIdentity {
    device: u64,
    inode: u64,
}

impl FileIdentity {
    #[cfg(unix)]
    pub(super) fn of(path: &Path) -> Option<Self> {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| FileIdentity {
            device: m.dev(),
            inode: m.ino(),
        })
    }

    /// Elsewhere an open file cannot be deleted or replaced, so there is nothing to watch.
    #[cfg(not(unix))]
    pub(super) fn of(_path: &Path) -> Option<Self> {
        None
    }
}

impl Database {
    /// The copy made when the open file was deleted or replaced, taken by a rebuild.
    pub(super) fn take_rescued(&self) -> Option<PathBuf> {
        self.write_state(|s| s.rescued.take())
    }

    /// Every `FILE_CHECK_EVERY`: a healthy database whose path now names another file (or
    /// none) is faulted after saving what it held; an unavailable one (locked by another
    /// program, at start or when a rebuild met the lock) is opened again. A lock is not a
    /// fault: no rebuild is needed, and none should be offered.
    /// Ends when the database is dropped.
    pub fn keep_watch(self: &Arc<Self>) {
        let db = Arc::downgrade(self);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(FILE_CHECK_EVERY);
            loop {
                tick.tick().await;
                let Some(db) = db.upgrade() else { return };
                match db.health().status {
                    HealthStatus::Healthy if db.file_was_swapped() => {
                        let _one_at_a_time = db.rebuild_lock.lock().await;
                        // A rebuild may have moved the file on purpose meanwhile.
                        if db.health().status == HealthStatus::Healthy && db.file_was_swapped() {
                            db.fault_lost_file().await;
                        }
                    }
                    // However it became unavailable (at start, or a rebuild meeting a lock).
                    HealthStatus::Unavailable => db.try_reopen(HealthStatus::Unavailable).await,
                    // Before a write fails on it.
                    HealthStatus::Healthy if read_only_reason(&db.path).is_some() => {
                        db.try_reopen(HealthStatus::Healthy).await;
                    }
                    HealthStatus::ReadOnly if read_only_reason(&db.path).is_none() => {
                        db.try_reopen(HealthStatus::ReadOnly).await;
                    }
                    _ => {}
                }
            }
        });
    }

    /// Whether the path no longer names the file the pool has open.
    fn file_was_swapped(&self) -> bool {
        let open = self.read_state(|s| s.identity);
        open.is_some_and(|open| FileIdentity::of(&self.path) != Some(open))
    }

    /// A write found the database read-only: open it again (for reading only, as it is
    /// now) unless that was done already. The error to answer with, or `None` when the
    /// database turns out writable after all, so the write's own error stands.
    pub(super) async fn went_read_only(&self) -> Option<DbError> {
        if self.health().status == HealthStatus::Healthy {
            self.try_reopen(HealthStatus::Healthy).await;
        }
        let health = self.health();
        (health.status == HealthStatus::ReadOnly).then_some(DbError::Unavailable {
            status: health.status,
            detail: health.detail,
        })
    }

    /// One attempt to open the database again, while it is still `expected` (a lock may
    /// have gone, or the data dir may have become read-only or writable).
    async fn try_reopen(&self, expected: HealthStatus) {
        let _one_at_a_time = self.rebuild_lock.lock().await;
        if self.health().status != expected {
            return;
        }
        let path = self.path.clone();
        let opened = tokio::task::spawn_blocking(move || open_checked(&path))
            .await
            .unwrap_or_else(|e| Err(DbError::Task(e.to_string())));
        if !opened.as_ref().is_err_and(is_lock) {
            self.install(opened);
        }
    }

    /// The path no longer names the open file: stop taking requests, let those under way
    /// finish, copy what the open file holds through the anchor, then let the file go.
    async fn fault_lost_file(&self) {
        let Some((pool, anchor)) = self.read_state(|s| s.pool.clone().zip(s.anchor.clone())) else {
            return;
        };
        self.set(
            None,
            Health::now(
                HealthStatus::Faulted,
                "the database file was deleted or replaced while the hub was using it; saving \
                 what it held",
            ),
        );
        // Writes already under way commit before the copy is taken, so that none that was
        // acknowledged is missing from it.
        let settled = tokio::time::Instant::now() + SETTLE_FOR;
        while pool.state().idle_connections < pool.state().connections
            && tokio::time::Instant::now() < settled
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let data_dir = self.data_dir.clone();
        let rescued = tokio::task::spawn_blocking(move || anchor.copy_into(&data_dir))
            .await
            .unwrap_or_else(|e| Err(DbError::Task(e.to_string())));
        drop(pool);
        let detail = match &rescued {
            Ok(copy) => format!(
                "the database file was deleted or replaced while the hub was using it; \
                 what it held is saved in {} and a rebuild carries it over",
                copy.strip_prefix(&self.data_dir).unwrap_or(copy).display()
            ),
            Err(err) => format!(
                "the database file was deleted or replaced while the hub was using it, \
                 and what it held could not be saved: {err}"
            ),
        };
        tracing::error!(path = %self.path.display(), %detail, "database file lost");
        self.write_state(|s| s.rescued = rescued.ok());
        self.set(None, Health::now(HealthStatus::Faulted, detail));
    }
}

/// How long requests under way get to finish before a lost file is copied.
const SETTLE_FOR: Duration = Duration::from_secs(5);

/// A connection held on the very file the pool opened (see `State::anchor`).
#[derive(Clone)]
pub(super) struct Anchor(Arc<parking_lot::Mutex<SqliteConnection>>);

impl Anchor {
    pub(super) fn open(path: &Path) -> Option<Self> {
        let url = format!("file:{}?mode=rw", uri_path(path));
        let mut conn = SqliteConnection::establish(&url)
            .map_err(|err| tracing::warn!(error = %err, "no anchor on the database file"))
            .ok()?;
        // SQLite opens the `-wal` and `-shm` at a connection's first read, by path: read
        // now, while they are there, so that the anchor holds them too.
        conn.batch_execute("PRAGMA busy_timeout = 5000; SELECT count(*) FROM sqlite_schema;")
            .map_err(|err| tracing::warn!(error = %err, "no anchor on the database file"))
            .ok()?;
        Some(Anchor(Arc::new(parking_lot::Mutex::new(conn))))
    }

    /// Copies the database this connection has open into a new archive folder.
    fn copy_into(&self, data_dir: &Path) -> Result<PathBuf, DbError> {
        let (_, folder) = new_archive_folder(data_dir)?;
        let copy = folder.join(DATABASE_FILE);
        diesel::sql_query("VACUUM INTO ?")
            .bind::<Text, _>(copy.to_string_lossy())
            .execute(&mut *self.0.lock())?;
        Ok(copy)
    }
}
