//! The catalogue database: one SQLite file in the data dir, reached through an r2d2 pool of
//! diesel connections, and its health.
//!
//! A database that cannot be opened, checked or migrated never stops the hub: it is marked
//! `faulted` with the reason, and the file is left exactly as it was until a local caller
//! asks for a rebuild, which moves it (with its `-wal`/`-shm`) into `archive/` and starts a
//! fresh one. Nothing here ever deletes a database file.
//!
//! Queries live beside this file, one module per part of the domain: `catalog` (the
//! library's tracks, albums and artists: one file per resource for what is read, and what
//! the scanner writes in `catalog::write`) and `search`, their lists sharing one keyset page
//! (`page`); `ledger` (library roots and the media-file ledger) and `scan_runs`; `media`
//! (where a track's file is, for streaming); `devices`; `playlists`, `saved` and `playback`
//! (what people write); `salvage` carries what people wrote from an archived database into
//! a fresh one. Row structs the scanner inserts and updates are in `models`, diesel's view
//! of the schema in `schema`.
//!
//! Work reaches a connection through `Database::run`, on tokio's blocking pool, or, for a
//! brief read (a row, a page down an index), `Database::run_brief`, where the request runs.

pub mod artwork;
pub mod catalog;
pub mod deferred;
pub mod devices;
pub mod ledger;
pub mod loudness;
pub mod media;
pub mod metadata;
pub mod models;
pub mod musicbrainz;
mod open;
pub mod page;
pub mod playback;
pub mod playlists;
pub mod salvage;
pub mod saved;
pub mod scan_runs;
pub mod schema;
pub mod search;
pub mod shares;
pub mod statement;
mod watchdog;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use diesel::r2d2::{ConnectionManager, Pool, PooledConnection};
use diesel::SqliteConnection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations};

use open::{companion, open_checked, read_only_reason, Opened};
pub use open::{scan_sized_cache, ScanSizedCache};
use parking_lot::RwLock;

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// The database file's name inside the data dir.
pub const DATABASE_FILE: &str = "music-hub.db";
/// Files SQLite keeps beside the database; they belong to it and move with it.
const COMPANION_SUFFIXES: &[&str] = &["-wal", "-shm", "-journal"];

/// The most values bound in one `IN (...)` list. SQLite allows 32766 variables per
/// statement; lists stay well below, so that one statement never gets huge.
pub const MAX_IN_LIST: usize = 500;

pub type DbPool = Pool<ConnectionManager<SqliteConnection>>;
pub type DbConnection = PooledConnection<ConnectionManager<SqliteConnection>>;

/// A new id for something people create (a playlist, an entry, a play): random, unlike the
/// derived catalogue ids, behind a prefix that says what it names (`pl_`, `ple_`, `plh_`).
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}_{}", uuid::Uuid::new_v4().simple())
}

/// The database layer's errors. The API layer turns them into `ApiError`s once, at the edge.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database is {status}: {detail}")]
    Unavailable {
        status: HealthStatus,
        detail: String,
    },
    #[error("the database is healthy; rebuilding it needs force")]
    Healthy,
    #[error("could not open the database: {0}")]
    Open(String),
    /// The data dir or the file may not be written, and the database cannot even be read as
    /// it is (there is none yet, or it needs migrating).
    #[error("the database cannot be used read-only: {0}")]
    ReadOnly(String),
    #[error("the integrity check failed: {0}")]
    Integrity(String),
    #[error("could not apply migrations: {0}")]
    Migration(String),
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    /// Another program held a lock past the busy timeout: nothing is wrong with the file.
    #[error("another program holds the database locked")]
    Busy,
    #[error("database connection pool: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("file system: {0}")]
    Io(#[from] std::io::Error),
    #[error("a database task stopped: {0}")]
    Task(String),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, strum::Display)]
#[serde(rename_all = "camelCase")]
#[strum(serialize_all = "camelCase")]
pub enum HealthStatus {
    #[default]
    Healthy,
    /// Out of reach for now (another program holds the file locked); the hub checks again
    /// by itself and becomes healthy when the lock is gone.
    Unavailable,
    Faulted,
    Rebuilding,
    /// The data dir or the database file may not be written (a read-only mount, a folder
    /// the hub's user may not write): reads are served, writes are refused, and the hub
    /// checks again by itself. A rebuild cannot help, since it writes too.
    ReadOnly,
}

