//! Opening the database file: checking it before anything writes to it (its header, then
//! SQLite's own `quick_check`, read-only), the pool with its per-connection pragmas, and
//! the migrations. A file that fails any check is left exactly as it was found.
//!
//! A database on a read-only data dir (a read-only mount, a folder or file the hub may not
//! write) is opened for reading only: the catalogue, playlists and the rest are still
//! served, and SQLite itself refuses every write, which `Database::run` reports as
//! `readOnly` instead of a stream of internal errors.

use std::path::{Path, PathBuf};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool};
use diesel::sql_types::Text;
use diesel::{Connection, QueryResult, QueryableByName, RunQueryDsl, SqliteConnection};
use diesel_migrations::MigrationHarness;

use super::{DbError, DbPool, MIGRATIONS};

/// The most memory SQLite's caches of all connections together grow to (a soft limit,
/// process-wide). 64 MiB let a 20k-track hub grow by 80 MB under query load
/// (`bench rest-memory`), past issue 17's 120 MB. The limit covers prepared statements and
/// sorters too; near it, SQLite frees the least recently used cached pages of any
/// connection (it never fails an allocation for it).
const SQLITE_HEAP_LIMIT: i64 = 32 * 1024 * 1024;

/// Each pooled connection's page cache, in KiB (SQLite's negative `cache_size`).
const CACHE_KIB: i64 = 32 * 1024;

/// A first scan's connection's page cache, in KiB, while it scans. A first scan writes
/// with the indexes set aside, appending rather than inserting at random places, so a
/// large cache buys it little speed (20k files: 2.6 s with 32 MiB, 3.1 s with 16 MiB on a
/// busier machine, mpd's 5.9 and 6.3 s in the same runs), and that cache was what made it
/// peak above mpd's memory (issue 17: 74 MB against mpd's 64 MB; 58 MB with this). Later
/// scans keep the pooled size: they insert into a catalogue's indexes where the scan
/// finds the files, and would read the same pages again.
const SCAN_CACHE_KIB: i64 = 16 * 1024;

/// Gives `conn` a first scan's smaller page cache until the guard is dropped, when it has
/// a pooled connection's again (the connection goes back to the pool after the scan).
pub fn scan_sized_cache(conn: &mut SqliteConnection) -> QueryResult<ScanSizedCache<'_>> {
    conn.batch_execute(&format!("PRAGMA cache_size = -{SCAN_CACHE_KIB};"))?;
    Ok(ScanSizedCache { conn })
}

/// See [`scan_sized_cache`]; dereferences to the connection.
pub struct ScanSizedCache<'c> {
    conn: &'c mut SqliteConnection,
}

impl std::ops::Deref for ScanSizedCache<'_> {
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        self.conn
    }
}

impl std::ops::DerefMut for ScanSizedCache<'_> {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        self.conn
    }
}

impl Drop for ScanSizedCache<'_> {
    fn drop(&mut self) {
        // Failing leaves a small cache on a pooled connection: slower reads, nothing lost.
        if let Err(err) = self
            .conn
            .batch_execute(&format!("PRAGMA cache_size = -{CACHE_KIB};"))
        {
            tracing::warn!(%err, "could not give the scan's connection its cache back");
        }
    }
}

/// Per-connection settings: WAL lets readers run beside the scanner's writes, the busy
/// timeout turns brief lock contention into a wait instead of an error, and foreign keys
/// are off by default in SQLite.
#[derive(Debug)]
struct Pragmas;

