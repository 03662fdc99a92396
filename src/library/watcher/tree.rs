//! A folder tree watched through inotify: a watch on every folder, new folders watched as
//! they appear, and each change reported as the path it happened to.
//!
//! The kernel is asked only for changes. A general-purpose watcher (notify 8) also asks for
//! every open of every file, and the hub opens library files all day: each stream request
//! and each file the scanner reads cost the watcher's thread a wake-up, an event and a path
//! (about 18 µs of CPU an open, measured on the stream route) only to be thrown away.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use inotify::{EventMask, Inotify, WatchDescriptor, WatchMask};
use rustix::event::{poll, PollFd, PollFlags, Timespec};
use tracing::{debug, warn};

use crate::library::walk::is_hidden;

/// What the kernel reports of a watched folder: changes to what is in it (files written,
/// created, deleted, renamed, their permissions), and the folder itself going.
fn folder_mask() -> WatchMask {
    WatchMask::ATTRIB
        | WatchMask::CREATE
        | WatchMask::DELETE
        | WatchMask::CLOSE_WRITE
        | WatchMask::MODIFY
        | WatchMask::MOVED_FROM
        | WatchMask::MOVED_TO
        | WatchMask::DELETE_SELF
        | WatchMask::MOVE_SELF
        | WatchMask::ONLYDIR
}

/// One wait's news.
#[derive(Debug, PartialEq, Eq)]
pub enum Seen {
    /// Paths where something changed (files, or folders created, moved or deleted).
    Changed(Vec<PathBuf>),
    /// The kernel's queue overflowed: changes were lost.
    Overflow,
}

/// The watched trees and the folder each watch stands for.
pub struct TreeWatch {
    inotify: Inotify,
    folders: HashMap<WatchDescriptor, PathBuf>,
    /// The trees' tops, watched again after an overflow (folders made meanwhile were
    /// never announced).
    roots: Vec<PathBuf>,
    /// Whether the kernel's limit of watches was reached (said once).
    at_limit: bool,
    buffer: Vec<u8>,
}

impl TreeWatch {
    pub fn new() -> io::Result<TreeWatch> {
        Ok(TreeWatch {
            inotify: Inotify::init()?,
            folders: HashMap::new(),
            roots: Vec::new(),
            at_limit: false,
            buffer: vec![0; 64 * 1024],
        })
    }

    /// Watches `root` and every folder under it, links to folders followed as the scan
    /// follows them. A folder that cannot be watched (gone meanwhile, unreadable) is
    /// skipped; only the root's own failure is an error.
    pub fn add_tree(&mut self, root: &Path) -> io::Result<()> {
        self.add_folder(root)?;
        self.add_below(root);
        if !self.roots.iter().any(|r| r == root) {
            self.roots.push(root.to_path_buf());
        }
        Ok(())
    }