impl HealthStatus {
    /// Whether waiting cures it, as opposed to a rebuild.
    pub fn is_transient(self) -> bool {
        matches!(
            self,
            HealthStatus::Unavailable | HealthStatus::Rebuilding | HealthStatus::ReadOnly
        )
    }

    /// Whether reads are served (from a read-only database they are; writes are not).
    fn serves_reads(self) -> bool {
        matches!(self, HealthStatus::Healthy | HealthStatus::ReadOnly)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    pub status: HealthStatus,
    /// Why, for a person: the integrity check's verdict or the error that faulted it.
    pub detail: String,
    pub checked_at: DateTime<Utc>,
}

impl Health {
    fn now(status: HealthStatus, detail: impl Into<String>) -> Self {
        Health {
            status,
            detail: detail.into(),
            checked_at: Utc::now(),
        }
    }
}

/// What a rebuild did.
#[derive(Debug, Clone)]
pub struct RebuildOutcome {
    /// The archive folder, relative to the data dir (`archive/20261124T101500Z`).
    pub archived_to: String,
    pub archived_files: Vec<String>,
    /// What of the person's data was copied from the archive into the fresh database.
    pub carried_over: Vec<salvage::TableSalvage>,
    pub health: Health,
}

struct State {
    pool: Option<DbPool>,
    health: Health,
    /// Which file the pool has open, to notice the path coming to name another (`watchdog`).
    identity: Option<watchdog::FileIdentity>,
    /// A copy of what the pool still held when its file was deleted or replaced under it:
    /// what the next rebuild carries the person's data over from.
    rescued: Option<PathBuf>,
    /// One connection opened on the file the pool uses, kept so that, should the path come
    /// to name another file (or none), what the hub held can still be read (`watchdog`).
    anchor: Option<watchdog::Anchor>,
}

/// Told about every change of health (the hub publishes it on the library feed).
pub type HealthListener = Box<dyn Fn(&Health) + Send + Sync>;

pub struct Database {
    data_dir: PathBuf,
    path: PathBuf,
    state: RwLock<State>,
    /// Rebuilds run one at a time; a second waits and then sees the fresh database.
    rebuild_lock: tokio::sync::Mutex<()>,
    on_health: Option<HealthListener>,
}

/// What a caught panic said, as `JoinError`'s text gives it for the blocking pool.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    let said = panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a database read panicked");
    format!("panicked: {said}")
}

/// `work` on a pooled connection in tokio's blocking pool, waiting there for a connection.
async fn on_blocking_pool<R, F>(pool: DbPool, work: F) -> Result<R, DbError>
where
    R: Send + 'static,
    F: FnOnce(&mut SqliteConnection) -> Result<R, DbError> + Send + 'static,
{
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get()?;
        work(&mut conn)
    })
    .await
    .unwrap_or_else(|e| Err(DbError::Task(e.to_string())))
}

/// Whether an error only means another program holds the file locked (SQLITE_BUSY or
/// SQLITE_LOCKED past the busy timeout): waiting cures it, and the file is fine.
fn is_lock(err: &DbError) -> bool {
    let text = match err {
        DbError::Busy => return true,
        DbError::Open(text) | DbError::Integrity(text) | DbError::Migration(text) => text.clone(),
        DbError::Query(err) => err.to_string(),
        DbError::Pool(err) => err.to_string(),
        _ => return false,
    };
    text.contains("database is locked") || text.contains("database table is locked")
}

/// Whether a write failed because the database may not be written (SQLITE_READONLY): the
/// file or its folder became read-only, or the pool is the read-only one.
fn is_read_only(err: &diesel::result::Error) -> bool {
    err.to_string().contains("readonly database")
}

/// Whether an error means the file itself is damaged (as opposed to a bad query).
fn is_corruption(err: &diesel::result::Error) -> bool {
    let text = err.to_string();
    text.contains("malformed") || text.contains("not a database") || text.contains("disk I/O")
}