impl CustomizeConnection<SqliteConnection, diesel::r2d2::Error> for Pragmas {
    fn on_acquire(&self, conn: &mut SqliteConnection) -> Result<(), diesel::r2d2::Error> {
        // journal_mode is not here: WAL is a property of the file, set once at open, and
        // asking for it on every new connection can fail with "database is locked" while
        // another connection writes (the busy handler does not cover that pragma).
        // Memory is bounded for the whole process, not per connection (up to eight):
        // - No memory-mapped reads: every connection mapping the file counts the same pages
        //   once more in the hub's resident size (eight 256 MiB maps made a 200 MB
        //   catalogue read as 1.6 GB in `top`). Pages are read into the page cache
        //   instead, from the kernel's file cache, which all connections share anyway.
        // - Each connection's page cache may grow to 32 MiB (SQLite's default is 2 MB, and
        //   a scan inserting at random places into a large catalogue's indexes would read
        //   the same pages again and again), but SQLite's heap as a whole stays under
        //   `SQLITE_HEAP_LIMIT`: near it, a connection recycles the least recently used
        //   page of any connection's cache instead of allocating (the bundled SQLite is
        //   built with SQLITE_ENABLE_MEMORY_MANAGEMENT, which puts all caches on one LRU).
        conn.batch_execute(&format!(
            "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
             PRAGMA cache_size = -{CACHE_KIB}; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY; \
             PRAGMA soft_heap_limit = {SQLITE_HEAP_LIMIT};"
        ))
        .map_err(diesel::r2d2::Error::QueryError)
    }
}

#[derive(QueryableByName)]
struct QuickCheckRow {
    #[diesel(sql_type = Text)]
    quick_check: String,
}

/// A pool and whether it can write.
pub(super) struct Opened {
    pub pool: DbPool,
    /// Why the pool only reads (`read_only_reason`), or `None` for a writable database.
    pub read_only: Option<String>,
}

/// Opens the database at `path` for reading and writing when the hub may write there, and
/// for reading only when it may not.
pub(super) fn open_checked(path: &Path) -> Result<Opened, DbError> {
    match read_only_reason(path) {
        None => open_writable(path).map(|pool| Opened {
            pool,
            read_only: None,
        }),
        Some(reason) => open_read_only_pool(path, &reason).map(|pool| Opened {
            pool,
            read_only: Some(reason),
        }),
    }
}

