//! The disk cache of resized artwork, under the data dir: one file per (id, size), named
//! so that a hit needs no lookup beyond the file, bounded in bytes with the least recently
//! used files removed first. Files are written to a temporary name and renamed, so a
//! reader (or a crash) never sees half an image.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use parking_lot::Mutex;

use super::resize::Encoded;

/// Temporary files start with this; any left by a crash are removed at start.
const TEMP_PREFIX: &str = ".tmp-";

/// The cache's bookkeeping: each file's size and last use, and the files in order of use.
#[derive(Default)]
struct Index {
    /// file name → (bytes, use stamp)
    files: HashMap<String, (u64, u64)>,
    /// use stamp → file name; the first entry is the least recently used.
    by_use: BTreeMap<u64, String>,
    total: u64,
    next_stamp: u64,
}

impl Index {
    fn touch(&mut self, name: &str) {
        let stamp = self.next_stamp;
        self.next_stamp += 1;
        if let Some((_, used)) = self.files.get_mut(name) {
            self.by_use.remove(used);
            *used = stamp;
            self.by_use.insert(stamp, name.to_owned());
        }
    }

    fn insert(&mut self, name: String, len: u64) {
        self.remove(&name);
        let stamp = self.next_stamp;
        self.next_stamp += 1;
        self.total += len;
        self.by_use.insert(stamp, name.clone());
        self.files.insert(name, (len, stamp));
    }

    fn remove(&mut self, name: &str) {
        if let Some((len, used)) = self.files.remove(name) {
            self.by_use.remove(&used);
            self.total -= len;
        }
    }
}

pub struct DiskCache {
    dir: PathBuf,
    bound: u64,
    index: Mutex<Index>,
}

impl DiskCache {
    /// The cache in `dir` (created if missing), bounded to `bound` bytes. Files already
    /// there are kept, in the order of their modification times.
    pub fn open(dir: PathBuf, bound: u64) -> DiskCache {
        let mut found = Vec::new();
        if let Err(err) = std::fs::create_dir_all(&dir) {
            tracing::warn!(%err, dir = %dir.display(), "the artwork cache folder cannot be made");
        }
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            let Ok(meta) = entry.metadata() else { continue };
            if name.starts_with(TEMP_PREFIX) {
                let _ = std::fs::remove_file(entry.path());
            } else if meta.is_file() {
                found.push((meta.modified().ok(), name, meta.len()));
            }
        }
        found.sort();
        let mut index = Index::default();
        for (_, name, len) in found {
            index.insert(name, len);
        }
        let cache = DiskCache {
            dir,
            bound,
            index: Mutex::new(index),
        };
        cache.evict();
        cache
    }

    fn name(id: &str, size: u32, ext: &str) -> String {
        format!("{id}-{size}.{ext}")
    }

    /// The cached image, if there is one; a hit counts as a use.
    pub async fn get(&self, id: &str, size: u32) -> Option<Encoded> {
        for (ext, content_type) in [("jpg", "image/jpeg"), ("png", "image/png")] {
            let name = Self::name(id, size, ext);
            if !self.index.lock().files.contains_key(&name) {
                continue;
            }
            match tokio::fs::read(self.dir.join(&name)).await {
                Ok(bytes) => {
                    self.index.lock().touch(&name);
                    return Some(Encoded {
                        bytes,
                        content_type,
                    });
                }
                // Removed behind the hub's back (or evicted meanwhile): a miss.
                Err(_) => self.index.lock().remove(&name),
            }
        }
        None
    }

    /// Keeps `image` for (id, size), then removes the least recently used files until the
    /// cache is within its bound. A failed write is logged: the cache is an optimisation.
    pub async fn put(&self, id: &str, size: u32, image: &Encoded) {
        let ext = if image.content_type == "image/png" {
            "png"
        } else {
            "jpg"
        };
        let name = Self::name(id, size, ext);
        let temp = self
            .dir
            .join(format!("{TEMP_PREFIX}{}", uuid::Uuid::new_v4().simple()));
        let written = async {
            tokio::fs::write(&temp, &image.bytes).await?;
            tokio::fs::rename(&temp, self.dir.join(&name)).await
        }
        .await;
        if let Err(err) = written {
            let _ = tokio::fs::remove_file(&temp).await;
            tracing::warn!(%err, "a resized image could not be cached");
            return;
        }
        self.index.lock().insert(name, image.bytes.len() as u64);
        self.evict();
    }

    /// Removes the least recently used files until the total is within the bound.
    fn evict(&self) {
        let mut victims = Vec::new();
        {
            let mut index = self.index.lock();
            while index.total > self.bound {
                let Some(name) = index.by_use.values().next().cloned() else {
                    break;
                };
                index.remove(&name);
                victims.push(name);
            }
        }
        for name in victims {
            if let Err(err) = std::fs::remove_file(self.dir.join(&name)) {
                if err.kind() != std::io::ErrorKind::NotFound {
                    tracing::warn!(%err, name, "an evicted artwork file could not be removed");
                }
            }
        }
    }

    /// The bytes the cache holds now (for tests and the bench).
    pub fn total_bytes(&self) -> u64 {
        self.index.lock().total
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}
