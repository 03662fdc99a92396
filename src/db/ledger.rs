//! Library roots and the media-file ledger.

use diesel::prelude::*;
use diesel::upsert::excluded;

use crate::db::models::{LibraryRoot, MediaFileState, NewMediaFile};
use crate::db::schema::{library_roots, media_files};

pub fn library_root_list(conn: &mut SqliteConnection) -> QueryResult<Vec<LibraryRoot>> {
    library_roots::table
        .select(LibraryRoot::as_select())
        .order(library_roots::path)
        .load(conn)
}

/// Records a root found readable: inserted the first time, renamed if its display name
/// changed, and no longer missing.
pub fn library_root_upsert(conn: &mut SqliteConnection, root: &LibraryRoot) -> QueryResult<()> {
    diesel::insert_into(library_roots::table)
        .values(root)
        .on_conflict(library_roots::id)
        .do_update()
        .set((
            library_roots::name.eq(excluded(library_roots::name)),
            library_roots::missing_since.eq(None::<i64>),
        ))
        .execute(conn)
        .map(drop)
}

/// Marks a known root unreadable (keeping the first time it was seen missing).
pub fn library_root_mark_missing(
    conn: &mut SqliteConnection,
    root_id: &str,
    now: i64,
) -> QueryResult<()> {
    diesel::update(
        library_roots::table
            .filter(library_roots::id.eq(root_id))
            .filter(library_roots::missing_since.is_null()),
    )
    .set(library_roots::missing_since.eq(now))
    .execute(conn)
    .map(drop)
}

pub fn library_root_set_scanned(
    conn: &mut SqliteConnection,
    root_id: &str,
    now: i64,
) -> QueryResult<()> {
    diesel::update(library_roots::table.filter(library_roots::id.eq(root_id)))
        .set(library_roots::last_scan_at.eq(now))
        .execute(conn)
        .map(drop)
}

/// The files known under a root, or only `under` (a file, or a folder and everything in
/// it) when given. The folder's contents are a range of the (root_id, rel_path) index:
/// '/' is followed by '0' in code-point order, so "dir/" <= rel_path < "dir0" is exactly
/// the paths inside "dir".
pub fn media_file_states(
    conn: &mut SqliteConnection,
    root_id: &str,
    under: Option<&str>,
) -> QueryResult<Vec<MediaFileState>> {
    let mut states = Vec::new();
    media_file_states_each(conn, root_id, under, |state| states.push(state))?;
    Ok(states)
}

/// `media_file_states`, handed over one row at a time as SQLite reads them: a rescan keeps
/// its own map of a large library's files, and no list of them beside it.
pub fn media_file_states_each(
    conn: &mut SqliteConnection,
    root_id: &str,
    under: Option<&str>,
    mut each: impl FnMut(MediaFileState),
) -> QueryResult<()> {
    let mut query = media_files::table
        .filter(media_files::root_id.eq(root_id))
        .select(MediaFileState::as_select())
        .into_boxed();
    if let Some(prefix) = under.filter(|p| !p.is_empty()) {
        let inside_from = format!("{prefix}/");
        let inside_to = format!("{prefix}0");
        query = query.filter(
            media_files::rel_path
                .eq(prefix.to_owned())
                .or(media_files::rel_path
                    .ge(inside_from)
                    .and(media_files::rel_path.lt(inside_to))),
        );
    }
    for state in query.load_iter::<MediaFileState, diesel::connection::DefaultLoadingMode>(conn)? {
        each(state?);
    }
    Ok(())
}

/// Inserts the ledger row of a file the ledger did not have. A plain insert, unlike the
/// upsert below, is a statement diesel prepares once per connection and reuses: on a first
/// scan, preparing the upsert again for every file cost more than executing it.
pub fn media_file_insert(conn: &mut SqliteConnection, file: &NewMediaFile) -> QueryResult<()> {
    diesel::insert_into(media_files::table)
        .values(file)
        .execute(conn)
        .map(drop)
}

/// Writes a file's ledger row; `first_seen_at` is kept when the row exists.
pub fn media_file_upsert(conn: &mut SqliteConnection, file: &NewMediaFile) -> QueryResult<()> {
    diesel::insert_into(media_files::table)
        .values(file)
        .on_conflict(media_files::id)
        .do_update()
        .set(file)
        .execute(conn)
        .map(drop)
}

/// Deletes a file's row; its track, the track's artist and genre links and its search
/// document go with it (ON DELETE CASCADE and the search triggers).
pub fn media_file_delete(conn: &mut SqliteConnection, id: &str) -> QueryResult<usize> {
    diesel::delete(media_files::table.filter(media_files::id.eq(id))).execute(conn)
}

/// Deletes a root; its files, their tracks and links cascade.
pub fn library_root_delete(conn: &mut SqliteConnection, id: &str) -> QueryResult<usize> {
    diesel::delete(library_roots::table.filter(library_roots::id.eq(id))).execute(conn)
}
