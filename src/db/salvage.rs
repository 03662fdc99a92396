//! Carrying the person's own data from an archived database into a live one.
//!
//! The catalogue (tracks, albums, artists, the search index) is derived from the music files
//! and a rescan makes it again with the same ids. What people made is not: playlists, saved
//! items, the playback session and history, paired devices and their refresh tokens, search
//! history, metadata overrides and shares. A rebuild copies those from the archive it has
//! just made, and `music-hub db salvage ARCHIVE` does the same from the terminal for an older
//! archive.
//!
//! The archive is usually damaged (that is why it was rebuilt), so it is read defensively:
//! rows are read in small runs of rowids, one row at a time near damage, and when a damaged
//! page hides rows the reader seeks past it and goes on. A damaged page costs only the rows
//! on it. The archive itself is never opened: a scratch copy of it is read, on a connection
//! of its own.

use std::path::Path;

use diesel::connection::SimpleConnection;
use diesel::sql_types::{BigInt, Text};
use diesel::{Connection, QueryableByName, RunQueryDsl, SqliteConnection};

use super::{DbError, DbPool};

/// The tables of the person's data, parents before children. Only columns present in both
/// databases are copied, so an archive from an older schema still gives what it has.
pub const USER_TABLES: &[&str] = &[
    "devices",
    "refresh_tokens",
    "playlists",
    "playlist_entries",
    "saved_items",
    "playback_sessions",
    "playback_history",
    "search_history",
    "metadata_overrides",
    "shares",
];

/// Rows copied in one statement while the archive reads cleanly.
const RUN: i64 = 256;

/// What became of one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSalvage {
    pub table: &'static str,
    /// Rows now in the live database that came from the archive.
    pub rows: u64,
    /// Rows that could not be read or stored; a damaged page that hid rows counts once.
    pub unreadable_rows: u64,
    /// The first reason rows were lost, for the log and the answer.
    pub detail: Option<String>,
}

/// How rows that already exist in the live database are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A fresh database made by a rebuild: the archive's rows win (the one playback
    /// session row the migrations create is replaced by the person's).
    Fresh,
    /// A database in use: what is there now wins, and only missing rows are added.
    Live,
}

/// Copies the person's data from the database file at `archive` into `conn`'s database.
/// Fails only when the archive cannot be opened at all; every other loss is reported per
/// table.
pub fn salvage(
    conn: &mut SqliteConnection,
    archive: &Path,
    scratch_in: &Path,
    into: Target,
) -> Result<Vec<TableSalvage>, DbError> {
    // SQLite writes beside any WAL-mode file it opens, even read-only (its `-shm`), and
    // the archive must stay byte for byte as it was: it is read from a scratch copy of the
    // file and its `-wal` (whose last writes SQLite then replays), removed afterwards.
    let scratch = tempfile::Builder::new()
        .prefix(".salvage-")
        .tempdir_in(scratch_in)?;
    let copy = scratch.path().join(super::DATABASE_FILE);
    std::fs::copy(archive, &copy)?;
    let wal = super::companion(archive, "-wal");
    if wal.exists() {
        std::fs::copy(&wal, super::companion(&copy, "-wal"))?;
    }
    // A connection of its own: a damaged page read inside the live database's write
    // transaction would fail the writes that follow it too.
    let mut archived = SqliteConnection::establish(&copy.to_string_lossy())
        .map_err(|e| DbError::Open(format!("the archive could not be opened: {e}")))?;
    archived.batch_execute("PRAGMA busy_timeout = 2000;")?;
    // Foreign keys are checked once at the end instead of row by row: a refresh token names
    // its successor, which comes later in rowid order, and a damaged page may have taken a
    // parent whose children must then be dropped rather than block the copy.
    conn.batch_execute("PRAGMA foreign_keys = OFF;")?;
    let copied = copy_all(conn, &mut archived, into);
    conn.batch_execute("PRAGMA foreign_keys = ON;")?;
    copied
}

