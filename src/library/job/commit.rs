//! Committing: one batch of read files in one transaction. Per file the ledger row, the
//! track and its artist and genre links, written only when they changed; the albums,
//! artists and genres they name once per scan.

use std::collections::HashMap;

use diesel::{Connection, SqliteConnection};

use super::read::FileRead;
use super::{Changes, JobError, ScanJob};
use crate::db::catalog::write as catalog;
use crate::db::models::{NewMediaFile, ScanErrorRow, TrackContent};
use crate::db::{ledger, scan_runs};
use crate::events::Change;
use crate::library::entry::{self, FilePlace};
use crate::library::progress::Progress;
use crate::library::tags::{FileFacts, ReadError};
use crate::library::walk::FoundFile;
use crate::library::{fields, ids};

/// Commits one batch of read files in one transaction.
pub(super) fn commit_batch(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    reads: Vec<(&FoundFile, FileRead)>,
    changes: &mut Changes,
) -> Result<(), JobError> {
    let now = job.now_ms();
    let mut added = Vec::new();
    let mut updated = Vec::new();
    let mut errors = 0u64;
    conn.transaction(|conn| {
        let track_ids: Vec<String> = reads
            .iter()
            .filter(|(_, r)| matches!(r, FileRead::Read { .. }))
            .filter_map(|(f, _)| {
                job.roots
                    .get(f.root)
                    .map(|r| ids::track_id(&r.id, &f.rel_path))
            })
            .collect();
        let mut overrides: HashMap<String, Vec<(String, Option<String>)>> = HashMap::new();
        for (track, field, value) in catalog::metadata_override_list(conn, &track_ids)? {
            overrides.entry(track).or_default().push((field, value));
        }
        let snapshots: HashMap<String, _> = catalog::track_snapshots(conn, &track_ids)?
            .into_iter()
            .map(|s| (s.id.clone(), s.content))
            .collect();
        let mut artist_links: HashMap<String, Vec<_>> = HashMap::new();
        for link in catalog::track_artist_links(conn, &track_ids)? {
            artist_links
                .entry(link.track_id.clone())
                .or_default()
                .push(link);
        }
        let mut genre_links: HashMap<String, Vec<_>> = HashMap::new();
        for link in catalog::track_genre_links(conn, &track_ids)? {
            genre_links
                .entry(link.track_id.clone())
                .or_default()
                .push(link);
        }

        for (file, read) in &reads {
            let Some(root) = job.roots.get(file.root) else {
                continue;
            };
            let place = FilePlace {
                root_id: &root.id,
                root_name: &root.name,
                rel_path: &file.rel_path,
            };
            let track_id = ids::track_id(&root.id, &file.rel_path);
            match read {
                FileRead::Unchanged | FileRead::Skipped => {}
                FileRead::Vanished => {
                    changes.vanished.insert((file.root, file.rel_path.clone()));
                }
                FileRead::Read {
                    size,
                    mtime_ms,
                    facts,
                    fresh,
                } => {
                    let mut tags = facts.tags.clone();
                    if let Some(list) = overrides.get(&track_id) {
                        fields::apply_overrides(&mut tags, list);
                    }
                    let entry = entry::derive(&place, facts, &tags, now);
                    catalog_media_file(
                        conn,
                        &place,
                        (*size, *mtime_ms, *fresh),
                        Some(facts),
                        None,
                        now,
                    )?;
                    // Albums, artists and genres are shared by many files: each is written
                    // once per scan, not once per file.
                    for genre in &entry.genres {
                        if changes.written.insert(genre.id.clone()) {
                            catalog::genre_insert_missing(conn, genre)?;
                        }
                    }
                    for artist in &entry.artists {
                        if !changes.written.insert(artist.id.clone()) {
                            continue;
                        }
                        if catalog::artist_insert_missing(conn, artist)? {
                            changes.added_artists.push(artist.id.clone());
                        } else if let Some(mbid) = &artist.musicbrainz_artist_id {
                            catalog::artist_fill_musicbrainz(conn, &artist.id, mbid, now)?;
                        }
                    }
                    if !changes.written.insert(entry.album.id.clone()) {
                        // Written already in this scan.
                    } else if catalog::album_insert_missing(conn, &entry.album)? {
                        changes.added_albums.push(entry.album.id.clone());
                    } else {
                        catalog::album_fill_musicbrainz(
                            conn,
                            &entry.album.id,
                            entry.album.musicbrainz_album_id.as_deref(),
                            entry.album.musicbrainz_release_group_id.as_deref(),
                            now,
                        )?;
                    }
                    let old = snapshots.get(&track_id);
                    let same_links = same_set(artist_links.get(&track_id), &entry.artist_links)
                        && same_set(genre_links.get(&track_id), &entry.genre_links);
                    match old {
                        Some(content)
                            if same_content(content, &entry.track.content) && same_links => {}
                        _ => {
                            if let Some(content) = old {
                                changes.albums.insert(content.album_id.clone());
                                updated.push(track_id.clone());
                            } else {
                                added.push(track_id.clone());
                            }
                            changes.albums.insert(entry.album.id.clone());
                            for link in artist_links.get(&track_id).into_iter().flatten() {
                                changes.artists.insert(link.artist_id.clone());
                            }
                            if old.is_some() {
                                catalog::track_upsert(conn, &entry.track)?;
                            } else {
                                catalog::track_insert(conn, &entry.track)?;
                            }
                            catalog::track_links_replace(
                                conn,
                                &track_id,
                                &entry.artist_links,
                                &entry.genre_links,
                                old.is_none(),
                            )?;
                        }
                    }
                }
                FileRead::Failed {
                    size,
                    mtime_ms,
                    error,
                    fresh,
                } => {
                    errors += 1;
                    catalog_media_file(
                        conn,
                        &place,
                        (*size, *mtime_ms, *fresh),
                        None,
                        Some(error),
                        now,
                    )?;
                    scan_runs::scan_error_insert(
                        conn,
                        &ScanErrorRow {
                            scan_run_id: job.run_id.clone(),
                            root_id: root.id.clone(),
                            rel_path: file.rel_path.clone(),
                            error_kind: error.code.to_owned(),
                            message: error.message.clone(),
                            occurred_at: now,
                        },
                    )?;
                    // A track whose file cannot be read now keeps its row (play count,
                    // date added): the failure may be brief (a tagger still writing, a
                    // network share), and the error stays listed until a scan reads it.
                }
            }
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Progress::add(&job.progress.added, added.len() as u64);
    Progress::add(&job.progress.updated, updated.len() as u64);
    Progress::add(&job.progress.errors, errors);
    job.publish_ids(Change::TrackAdded, added);
    job.publish_ids(Change::TrackUpdated, updated);
    Ok(())
}

/// Whether a re-read file says what its row says. `album_sort` is left out: it is the
/// album's, kept in step by the finalizing step, not the file's.
fn same_content(stored: &TrackContent, read: &TrackContent) -> bool {
    stored.album_id == read.album_id
        && *stored
            == TrackContent {
                album_sort: stored.album_sort.clone(),
                ..read.clone()
            }
}

/// Whether the stored links are exactly these (in any order).
fn same_set<T: PartialEq>(stored: Option<&Vec<T>>, new: &[T]) -> bool {
    let stored = stored.map_or(&[][..], Vec::as_slice);
    stored.len() == new.len() && new.iter().all(|n| stored.contains(n))
}

/// Writes a file's ledger row: its audio properties when it was read, its error when not.
/// `(size, mtime_ms, fresh)`: fresh when the ledger had no row for it.
fn catalog_media_file(
    conn: &mut SqliteConnection,
    place: &FilePlace<'_>,
    (size, mtime_ms, fresh): (i64, i64, bool),
    facts: Option<&FileFacts>,
    error: Option<&ReadError>,
    now: i64,
) -> diesel::QueryResult<()> {
    let extension = place
        .file_name()
        .rsplit_once('.')
        .map_or(String::new(), |(_, ext)| ext.to_ascii_lowercase());
    let row = NewMediaFile {
        id: ids::media_file_id(place.root_id, place.rel_path),
        root_id: place.root_id.to_owned(),
        rel_path: place.rel_path.to_owned(),
        dir_path: place.dir_path().to_owned(),
        size_bytes: size,
        mtime_ms,
        extension,
        mime_type: facts.map(|f| f.mime_type.to_owned()),
        codec: facts.map(|f| f.codec.to_owned()),
        bitrate_kbps: facts.and_then(|f| f.bitrate_kbps),
        sample_rate_hz: facts.and_then(|f| f.sample_rate_hz),
        bit_depth: facts.and_then(|f| f.bit_depth),
        channels: facts.and_then(|f| f.channels),
        scan_error: error.map(|e| format!("{}: {}", e.code, e.message)),
        first_seen_at: now,
        scanned_at: now,
    };
    if fresh {
        ledger::media_file_insert(conn, &row)
    } else {
        ledger::media_file_upsert(conn, &row)
    }
}