impl Database {
    /// Opens (or creates) the database in `data_dir`. Never fails: a database that cannot be
    /// used is reported as faulted, and the file is left untouched.
    pub async fn open(data_dir: &Path, on_health: Option<HealthListener>) -> Self {
        let path = data_dir.join(DATABASE_FILE);
        let db = Database {
            data_dir: data_dir.to_owned(),
            path: path.clone(),
            state: RwLock::new(State {
                pool: None,
                health: Health::now(HealthStatus::Rebuilding, "opening"),
                identity: None,
                rescued: None,
                anchor: None,
            }),
            rebuild_lock: tokio::sync::Mutex::new(()),
            on_health,
        };
        let opened = tokio::task::spawn_blocking(move || open_checked(&path))
            .await
            .unwrap_or_else(|e| Err(DbError::Task(e.to_string())));
        db.install(opened);
        db
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn health(&self) -> Health {
        self.read_state(|s| s.health.clone())
    }

    fn read_state<R>(&self, f: impl FnOnce(&State) -> R) -> R {
        f(&self.state.read())
    }

    fn write_state<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        f(&mut self.state.write())
    }

    fn install(&self, opened: Result<Opened, DbError>) {
        let (pool, health) = match opened {
            Ok(Opened {
                pool,
                read_only: None,
            }) => (
                Some(pool),
                Health::now(HealthStatus::Healthy, "integrity check passed"),
            ),
            Ok(Opened {
                pool,
                read_only: Some(reason),
            }) => {
                tracing::warn!(path = %self.path.display(), %reason,
                    "the database is read-only: serving reads, refusing writes");
                (
                    Some(pool),
                    Health::now(HealthStatus::ReadOnly, read_only_detail(&reason)),
                )
            }
            Err(DbError::ReadOnly(reason)) => {
                tracing::error!(path = %self.path.display(), %reason, "the database is read-only");
                (
                    None,
                    Health::now(
                        HealthStatus::ReadOnly,
                        format!("{reason}; the hub checks again by itself"),
                    ),
                )
            }
            Err(err) if is_lock(&err) => {
                tracing::warn!(path = %self.path.display(), error = %err,
                    "database locked by another program; checking again until it is free");
                (
                    None,
                    Health::now(
                        HealthStatus::Unavailable,
                        "another program holds the database file locked; the hub checks \
                         again by itself",
                    ),
                )
            }
            Err(err) => {
                tracing::error!(path = %self.path.display(), error = %err, "database faulted");
                (None, Health::now(HealthStatus::Faulted, err.to_string()))
            }
        };
        self.set(pool, health);
    }

    /// Replaces the pool and health together, and tells the listener when health changed.
    fn set(&self, pool: Option<DbPool>, health: Health) {
        // Only a writable database can take writes into a lost file (`watchdog`), and an
        // anchor cannot be opened for writing on a read-only one.
        let watched = pool.is_some() && health.status == HealthStatus::Healthy;
        let changed = self.write_state(|s| {
            let changed = s.health.status != health.status || s.health.detail != health.detail;
            s.identity = watched
                .then(|| watchdog::FileIdentity::of(&self.path))
                .flatten();
            s.anchor = watched
                .then(|| watchdog::Anchor::open(&self.path))
                .flatten();
            s.pool = pool;
            s.health = health.clone();
            changed
        });
        if changed {
            if let Some(listener) = &self.on_health {
                listener(&health);
            }
        }
    }

    /// `Err(Unavailable)` with the reason while the database cannot serve requests. A
    /// read-only database serves them: its writes fail one by one, in `run`.
    pub fn gate(&self) -> Result<(), DbError> {
        let health = self.health();
        match health.status {
            status if status.serves_reads() => Ok(()),
            status => Err(DbError::Unavailable {
                status,
                detail: health.detail,
            }),
        }
    }

    /// The pool (read-only when the database is), or why there is none.
    pub fn pool(&self) -> Result<DbPool, DbError> {
        self.read_state(|s| match (&s.pool, s.health.status) {
            (Some(pool), status) if status.serves_reads() => Ok(pool.clone()),
            _ => Err(DbError::Unavailable {
                status: s.health.status,
                detail: s.health.detail.clone(),
            }),
        })
    }

