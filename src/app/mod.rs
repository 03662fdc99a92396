//! The application layer: one service per domain, between the HTTP handlers and the
//! database. A service owns its domain's rules, the transactions they run in and the events
//! they publish; it answers with domain values and its own error enum, never with API types
//! or `HandlerError` (those are the handlers' and `api::boundary`'s).
//!
//! - `catalogue`: the library as scanned: tracks, albums, artists, totals, filter values,
//!   folders and the home sections.
//! - `search`: full-text search with its typo fallback, and the search history.
//! - `scanning`: starting, following and cancelling scans (the scanner itself is
//!   `library::scanner`), and the database rebuild, which pauses them.
//! - `playback`: the session every device shares, its history and play counts, and the
//!   "previous" button that steps back through the history.
//! - `playlists`: playlists and their entries (list, read in pages, create, rename, delete,
//!   add, remove, reorder; the reorder rule is pure, in `playlists::order`).
//! - `saved`: the items a person saved, and the `saved` flags and filters they drive.
//! - `media`: media tokens and streaming tracks' files (HTTP ranges and validators), and
//!   the transcoding engine (`media::transcode`: Opus and MP3 encoders built in) with its
//!   bounded cache of transcodes (`media::transcode::cache`).
//! - `decode`: opening an audio file with symphonia and reading its decoded buffers, which
//!   loudness measurement and transcoding share.
//! - `metadata`: a track's file tags, the person's overrides and the effective values;
//!   setting overrides on one track or a batch (the scanner then reads the files again, so
//!   the catalogue regroups as for a changed tag).
//! - `artwork`: the image behind an `artworkId`, original or scaled down, with its bounded
//!   disk cache of scaled images.
//! - `lru_files`: the bookkeeping of a folder of cached files bounded in bytes (sizes,
//!   recency, eviction), shared by the artwork cache and the transcode cache.
//! - `shares`: share links, the visitors' sessions on them (whose media tokens are the
//!   media service's `MediaScope::Share`), and the per-address limits of the public routes.
//! - `home`: what the hub's home page shows its desktop visitor, read from the services
//!   above (and auth) in one go, each part on its own so that a faulted database leaves
//!   the rest readable.
//!
//! The auth service (`crate::auth`) has the same shape and came first.

pub mod artwork;
pub mod catalogue;
pub mod decode;
pub mod home;
pub mod loudness;
pub mod lru_files;
pub mod media;
pub mod metadata;
pub mod playback;
pub mod playlists;
pub mod saved;
pub mod scanning;
pub mod search;
pub mod shares;

use diesel::SqliteConnection;

/// The page every list answers with, and what a request asks of one.
pub use crate::db::page::{Keyset, Page, PageSpec, Sort, SortValue};
/// The database's state, which the system routes report.
pub use crate::db::{Health, HealthStatus};

use crate::db::{Database, DbError};

/// A service's error: its domain's refusals, or a database error inside it.
pub(crate) trait ServiceError: From<DbError> + Send + 'static {
    /// The database error, if that is what this is; the other refusals back as they are.
    fn into_db(self) -> Result<DbError, Self>;
}

/// Runs `work` in one write transaction (`BEGIN IMMEDIATE`, so that what it reads cannot
/// change before it writes). Any error rolls the transaction back. Database errors leave as
/// `DbError`s through `Database::run`, which marks a damaged file faulted.
pub(crate) async fn write<R, E, F>(db: &Database, work: F) -> Result<R, E>
where
    R: Send + 'static,
    E: ServiceError,
    F: FnOnce(&mut SqliteConnection) -> Result<R, E> + Send + 'static,
{
    db.run(move |conn| {
        let mut refused = None;
        let done = conn.immediate_transaction(|conn| {
            work(conn).map_err(|err| match err.into_db() {
                Ok(db) => db,
                Err(other) => {
                    refused = Some(other);
                    DbError::Query(diesel::result::Error::RollbackTransaction)
                }
            })
        });
        match (done, refused) {
            (_, Some(refused)) => Ok(Err(refused)),
            (done, None) => done.map(Ok),
        }
    })
    .await?
}

/// Runs `work`, which only reads, on a pooled connection; errors leave as `write`'s do.
pub(crate) async fn read<R, E, F>(db: &Database, work: F) -> Result<R, E>
where
    R: Send + 'static,
    E: ServiceError,
    F: FnOnce(&mut SqliteConnection) -> Result<R, E> + Send + 'static,
{
    db.run(read_work(work)).await?
}

/// As [`read`], for a brief read whose rows the request bounds (one item, one page): it
/// runs where the request runs when a connection is idle (`Database::run_brief`).
pub(crate) async fn read_brief<R, E, F>(db: &Database, work: F) -> Result<R, E>
where
    R: Send + 'static,
    E: ServiceError,
    F: FnOnce(&mut SqliteConnection) -> Result<R, E> + Send + 'static,
{
    db.run_brief(read_work(work)).await?
}

/// [`read_brief`] when `brief`, else [`read`]: for a read whose length depends on what
/// was asked (a filter, a sort, an album's size).
pub(crate) async fn read_sized<R, E, F>(db: &Database, brief: bool, work: F) -> Result<R, E>
where
    R: Send + 'static,
    E: ServiceError,
    F: FnOnce(&mut SqliteConnection) -> Result<R, E> + Send + 'static,
{
    if brief {
        read_brief(db, work).await
    } else {
        read(db, work).await
    }
}

/// A service's read as the database runs it: its database errors out as `DbError`s (so
/// that a damaged file is noticed), its own refusals kept inside.
fn read_work<R, E, F>(
    work: F,
) -> impl FnOnce(&mut SqliteConnection) -> Result<Result<R, E>, DbError>
where
    E: ServiceError,
    F: FnOnce(&mut SqliteConnection) -> Result<R, E>,
{
    move |conn| match work(conn) {
        Ok(value) => Ok(Ok(value)),
        Err(err) => match err.into_db() {
            Ok(db) => Err(db),
            Err(other) => Ok(Err(other)),
        },
    }
}