    /// Watches the folders under `folder`, but not the hidden ones the scan skips (a
    /// NAS's `@eaDir` beside every album among them).
    fn add_below(&mut self, folder: &Path) {
        let folders = walkdir::WalkDir::new(folder)
            .follow_links(true)
            .min_depth(1)
            .into_iter()
            .filter_entry(|entry| !is_hidden(&entry.file_name().to_string_lossy()))
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_dir());
        for entry in folders {
            if let Err(err) = self.add_folder(entry.path()) {
                if err.raw_os_error() == Some(libc::ENOSPC) {
                    if !self.at_limit {
                        self.at_limit = true;
                        warn!(
                            "the kernel's limit of watched folders is reached: changes in the \
                             folders beyond it are picked up by the next scan (raise \
                             fs.inotify.max_user_watches to watch them all)"
                        );
                    }
                    return;
                }
                debug!(folder = %entry.path().display(), %err, "not watched");
            }
        }
    }

    /// Watches one folder. Watching a folder already watched (under another name, after a
    /// rename) gives its old descriptor, which then stands for the new name.
    fn add_folder(&mut self, folder: &Path) -> io::Result<()> {
        let wd = self.inotify.watches().add(folder, folder_mask())?;
        self.folders.insert(wd, folder.to_path_buf());
        Ok(())
    }

    /// Stops watching `folder` and what is under it (it was moved away: if it was moved
    /// within the tree, its new place is watched afresh).
    fn forget_below(&mut self, folder: &Path) {
        let gone: Vec<WatchDescriptor> = self
            .folders
            .iter()
            .filter(|(_, path)| path.starts_with(folder))
            .map(|(wd, _)| wd.clone())
            .collect();
        for wd in gone {
            self.folders.remove(&wd);
            // It may be gone already (the kernel drops a deleted folder's watch itself).
            let _ = self.inotify.watches().remove(wd);
        }
    }

    /// Waits up to `timeout` for changes; `Ok(None)` when the whole wait was quiet (events
    /// that name no library path still count as activity: `Seen::Changed` of nothing).
    pub fn wait(&mut self, timeout: Duration) -> io::Result<Option<Seen>> {
        let deadline = Instant::now() + timeout;
        loop {
            // A signal (a child process ending) cuts a wait short; the quiet time the
            // caller waits for must still pass.
            let left = deadline.saturating_duration_since(Instant::now());
            let left = Timespec::try_from(left).unwrap_or(Timespec {
                tv_sec: 1,
                tv_nsec: 0,
            });
            let mut fds = [PollFd::new(&self.inotify, PollFlags::IN)];
            match poll(&mut fds, Some(&left)) {
                Ok(0) => return Ok(None),
                Ok(_) => break,
                Err(rustix::io::Errno::INTR) => continue,
                Err(err) => return Err(err.into()),
            }
        }
        let mut raw = Vec::new();
        let mut overflow = false;
        match self.inotify.read_events(&mut self.buffer) {
            Ok(events) => {
                for event in events {
                    if event.mask.contains(EventMask::Q_OVERFLOW) {
                        overflow = true;
                        continue;
                    }
                    raw.push((
                        event.wd.clone(),
                        event.mask,
                        event.name.map(OsStr::to_os_string),
                    ));
                }
            }
            // Woken for nothing to read: something happened all the same.
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                return Ok(Some(Seen::Changed(Vec::new())))
            }
            Err(err) => return Err(err),
        }
        let mut changed = Vec::with_capacity(raw.len());
        for (wd, mask, name) in raw {
            if mask.contains(EventMask::UNMOUNT) {
                // The disk went, not the files: an empty mount point left behind must not
                // be scanned as a library emptied by its owner.
                continue;
            }
            if mask.contains(EventMask::IGNORED) {
                // The kernel dropped this watch (its folder was deleted or unmounted).
                if let Some(folder) = self.folders.remove(&wd) {
                    if self.roots.contains(&folder) {
                        warn!(root = %folder.display(), "a library folder is no longer watched (deleted, moved or unmounted); changes to it are picked up by the next scan");
                    }
                }
                continue;
            }
            let Some(folder) = self.folders.get(&wd) else {
                continue;
            };
            let path = match &name {
                Some(name) => folder.join(name),
                None => folder.clone(),
            };
            if mask.contains(EventMask::ISDIR) {
                if mask.contains(EventMask::MOVED_FROM) {
                    self.forget_below(&path);
                }
                let hidden = name
                    .as_deref()
                    .is_some_and(|name| is_hidden(&name.to_string_lossy()));
                if !hidden && mask.intersects(EventMask::CREATE | EventMask::MOVED_TO) {
                    // Files may land in the new folder before its watch does: the folder
                    // itself is reported, and the scan of it finds them.
                    match self.add_folder(&path) {
                        Ok(()) => self.add_below(&path),
                        Err(err) => debug!(folder = %path.display(), %err, "not watched"),
                    }
                }
            }
            changed.push(path);
        }
        if overflow {
            warn!("the kernel's queue of file changes overflowed; every library folder is scanned");
            // Folders made while events were lost were never announced, and the watches of
            // folders moved away meanwhile were never dropped: the trees are watched afresh.
            self.inotify = Inotify::init()?;
            self.folders.clear();
            for root in self.roots.clone() {
                if let Err(err) = self.add_tree(&root) {
                    warn!(root = %root.display(), %err, "a library folder is no longer watched");
                }
            }
            return Ok(Some(Seen::Overflow));
        }
        // Events that name no path (a watch dropped) are still activity: only a wait that
        // ran out is quiet.
        Ok(Some(Seen::Changed(changed)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the next waits report, once they have reported something and then nothing
    /// (or after twenty waits of 50 ms).
    fn next(watch: &mut TreeWatch) -> Vec<PathBuf> {
        let mut seen = Vec::new();
        for _ in 0..20 {
            match watch.wait(Duration::from_millis(50)).expect("wait") {
                Some(Seen::Changed(paths)) => seen.extend(paths),
                Some(Seen::Overflow) => panic!("overflow"),
                None if !seen.is_empty() => break,
                None => {}
            }
        }
        seen
    }

    #[test]
    fn changes_are_reported_by_path_and_opens_are_not() {
        let dir = tempfile::tempdir().expect("dir");
        let root = dir.path().canonicalize().expect("canonical");
        std::fs::create_dir_all(root.join("Artist/Album")).expect("mkdir");
        let song = root.join("Artist/Album/01.mp3");
        std::fs::write(&song, b"one").expect("write");
        let mut watch = TreeWatch::new().expect("inotify");
        watch.add_tree(&root).expect("watch");

        std::fs::write(&song, b"two").expect("rewrite");
        assert!(next(&mut watch).contains(&song));

        // Reading a file is not a change.
        let _ = std::fs::read(&song).expect("read");
        assert_eq!(watch.wait(Duration::from_millis(200)).expect("wait"), None);

        // A new folder is watched: a file written into it later is seen.
        let new_album = root.join("Artist/New");
        std::fs::create_dir(&new_album).expect("mkdir");
        assert!(next(&mut watch).contains(&new_album));
        let later = new_album.join("02.mp3");
        std::fs::write(&later, b"three").expect("write");
        assert!(next(&mut watch).contains(&later));

        // A folder renamed within the tree is followed under its new name.
        let renamed = root.join("Artist/Renamed");
        std::fs::rename(&new_album, &renamed).expect("rename");
        let seen = next(&mut watch);
        assert!(
            seen.contains(&new_album) && seen.contains(&renamed),
            "{seen:?}"
        );
        let moved = renamed.join("02.mp3");
        std::fs::write(&moved, b"four").expect("write");
        let seen = next(&mut watch);
        assert!(
            !seen.is_empty() && seen.iter().all(|p| p == &moved),
            "{seen:?}"
        );

        // Hidden folders (the scan skips them) are not watched.
        let hidden = root.join("Artist/.thumbnails");
        std::fs::create_dir(&hidden).expect("mkdir");
        next(&mut watch);
        let mut fresh = TreeWatch::new().expect("inotify");
        fresh.add_tree(&root).expect("watch");
        std::fs::write(hidden.join("x.jpg"), b"x").expect("write");
        assert_eq!(fresh.wait(Duration::from_millis(200)).expect("wait"), None);

        // A deleted file is reported.
        std::fs::remove_file(&song).expect("remove");
        assert!(next(&mut watch).contains(&song));
    }
}
