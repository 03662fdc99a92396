//! The counting walk: finds every audio file under the scan's targets before any is read,
//! so progress has an honest total, and notes each folder's artwork and playlist files on
//! the way.
//!
//! The walk reads directories only (no `stat` per file: walkdir gets the file type from
//! the directory entry), so it is quick; sizes and times are read later, in parallel, by
//! the scanning phase. Sub-folders of a target are walked in parallel on the scanner's
//! thread pool: on a cold disk the walk waits on I/O, and several outstanding reads keep
//! the disk busy.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::m3u::is_playlist_file_name;
use super::roots::Root;
use super::tags::is_audio_file_name;

/// What the walk covers: a whole root (`rel` empty), or a folder or file inside it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Target {
    pub root: usize,
    pub rel: String,
}

/// An audio file found by the walk.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FoundFile {
    pub root: usize,
    pub rel_path: String,
}

/// A folder or file the walk could not read or name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkProblem {
    pub root: usize,
    /// Relative to the root ('' for the root itself), lossy when the name is not UTF-8.
    pub rel_path: String,
    pub code: &'static str,
    pub message: String,
    /// A folder that could not be listed: what the catalogue has under it must not be
    /// taken as deleted.
    pub unlisted_folder: bool,
}

impl WalkProblem {
    pub const UNREADABLE_FOLDER: &'static str = "unreadable_folder";
    pub const INVALID_PATH: &'static str = "invalid_path";
}

#[derive(Debug, Default)]
pub struct Walked {
    /// Sorted by root and path, without duplicates.
    pub files: Vec<FoundFile>,
    pub problems: Vec<WalkProblem>,
    /// Folder artwork per (root, folder), for the folders the walk listed.
    pub folder_art: HashMap<(usize, String), String>,
    /// The folders of `files` that the walk listed, so one missing from `folder_art` has no
    /// image, and choosing covers need not read it again. A folder of which only a named
    /// file was looked at is not here.
    pub listed_dirs: HashSet<(usize, String)>,
    /// Playlist files (`.m3u`, `.m3u8`), sorted; not counted as files to read.
    pub playlists: Vec<FoundFile>,
}

/// Walks the targets. `found` counts files as they are found, for progress.
pub fn walk(
    roots: &[Root],
    targets: &[Target],
    pool: &rayon::ThreadPool,
    found: &AtomicU64,
) -> Walked {
    let mut walked = Walked::default();
    // Files named on their own (the watcher's targets): their folders are not listed.
    let mut named_files = Vec::new();
    for target in targets {
        let Some(root) = roots.get(target.root) else {
            continue;
        };
        let start = if target.rel.is_empty() {
            root.path.clone()
        } else {
            root.path.join(&target.rel)
        };
        // A file target (the watcher names files) is one file, if it still exists.
        if start.is_file() {
            let found_file = FoundFile {
                root: target.root,
                rel_path: target.rel.clone(),
            };
            match file_name_of(&target.rel) {
                Some(name) if is_audio_file_name(name) => {
                    found.fetch_add(1, Ordering::Relaxed);
                    named_files.push(found_file);
                }
                Some(name) if is_playlist_file_name(name) => walked.playlists.push(found_file),
                _ => {}
            }
            continue;
        }
        if !start.is_dir() {
            // Gone: pruning will remove what the catalogue had there.
            continue;
        }
        // List the target's own folder here, then walk its sub-folders in parallel.
        let mut part = Walked::default();
        let mut subdirs = Vec::new();
        list_folder(
            target.root,
            &root.path,
            &start,
            &mut part,
            &mut subdirs,
            found,
        );
        let parts: Vec<Walked> = pool.install(|| {
            subdirs
                .par_iter()
                .map(|dir| walk_tree(target.root, &root.path, dir, found))
                .collect()
        });
        merge(&mut walked, part);
        for p in parts {
            merge(&mut walked, p);
        }
    }
    // Before the named files join: a folder of which one file was named was not listed, so
    // its images are unknown here, not absent (taken as absent, a watched tag edit dropped
    // the album's folder cover).
    walked.listed_dirs = walked
        .files
        .iter()
        .map(|f| {
            let dir = f.rel_path.rsplit_once('/').map_or("", |(d, _)| d);
            (f.root, dir.to_owned())
        })
        .collect();
    walked.files.extend(named_files);
    walked.files.sort();
    walked.files.dedup();
    walked.playlists.sort();
    walked.playlists.dedup();
    walked
}

fn merge(into: &mut Walked, from: Walked) {
    into.files.extend(from.files);
    into.problems.extend(from.problems);
    into.folder_art.extend(from.folder_art);
    into.playlists.extend(from.playlists);
}