fn copy_all(
    conn: &mut SqliteConnection,
    archived: &mut SqliteConnection,
    into: Target,
) -> Result<Vec<TableSalvage>, DbError> {
    conn.batch_execute("BEGIN IMMEDIATE")?;
    let copied = USER_TABLES
        .iter()
        .map(|table| copy_table(conn, archived, table, into))
        .collect::<Result<Vec<_>, _>>()
        .and_then(|mut tables| {
            for (table, orphans) in drop_dangling_references(conn)? {
                if let Some(outcome) = tables.iter_mut().find(|t| t.table == table) {
                    outcome.rows = outcome.rows.saturating_sub(orphans);
                    lost(
                        outcome,
                        orphans,
                        "what they belonged to could not be read".to_owned(),
                    );
                }
            }
            Ok(tables)
        });
    match copied {
        Ok(tables) => {
            conn.batch_execute("COMMIT")?;
            Ok(tables)
        }
        Err(err) => {
            let _ = conn.batch_execute("ROLLBACK");
            Err(err)
        }
    }
}

#[derive(QueryableByName)]
struct ColumnRow {
    #[diesel(sql_type = Text)]
    name: String,
}

/// One archived row: its rowid and its values as SQL literals (`'text'`, `42`, `NULL`,
/// `X'0A'`), ready to be written into the live database's `VALUES (...)`.
#[derive(QueryableByName)]
struct ArchivedRow {
    #[diesel(sql_type = BigInt)]
    rowid: i64,
    #[diesel(sql_type = Text)]
    literals: String,
}

#[derive(QueryableByName)]
struct ForeignKeyViolation {
    #[diesel(sql_type = Text)]
    table: String,
}

fn columns(conn: &mut SqliteConnection, table: &str) -> Result<Vec<String>, diesel::result::Error> {
    // Table names come from USER_TABLES, never from input.
    let rows: Vec<ColumnRow> =
        diesel::sql_query(format!("SELECT name FROM pragma_table_info('{table}')")).load(conn)?;
    Ok(rows.into_iter().map(|r| r.name).collect())
}

/// Copies one table run by run; see the module's doc for how damage is stepped over.
fn copy_table(
    conn: &mut SqliteConnection,
    archived: &mut SqliteConnection,
    table: &'static str,
    into: Target,
) -> Result<TableSalvage, DbError> {
    let mut outcome = TableSalvage {
        table,
        rows: 0,
        unreadable_rows: 0,
        detail: None,
    };
    let live = columns(conn, table)?;
    let in_archive = match columns(archived, table) {
        Ok(in_archive) => in_archive,
        Err(err) => {
            lost(
                &mut outcome,
                1,
                format!("its columns could not be read: {err}"),
            );
            return Ok(outcome);
        }
    };
    let shared: Vec<String> = live
        .into_iter()
        .filter(|c| in_archive.contains(c))
        .map(|c| format!("\"{c}\""))
        .collect();
    if shared.is_empty() {
        // Not in this archive (older than the table): nothing to carry.
        return Ok(outcome);
    }
    let reader = Reader {
        select: format!(
            "SELECT rowid, {} AS literals FROM \"{table}\" WHERE rowid > ? ORDER BY rowid LIMIT ?",
            shared
                .iter()
                .map(|c| format!("quote({c})"))
                .collect::<Vec<_>>()
                .join(" || ',' || ")
        ),
    };
    let writer = Writer {
        insert: format!(
            "INSERT {} INTO \"{table}\" ({})",
            match into {
                Target::Fresh => "OR REPLACE",
                Target::Live => "OR IGNORE",
            },
            shared.join(", ")
        ),
    };
    let mut after = i64::MIN;
    loop {
        match reader.rows_after(archived, after, RUN) {
            Ok(rows) => {
                let Some(last) = rows.last().map(|r| r.rowid) else {
                    break;
                };
                for row in &rows {
                    writer.write(conn, row, &mut outcome);
                }
                after = last;
            }
            // The run crosses a damaged page: go one row at a time up to it, then past it.
            Err(err) => match reader.next_readable(archived, after) {
                Next::Row(row) => {
                    after = row.rowid;
                    writer.write(conn, &row, &mut outcome);
                }
                Next::End => break,
                Next::After { row, skipped } => {
                    lost(
                        &mut outcome,
                        1,
                        format!("a damaged page hid up to {skipped} rows: {err}"),
                    );
                    after = row.rowid;
                    writer.write(conn, &row, &mut outcome);
                }
                Next::Unreadable => {
                    lost(
                        &mut outcome,
                        1,
                        format!("the rest could not be read: {err}"),
                    );
                    break;
                }
            },
        }
    }
    Ok(outcome)
}

