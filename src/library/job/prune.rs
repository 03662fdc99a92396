//! Pruning: what the catalogue has under the scan's targets but the walk no longer
//! found, and roots that are no longer configured. Unreadable is never taken for deleted.

use std::collections::HashSet;

use diesel::{Connection, SqliteConnection};
use tracing::info;

use super::read::Known;
use super::{Changes, JobError, ScanJob};
use crate::db::catalog::write as catalog;
use crate::db::{ledger, MAX_IN_LIST};
use crate::events::Change;
use crate::library::progress::Progress;
use crate::library::walk::Walked;

/// Removes what the catalogue has under the targets but the walk did not find, except
/// under folders the walk could not list (unreadable is not deleted).
pub(super) fn prune(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    walked: &Walked,
    known: &Known,
    changes: &mut Changes,
) -> Result<(), JobError> {
    let mut found: HashSet<(usize, &str)> = walked
        .files
        .iter()
        .map(|f| (f.root, f.rel_path.as_str()))
        .collect();
    for (root, rel) in &changes.vanished {
        found.remove(&(*root, rel.as_str()));
    }
    let unlisted: Vec<(usize, &str)> = walked
        .problems
        .iter()
        .filter(|p| p.unlisted_folder)
        .map(|p| (p.root, p.rel_path.as_str()))
        .collect();
    let inside = |dir: &str, path: &str| {
        dir.is_empty() || path == dir || path.strip_prefix(dir).is_some_and(|r| r.starts_with('/'))
    };
    // `known` holds only what lies under the scan's targets.
    let gone: Vec<String> = known
        .iter()
        .flat_map(|(root, files)| files.iter().map(move |(rel, state)| (*root, rel, state)))
        .filter(|(root, rel, _)| {
            !found.contains(&(*root, rel.as_str()))
                && !unlisted
                    .iter()
                    .any(|(r, dir)| r == root && inside(dir, rel))
        })
        .map(|(_, _, state)| state.id.clone())
        .collect();
    remove_media_files(job, conn, &gone, changes)
}

/// Deletes files from the ledger (their tracks cascade), batch by batch.
fn remove_media_files(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    media_file_ids: &[String],
    changes: &mut Changes,
) -> Result<(), JobError> {
    for batch in media_file_ids.chunks(MAX_IN_LIST) {
        let removed = conn.transaction(|conn| {
            let tracks = catalog::track_albums_for_files(conn, batch)?;
            let track_ids: Vec<String> = tracks.iter().map(|(t, _)| t.clone()).collect();
            changes
                .artists
                .extend(catalog::artist_ids_for_tracks(conn, &track_ids)?);
            changes.albums.extend(tracks.into_iter().map(|(_, a)| a));
            for id in batch {
                ledger::media_file_delete(conn, id)?;
            }
            Ok::<_, diesel::result::Error>(track_ids)
        })?;
        Progress::add(&job.progress.removed, removed.len() as u64);
        job.publish_ids(Change::TrackRemoved, removed);
    }
    Ok(())
}

/// Roots in the catalogue that are no longer configured, nor merely unavailable: their
/// files go (playlists and saved items keep the ids, and re-attach if the folder returns).
pub(super) fn drop_unconfigured_roots(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    changes: &mut Changes,
) -> Result<(), JobError> {
    // While any configured folder cannot be read, nothing is dropped: a renamed mount
    // point or a symbolic link to an unplugged disk must not look like a removed library.
    if !job.unavailable.is_empty() {
        return Ok(());
    }
    let missing: Vec<_> = ledger::library_root_list(conn)?
        .into_iter()
        .filter(|stored| !job.roots.iter().any(|r| r.id == stored.id))
        .collect();
    for stored in missing {
        info!(root = %stored.id, path = %stored.path, "library folder no longer configured: removing its tracks");
        let files: Vec<String> = ledger::media_file_states(conn, &stored.id, None)?
            .into_iter()
            .map(|s| s.id)
            .collect();
        remove_media_files(job, conn, &files, changes)?;
        ledger::library_root_delete(conn, &stored.id)?;
    }
    Ok(())
}
