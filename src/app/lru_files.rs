//! The bookkeeping of a folder of cached files bounded in bytes, which the artwork cache and
//! the transcode cache share: each file's size and last use, in memory, the least recently
//! used first out. At start the folder is read back, recency taken from modification times,
//! and files a crash left half-written are removed.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Files by name, with their sizes and an order of use.
#[derive(Default)]
pub struct LruFiles {
    /// file name → (bytes, use stamp)
    files: HashMap<String, (u64, u64)>,
    /// use stamp → file name; the first entry is the least recently used.
    by_use: BTreeMap<u64, String>,
    total: u64,
    next_stamp: u64,
}

impl LruFiles {
    /// Reads `dir` (creating it if missing): names for which `unfinished` holds are deleted,
    /// every other file is indexed, least recently modified first. `what` names the cache
    /// in logs.
    pub fn scan(dir: &Path, what: &str, unfinished: impl Fn(&str) -> bool) -> LruFiles {
        if let Err(err) = std::fs::create_dir_all(dir) {
            tracing::warn!(%err, dir = %dir.display(), "the {what} folder cannot be made");
        }
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            let Ok(meta) = entry.metadata() else { continue };
            if !meta.is_file() {
                continue;
            }
            if unfinished(&name) {
                if let Err(err) = std::fs::remove_file(entry.path()) {
                    tracing::warn!(%err, name, "a half-written {what} file could not be removed");
                }
            } else {
                found.push((meta.modified().ok(), name, meta.len()));
            }
        }
        found.sort();
        let mut index = LruFiles::default();
        for (_, name, len) in found {
            index.insert(name, len);
        }
        index
    }

    /// Marks `name` as just used.
    pub fn touch(&mut self, name: &str) {
        let stamp = self.next_stamp;
        self.next_stamp += 1;
        if let Some((_, used)) = self.files.get_mut(name) {
            self.by_use.remove(used);
            *used = stamp;
            self.by_use.insert(stamp, name.to_owned());
        }
    }

    /// Adds `name` (replacing an entry of that name) as the most recently used.
    pub fn insert(&mut self, name: String, len: u64) {
        self.remove(&name);
        let stamp = self.next_stamp;
        self.next_stamp += 1;
        self.total += len;
        self.by_use.insert(stamp, name.clone());
        self.files.insert(name, (len, stamp));
    }

    pub fn remove(&mut self, name: &str) {
        if let Some((len, used)) = self.files.remove(name) {
            self.by_use.remove(&used);
            self.total -= len;
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.files.contains_key(name)
    }

    pub fn len_of(&self, name: &str) -> Option<u64> {
        self.files.get(name).map(|(len, _)| *len)
    }

    pub fn total(&self) -> u64 {
        self.total
    }

    /// Takes out of the index, least recently used first, the files needed to bring the
    /// total within `bound`, skipping those `keep` holds on to; answers their names, for the
    /// caller to delete. With too few files to take, the total stays over the bound.
    pub fn evict(&mut self, bound: u64, keep: impl Fn(&str) -> bool) -> Vec<String> {
        let mut over = self.total.saturating_sub(bound);
        let victims: Vec<String> = self
            .by_use
            .values()
            .filter(|name| !keep(name))
            .take_while(|name| {
                let take = over > 0;
                over = over.saturating_sub(self.files.get(*name).map_or(0, |f| f.0));
                take
            })
            .cloned()
            .collect();
        for name in &victims {
            self.remove(name);
        }
        victims
    }
}

/// Deletes the files `evict` chose from `dir`; a file already gone is no failure.
pub fn delete(dir: &Path, names: &[String], what: &str) {
    for name in names {
        if let Err(err) = std::fs::remove_file(dir.join(name)) {
            if err.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(%err, name, "an evicted {what} file could not be removed");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eviction_takes_the_least_recently_used_files_not_kept() {
        let mut index = LruFiles::default();
        for (name, len) in [("a", 10), ("b", 20), ("c", 30), ("d", 40)] {
            index.insert(name.into(), len);
        }
        index.touch("a");
        // Over by 35: b (20) is kept, so c (30) and then d (40) go; a is the most recent.
        let gone = index.evict(65, |name| name == "b");
        assert_eq!(gone, ["c", "d"]);
        assert_eq!(index.total(), 30);
        assert!(index.contains("a") && index.contains("b"));
        assert!(index.evict(30, |_| false).is_empty());
        assert_eq!(index.evict(0, |_| true), Vec::<String>::new());
    }
}