struct Writer {
    /// `INSERT ... INTO table (columns)`, to which each row adds its `VALUES`.
    insert: String,
}

impl Writer {
    fn write(&self, conn: &mut SqliteConnection, row: &ArchivedRow, outcome: &mut TableSalvage) {
        // The literals are SQLite's own `quote()` of values it read, so they are
        // well-formed SQL whatever the archive held.
        let statement = format!("{} VALUES ({})", self.insert, row.literals);
        match diesel::sql_query(statement).execute(conn) {
            Ok(n) => outcome.rows += n as u64,
            Err(err) => lost(
                outcome,
                1,
                format!("a row could not be carried over: {err}"),
            ),
        }
    }
}

fn lost(outcome: &mut TableSalvage, rows: u64, why: String) {
    tracing::warn!(table = outcome.table, %why, "rows could not be carried over");
    outcome.unreadable_rows += rows;
    outcome.detail.get_or_insert(why);
}

/// What lies past a point where a run of rows could not be read.
enum Next {
    /// The next row reads cleanly.
    Row(ArchivedRow),
    /// No rows are left.
    End,
    /// A damaged page was stepped over; this is the first row after it.
    After { row: ArchivedRow, skipped: i64 },
    /// Nothing further can be reached.
    Unreadable,
}

/// Reads rows of one archived table by seeking on rowid, which touches only the pages on
/// the way to the row sought, so a damaged leaf can be stepped around.
struct Reader {
    /// Rows after a rowid, in rowid order, with a limit.
    select: String,
}

impl Reader {
    fn rows_after(
        &self,
        archived: &mut SqliteConnection,
        after: i64,
        limit: i64,
    ) -> Result<Vec<ArchivedRow>, diesel::result::Error> {
        diesel::sql_query(&self.select)
            .bind::<BigInt, _>(after)
            .bind::<BigInt, _>(limit)
            .load(archived)
    }

    /// The first row at or past `from`, if the seek there can read it.
    fn first_from(
        &self,
        archived: &mut SqliteConnection,
        from: i64,
    ) -> Result<Option<ArchivedRow>, diesel::result::Error> {
        Ok(self
            .rows_after(archived, from.saturating_sub(1), 1)?
            .into_iter()
            .next())
    }

    /// Steps past damage after `after`: the next row if it reads, else seeks further and
    /// further ahead until one does, then back to the first readable row after the damage.
    fn next_readable(&self, archived: &mut SqliteConnection, after: i64) -> Next {
        let Some(start) = after.checked_add(1) else {
            return Next::End;
        };
        match self.first_from(archived, start) {
            Ok(Some(row)) => return Next::Row(row),
            Ok(None) => return Next::End,
            Err(_) => {}
        }
        // Seeks ahead by doubling steps, until one lands past the damage.
        let mut failed = start;
        let mut step: i64 = 1;
        let (mut good_probe, mut good_row) = loop {
            let Some(probe) = start.checked_add(step) else {
                return Next::Unreadable;
            };
            match self.first_from(archived, probe) {
                Ok(Some(row)) => break (probe, row),
                Ok(None) => return Next::End,
                Err(_) => {
                    failed = probe;
                    match step.checked_mul(2) {
                        Some(next) => step = next,
                        None => return Next::Unreadable,
                    }
                }
            }
        };
        // Then back towards the damage, to lose as few rows as possible.
        while good_probe - failed > 1 {
            let mid = failed + (good_probe - failed) / 2;
            match self.first_from(archived, mid) {
                Ok(Some(row)) => (good_probe, good_row) = (mid, row),
                Ok(None) => break,
                Err(_) => failed = mid,
            }
        }
        Next::After {
            skipped: good_row.rowid - after - 1,
            row: good_row,
        }
    }
}