/// Lists one folder: its audio files and artwork into `out`, its visible sub-folders into
/// `subdirs`.
fn list_folder(
    root_index: usize,
    root_path: &Path,
    dir: &Path,
    out: &mut Walked,
    subdirs: &mut Vec<PathBuf>,
    found: &AtomicU64,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            out.problems
                .push(unlisted(root_index, root_path, dir, &err));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            out.problems
                .push(invalid_name(root_index, root_path, &path));
            continue;
        };
        if is_hidden(name) {
            continue;
        }
        // Follows symbolic links, as the walk below does. An entry that cannot be looked
        // at (a link to an unmounted share) is reported, and what the catalogue has under
        // it is kept rather than taken as deleted.
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            Err(err) => {
                out.problems
                    .push(unlisted(root_index, root_path, &path, &err));
                continue;
            }
        };
        if meta.is_dir() {
            subdirs.push(path);
        } else if meta.is_file() {
            note_file(root_index, root_path, &path, name, out, found);
        }
    }
}

fn walk_tree(root_index: usize, root_path: &Path, dir: &Path, found: &AtomicU64) -> Walked {
    let mut out = Walked::default();
    // Symbolic links are followed (music folders often link to other disks); walkdir
    // detects loops and reports them as errors.
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || e.file_name().to_str().is_none_or(|n| !is_hidden(n)));
    for entry in walker {
        match entry {
            Ok(entry) => {
                if !entry.file_type().is_file() {
                    continue;
                }
                let Some(name) = entry.file_name().to_str() else {
                    out.problems
                        .push(invalid_name(root_index, root_path, entry.path()));
                    continue;
                };
                note_file(root_index, root_path, entry.path(), name, &mut out, found);
            }
            Err(err) => {
                let path = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| dir.to_owned());
                let is_loop = err.loop_ancestor().is_some();
                let message = err.to_string();
                let mut problem = WalkProblem {
                    root: root_index,
                    rel_path: rel_lossy(root_path, &path),
                    code: WalkProblem::UNREADABLE_FOLDER,
                    message,
                    unlisted_folder: !is_loop,
                };
                if is_loop {
                    problem.message = format!("a symbolic link loops back: {}", problem.message);
                }
                out.problems.push(problem);
            }
        }
    }
    out
}

fn note_file(
    root_index: usize,
    root_path: &Path,
    path: &Path,
    name: &str,
    out: &mut Walked,
    found: &AtomicU64,
) {
    if is_audio_file_name(name) {
        match rel_path(root_path, path) {
            Some(rel_path) => {
                found.fetch_add(1, Ordering::Relaxed);
                out.files.push(FoundFile {
                    root: root_index,
                    rel_path,
                });
            }
            None => out.problems.push(invalid_name(root_index, root_path, path)),
        }
    } else if is_playlist_file_name(name) {
        match rel_path(root_path, path) {
            Some(rel_path) => out.playlists.push(FoundFile {
                root: root_index,
                rel_path,
            }),
            None => out.problems.push(invalid_name(root_index, root_path, path)),
        }
    } else if let Some(rank) = artwork_rank(name) {
        let Some(rel) = rel_path(root_path, path) else {
            return;
        };
        let dir = rel
            .rsplit_once('/')
            .map_or(String::new(), |(d, _)| d.to_owned());
        let slot = out.folder_art.entry((root_index, dir)).or_default();
        let better = slot.is_empty()
            || artwork_rank(file_name_of(slot).unwrap_or_default()).is_none_or(|current| {
                (rank, name) < (current, file_name_of(slot).unwrap_or_default())
            });
        if better {
            *slot = rel;
        }
    }
}

/// Dot files and folders are hidden (and macOS's "._song.mp3" resource forks are not
/// audio); "@eaDir" is a Synology NAS's thumbnail folder.
pub(crate) fn is_hidden(name: &str) -> bool {
    name.starts_with('.') || name == "@eaDir"
}

/// How good an image file is as folder artwork, lower first: cover, folder, front, album,
/// then Windows Media Player's AlbumArt files. `None`: not artwork.
pub fn artwork_rank(name: &str) -> Option<u8> {
    let lower = name.to_ascii_lowercase();
    let (stem, ext) = lower.rsplit_once('.')?;
    // The formats `app::artwork` decodes.
    if !matches!(ext, "jpg" | "jpeg" | "png" | "webp") {
        return None;
    }
    match stem {
        "cover" => Some(0),
        "folder" => Some(1),
        "front" => Some(2),
        "album" => Some(3),
        s if s.starts_with("albumart") => Some(4),
        _ => None,
    }
}

