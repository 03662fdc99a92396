//! Library playlists: every playlist file (`.m3u`, `.m3u8`) the walk found becomes a
//! playlist that follows it. The first scan that sees a file creates its playlist; every
//! scan that walks it again matches its lines again and rewrites the entries only when the
//! matched tracks or the name changed (a file whose missing tracks were just added is
//! picked up too, also by the watcher's scans of a few paths); a scan that covers its place and finds it gone deletes it. Playlists
//! people made have no source file and are never touched here.
//!
//! It runs after finalizing, so the lines match the tracks this scan committed. Each file
//! is one transaction; a file that cannot be read is logged and its playlist kept.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use diesel::{Connection, SqliteConnection};
use tracing::warn;

use super::{JobError, ScanJob};
use crate::db::new_id;
use crate::db::playlists::{self as store, SourcedRow};
use crate::db::saved::SavedKind;
use crate::events::{Change, PlaylistChange, SavedChange};
use crate::library::m3u;
use crate::library::playlist_match::{MatchRoot, Matcher};
use crate::library::walk::{FoundFile, Walked};

/// Larger files are not playlists anyone wrote (a 20,000-line playlist is about 2 MB).
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The name of a file whose name and `#PLAYLIST` are blank.
const DEFAULT_NAME: &str = "Playlist";

/// What names can hold, as `PlaylistCreate` says.
const MAX_NAME_CHARS: usize = 200;

pub(super) fn sync(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    walked: &Walked,
) -> Result<(), JobError> {
    let roots: Vec<MatchRoot> = job
        .roots
        .iter()
        .map(|root| MatchRoot {
            id: root.id.clone(),
            path: root.path.to_string_lossy().replace('\\', "/"),
        })
        .collect();
    let known: HashMap<(String, String), SourcedRow> = store::sourced_list(conn)?
        .into_iter()
        .map(|row| ((row.root_id.clone(), row.rel_path.clone()), row))
        .collect();
    let mut files: Vec<FoundFile> = walked.playlists.clone();
    // A scan of a few changed paths (the watcher's) walks no playlist file, but the tracks
    // it added or removed may be what a library playlist's lines name: every playlist file
    // is matched again then.
    let s = job.progress.snapshot();
    if !job.everything && s.added + s.updated + s.removed > 0 {
        let walked_keys: HashSet<(usize, &str)> = walked
            .playlists
            .iter()
            .map(|f| (f.root, f.rel_path.as_str()))
            .collect();
        for row in known.values() {
            if let Some(root) = job.roots.iter().position(|r| r.id == row.root_id) {
                if !walked_keys.contains(&(root, row.rel_path.as_str()))
                    && job.roots[root].path.join(&row.rel_path).is_file()
                {
                    files.push(FoundFile {
                        root,
                        rel_path: row.rel_path.clone(),
                    });
                }
            }
        }
    }
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for file in &files {
        if job.progress.is_cancelled() {
            return Ok(());
        }
        let Some(root) = job.roots.get(file.root) else {
            continue;
        };
        let key = (root.id.clone(), file.rel_path.clone());
        let Some(text) = read_text(&root.path.join(&file.rel_path)) else {
            // Unreadable now (being written, no permission): keep what was there.
            seen.insert(key);
            continue;
        };
        follow(job, conn, &roots, file, &root.id, &text, known.get(&key))?;
        seen.insert(key);
    }
    for row in known.values() {
        if !seen.contains(&(row.root_id.clone(), row.rel_path.clone())) && gone(job, walked, row) {
            remove(job, conn, &row.id)?;
        }
    }
    Ok(())
}

