//! Finalizing: the albums the scan touched brought in step with their tracks (aggregates,
//! sort keys, covers), then albums, artists and genres nothing refers to removed, and the
//! album and artist changes announced. It runs after a cancel too, so that what was
//! committed is whole.

use std::collections::{BTreeSet, HashMap, HashSet};

use diesel::{Connection, SqliteConnection};

use super::album_facts::{aggregate, choose_artwork, ArtworkInput, TrackFacts};
use super::{Changes, JobError, ScanJob};
use crate::db::catalog::write as catalog;
use crate::db::{scan_runs, MAX_IN_LIST};
use crate::events::Change;
use crate::library::walk::Walked;

/// Brings the albums the scan touched in step with their tracks (aggregates, sort keys,
/// covers), and removes albums, artists and genres nothing refers to any more. `digest` is
/// the walk's cover digest (`cover_digest::of_walk`; `None` when it has none); answers the
/// one this run may record: `digest` again, when every album's cover is as choosing it
/// now would make it.
pub(super) fn finalize(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    walked: &Walked,
    digest: Option<String>,
    changes: &mut Changes,
) -> Result<Option<String>, JobError> {
    let now = job.now_ms();
    // Nothing to choose again when the run before this one chose every cover over the
    // same images, and recorded so: only the albums whose tracks changed (below).
    let covers_kept = match &digest {
        Some(digest) if !job.full => {
            scan_runs::scan_run_cover_digest_before(conn, &job.run_id)?.as_ref() == Some(digest)
        }
        _ => false,
    };
    // Set when a folder image could not be looked at or read: its album fell back to
    // another cover this time, so the next rescan must choose again.
    let mut unread = false;
    // A full scan of everything refreshes every album, so that covers added or removed
    // beside unchanged files (and albums a failed scan left unfinished) are picked up.
    let albums: Vec<String> = if job.full && job.everything {
        catalog::album_artwork_list(conn, None)?
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    } else {
        changes.albums.iter().cloned().collect()
    };
    let mut updated_albums = Vec::new();
    let mut removed_albums = Vec::new();
    let mut removed_artists = Vec::new();
    for batch in albums.chunks(MAX_IN_LIST) {
        conn.transaction(|conn| {
            removed_albums.extend(catalog::album_delete_empty(conn, batch)?);
            updated_albums.extend(refresh_albums(job, conn, batch, walked, now, &mut unread)?);
            Ok::<_, diesel::result::Error>(())
        })?;
    }
    // Covers can change with no track changing (a cover.jpg added, replaced or removed
    // beside unchanged files): the covers of every album in the folders this scan walked
    // are checked too. Cheap when nothing changed: a folder image is hashed again only
    // when its size or mtime moved.
    let refreshed: HashSet<&String> = albums.iter().collect();
    let walked_albums = if covers_kept {
        Vec::new()
    } else if job.everything {
        catalog::album_artwork_list(conn, None)?
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    } else {
        let mut dirs: BTreeSet<(&str, &str)> = BTreeSet::new();
        for file in &walked.files {
            if let Some(root) = job.roots.get(file.root) {
                let dir = file.rel_path.rsplit_once('/').map_or("", |(d, _)| d);
                dirs.insert((root.id.as_str(), dir));
            }
        }
        catalog::album_ids_in_dirs(conn, &dirs.into_iter().collect::<Vec<_>>())?
    };
    let covers_only: Vec<String> = walked_albums
        .into_iter()
        .filter(|id| !refreshed.contains(id))
        .collect();
    for batch in covers_only.chunks(MAX_IN_LIST) {
        conn.transaction(|conn| {
            updated_albums.extend(refresh_covers(job, conn, batch, walked, now, &mut unread)?);
            Ok::<_, diesel::result::Error>(())
        })?;
    }
    conn.transaction(|conn| {
        if job.everything && !job.progress.is_cancelled() {
            // A full sweep also catches leftovers of an earlier interrupted scan.
            removed_albums.extend(catalog::album_delete_all_empty(conn)?);
            removed_artists.extend(catalog::artist_delete_all_orphaned(conn)?);
        } else {
            let artists: Vec<String> = changes.artists.iter().cloned().collect();
            for batch in artists.chunks(MAX_IN_LIST) {
                removed_artists.extend(catalog::artist_delete_orphaned(conn, batch)?);
            }
        }
        catalog::genre_delete_unused(conn)?;
        Ok::<_, diesel::result::Error>(())
    })?;
    let added_albums: HashSet<&String> = changes.added_albums.iter().collect();
    let removed_set: HashSet<&String> = removed_albums.iter().collect();
    job.publish_ids(
        Change::AlbumAdded,
        changes
            .added_albums
            .iter()
            .filter(|a| !removed_set.contains(a))
            .cloned(),
    );
    job.publish_ids(
        Change::AlbumUpdated,
        updated_albums
            .into_iter()
            .filter(|a| !added_albums.contains(a) && !removed_set.contains(a)),
    );
    job.publish_ids(Change::AlbumRemoved, removed_albums);
    let removed_artist_set: HashSet<&String> = removed_artists.iter().collect();
    job.publish_ids(
        Change::ArtistAdded,
        changes
            .added_artists
            .iter()
            .filter(|a| !removed_artist_set.contains(a))
            .cloned(),
    );
    job.publish_ids(Change::ArtistRemoved, removed_artists);
    Ok(digest.filter(|_| !unread))
}