/// The best artwork in one folder, read from the disk (for folders the walk did not list,
/// as in a scan of a few paths).
pub fn folder_art_on_disk(root_path: &Path, dir_rel: &str) -> Option<String> {
    let dir = if dir_rel.is_empty() {
        root_path.to_owned()
    } else {
        root_path.join(dir_rel)
    };
    let entries = std::fs::read_dir(dir).ok()?;
    let mut best: Option<(u8, String)> = None;
    for entry in entries.flatten() {
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if let Some(rank) = artwork_rank(&name) {
            if best.as_ref().is_none_or(|(r, n)| (rank, &name) < (*r, n)) && entry.path().is_file()
            {
                best = Some((rank, name));
            }
        }
    }
    best.map(|(_, name)| {
        if dir_rel.is_empty() {
            name
        } else {
            format!("{dir_rel}/{name}")
        }
    })
}

fn file_name_of(rel: &str) -> Option<&str> {
    rel.rsplit('/').next().filter(|n| !n.is_empty())
}

/// A path inside the root as the catalogue writes it: '/'-separated, UTF-8, no '.' or
/// '..' segments. `None` when it cannot be written so.
pub fn rel_path(root_path: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root_path).ok()?;
    let mut out = String::new();
    for component in rel.components() {
        let Component::Normal(part) = component else {
            return None;
        };
        if !out.is_empty() {
            out.push('/');
        }
        out.push_str(part.to_str()?);
    }
    Some(out)
}

fn rel_lossy(root_path: &Path, path: &Path) -> String {
    path.strip_prefix(root_path)
        .map(|rel| {
            rel.to_string_lossy()
                .replace(std::path::MAIN_SEPARATOR, "/")
        })
        .unwrap_or_default()
}

fn unlisted(root_index: usize, root_path: &Path, dir: &Path, err: &std::io::Error) -> WalkProblem {
    WalkProblem {
        root: root_index,
        rel_path: rel_lossy(root_path, dir),
        code: WalkProblem::UNREADABLE_FOLDER,
        message: err.to_string(),
        unlisted_folder: true,
    }
}

fn invalid_name(root_index: usize, root_path: &Path, path: &Path) -> WalkProblem {
    WalkProblem {
        root: root_index,
        rel_path: rel_lossy(root_path, path),
        code: WalkProblem::INVALID_PATH,
        message: "the file name is not valid UTF-8, so the catalogue cannot name it".into(),
        unlisted_folder: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artwork_names_rank() {
        assert_eq!(artwork_rank("Cover.JPG"), Some(0));
        assert_eq!(artwork_rank("folder.png"), Some(1));
        assert_eq!(artwork_rank("AlbumArtSmall.jpg"), Some(4));
        assert_eq!(artwork_rank("back.jpg"), None);
        assert_eq!(artwork_rank("cover.txt"), None);
    }

    #[test]
    fn relative_paths_are_slash_separated_and_inside() {
        let root = Path::new("/music");
        assert_eq!(
            rel_path(root, Path::new("/music/a/b.mp3")).as_deref(),
            Some("a/b.mp3")
        );
        assert_eq!(rel_path(root, Path::new("/other/b.mp3")), None);
        assert_eq!(rel_path(root, Path::new("/music")).as_deref(), Some(""));
    }

    /// A file named on its own does not list its folder: its cover is unknown to the walk
    /// (and read from disk when covers are chosen), not taken as absent.
    #[test]
    fn a_named_file_leaves_its_folder_unlisted_and_a_folder_target_lists_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("A")).expect("folder");
        std::fs::write(dir.path().join("A/a.mp3"), b"").expect("song");
        std::fs::write(dir.path().join("A/cover.jpg"), b"").expect("cover");
        let roots = [Root {
            id: "root".into(),
            path: dir.path().to_owned(),
            name: "music".into(),
        }];
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("pool");
        let found = AtomicU64::new(0);
        let walk_of = |rel: &str| {
            let target = Target {
                root: 0,
                rel: rel.into(),
            };
            walk(&roots, &[target], &pool, &found)
        };
        let folder = (0, "A".to_owned());

        let named = walk_of("A/a.mp3");
        assert_eq!(named.files.len(), 1);
        assert!(!named.listed_dirs.contains(&folder));
        assert!(!named.folder_art.contains_key(&folder));

        let listed = walk_of("");
        assert_eq!(listed.files.len(), 1);
        assert!(listed.listed_dirs.contains(&folder));
        assert_eq!(
            listed.folder_art.get(&folder).map(String::as_str),
            Some("A/cover.jpg")
        );
    }
}
