//! Opening a track's file for streaming: only a regular file whose real place (links
//! followed) is inside one of the library folders.
//!
//! The check is made on what was opened (its descriptor's name in `/proc`), never on the
//! path before the open, so a link swapped in between cannot lead outside. The slow path
//! first opens the path as a bare reference (`O_PATH`: no device or FIFO is really opened),
//! checks its type and place, and only then opens that very file for reading; the fast
//! path (below) opens for reading at once, but only within the library folder's own local
//! file system.
//!
//! Opening may wait for a disk or a network, which an async worker must never do, so the
//! open belongs on the blocking pool. But the hand-off to that pool and back cost a stream
//! request a third of its CPU, two thread switches for an open of a few microseconds
//! (BENCHMARKS.md, "stream opens"). So the open is made where the request runs when the
//! kernel can do it from memory: the library folder is on a local file system, the whole
//! path is in the kernel's cache (`openat2` with `RESOLVE_CACHED`, Linux 5.12) and crosses
//! no mount (`RESOLVE_NO_XDEV`: a link to a network share is not followed there). Anything
//! else, and every refusal, goes to the blocking pool, which resolves the folders afresh.

use std::fs::{File, Metadata};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

/// How long resolved library folders are trusted on the fast path. A folder re-pointed
/// (a link to another disk) is followed within this; a file newly inside is served at once,
/// since a file outside the folders as they were is judged again on the slow path.
const FOLDERS_FRESH: Duration = Duration::from_secs(10);

/// A track's file, open, with its real place.
pub struct Opened {
    /// Canonical: inside a library folder, links followed.
    pub path: PathBuf,
    pub file: File,
    /// Of the open handle, not of the path: the validators describe exactly the bytes that
    /// will be read, even if the file is replaced meanwhile.
    pub meta: Metadata,
}

/// A library folder as resolved: its real path, and whether it is on a local file system
/// (the fast path's condition). No descriptor of it is kept: that would keep its disk from
/// being unmounted.
struct Folder {
    path: PathBuf,
    #[cfg(target_os = "linux")]
    local: bool,
}

/// Opens tracks' files inside the configured library folders.
pub struct FileOpener {
    /// As configured: resolved again on the slow path, so a disk mounted later, or a folder
    /// renamed, is judged as it is now.
    libraries: Vec<PathBuf>,
    resolved: Mutex<Option<(Instant, Arc<Vec<Folder>>)>>,
    /// Cleared when the kernel cannot open from its cache alone (before Linux 5.12, or a
    /// sandbox that refuses `openat2`).
    cached_opens: AtomicBool,
}

impl FileOpener {
    pub fn new(libraries: Vec<PathBuf>) -> FileOpener {
        FileOpener {
            libraries,
            resolved: Mutex::new(None),
            cached_opens: AtomicBool::new(cfg!(target_os = "linux")),
        }
    }

    /// The file at `path` when it is a regular file inside the library folders; `None`
    /// when it is gone, outside, or not a regular file.
    pub async fn open(self: &Arc<Self>, path: PathBuf) -> io::Result<Option<Opened>> {
        if let Some(opened) = self.open_from_cache(&path) {
            return Ok(Some(opened));
        }
        let this = self.clone();
        tokio::task::spawn_blocking(move || this.open_resolving(&path))
            .await
            .map_err(io::Error::other)?
    }

    fn fresh_folders(&self) -> Option<Arc<Vec<Folder>>> {
        match &*self.resolved.lock() {
            Some((at, folders)) if at.elapsed() < FOLDERS_FRESH => Some(folders.clone()),
            _ => None,
        }
    }

