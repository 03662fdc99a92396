//! Watching the roots while the hub runs: file-system changes (inotify, through `tree`)
//! are collected until the folder has been quiet for a moment, then scanned incrementally,
//! only where they happened.
//!
//! Debouncing matters: copying an album in produces dozens of events per file (create,
//! many writes, close), and a tagger rewrites files one after another. Scanning after a
//! quiet second (at most a few seconds after the first change) reads each file once, when
//! it is complete.

#[cfg(target_os = "linux")]
mod tree;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tracing::{debug, info, warn};

use super::job::ChangedPath;
use super::m3u::is_playlist_file_name;
use super::roots::{self, Root};
use super::scanner::Scanner;
use super::tags::is_audio_file_name;
use super::walk::artwork_rank;
use super::walk::{is_hidden, rel_path};
#[cfg(target_os = "linux")]
use tree::{Seen, TreeWatch};

/// How long the roots must be quiet before changes are scanned.
pub const QUIET: Duration = Duration::from_millis(1000);
/// The longest a change waits while the roots stay busy.
const MAX_WAIT: Duration = Duration::from_secs(5);
/// How often an idle watcher looks whether the hub still wants it.
const IDLE_CHECK: Duration = Duration::from_secs(1);
/// Beyond this many changed paths, their folders are scanned instead.
const MAX_PATHS: usize = 256;

/// Keeps watching while it is alive: dropping it ends the watching thread within
/// [`IDLE_CHECK`], and with it the kernel's watches.
pub struct LibraryWatcher {
    stopped: Arc<AtomicBool>,
}

impl Drop for LibraryWatcher {
    fn drop(&mut self) {
        self.stopped.store(true, Ordering::Relaxed);
    }
}

/// Watches the configured roots that exist now, from a thread of its own: resolving the
/// roots and adding a watch to every folder walk the whole tree, which must not hold up an
/// async worker (nor the hub's start) on a large library or a slow disk. `None` when the
/// thread cannot start; roots that cannot be watched are logged there.
#[cfg(target_os = "linux")]
pub fn watch(libraries: &[PathBuf], scanner: Arc<Scanner>) -> Option<LibraryWatcher> {
    let stopped = Arc::new(AtomicBool::new(false));
    let stop = stopped.clone();
    let libraries = libraries.to_vec();
    let spawned = std::thread::Builder::new()
        .name("library-watcher".into())
        .spawn(move || {
            if let Some((watched, tree)) = start_watching(&libraries, &stop) {
                debounce(tree, &watched, &scanner, &stop);
            }
        });
    if let Err(err) = spawned {
        warn!(%err, "cannot watch the library folders");
        return None;
    }
    Some(LibraryWatcher { stopped })
}

/// Without inotify, changes are picked up by the scans alone.
#[cfg(not(target_os = "linux"))]
pub fn watch(_libraries: &[PathBuf], _scanner: Arc<Scanner>) -> Option<LibraryWatcher> {
    warn!("watching the library folders needs Linux's inotify; changes are picked up by the next scan");
    None
}

/// Watches every folder of the roots; `None` when nothing can be watched, or when the
/// `LibraryWatcher` was dropped meanwhile.
#[cfg(target_os = "linux")]
fn start_watching(libraries: &[PathBuf], stopped: &AtomicBool) -> Option<(Vec<Root>, TreeWatch)> {
    let (roots, _) = roots::resolve(libraries);
    if roots.is_empty() {
        return None;
    }
    let mut tree = match TreeWatch::new() {
        Ok(tree) => tree,
        Err(err) => {
            warn!(%err, "cannot watch the library folders; changes are picked up by the next scan");
            return None;
        }
    };
    let mut watched = Vec::new();
    for root in roots {
        match tree.add_tree(&root.path) {
            Ok(()) => watched.push(root),
            Err(err) => warn!(root = %root.id, %err, "cannot watch this library folder"),
        }
    }
    if watched.is_empty() || stopped.load(Ordering::Relaxed) {
        return None;
    }
    info!(
        roots = watched.len(),
        "watching the library folders for changes"
    );
    Some((watched, tree))
}

/// Collects changed paths until the roots are quiet, then hands them to the scanner.
/// Ends when the `LibraryWatcher` is dropped.
#[cfg(target_os = "linux")]
fn debounce(mut tree: TreeWatch, roots: &[Root], scanner: &Scanner, stopped: &AtomicBool) {
    let mut changed: BTreeSet<ChangedPath> = BTreeSet::new();
    let mut first_change: Option<Instant> = None;
    while !stopped.load(Ordering::Relaxed) {
        // QUIET is no longer than IDLE_CHECK: a pending change never waits past a check.
        let wait = match first_change {
            None => IDLE_CHECK,
            Some(first) => QUIET.min(MAX_WAIT.saturating_sub(first.elapsed())),
        };
        let outcome = tree.wait(wait);
        // Nothing at all happened for the whole wait.
        let quiet = matches!(outcome, Ok(None));
        match outcome {
            // The kernel's queue overflowed: changes were lost, so every root is scanned
            // (incrementally, so unchanged files cost only a stat).
            Ok(Some(Seen::Overflow)) => {
                changed.extend(roots.iter().map(|r| ChangedPath {
                    root_id: r.id.clone(),
                    rel: String::new(),
                }));
                first_change.get_or_insert_with(Instant::now);
            }
            Ok(Some(Seen::Changed(paths))) => {
                for path in &paths {
                    if let Some(change) = changed_path(roots, path) {
                        changed.insert(change);
                        first_change.get_or_insert_with(Instant::now);
                    }
                }
            }
            Ok(None) => {}
            Err(err) => {
                warn!(%err, "file-system watcher; changes are picked up by the next scan");
                return;
            }
        }
        // Quiet for the whole wait, or busy for too long: the changes so far are scanned.
        let due = first_change.is_some_and(|first| quiet || first.elapsed() >= MAX_WAIT);
        if due && !stopped.load(Ordering::Relaxed) {
            first_change = None;
            let paths = collapse(std::mem::take(&mut changed));
            debug!(paths = paths.len(), "library folders changed");
            scanner.rescan_paths(paths);
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
    if rel.split('/').any(is_hidden) {
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
