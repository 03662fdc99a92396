//! The disk cache of resized artwork, under the data dir: one file per (id, size), named
//! so that a hit needs no lookup beyond the file, bounded in bytes with the least recently
//! used files removed first. Files are written to a temporary name and renamed, so a
//! reader (or a crash) never sees half an image.

use std::path::{Path, PathBuf};

use parking_lot::Mutex;

use super::resize::Encoded;
use crate::app::lru_files::{self, LruFiles};

/// Temporary files start with this; any left by a crash are removed at start.
const TEMP_PREFIX: &str = ".tmp-";

pub struct DiskCache {
    dir: PathBuf,
    bound: u64,
    index: Mutex<LruFiles>,
}

impl DiskCache {
    /// The cache in `dir` (created if missing), bounded to `bound` bytes. Files already
    /// there are kept, in the order of their modification times.
    pub fn open(dir: PathBuf, bound: u64) -> DiskCache {
        let index = LruFiles::scan(&dir, "artwork cache", |name| name.starts_with(TEMP_PREFIX));
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
            if !self.index.lock().contains(&name) {
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
        let victims = self.index.lock().evict(self.bound, |_| false);
        lru_files::delete(&self.dir, &victims, "artwork");
    }

    /// The bytes the cache holds now (for tests and the bench).
    pub fn total_bytes(&self) -> u64 {
        self.index.lock().total()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}