    /// The fast path: the file when the kernel could open it from memory and it is inside;
    /// `None` leaves every other verdict to the slow path.
    #[cfg(target_os = "linux")]
    fn open_from_cache(&self, path: &Path) -> Option<Opened> {
        use rustix::fs::{OFlags, ResolveFlags};
        use std::os::unix::fs::MetadataExt;
        if !self.cached_opens.load(Ordering::Relaxed) {
            return None;
        }
        let folders = self.fresh_folders()?;
        let (folder, rel) = folders.iter().find_map(|folder| {
            let rel = path.strip_prefix(&folder.path).ok()?;
            folder.local.then_some((folder, rel))
        })?;
        let dir = self.open_cached(
            rustix::fs::CWD,
            &folder.path,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            ResolveFlags::CACHED,
        )?;
        // Opened for reading at once, unlike the slow path's bare reference (whose reopen
        // through `/proc` cost the fast path a tenth of its throughput: BENCHMARKS.md):
        // crossing no mount keeps `/dev` and every other file system out of reach, so what
        // may be opened and then refused below is a file, a FIFO or a device node of the
        // library's own disk, which only its owner (a device node: root) could put there.
        let fd = self.open_cached(
            &dir,
            rel,
            OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC,
            ResolveFlags::CACHED | ResolveFlags::NO_XDEV | ResolveFlags::NO_MAGICLINKS,
        )?;
        let file = File::from(fd);
        let meta = file.metadata().ok()?;
        if !meta.is_file() || meta.nlink() == 0 {
            return None;
        }
        let real = std::fs::read_link(descriptor_name(&file)).ok()?;
        inside(&real, &folders).then_some(Opened {
            path: real,
            file,
            meta,
        })
    }

    /// `openat2` for the fast path: `None` when the kernel cannot open from memory alone,
    /// and for good when it cannot do that at all.
    #[cfg(target_os = "linux")]
    fn open_cached(
        &self,
        dir: impl rustix::fd::AsFd,
        path: &Path,
        flags: rustix::fs::OFlags,
        resolve: rustix::fs::ResolveFlags,
    ) -> Option<rustix::fd::OwnedFd> {
        use rustix::io::Errno;
        match rustix::fs::openat2(dir, path, flags, rustix::fs::Mode::empty(), resolve) {
            Ok(fd) => Some(fd),
            Err(Errno::NOSYS | Errno::INVAL | Errno::PERM) => {
                self.cached_opens.store(false, Ordering::Relaxed);
                None
            }
            Err(_) => None,
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn open_from_cache(&self, _path: &Path) -> Option<Opened> {
        None
    }

    /// The slow path, on the blocking pool: the folders resolved now.
    fn open_resolving(&self, path: &Path) -> io::Result<Option<Opened>> {
        let folders = Arc::new(self.resolve_folders());
        *self.resolved.lock() = Some((Instant::now(), folders.clone()));
        // A file replaced by a rename between the open and the check is the old one,
        // unlinked: the path names the new one, which a second try opens.
        for _ in 0..2 {
            let checked = match open_checked(path, &folders)? {
                #[cfg(target_os = "linux")]
                Checked::NoProc => open_by_path(path, &folders)?,
                checked => checked,
            };
            match checked {
                Checked::Inside(opened) => return Ok(Some(*opened)),
                Checked::Replaced => continue,
                #[cfg(target_os = "linux")]
                Checked::NoProc => return Ok(None),
                Checked::Gone | Checked::NotAFile => return Ok(None),
                Checked::Outside => {
                    tracing::warn!(
                        path = %path.display(),
                        "a track's file resolves outside the library folders; it is not served"
                    );
                    return Ok(None);
                }
            }
        }
        Ok(None)
    }

    fn resolve_folders(&self) -> Vec<Folder> {
        self.libraries
            .iter()
            .filter_map(|root| std::fs::canonicalize(root).ok())
            .map(|path| Folder {
                #[cfg(target_os = "linux")]
                local: is_local(&path),
                path,
            })
            .collect()
    }
}

/// What opening and checking a path found.
enum Checked {
    Inside(Box<Opened>),
    Outside,
    NotAFile,
    Gone,
    /// Unlinked since the path was looked up.
    Replaced,
    /// `/proc` is not mounted (a chroot, a sandbox): the path must be resolved instead.
    #[cfg(target_os = "linux")]
    NoProc,
}

/// Whether `real` (a canonical path) lies inside one of the folders (canonical too), by
/// whole components: `/musicians` is not inside `/music`.
fn inside(real: &Path, folders: &[Folder]) -> bool {
    folders.iter().any(|folder| real.starts_with(&folder.path))
}

#[cfg(target_os = "linux")]
fn open_checked(path: &Path, folders: &[Folder]) -> io::Result<Checked> {
    use rustix::fs::{open, Mode, OFlags};
    match open(path, OFlags::PATH | OFlags::CLOEXEC, Mode::empty()) {
        Ok(reference) => reopen_inside(reference, folders),
        Err(rustix::io::Errno::NOENT) => Ok(Checked::Gone),
        Err(err) => Err(err.into()),
    }
}

/// Checks a bare reference (`O_PATH`) and, when it is a regular file inside the folders,
/// opens that very file for reading.
#[cfg(target_os = "linux")]
fn reopen_inside(reference: rustix::fd::OwnedFd, folders: &[Folder]) -> io::Result<Checked> {
    use rustix::fs::{fstat, open, FileType, Mode, OFlags};
    let stat = fstat(&reference)?;
    if FileType::from_raw_mode(stat.st_mode) != FileType::RegularFile {
        return Ok(Checked::NotAFile);
    }
    if stat.st_nlink == 0 {
        return Ok(Checked::Replaced);
    }
    let name = descriptor_name(&reference);
    let Ok(real) = std::fs::read_link(&name) else {
        return Ok(Checked::NoProc);
    };
    if !inside(&real, folders) {
        return Ok(Checked::Outside);
    }
    let file = File::from(open(
        name.as_str(),
        OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NOCTTY,
        Mode::empty(),
    )?);
    let meta = file.metadata()?;
    Ok(Checked::Inside(Box::new(Opened {
        path: real,
        file,
        meta,
    })))
}

#[cfg(not(target_os = "linux"))]
fn open_checked(path: &Path, folders: &[Folder]) -> io::Result<Checked> {
    open_by_path(path, folders)
}

/// Without `O_PATH` and `/proc`: the path resolved, checked, then opened (a link swapped
/// in between is not caught here).
fn open_by_path(path: &Path, folders: &[Folder]) -> io::Result<Checked> {
    let real = match std::fs::canonicalize(path) {
        Ok(real) => real,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Checked::Gone),
        Err(err) => return Err(err),
    };
    if !inside(&real, folders) {
        return Ok(Checked::Outside);
    }
    // Non-blocking: a FIFO put there since the check must not hold the thread.
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(&real)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Ok(Checked::NotAFile);
    }
    Ok(Checked::Inside(Box::new(Opened {
        path: real,
        file,
        meta,
    })))
}

