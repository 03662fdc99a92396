//! The counting walk: finds every audio file under the scan's targets before any is read,
//! so progress has an honest total, and notes each folder's artwork and playlist files on
//! the way.
//!
//! The walk reads directories only (no `stat` per file: the directory entry gives the file
//! type; only symbolic links are looked at), so it is quick; sizes and times are read
//! later, in parallel, by the scanning phase. Every folder's sub-folders are walked in
//! parallel on the scanner's thread pool: on a cold disk the walk waits on I/O, and
//! several outstanding reads keep the disk busy; on a warm one it is CPU work, and a
//! library is often one folder deep before it branches.

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path};
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

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
        let part = pool.install(|| {
            walk_folder(
                &Place {
                    root: target.root,
                    root_path: &root.path,
                    found,
                },
                &start,
                &target.rel,
                0,
            )
        });
        merge(&mut walked, part);
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

/// The root a walk is in, and the count of audio files found so far (for progress).
struct Place<'a> {
    root: usize,
    root_path: &'a Path,
    found: &'a AtomicU64,
}

/// Folders deeper than this below a target are reported and not walked: each level is a
/// frame on a pool thread's stack, and only a loop the link check cannot see (a bind mount
/// inside itself) goes this deep. What the catalogue has below is kept.
const MAX_DEPTH: usize = 64;

/// Lists `dir` (`rel` inside the root), then walks its visible sub-folders in parallel on
/// the pool, each of them listing and splitting its own sub-folders in turn: a library is
/// often one folder deep before it branches, and splitting only the top level left one
/// thread walking.
///
/// Directory entries give the file type, so only symbolic links are looked at (`stat`):
/// they are followed, as music folders often link to other disks. One that cannot be
/// looked at (a link to an unmounted share) is reported, and what the catalogue has under
/// it is kept rather than taken as deleted; one that loops back to a folder above it is
/// reported and not followed.
fn walk_folder(place: &Place, dir: &Path, rel: &str, depth: usize) -> Walked {
    let mut out = Walked::default();
    if depth > MAX_DEPTH {
        out.problems.push(WalkProblem {
            root: place.root,
            rel_path: rel.to_owned(),
            code: WalkProblem::UNREADABLE_FOLDER,
            message: format!("more than {MAX_DEPTH} folders deep: not walked further"),
            unlisted_folder: true,
        });
        return out;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            out.problems.push(unlisted(place, dir, &err));
            return out;
        }
    };
    let mut subdirs = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                out.problems.push(unlisted(place, dir, &err));
                continue;
            }
        };
        let path = entry.path();
        let name = entry.file_name();
        // Hidden first: a hidden entry is not reported, whatever its name's encoding.
        if name.as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let Some(name) = name.to_str() else {
            out.problems.push(invalid_name(place, &path));
            continue;
        };
        if is_hidden(name) {
            continue;
        }
        // A link is looked at: what it leads to is the entry's type, and its loop check.
        let looked_at = entry.file_type().and_then(|t| {
            if t.is_symlink() {
                std::fs::metadata(&path).map(|meta| (meta.file_type(), Some(meta)))
            } else {
                Ok((t, None))
            }
        });
        let (file_type, link_target) = match looked_at {
            Ok(looked_at) => looked_at,
            Err(err) => {
                out.problems.push(unlisted(place, &path, &err));
                continue;
            }
        };
        let child = if rel.is_empty() {
            name.to_owned()
        } else {
            format!("{rel}/{name}")
        };
        if file_type.is_dir() {
            if link_target.is_some_and(|target| loops_back(dir, &target)) {
                out.problems.push(WalkProblem {
                    root: place.root,
                    rel_path: child,
                    code: WalkProblem::UNREADABLE_FOLDER,
                    message: "a symbolic link loops back to a folder above it".into(),
                    unlisted_folder: false,
                });
                continue;
            }
            subdirs.push((path, child));
        } else if file_type.is_file() {
            note_file(place, child, name, &mut out);
        }
    }
    let parts: Vec<Walked> = subdirs
        .par_iter()
        .map(|(path, rel)| walk_folder(place, path, rel, depth + 1))
        .collect();
    for part in parts {
        merge(&mut out, part);
    }
    out
}

/// Whether a symbolic link in `parent` leads to `parent` or any folder above it (`target`:
/// what the link leads to), so that following it would walk the same folder again: above
/// the root too, since a link to the root's parent would walk the whole library again
/// inside itself.
fn loops_back(parent: &Path, target: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    parent.ancestors().any(|folder| {
        std::fs::metadata(folder).is_ok_and(|m| m.dev() == target.dev() && m.ino() == target.ino())
    })
}