    /// The pool for work that only writes (a scan): refused up front on a read-only
    /// database rather than failing at its first write.
    pub fn pool_for_writes(&self) -> Result<DbPool, DbError> {
        self.read_state(|s| match (&s.pool, s.health.status) {
            (Some(pool), HealthStatus::Healthy) => Ok(pool.clone()),
            _ => Err(DbError::Unavailable {
                status: s.health.status,
                detail: s.health.detail.clone(),
            }),
        })
    }

    /// Runs blocking diesel work on a pooled connection, off the async executor. A query that
    /// finds the file damaged marks the database faulted, so callers get 503 from then on.
    pub async fn run<R, F>(&self, work: F) -> Result<R, DbError>
    where
        R: Send + 'static,
        F: FnOnce(&mut SqliteConnection) -> Result<R, DbError> + Send + 'static,
    {
        let pool = self.pool()?;
        let result = on_blocking_pool(pool, work).await;
        self.judged(result).await
    }

    /// Runs a brief read (a few rows, or a page: never one that grows with the library, and
    /// never a write, which may wait seconds for SQLite's lock) on the caller's task when a
    /// pooled connection is idle, and as [`Database::run`] does when none is.
    ///
    /// Handing work to the blocking pool and back wakes two threads, and on a small machine
    /// those wake-ups were about a fifth of an album's CPU; run here, an album costs about a
    /// quarter less CPU, and its p99 under 32 clients is about half (BENCHMARKS.md, "Brief
    /// reads where the request runs"). `try_get` never waits: a busy pool sends the
    /// work to the blocking pool, which waits there. What can still hold the caller's thread
    /// is SQLite itself: a page the OS must read from a slow disk, or, rarely in WAL mode, a
    /// reader's wait for the busy timeout while another program recovers the file.
    pub async fn run_brief<R, F>(&self, work: F) -> Result<R, DbError>
    where
        R: Send + 'static,
        F: FnOnce(&mut SqliteConnection) -> Result<R, DbError> + Send + 'static,
    {
        let pool = self.pool()?;
        // While a first scan has the indexes set aside, no read is brief.
        let idle = pool
            .try_get()
            .and_then(|mut conn| match deferred::is_set_aside(&mut conn) {
                Ok(false) => Some(conn),
                _ => None,
            });
        let result = match idle {
            // A panic in the work is answered as it is from the blocking pool (a 500 with
            // `DbError::Task`), not by dropping the request; the connection, dropped while
            // the panic unwinds, is discarded rather than pooled.
            Some(conn) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
                let mut conn = conn;
                work(&mut conn)
            }))
            .unwrap_or_else(|panic| Err(DbError::Task(panic_message(&*panic)))),
            None => on_blocking_pool(pool, work).await,
        };
        self.judged(result).await
    }

    /// What `run` and `run_brief` make of their work's result: a lock as `Busy`, a file gone
    /// read-only or damaged as the database's new health.
    async fn judged<R>(&self, result: Result<R, DbError>) -> Result<R, DbError> {
        let result = result.map_err(|err| if is_lock(&err) { DbError::Busy } else { err });
        if let Err(DbError::Query(err)) = &result {
            // A write into a folder that became read-only fails as SQLITE_READONLY, or as
            // an I/O error when the file was open for writing: neither is damage.
            if is_read_only(err) || (is_corruption(err) && read_only_reason(&self.path).is_some()) {
                return match self.went_read_only().await {
                    Some(unavailable) => Err(unavailable),
                    None => result,
                };
            }
            if is_corruption(err) {
                self.set(
                    None,
                    Health::now(
                        HealthStatus::Faulted,
                        format!("a query found the file damaged: {err}"),
                    ),
                );
            }
        }
        result
    }

    /// Moves the database and its companions into `archive/<UTC timestamp>/` and starts a
    /// fresh, migrated database. Refused on a healthy database unless `force`.
    #[tracing::instrument(skip(self), fields(path = %self.path.display()))]
    pub async fn rebuild(&self, force: bool) -> Result<RebuildOutcome, DbError> {
        let _one_at_a_time = self.rebuild_lock.lock().await;
        let previous = self.health();
        if previous.status == HealthStatus::Healthy && !force {
            return Err(DbError::Healthy);
        }
        // Archiving moves files and a fresh database writes one: neither can be done.
        if previous.status == HealthStatus::ReadOnly {
            return Err(DbError::Unavailable {
                status: previous.status,
                detail: previous.detail,
            });
        }
        // Closing the pool here lets SQLite release the file before it moves.
        self.set(
            None,
            Health::now(HealthStatus::Rebuilding, "archiving the old database"),
        );
        let data_dir = self.data_dir.clone();
        let path = self.path.clone();
        let archived = tokio::task::spawn_blocking(move || archive(&data_dir, &path))
            .await
            .unwrap_or_else(|e| Err(DbError::Task(e.to_string())));
        let (archived_to, archived_files) = match archived {
            Ok(done) => done,
            Err(err) => {
                // Nothing moved (or a part did): the old file stays in use as before.
                tracing::error!(error = %err, "archiving the database failed");
                let path = self.path.clone();
                let reopened = tokio::task::spawn_blocking(move || open_checked(&path))
                    .await
                    .unwrap_or_else(|e| Err(DbError::Task(e.to_string())));
                self.install(reopened);
                return Err(err);
            }
        };
        tracing::info!(%archived_to, files = ?archived_files, "archived the database");
        let path = self.path.clone();
        let data_dir = self.data_dir.clone();
        // What the hub still held when its file was lost wins over whatever now sits at
        // the path; otherwise the file just archived.
        let archived_db = self.take_rescued().or_else(|| {
            archived_files
                .iter()
                .any(|f| f.as_str() == DATABASE_FILE)
                .then(|| self.data_dir.join(&archived_to).join(DATABASE_FILE))
        });
        // The person's data is copied in before the fresh database is handed out, so that
        // nothing (a scan, a device's call) writes to it first.
        let opened = tokio::task::spawn_blocking(move || {
            let opened = open_checked(&path)?;
            let carried_over = match (&archived_db, &opened.read_only) {
                (Some(archive), None) => salvage::carry_over(&opened.pool, archive, &data_dir),
                _ => Vec::new(),
            };
            Ok((opened, carried_over))
        })
        .await
        .unwrap_or_else(|e| Err(DbError::Task(e.to_string())));
        let (opened, carried_over) = match opened {
            Ok((opened, carried_over)) => (Ok(opened), carried_over),
            Err(err) => (Err(err), Vec::new()),
        };
        self.install(opened);
        Ok(RebuildOutcome {
            archived_to,
            archived_files,
            carried_over,
            health: self.health(),
        })
    }
}