/// The kernel's name for an open descriptor, which reads back as the file's real place.
#[cfg(target_os = "linux")]
fn descriptor_name(fd: &impl std::os::fd::AsRawFd) -> String {
    format!("/proc/self/fd/{}", fd.as_raw_fd())
}

/// Whether the folder is on a file system of local disks or memory, where an open whose
/// path is all cached does not wait; network and user-space file systems (NFS, SMB, FUSE)
/// may wait on every open, so their folders take the slow path.
#[cfg(target_os = "linux")]
fn is_local(path: &Path) -> bool {
    const LOCAL: [u32; 13] = [
        0xEF53,      // ext2, ext3, ext4
        0x5846_5342, // xfs
        0x9123_683E, // btrfs
        0x0102_1994, // tmpfs
        0xF2F5_2010, // f2fs
        0x2FC1_2FC1, // zfs
        0x794C_7630, // overlayfs
        0xCA45_1A4E, // bcachefs
        0x3153_464A, // jfs
        0x5265_4973, // reiserfs
        0x4D44,      // vfat
        0x2011_BAB0, // exfat
        0x7366_746E, // ntfs3
    ];
    // The magic numbers are 32-bit; where `f_type` is a signed word they come sign-extended.
    rustix::fs::statfs(path).is_ok_and(|fs| LOCAL.contains(&(fs.f_type as u32)))
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn opener(root: &Path) -> Arc<FileOpener> {
        Arc::new(FileOpener::new(vec![root.to_path_buf()]))
    }

    #[tokio::test]
    async fn a_file_inside_is_opened_from_the_cache_once_the_folders_are_resolved() {
        let dir = tempfile::tempdir().expect("dir");
        let song = dir.path().join("song.flac");
        std::fs::write(&song, b"audio").expect("write");
        let opener = opener(dir.path());
        // Nothing resolved yet: only the slow path can say.
        assert!(opener.open_from_cache(&song).is_none());
        let slow = opener
            .open(song.clone())
            .await
            .expect("open")
            .expect("inside");
        assert_eq!(slow.meta.len(), 5);
        let canonical = song.canonicalize().expect("canonical");
        assert_eq!(slow.path, canonical);
        let local = opener
            .fresh_folders()
            .is_some_and(|folders| folders.iter().all(|f| f.local));
        // The cache answers where the kernel and the file system allow it (Linux 5.12, a
        // local disk, no sandbox refusing `openat2`); elsewhere the slow path does.
        match opener.open_from_cache(&canonical) {
            Some(fast) => assert_eq!(fast.path, canonical),
            None => assert!(
                !local || !opener.cached_opens.load(Ordering::Relaxed),
                "a local folder, openat2 available, and still not opened from the cache"
            ),
        }
    }

    #[tokio::test]
    async fn outside_the_folders_or_not_a_file_is_never_opened_either_way() {
        let dir = tempfile::tempdir().expect("dir");
        let root = dir.path().join("music");
        std::fs::create_dir(&root).expect("mkdir");
        let secret = dir.path().join("secret.txt");
        std::fs::write(&secret, b"secret").expect("write");
        let link = root.join("link.flac");
        std::os::unix::fs::symlink(&secret, &link).expect("symlink");
        let opener = opener(&root);
        assert!(opener.open(link.clone()).await.expect("open").is_none());
        // The folders are fresh now: the fast path finds the file outside and leaves the
        // verdict to the slow path, which refuses it again.
        assert!(opener.open_from_cache(&link).is_none());
        assert!(opener.open(link).await.expect("open").is_none());

        let folder = root.join("folder.flac");
        std::fs::create_dir(&folder).expect("mkdir");
        assert!(opener.open_from_cache(&folder).is_none());
        assert!(opener.open(folder).await.expect("open").is_none());
        assert!(opener
            .open(root.join("gone.flac"))
            .await
            .expect("open")
            .is_none());
    }

    #[test]
    fn inside_means_under_a_folder_by_whole_components() {
        let folders = [
            Folder {
                path: PathBuf::from("/other"),
                local: false,
            },
            Folder {
                path: PathBuf::from("/music"),
                local: false,
            },
        ];
        assert!(inside(Path::new("/music/A/b.mp3"), &folders));
        assert!(!inside(Path::new("/musicians/b.mp3"), &folders));
    }

    #[tokio::test]
    async fn a_file_replaced_by_a_rename_is_served_as_it_is_now() {
        let dir = tempfile::tempdir().expect("dir");
        let song = dir.path().join("song.flac");
        std::fs::write(&song, b"old").expect("write");
        let folders = [Folder {
            path: dir.path().canonicalize().expect("canonical"),
            local: false,
        }];
        // The reference taken before the rename is the old, now unlinked, file.
        let before = rustix::fs::open(
            &song,
            rustix::fs::OFlags::PATH | rustix::fs::OFlags::CLOEXEC,
            rustix::fs::Mode::empty(),
        )
        .expect("reference");
        let new = dir.path().join("song.flac.new");
        std::fs::write(&new, b"newer").expect("write");
        std::fs::rename(&new, &song).expect("rename");
        assert!(matches!(
            reopen_inside(before, &folders).expect("check"),
            Checked::Replaced
        ));
        let opener = opener(dir.path());
        let now = opener.open(song).await.expect("open").expect("inside");
        assert_eq!(now.meta.len(), 5);
    }
}
