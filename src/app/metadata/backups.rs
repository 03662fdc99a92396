//! The originals that `music-hub tags write` replaced, kept in the data dir until
//! `music-hub tags prune-backups` removes them.
//!
//! # Layout
//! One folder per run of the command, named by when it started (UTC), with the library's
//! own layout inside it:
//!
//! ```text
//! <data-dir>/tag-backups/20261126T081500Z/<root id>/<path in the library folder>
//! <data-dir>/tag-backups/20261126T081500Z/manifest.jsonl
//! ```
//!
//! A file is restored by copying it back (`cp -p <backup> <library folder>/<path>`); the
//! manifest has one JSON line per file with the backup's path in the run folder and the
//! original's absolute path, for when the root id does not say which folder it was. The
//! hub never reads these folders: they are the person's, in case a written tag is wrong.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, NaiveDateTime, Utc};

use crate::app::media::stream::path_in_root;

/// The folder in the data dir.
pub const BACKUP_DIR: &str = "tag-backups";
/// The list of a run's files, in its folder.
pub const MANIFEST: &str = "manifest.jsonl";

const STAMP: &str = "%Y%m%dT%H%M%SZ";

/// The backups of one run, made when its first file is about to be replaced.
pub struct BackupRun {
    dir: PathBuf,
    manifest: File,
}

impl BackupRun {
    /// A new run folder for a run that started at `at`: `-2`, `-3`... after the stamp when
    /// another run started in the same second.
    pub fn create(data_dir: &Path, at: DateTime<Utc>) -> std::io::Result<BackupRun> {
        let parent = data_dir.join(BACKUP_DIR);
        std::fs::create_dir_all(&parent)?;
        let stamp = at.format(STAMP).to_string();
        let mut attempt = 1;
        let dir = loop {
            let name = if attempt == 1 {
                stamp.clone()
            } else {
                format!("{stamp}-{attempt}")
            };
            let dir = parent.join(name);
            match std::fs::create_dir(&dir) {
                Ok(()) => break dir,
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists && attempt < 1000 => {
                    attempt += 1;
                }
                Err(err) => return Err(err),
            }
        };
        let manifest = OpenOptions::new()
            .create_new(true)
            .append(true)
            .open(dir.join(MANIFEST))?;
        Ok(BackupRun { dir, manifest })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Copies `original` (the file at `rel` in the root `root_id`) into the run, on disk
    /// before this returns, and lists it in the manifest. Answers the backup's path.
    pub fn keep(&mut self, original: &Path, root_id: &str, rel: &str) -> std::io::Result<PathBuf> {
        let backup = path_in_root(&self.dir.join(root_id), rel)
            .filter(|_| path_in_root(Path::new(""), root_id).is_some())
            .ok_or_else(|| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("{root_id}/{rel} is not a path inside a library folder"),
                )
            })?;
        if let Some(folder) = backup.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::copy(original, &backup)?;
        File::open(&backup)?.sync_all()?;
        let line = serde_json::json!({
            "backup": format!("{root_id}/{rel}"),
            "original": original.to_string_lossy(),
        });
        writeln!(self.manifest, "{line}")?;
        self.manifest.sync_all()?;
        Ok(backup)
    }
}

/// What `prune` removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pruned {
    pub runs: usize,
    pub files: u64,
    pub bytes: u64,
    /// Runs young enough to stay.
    pub kept: usize,
}

/// Removes the run folders older than `older_than` (all of them with `None`) at `now`.
/// A run's age is its folder's name, else its modification time.
pub fn prune(
    data_dir: &Path,
    older_than: Option<Duration>,
    now: SystemTime,
) -> std::io::Result<Pruned> {
    let parent = data_dir.join(BACKUP_DIR);
    let mut pruned = Pruned::default();
    let entries = match std::fs::read_dir(&parent) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(pruned),
        Err(err) => return Err(err),
    };
    for entry in entries {
        let entry = entry?;
        if !entry.file_type()?.is_dir() {
            continue;
        }
        let started = run_started(&entry.file_name().to_string_lossy())
            .map_or_else(|| entry.metadata().and_then(|m| m.modified()), Ok)?;
        let old_enough = older_than.is_none_or(|age| {
            now.duration_since(started)
                .is_ok_and(|elapsed| elapsed >= age)
        });
        if !old_enough {
            pruned.kept += 1;
            continue;
        }
        for file in walkdir::WalkDir::new(entry.path())
            .into_iter()
            .filter_map(Result::ok)
            .filter(|f| f.file_type().is_file() && f.file_name() != MANIFEST)
        {
            pruned.files += 1;
            pruned.bytes += file.metadata().map_or(0, |m| m.len());
        }
        std::fs::remove_dir_all(entry.path())?;
        pruned.runs += 1;
    }
    Ok(pruned)
}

/// When a run started, from its folder's name (`20261126T081500Z`, maybe with `-2`).
fn run_started(name: &str) -> Option<SystemTime> {
    let stamp = name.split('-').next()?;
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    Some(SystemTime::from(at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_kept_by_name_and_pruned_by_age() {
        let data = tempfile::tempdir().expect("temp");
        let original = data.path().join("song.flac");
        std::fs::write(&original, b"original bytes").expect("write");
        let at = DateTime::parse_from_rfc3339("2026-11-20T08:15:00Z")
            .expect("time")
            .to_utc();
        let mut first = BackupRun::create(data.path(), at).expect("run");
        let kept = first
            .keep(&original, "music", "Artist/Album/song.flac")
            .expect("kept");
        assert_eq!(
            kept,
            data.path()
                .join("tag-backups/20261120T081500Z/music/Artist/Album/song.flac")
        );
        assert_eq!(std::fs::read(&kept).expect("backup"), b"original bytes");
        let second = BackupRun::create(data.path(), at).expect("same second");
        assert!(second.dir().ends_with("20261120T081500Z-2"));
        assert!(first.keep(&original, "music", "../escape.flac").is_err());
        let manifest = std::fs::read_to_string(first.dir().join(MANIFEST)).expect("manifest");
        assert!(manifest.contains("\"backup\":\"music/Artist/Album/song.flac\""));

        let now = SystemTime::from(at) + Duration::from_secs(3 * 86_400);
        let young = prune(data.path(), Some(Duration::from_secs(7 * 86_400)), now).expect("prune");
        assert_eq!((young.runs, young.kept), (0, 2));
        let all = prune(data.path(), None, now).expect("prune");
        assert_eq!((all.runs, all.files, all.bytes), (2, 1, 14));
        assert_eq!(
            std::fs::read_dir(data.path().join(BACKUP_DIR))
                .expect("dir")
                .count(),
            0
        );
    }
}