/// Why the hub may not write the database at `path` (its folder or the file itself is on a
/// read-only mount, or not writable by this user), or `None` when it may. `access(2)` asks
/// the kernel without creating anything, and answers for the mount as well as the mode.
pub(super) fn read_only_reason(path: &Path) -> Option<String> {
    use rustix::fs::{access, Access};
    use rustix::io::Errno;
    let refused = |target: &Path| match access(target, Access::WRITE_OK) {
        Err(Errno::ROFS) => Some("is on a read-only file system"),
        Err(Errno::ACCESS | Errno::PERM) => Some("may not be written by the hub's user"),
        _ => None,
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    if let Some(why) = refused(folder) {
        return Some(format!("the data dir {why}"));
    }
    if path.exists() {
        if let Some(why) = refused(path) {
            return Some(format!("the database file {why}"));
        }
    }
    None
}

/// The read-only pool: checked like a writable one, never migrated (it cannot be), so a
/// database that needs migrating cannot be served from a read-only data dir.
fn open_read_only_pool(path: &Path, reason: &str) -> Result<DbPool, DbError> {
    if !path.exists() {
        return Err(DbError::ReadOnly(format!(
            "{reason}, and it holds no database yet"
        )));
    }
    check_header(path)?;
    quick_check(path)?;
    let pool = Pool::builder()
        .max_size(8)
        .min_idle(Some(1))
        .connection_timeout(Duration::from_secs(10))
        .connection_customizer(Box::new(Pragmas))
        .build(ConnectionManager::<SqliteConnection>::new(read_only_url(
            path,
        )))
        .map_err(|e| DbError::Open(e.to_string()))?;
    let pending = pool
        .get()?
        .has_pending_migration(MIGRATIONS)
        .map_err(|e| DbError::Migration(e.to_string()))?;
    if pending {
        return Err(DbError::ReadOnly(format!(
            "{reason}, and the database was written by an older version of the hub: it \
             needs updating, which cannot be done until the hub may write there"
        )));
    }
    Ok(pool)
}

/// Opens the file at `path`, checks an existing one before anything writes to it, then
/// applies pending migrations.
fn open_writable(path: &Path) -> Result<DbPool, DbError> {
    if path.exists() {
        check_header(path)?;
        quick_check(path)?;
    }
    {
        let mut conn = SqliteConnection::establish(&path.to_string_lossy())
            .map_err(|e| DbError::Open(e.to_string()))?;
        conn.batch_execute("PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL;")?;
    }
    // `mode=rw`: a pooled connection never creates the file. Were the file deleted while the
    // hub runs, a new connection would otherwise make an empty database at the path and
    // answer from it (`watchdog`).
    let manager =
        ConnectionManager::<SqliteConnection>::new(format!("file:{}?mode=rw", uri_path(path)));
    let pool = Pool::builder()
        .max_size(8)
        // Connections are made as needed, not eight at once at start-up.
        .min_idle(Some(1))
        .connection_timeout(Duration::from_secs(10))
        .connection_customizer(Box::new(Pragmas))
        .build(manager)
        .map_err(|e| DbError::Open(e.to_string()))?;
    let mut conn = pool.get()?;
    // Before the migrations: they may refer to what a first scan that died had set aside.
    super::deferred::restore_at_open(&mut conn)?;
    conn.run_pending_migrations(MIGRATIONS)
        .map_err(|e| DbError::Migration(e.to_string()))?;
    Ok(pool)
}

/// SQLite's header, per its file format: the magic string, a power-of-two page size, and a
/// file at least as long as the page count the header records. Checked before SQLite opens
/// the file, because opening a WAL-mode database (even read-only) creates or rewrites its
/// `-shm` and `-wal` companions, and a damaged file must be left exactly as it was found.
fn check_header(path: &Path) -> Result<(), DbError> {
    use std::io::Read;
    const MAGIC: &[u8; 16] = b"SQLite format 3\0";
    let len = std::fs::metadata(path)?.len();
    if len == 0 {
        // An empty file is an empty database to SQLite.
        return Ok(());
    }
    let mut header = [0u8; 100];
    let mut file = std::fs::File::open(path)?;
    if len < 100 || file.read_exact(&mut header).is_err() || &header[..16] != MAGIC {
        return Err(DbError::Integrity(
            "file is not a database: it does not start with SQLite's header".into(),
        ));
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536,
        n => u64::from(n),
    };
    if !(512..=65536).contains(&page_size) || !page_size.is_power_of_two() {
        return Err(DbError::Integrity(format!(
            "file is not a database: its header gives an impossible page size ({page_size})"
        )));
    }
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let change_counter = be32(24);
    let pages = u64::from(be32(28));
    // The page count is only trustworthy when "version-valid-for" matches the counter.
    let pages_valid = be32(92) == change_counter && pages > 0;
    if len % page_size != 0 || (pages_valid && len < pages * page_size) {
        return Err(DbError::Integrity(format!(
            "the file is truncated: {len} bytes, but its header describes {pages} pages of {page_size} bytes"
        )));
    }
    Ok(())
}

/// SQLite's own check of the file's structure, read-only. A file another program holds
/// locked fails after the busy timeout.
fn quick_check(path: &Path) -> Result<(), DbError> {
    let mut conn = open_read_only(path)?;
    conn.batch_execute("PRAGMA busy_timeout = 2000;")
        .map_err(|e| DbError::Open(e.to_string()))?;
    let rows: Vec<QuickCheckRow> = diesel::sql_query("PRAGMA quick_check")
        .load(&mut conn)
        .map_err(|e| DbError::Integrity(e.to_string()))?;
    match rows.as_slice() {
        [row] if row.quick_check == "ok" => Ok(()),
        rows => Err(DbError::Integrity(
            rows.iter()
                .take(5)
                .map(|r| r.quick_check.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        )),
    }
}

/// Opens a database file for reading only; see `read_only_url`.
pub(super) fn open_read_only(path: &Path) -> Result<SqliteConnection, DbError> {
    SqliteConnection::establish(&read_only_url(path)).map_err(|e| DbError::Open(e.to_string()))
}

/// A WAL-mode file with no `-wal` beside it has nothing to replay, so it is opened
/// `immutable`: SQLite then reads the main file alone and creates no `-shm`/`-wal` (which
/// it could not on a read-only mount, nor should next to a file that may turn out damaged).
fn read_only_url(path: &Path) -> String {
    let mode = if header_says_wal(path) && !companion(path, "-wal").exists() {
        "immutable=1"
    } else {
        "mode=ro"
    };
    format!("file:{}?{mode}", uri_path(path))
}

pub(super) fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Bytes 18 and 19 of the header are 2 for a database in WAL mode.
fn header_says_wal(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 20];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok_and(|()| header[18] == 2 && header[19] == 2)
}

/// A path as a URI filename: the characters that URIs give meaning to are escaped.
pub(super) fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' => out.push_str(&format!("%{:02X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use diesel::sql_types::BigInt;

    use super::*;

    // `PRAGMA x` answers in a column named `x`.
    #[derive(QueryableByName)]
    struct MmapSize {
        #[diesel(sql_type = BigInt)]
        mmap_size: i64,
    }

    #[derive(QueryableByName)]
    struct SoftHeapLimit {
        #[diesel(sql_type = BigInt)]
        soft_heap_limit: i64,
    }

    #[derive(QueryableByName)]
    struct CacheSize {
        #[diesel(sql_type = BigInt)]
        cache_size: i64,
    }

    /// Every pooled connection reads without mapping the file and with SQLite's heap under
    /// the process-wide limit: what keeps the hub's memory bounded however many
    /// connections the pool opens.
    #[test]
    fn pooled_connections_share_one_bounded_cache_and_map_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let pool = open_writable(&dir.path().join("m.db")).expect("open");
        let mut held = Vec::new();
        for _ in 0..3 {
            let mut conn = pool.get().expect("connection");
            let mmap: MmapSize = diesel::sql_query("PRAGMA mmap_size")
                .get_result(&mut conn)
                .expect("mmap_size");
            let limit: SoftHeapLimit = diesel::sql_query("PRAGMA soft_heap_limit")
                .get_result(&mut conn)
                .expect("soft_heap_limit");
            let cache: CacheSize = diesel::sql_query("PRAGMA cache_size")
                .get_result(&mut conn)
                .expect("cache_size");
            assert_eq!(mmap.mmap_size, 0);
            assert_eq!(limit.soft_heap_limit, SQLITE_HEAP_LIMIT);
            assert_eq!(cache.cache_size, -CACHE_KIB);
            held.push(conn);
        }
    }

    /// A scan's connection has the smaller cache only while the scan holds it, and goes
    /// back to the pool with a reader's.
    #[test]
    fn a_scan_sized_cache_is_given_back_when_the_scan_lets_go() {
        let dir = tempfile::tempdir().expect("temp dir");
        let pool = open_writable(&dir.path().join("m.db")).expect("open");
        let mut pooled = pool.get().expect("connection");
        let cache_of = |conn: &mut SqliteConnection| {
            diesel::sql_query("PRAGMA cache_size")
                .get_result::<CacheSize>(conn)
                .expect("cache_size")
                .cache_size
        };
        {
            let mut scanning = scan_sized_cache(&mut pooled).expect("smaller cache");
            assert_eq!(cache_of(&mut scanning), -SCAN_CACHE_KIB);
        }
        assert_eq!(cache_of(&mut pooled), -CACHE_KIB);
        const { assert!(SCAN_CACHE_KIB < CACHE_KIB) };
    }
}
