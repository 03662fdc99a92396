//! Watching the roots while the hub runs: file-system changes (notify) are collected until
//! the folder has been quiet for a moment, then scanned incrementally, only where they
//! happened.
//!
//! Debouncing matters: copying an album in produces dozens of events per file (create,
//! many writes, close), and a tagger rewrites files one after another. Scanning after a
//! quiet second (at most a few seconds after the first change) reads each file once, when
//! it is complete.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Weak};

use parking_lot::Mutex;
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use tracing::{debug, info, warn};

use super::job::ChangedPath;
use super::m3u::is_playlist_file_name;
use super::roots::{self, Root};
use super::scanner::Scanner;
use super::tags::is_audio_file_name;
use super::walk::artwork_rank;
use super::walk::rel_path;

/// How long the roots must be quiet before changes are scanned.
pub const QUIET: Duration = Duration::from_millis(1000);
/// The longest a change waits while the roots stay busy.
const MAX_WAIT: Duration = Duration::from_secs(5);
/// Beyond this many changed paths, their folders are scanned instead.
const MAX_PATHS: usize = 256;

/// Keeps watching while it is alive: it owns the notify watcher once that is set up, and
/// dropping the watcher ends the debouncing thread (its channel closes).
pub struct LibraryWatcher {
    _watcher: Arc<Mutex<Option<RecommendedWatcher>>>,
}

/// Watches the configured roots that exist now, from a thread of its own: resolving the
/// roots and adding recursive watches walk every folder, which must not hold up an async
/// worker (nor the hub's start) on a large library or a slow disk. `None` when the thread
/// cannot start; roots that cannot be watched are logged there.
pub fn watch(libraries: &[PathBuf], scanner: Arc<Scanner>) -> Option<LibraryWatcher> {
    let slot = Arc::new(Mutex::new(None));
    let handle = Arc::downgrade(&slot);
    let libraries = libraries.to_vec();
    let spawned = std::thread::Builder::new()
        .name("library-watcher".into())
        .spawn(move || {
            if let Some((watched, receiver)) = start_watching(&libraries, &handle) {
                debounce(&receiver, &watched, &scanner);
            }
        });
    if let Err(err) = spawned {
        warn!(%err, "cannot watch the library folders");
        return None;
    }
    Some(LibraryWatcher { _watcher: slot })
}

type NotifyEvents = mpsc::Receiver<notify::Result<notify::Event>>;

/// Sets up the notify watcher and hands it to `handle`; `None` when nothing can be
/// watched, or when the `LibraryWatcher` was dropped meanwhile.
fn start_watching(
    libraries: &[PathBuf],
    handle: &Weak<Mutex<Option<RecommendedWatcher>>>,
) -> Option<(Vec<Root>, NotifyEvents)> {
    let (roots, _) = roots::resolve(libraries);
    if roots.is_empty() {
        return None;
    }
    let (sender, receiver) = mpsc::channel();
    let mut watcher = match notify::recommended_watcher(sender) {
        Ok(watcher) => watcher,
        Err(err) => {
            warn!(%err, "cannot watch the library folders; changes are picked up by the next scan");
            return None;
        }
    };
    let mut watched = Vec::new();
    for root in roots {
        match watcher.watch(&root.path, RecursiveMode::Recursive) {
            Ok(()) => watched.push(root),
            Err(err) => warn!(root = %root.id, %err, "cannot watch this library folder"),
        }
    }
    if watched.is_empty() {
        return None;
    }
    // The hub stopped while this was set up: the watcher goes with this frame.
    let slot = handle.upgrade()?;
    *slot.lock() = Some(watcher);
    info!(
        roots = watched.len(),
        "watching the library folders for changes"
    );
    Some((watched, receiver))
}