/// Recomputes aggregates and covers of these albums; returns those that changed.
fn refresh_albums(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    album_ids: &[String],
    walked: &Walked,
    now: i64,
    unread: &mut bool,
) -> diesel::QueryResult<Vec<String>> {
    let mut changed = BTreeSet::new();
    let mut facts: HashMap<String, Vec<TrackFacts>> = HashMap::new();
    for (album, disc, disc_total, year, date, compilation) in
        catalog::album_track_facts(conn, album_ids)?
    {
        facts.entry(album).or_default().push(TrackFacts {
            disc,
            disc_total,
            year,
            date,
            compilation,
        });
    }
    for (id, sort_title, stored) in catalog::album_aggregates(conn, album_ids)? {
        let Some(tracks) = facts.get(&id) else {
            continue;
        };
        let aggregates = aggregate(tracks);
        if aggregates != stored {
            catalog::album_set_aggregates(conn, &id, &aggregates, now)?;
            changed.insert(id.clone());
        }
        catalog::track_sync_album_sort(conn, &id, &sort_title)?;
    }

    changed.extend(refresh_covers(job, conn, album_ids, walked, now, unread)?);
    Ok(changed.into_iter().collect())
}

/// Chooses the covers of these albums again; returns those whose cover changed.
fn refresh_covers(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    album_ids: &[String],
    walked: &Walked,
    now: i64,
    unread: &mut bool,
) -> diesel::QueryResult<Vec<String>> {
    let mut changed = Vec::new();
    let mut inputs: HashMap<String, Vec<ArtworkInput>> = HashMap::new();
    for (album, track_id, root_id, dir, artwork_id, disc, number, rel_path) in
        catalog::album_artwork_inputs(conn, Some(album_ids))?
    {
        inputs.entry(album).or_default().push(ArtworkInput {
            disc,
            number,
            rel_path,
            track_id,
            root_id,
            dir,
            artwork_id,
        });
    }
    for (id, stored) in catalog::album_artwork_list(conn, Some(album_ids))? {
        let Some(tracks) = inputs.get_mut(&id) else {
            continue;
        };
        tracks.sort();
        let artwork = choose_artwork(job, walked, tracks, &stored, unread);
        if artwork != stored {
            catalog::album_set_artwork(conn, &id, &artwork, now)?;
            // Only a new image is news; a new stamp of the same image is bookkeeping.
            if artwork.artwork_id != stored.artwork_id {
                changed.push(id);
            }
        }
    }
    Ok(changed)
}
