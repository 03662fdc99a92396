//! Opening a track's file for streaming: only a regular file whose real place (links
//! followed) is inside one of the library folders.
//!
//! The place checked is that of the file opened (its descriptor's name in `/proc`), not of
//! the path before the open, so a link swapped in between cannot lead outside; the open is
//! non-blocking, so a FIFO in place of a track is refused at once instead of holding a
//! thread until something writes to it.
//!
//! Opening a file may wait for the disk (a folder not in the kernel's cache, a network
//! mount), which an async worker must never do, so the open belongs on the blocking pool.
//! But a request's hand-off to that pool and back was a third of a stream request's CPU
//! (two thread switches for an open that takes microseconds). So when every folder on the
//! path is in the kernel's cache (`openat2` with `RESOLVE_CACHED`, Linux 5.12) the file is
//! opened where the request runs, against the library folders as resolved a moment ago;
//! anything else (a folder to read, an older kernel, a file outside the folders as they
//! were) goes to the blocking pool, which resolves the folders afresh.

use std::fs::{File, Metadata};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use super::stream;

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

/// Opens tracks' files inside the configured library folders.
pub struct FileOpener {
    /// As configured: resolved again on the slow path, so a disk mounted later, or a folder
    /// renamed, is judged as it is now.
    libraries: Vec<PathBuf>,
    resolved: Mutex<Option<(Instant, Arc<Vec<PathBuf>>)>>,
    /// Cleared when the kernel cannot open from its cache alone (before Linux 5.12).
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
            return opened;
        }
        let this = self.clone();
        tokio::task::spawn_blocking(move || this.open_resolving(&path))
            .await
            .map_err(io::Error::other)?
    }

    /// The fast path; `None` when the slow path must decide.
    fn open_from_cache(&self, path: &Path) -> Option<io::Result<Option<Opened>>> {
        if !self.cached_opens.load(Ordering::Relaxed) {
            return None;
        }
        let folders = {
            let resolved = self.resolved.lock();
            match &*resolved {
                Some((at, folders)) if at.elapsed() < FOLDERS_FRESH => folders.clone(),
                _ => return None,
            }
        };
        let file = match open_cached(path) {
            Ok(Some(file)) => file,
            Ok(None) => return None,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Some(Ok(None)),
            Err(err) if err.raw_os_error() == Some(libc::ENOSYS) => {
                self.cached_opens.store(false, Ordering::Relaxed);
                return None;
            }
            Err(_) => return None,
        };
        let meta = match file.metadata() {
            Ok(meta) => meta,
            Err(err) => return Some(Err(err)),
        };
        if !meta.is_file() {
            return Some(Ok(None));
        }
        let real = descriptor_path(&file)?;
        stream::inside_roots(&real, &folders).then_some(Ok(Some(Opened {
            path: real,
            file,
            meta,
        })))
    }

    /// The slow path, on the blocking pool: the folders resolved now.
    fn open_resolving(&self, path: &Path) -> io::Result<Option<Opened>> {
        let folders: Arc<Vec<PathBuf>> = Arc::new(
            self.libraries
                .iter()
                .filter_map(|root| std::fs::canonicalize(root).ok())
                .collect(),
        );
        *self.resolved.lock() = Some((Instant::now(), folders.clone()));
        let file = match open_nonblocking(path) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(err),
        };
        let meta = file.metadata()?;
        if !meta.is_file() {
            return Ok(None);
        }
        let real = match descriptor_path(&file) {
            Some(real) => real,
            None => std::fs::canonicalize(path)?,
        };
        if !stream::inside_roots(&real, &folders) {
            tracing::warn!(
                path = %path.display(),
                "a track's file resolves outside the library folders; it is not served"
            );
            return Ok(None);
        }
        Ok(Some(Opened {
            path: real,
            file,
            meta,
        }))
    }
}

fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

/// Opens `path` only if the kernel can without reading a folder from the disk: `Ok(None)`
/// when it cannot.
#[cfg(target_os = "linux")]
fn open_cached(path: &Path) -> io::Result<Option<File>> {
    use rustix::fs::{openat2, Mode, OFlags, ResolveFlags, CWD};
    match openat2(
        CWD,
        path,
        OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC,
        Mode::empty(),
        ResolveFlags::CACHED,
    ) {
        Ok(fd) => Ok(Some(File::from(fd))),
        Err(rustix::io::Errno::AGAIN) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn open_cached(_path: &Path) -> io::Result<Option<File>> {
    Ok(None)
}

/// Where an open file really is, from the kernel's own name for its descriptor (one
/// `readlink` of memory, where resolving the path looks up each of its folders); `None`
/// where `/proc` cannot say.
fn descriptor_path(file: &File) -> Option<PathBuf> {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())).ok()
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = file;
        None
    }
}

#[cfg(test)]
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
        // Now the cache answers (the folder was just read), with the same real place.
        let fast = opener
            .open_from_cache(&song)
            .expect("answered from the cache")
            .expect("open")
            .expect("inside");
        assert_eq!(fast.path, slow.path);
        assert_eq!(fast.path, song.canonicalize().expect("canonical"));
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
        assert!(matches!(opener.open_from_cache(&folder), Some(Ok(None))));
        assert!(opener.open(folder).await.expect("open").is_none());
        assert!(opener
            .open(root.join("gone.flac"))
            .await
            .expect("open")
            .is_none());
    }
}