/// Creates or brings up to date the playlist of one file.
fn follow(
    job: &ScanJob,
    conn: &mut SqliteConnection,
    roots: &[MatchRoot],
    file: &FoundFile,
    root_id: &str,
    text: &str,
    known: Option<&SourcedRow>,
) -> Result<(), JobError> {
    let parsed = m3u::parse(text);
    let name = parsed
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| file_stem(&file.rel_path).trim())
        .chars()
        .take(MAX_NAME_CHARS)
        .collect::<String>();
    let name = if name.is_empty() {
        DEFAULT_NAME.to_owned()
    } else {
        name
    };
    let dir = file.rel_path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let base_dir = roots
        .get(file.root)
        .map(|root| format!("{}/{dir}", root.path.trim_end_matches('/')));
    let matcher = Matcher {
        roots,
        // The hub reads its own folders' files: their absolute paths are its own.
        by_absolute_path: true,
        base_dir: base_dir.as_deref(),
    };
    let now = job.now_ms();
    let change = conn.transaction(|conn| {
        let mut track_ids = Vec::with_capacity(parsed.entries.len());
        for entry in &parsed.entries {
            if let Some(track) = matcher.track_for(conn, entry)? {
                track_ids.push(track);
            }
        }
        match known {
            None => {
                let id = new_id("pl");
                store::sourced_insert(conn, &id, &name, root_id, &file.rel_path, now)?;
                store::entries_insert(conn, &id, &track_ids, None, now)?;
                Ok::<_, diesel::result::Error>(Some(Change::PlaylistCreated(PlaylistChange {
                    playlist_id: id,
                })))
            }
            Some(row) => {
                let same_tracks = store::entry_track_ids(conn, &row.id)? == track_ids;
                if same_tracks && row.name == name {
                    return Ok(None);
                }
                if row.name != name {
                    store::playlist_update(conn, &row.id, Some(&name), None, now)?;
                }
                if !same_tracks {
                    store::entries_clear(conn, &row.id)?;
                    store::entries_insert(conn, &row.id, &track_ids, None, now)?;
                }
                Ok(Some(Change::PlaylistUpdated(PlaylistChange {
                    playlist_id: row.id.clone(),
                })))
            }
        }
    })?;
    if let Some(change) = change {
        job.publish(change);
    }
    Ok(())
}

/// Whether the file of a playlist the walk did not find is really gone: this scan covered
/// its place, its folder could be listed, and it is not on disk. A root that cannot be read
/// now keeps its playlists; one no longer configured loses them with its tracks.
fn gone(job: &ScanJob, walked: &Walked, row: &SourcedRow) -> bool {
    let Some(index) = job.roots.iter().position(|r| r.id == row.root_id) else {
        return job.everything && !job.unavailable.iter().any(|r| r.id == row.root_id);
    };
    let inside = |folder: &str| {
        folder.is_empty()
            || row.rel_path == folder
            || row
                .rel_path
                .strip_prefix(folder)
                .is_some_and(|rest| rest.starts_with('/'))
    };
    let covered = job.everything
        || job
            .targets
            .iter()
            .any(|t| t.root == index && inside(&t.rel));
    let unlisted = walked
        .problems
        .iter()
        .any(|p| p.root == index && p.unlisted_folder && inside(&p.rel_path));
    covered && !unlisted && !job.roots[index].path.join(&row.rel_path).exists()
}

fn remove(job: &ScanJob, conn: &mut SqliteConnection, id: &str) -> Result<(), JobError> {
    let (deleted, was_saved) = conn.transaction(|conn| store::playlist_delete(conn, id))?;
    if was_saved {
        job.publish(Change::SavedRemoved(SavedChange {
            kind: SavedKind::Playlist,
            id: id.to_owned(),
        }));
    }
    if deleted {
        job.publish(Change::PlaylistDeleted(PlaylistChange {
            playlist_id: id.to_owned(),
        }));
    }
    Ok(())
}

/// The file's text, or `None` (logged) when it cannot be read or is too large.
fn read_text(path: &Path) -> Option<String> {
    let read = std::fs::metadata(path).and_then(|meta| {
        if meta.len() > MAX_FILE_BYTES {
            return Err(std::io::Error::other(format!(
                "larger than {MAX_FILE_BYTES} bytes"
            )));
        }
        std::fs::read(path)
    });
    match read {
        Ok(bytes) => Some(m3u::decode(&bytes)),
        Err(err) => {
            warn!(path = %path.display(), error = %err, "playlist file not read");
            None
        }
    }
}

fn file_stem(rel_path: &str) -> &str {
    let name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}