/// Drops what points at rows that did not survive: tokens of a device that is gone,
/// entries of a playlist that is gone (returned, per table, when any were); and forgets
/// devices that are gone where history, the session or a share merely name them.
fn drop_dangling_references(
    conn: &mut SqliteConnection,
) -> Result<Vec<(&'static str, u64)>, DbError> {
    let mut orphans = Vec::new();
    for (table, delete) in [
        (
            "refresh_tokens",
            "DELETE FROM refresh_tokens WHERE device_id NOT IN (SELECT id FROM devices)",
        ),
        (
            "playlist_entries",
            "DELETE FROM playlist_entries WHERE playlist_id NOT IN (SELECT id FROM playlists)",
        ),
    ] {
        let removed = diesel::sql_query(delete).execute(conn);
        let removed = removed?;
        if removed > 0 {
            orphans.push((table, removed as u64));
        }
    }
    conn.batch_execute(
        "UPDATE refresh_tokens SET replaced_by_id = NULL
             WHERE replaced_by_id IS NOT NULL
               AND replaced_by_id NOT IN (SELECT id FROM refresh_tokens);
         UPDATE playback_history SET device_id = NULL
             WHERE device_id IS NOT NULL AND device_id NOT IN (SELECT id FROM devices);
         UPDATE playback_sessions SET updated_by_device_id = NULL
             WHERE updated_by_device_id IS NOT NULL
               AND updated_by_device_id NOT IN (SELECT id FROM devices);
         UPDATE shares SET created_by_device_id = NULL
             WHERE created_by_device_id IS NOT NULL
               AND created_by_device_id NOT IN (SELECT id FROM devices);",
    )?;
    let broken: Vec<ForeignKeyViolation> =
        diesel::sql_query("PRAGMA foreign_key_check").load(conn)?;
    if let Some(first) = broken.first() {
        // Every reference a user table can hold is repaired above; a new table with a
        // foreign key must be added there.
        return Err(DbError::Integrity(format!(
            "{} carried-over rows still point at missing rows (first in {})",
            broken.len(),
            first.table
        )));
    }
    Ok(orphans)
}

/// Copies the person's data from `archive` into the fresh database behind `pool`, and says
/// in the log what was carried over and what could not be read. A failure here never stops
/// the rebuild: the archive keeps everything, and `music-hub db salvage` can try again.
pub(super) fn carry_over(pool: &DbPool, archive: &Path, data_dir: &Path) -> Vec<TableSalvage> {
    let copied = pool
        .get()
        .map_err(DbError::from)
        .and_then(|mut conn| salvage(&mut conn, archive, data_dir, Target::Fresh));
    match copied {
        Ok(tables) => {
            for table in &tables {
                tracing::info!(
                    table = table.table,
                    rows = table.rows,
                    unreadable = table.unreadable_rows,
                    detail = table.detail.as_deref().unwrap_or(""),
                    "carried over from the archived database"
                );
            }
            tables
        }
        Err(err) => {
            tracing::error!(error = %err, archive = %archive.display(),
                "nothing could be carried over from the archived database");
            USER_TABLES
                .iter()
                .map(|table| TableSalvage {
                    table,
                    rows: 0,
                    unreadable_rows: 0,
                    detail: Some(err.to_string()),
                })
                .collect()
        }
    }
}

/// `music-hub db salvage`: copies what an archive holds into the database in `data_dir`,
/// adding only the rows it lacks. Works beside a running hub (SQLite's locking and the busy
/// timeout keep the two apart).
pub async fn into_data_dir(data_dir: &Path, archive: &Path) -> Result<Vec<TableSalvage>, DbError> {
    if !archive.is_file() {
        return Err(DbError::Open(format!(
            "{} is not a database file",
            archive.display()
        )));
    }
    let db = super::Database::open(data_dir, None).await;
    let archive = archive.to_owned();
    let scratch_in = data_dir.to_owned();
    db.run(move |conn| salvage(conn, &archive, &scratch_in, Target::Live))
        .await
}