/// What `/api/info` says of a read-only database that is being served.
fn read_only_detail(reason: &str) -> String {
    format!(
        "{reason}: the library is served, but nothing can be saved until the hub may write \
         there again; it checks again by itself"
    )
}

/// Makes a new, empty `archive/<UTC timestamp>` folder; returns its name and path.
fn new_archive_folder(data_dir: &Path) -> Result<(String, PathBuf), DbError> {
    let stamp = Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let archive_root = data_dir.join("archive");
    std::fs::create_dir_all(&archive_root)?;
    let mut name = stamp.clone();
    let mut n = 1;
    while archive_root.join(&name).exists() {
        n += 1;
        name = format!("{stamp}-{n}");
    }
    let target = archive_root.join(&name);
    std::fs::create_dir(&target)?;
    Ok((name, target))
}

/// Moves the database file and its companions into a new `archive/<timestamp>` folder.
/// `rename` keeps the bytes exactly and is atomic within the data dir's file system.
fn archive(data_dir: &Path, path: &Path) -> Result<(String, Vec<String>), DbError> {
    let (name, target) = new_archive_folder(data_dir)?;
    let file_name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| DATABASE_FILE.to_owned());
    let mut moved = Vec::new();
    let candidates = std::iter::once(file_name.clone())
        .chain(COMPANION_SUFFIXES.iter().map(|s| format!("{file_name}{s}")));
    for candidate in candidates {
        let from = data_dir.join(&candidate);
        if from.exists() {
            std::fs::rename(&from, target.join(&candidate))?;
            moved.push(candidate);
        }
    }
    Ok((format!("archive/{name}"), moved))
}

#[cfg(test)]
mod tests;