/// Notes a file found at `rel`: an audio file, a playlist, or a folder image (the best
/// named one per folder).
fn note_file(place: &Place, rel: String, name: &str, out: &mut Walked) {
    if is_audio_file_name(name) {
        place.found.fetch_add(1, Ordering::Relaxed);
        out.files.push(FoundFile {
            root: place.root,
            rel_path: rel,
        });
    } else if is_playlist_file_name(name) {
        out.playlists.push(FoundFile {
            root: place.root,
            rel_path: rel,
        });
    } else if let Some(rank) = artwork_rank(name) {
        let dir = rel
            .rsplit_once('/')
            .map_or(String::new(), |(d, _)| d.to_owned());
        let slot = out.folder_art.entry((place.root, dir)).or_default();
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

fn unlisted(place: &Place, dir: &Path, err: &std::io::Error) -> WalkProblem {
    WalkProblem {
        root: place.root,
        rel_path: rel_lossy(place.root_path, dir),
        code: WalkProblem::UNREADABLE_FOLDER,
        message: err.to_string(),
        unlisted_folder: true,
    }
}

fn invalid_name(place: &Place, path: &Path) -> WalkProblem {
    WalkProblem {
        root: place.root,
        rel_path: rel_lossy(place.root_path, path),
        code: WalkProblem::INVALID_PATH,
        message: "the name is not valid UTF-8, so the catalogue cannot name it or what is in it"
            .into(),
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

    fn walk_root(dir: &Path) -> Walked {
        let roots = [Root {
            id: "root".into(),
            path: dir.to_owned(),
            name: "music".into(),
        }];
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .expect("pool");
        let target = Target {
            root: 0,
            rel: String::new(),
        };
        walk(&roots, &[target], &pool, &AtomicU64::new(0))
    }

    /// Links are followed into other folders; one back to a folder above it is reported
    /// once and not followed; one that leads nowhere is reported as a folder not listed
    /// (what the catalogue has under it is kept); hidden entries are passed over.
    #[test]
    fn links_are_followed_loops_and_dead_links_reported_hidden_entries_skipped() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("Music");
        let elsewhere = dir.path().join("Elsewhere");
        for folder in ["Music/A/CD1", "Music/.hidden", "Elsewhere/B"] {
            std::fs::create_dir_all(dir.path().join(folder)).expect("folder");
        }
        for file in [
            "Music/A/CD1/1.mp3",
            "Music/A/cover.jpg",
            "Music/A/list.m3u8",
            "Music/.hidden/2.mp3",
            "Music/A/._3.mp3",
            "Elsewhere/B/4.flac",
            "Elsewhere/5.ogg",
        ] {
            std::fs::write(dir.path().join(file), b"").expect("file");
        }
        symlink(&elsewhere, root.join("Linked")).expect("link");
        symlink(&root, root.join("A/CD1/Up")).expect("loop");
        // A loop through another link: back up from inside the linked folder.
        symlink(&root, elsewhere.join("B/Back")).expect("loop through a link");
        symlink(dir.path().join("gone"), root.join("Dead")).expect("dead link");
        // Above the root: the library again inside itself.
        symlink(dir.path(), root.join("All")).expect("link above the root");

        let walked = walk_root(&root);
        let files: Vec<&str> = walked.files.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(files, ["A/CD1/1.mp3", "Linked/5.ogg", "Linked/B/4.flac"]);
        assert_eq!(walked.playlists.len(), 1);
        assert_eq!(
            walked.folder_art.get(&(0, "A".into())).map(String::as_str),
            Some("A/cover.jpg")
        );
        let mut problems: Vec<(&str, bool)> = walked
            .problems
            .iter()
            .map(|p| (p.rel_path.as_str(), p.unlisted_folder))
            .collect();
        problems.sort();
        assert_eq!(
            problems,
            [
                ("A/CD1/Up", false),
                ("All", false),
                ("Dead", true),
                ("Linked/B/Back", false)
            ]
        );
    }

    /// A tree deeper than `MAX_DEPTH` is walked to that depth and reported below it, as a
    /// folder not listed (its files in the catalogue are kept).
    #[test]
    fn folders_past_the_depth_bound_are_reported_not_walked() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("a.mp3"), b"").expect("file");
        let mut deep = dir.path().to_owned();
        for _ in 0..MAX_DEPTH + 2 {
            deep.push("d");
        }
        std::fs::create_dir_all(&deep).expect("deep folders");
        std::fs::write(deep.join("b.mp3"), b"").expect("deep file");
        let walked = walk_root(dir.path());
        assert_eq!(walked.files.len(), 1, "{:?}", walked.files);
        assert_eq!(walked.problems.len(), 1);
        assert!(walked.problems[0].unlisted_folder);
        assert_eq!(
            walked.problems[0].rel_path.matches('d').count(),
            MAX_DEPTH + 1
        );
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