/// Collects changed paths until the roots are quiet, then hands them to the scanner.
/// Ends when the watcher (the channel's sender) is dropped.
fn debounce(receiver: &NotifyEvents, roots: &[Root], scanner: &Scanner) {
    let mut changed: BTreeSet<ChangedPath> = BTreeSet::new();
    let mut first_change: Option<Instant> = None;
    loop {
        let wait = match first_change {
            None => Duration::from_secs(3600),
            Some(first) => QUIET.min(MAX_WAIT.saturating_sub(first.elapsed())),
        };
        match receiver.recv_timeout(wait) {
            Ok(Ok(event)) => {
                if matches!(event.kind, EventKind::Access(_)) {
                    continue;
                }
                // The kernel's queue overflowed: changes were lost, so every root is
                // scanned (incrementally, so unchanged files cost only a stat).
                if event.need_rescan() {
                    changed.extend(roots.iter().map(|r| ChangedPath {
                        root_id: r.id.clone(),
                        rel: String::new(),
                    }));
                    first_change.get_or_insert_with(Instant::now);
                    continue;
                }
                for path in &event.paths {
                    if let Some(change) = changed_path(roots, path) {
                        changed.insert(change);
                        first_change.get_or_insert_with(Instant::now);
                    }
                }
            }
            Ok(Err(err)) => warn!(%err, "file-system watcher"),
            Err(RecvTimeoutError::Timeout) => {
                if first_change.take().is_some() {
                    let paths = collapse(std::mem::take(&mut changed));
                    debug!(paths = paths.len(), "library folders changed");
                    scanner.rescan_paths(paths);
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// The catalogue's name for a changed path: an audio file, or a folder (a folder created,
/// moved or deleted), a playlist file (it is a library playlist), or the folder of a folder
/// image. Other files (a tagger's temporary files) and hidden ones are not the catalogue's
/// business.
fn changed_path(roots: &[Root], path: &Path) -> Option<ChangedPath> {
    let root = roots.iter().find(|r| path.starts_with(&r.path))?;
    let rel = rel_path(&root.path, path)?;
    if rel.split('/').any(|part| part.starts_with('.')) {
        return None;
    }
    let name = rel.rsplit('/').next().unwrap_or_default();
    // A folder image added, replaced or removed changes its folder's albums' covers:
    // their folder is scanned (unchanged files cost a stat each).
    if artwork_rank(name).is_some() {
        return Some(ChangedPath {
            root_id: root.id.clone(),
            rel: rel
                .rsplit_once('/')
                .map_or(String::new(), |(dir, _)| dir.to_owned()),
        });
    }
    let is_audio = is_audio_file_name(name) || is_playlist_file_name(name);
    // A path that is gone may have been a folder ("Vol. 2" has a dot too); scanning it
    // prunes what the catalogue had inside, and costs nothing when it had nothing.
    let is_folder = path.is_dir() || !path.exists();
    (is_audio || is_folder).then(|| ChangedPath {
        root_id: root.id.clone(),
        rel,
    })
}

/// Drops paths inside another changed folder; too many paths become their folders.
fn collapse(changed: BTreeSet<ChangedPath>) -> Vec<ChangedPath> {
    let mut paths: Vec<ChangedPath> = Vec::new();
    // Sorted order puts a folder right before what is inside it.
    for change in changed {
        let covered = paths.iter().any(|p| {
            p.root_id == change.root_id
                && (p.rel.is_empty()
                    || change
                        .rel
                        .strip_prefix(&p.rel)
                        .is_some_and(|rest| rest.starts_with('/')))
        });
        if !covered {
            paths.push(change);
        }
    }
    if paths.len() > MAX_PATHS {
        let folders: BTreeSet<ChangedPath> = paths
            .into_iter()
            .map(|p| ChangedPath {
                rel: p
                    .rel
                    .rsplit_once('/')
                    .map_or(String::new(), |(dir, _)| dir.to_owned()),
                root_id: p.root_id,
            })
            .collect();
        return collapse(folders);
    }
    paths
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(root: &str, rel: &str) -> ChangedPath {
        ChangedPath {
            root_id: root.into(),
            rel: rel.into(),
        }
    }

    #[test]
    fn changes_inside_a_changed_folder_are_covered_by_it() {
        let set: BTreeSet<_> = [
            change("music", "A"),
            change("music", "A/1.mp3"),
            change("music", "AB/2.mp3"),
            change("other", "A/1.mp3"),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            collapse(set),
            [
                change("music", "A"),
                change("music", "AB/2.mp3"),
                change("other", "A/1.mp3")
            ]
        );
    }

    #[test]
    fn many_changes_become_their_folders() {
        let set: BTreeSet<_> = (0..MAX_PATHS + 1)
            .map(|i| change("music", &format!("Album {}/{i}.mp3", i % 3)))
            .collect();
        assert_eq!(collapse(set).len(), 3);
    }
}
