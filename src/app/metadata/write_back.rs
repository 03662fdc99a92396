//! Writing the effective values back into the files (`music-hub tags write`): the person's
//! overrides become the files' own tags, then the overrides that now equal them go.
//!
//! Never run by the hub on its own: a person asks for it from the terminal. The person's
//! file is never edited in place. Each file is copied to a hidden temporary file beside it
//! (same folder, so the final rename stays on one file system and is atomic), the copy's
//! tags are written and flushed to disk, the copy is read back and must hold exactly the
//! values meant and the same audio properties (format, codec, duration, rate, channels; the
//! samples themselves are not compared), the original's bytes go to the backups
//! (`backups`), and only then does the copy replace the original by a rename. A failure at
//! any step leaves the original as it was, and the temporary copy is removed.
//!
//! Only tracks with overrides are read: without one, a file's effective values are its own.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde_json::Value;
use tracing::info_span;

use super::backups::BackupRun;
use super::{file_values, Values};
use crate::app::media::stream::path_in_root;
use crate::clock::SharedClock;
use crate::db::metadata::{self as store, OverrideRow, TrackFile};
use crate::db::{ledger, Database, DbError};
use crate::library::fields::{self, Field};
use crate::library::job::{ChangedPath, ScanSetup, Scope, Trigger};
use crate::library::lock::ScanLock;
use crate::library::progress::Phase;
use crate::library::tag_write;
use crate::library::tags::{self, TagValues};

/// The tracks a run covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    Tracks(Vec<String>),
    Album(String),
    All,
}

#[derive(Debug, thiserror::Error)]
pub enum WriteBackError {
    #[error("No track has the id `{0}`.")]
    UnknownTrack(String),
    #[error("No album has the id `{0}`.")]
    UnknownAlbum(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl crate::app::ServiceError for WriteBackError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            WriteBackError::Db(err) => Ok(err),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for WriteBackError {
    fn from(err: diesel::result::Error) -> Self {
        WriteBackError::Db(DbError::Query(err))
    }
}

/// A field whose effective value is not the file's.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    pub field: Field,
    /// `None`: the file has no such tag.
    pub file: Option<Value>,
    /// `None`: the override blanks it.
    pub effective: Option<Value>,
}

/// One chosen track with overrides: its file and its overrides as stored.
#[derive(Debug, Clone)]
pub struct Chosen {
    pub file: TrackFile,
    overrides: Vec<OverrideRow>,
}

impl Chosen {
    /// `<root id>/<path in the root>`, as the API shows paths.
    pub fn shown(&self) -> String {
        format!("{}/{}", self.file.root_id, self.file.rel_path)
    }

    pub fn path(&self) -> Option<PathBuf> {
        path_in_root(Path::new(&self.file.root_path), &self.file.rel_path)
    }

    fn stored_overrides(&self) -> Vec<(String, Option<String>)> {
        self.overrides
            .iter()
            .map(|row| (row.field.clone(), row.value.clone()))
            .collect()
    }
}

/// Why one file was not written; the others go on.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("the file is read-only")]
    ReadOnly,
    /// Replacing a link by its path would put a plain file in its place and leave the
    /// target's tags as they were.
    #[error(
        "the file is a symbolic link: writing it would replace the link and leave its target \
         as it was (write the target's own track, or copy the file in place of the link)"
    )]
    Symlink,
    /// The copy that replaces the file is a new file: the file's other names would keep
    /// the old bytes.
    #[error(
        "the file has {links} names (hard links): writing it would part this name from the \
         others, which would keep the old tags"
    )]
    HardLinked { links: u64 },
    /// The copy is made beside the file, so its folder must take a new file.
    #[error("its folder {} {why}", folder.display())]
    FolderNotWritable { folder: PathBuf, why: &'static str },
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
    #[error("{0}")]
    Tags(#[from] tag_write::WriteError),
    #[error("the written copy reads back `{field}` as {got} instead of {meant}")]
    Mismatch {
        field: String,
        got: String,
        meant: String,
    },
    #[error("the written copy's audio differs from the original's")]
    AudioChanged,
    #[error("the file changed while it was being written; run this again")]
    ChangedMeanwhile,
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// What writing one file did.
#[derive(Debug)]
pub struct Written {
    /// The fields written; empty when the file already held the effective values.
    pub changes: Vec<FieldChange>,
    /// The file's tags now.
    tags: TagValues,
    /// Where the original went, when it was replaced.
    pub backup: Option<PathBuf>,
}

/// The backups of this run, its folder made when the first file is replaced.
pub struct Backups {
    data_dir: PathBuf,
    started_at: DateTime<Utc>,
    run: Option<BackupRun>,
}

impl Backups {
    pub fn new(data_dir: &Path, started_at: DateTime<Utc>) -> Backups {
        Backups {
            data_dir: data_dir.to_owned(),
            started_at,
            run: None,
        }
    }

    /// The run's folder, if a file was replaced.
    pub fn dir(&self) -> Option<&Path> {
        self.run.as_ref().map(BackupRun::dir)
    }

    fn run(&mut self) -> std::io::Result<&mut BackupRun> {
        match &mut self.run {
            Some(run) => Ok(run),
            empty => Ok(empty.insert(BackupRun::create(&self.data_dir, self.started_at)?)),
        }
    }
}

pub struct TagWriteBack {
    db: Arc<Database>,
    data_dir: PathBuf,
    clock: SharedClock,
}

impl TagWriteBack {
    pub fn new(db: Arc<Database>, data_dir: PathBuf, clock: SharedClock) -> TagWriteBack {
        TagWriteBack {
            db,
            data_dir,
            clock,
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The selected tracks that have overrides, with them; an unknown id is refused.
    pub async fn choose(&self, selection: Selection) -> Result<Vec<Chosen>, WriteBackError> {
        crate::app::read(&self.db, move |conn| {
            let ids = match selection {
                Selection::Tracks(ids) => {
                    let existing = store::track_ids_existing(conn, &ids)?;
                    if let Some(missing) = ids.iter().find(|id| !existing.contains(id)) {
                        return Err(WriteBackError::UnknownTrack(missing.clone()));
                    }
                    store::overridden_track_ids(conn, Some(&ids))?
                }
                Selection::Album(album) => {
                    let tracks = store::album_track_ids(conn, &album)?;
                    if tracks.is_empty() {
                        return Err(WriteBackError::UnknownAlbum(album));
                    }
                    store::overridden_track_ids(conn, Some(&tracks))?
                }
                Selection::All => store::overridden_track_ids(conn, None)?,
            };
            let mut overrides: HashMap<String, Vec<OverrideRow>> = HashMap::new();
            for row in store::override_list(conn, &ids)? {
                overrides.entry(row.track_id.clone()).or_default().push(row);
            }
            let mut files = store::track_files(conn, &ids)?;
            files.sort_by(|a, b| (&a.root_id, &a.rel_path).cmp(&(&b.root_id, &b.rel_path)));
            Ok(files
                .into_iter()
                .map(|file| Chosen {
                    overrides: overrides.remove(&file.track_id).unwrap_or_default(),
                    file,
                })
                .collect())
        })
        .await
    }

    /// Drops the track's overrides that its file's tags now equal (one changed since it
    /// was read stays); answers how many went.
    pub async fn drop_equal_overrides(
        &self,
        chosen: &Chosen,
        written: &Written,
    ) -> Result<usize, WriteBackError> {
        let equal: Vec<OverrideRow> = chosen
            .overrides
            .iter()
            .filter(|row| equals_file(&written.tags, row))
            .cloned()
            .collect();
        if equal.is_empty() {
            return Ok(0);
        }
        crate::app::write(&self.db, move |conn| {
            let mut dropped = 0;
            for row in &equal {
                dropped += store::override_delete_if(
                    conn,
                    &row.track_id,
                    &row.field,
                    row.value.as_deref(),
                )?;
            }
            Ok::<_, WriteBackError>(dropped)
        })
        .await
    }

    /// Reads these files into the catalogue again, as `music-hub scan` would, under the
    /// scan lock this command holds: their new size and time are recorded, and what the
    /// dropped overrides leave is applied. `false` when the catalogue's library folders
    /// cannot be named the same way here (the hub's next scan reads the files then).
    pub fn refresh_catalogue(
        &self,
        lock: &ScanLock,
        paths: Vec<ChangedPath>,
    ) -> Result<bool, String> {
        let pool = self.db.pool_for_writes().map_err(|e| e.to_string())?;
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        let known = ledger::library_root_list(&mut conn).map_err(|e| e.to_string())?;
        drop(conn);
        let libraries: Vec<PathBuf> = known.iter().map(|r| PathBuf::from(&r.path)).collect();
        // Root ids are derived from the set of folders: only the catalogue's own set gives
        // the catalogue's ids, and another id would record a folder twice.
        let (roots, unavailable) = crate::library::roots::resolve(&libraries);
        let same = roots.len() + unavailable.len() == known.len()
            && known.iter().all(|k| {
                roots
                    .iter()
                    .any(|r| r.id == k.id && r.path == Path::new(&k.path))
                    || unavailable.iter().any(|u| u.id == k.id)
            });
        if !same {
            return Ok(false);
        }
        let setup = ScanSetup::new(libraries, self.data_dir.clone(), self.clock.clone())
            .map_err(|e| e.to_string())?;
        let request = setup
            .request(Trigger::Cli, true)
            .covering(Scope::Paths(paths));
        let outcome = setup.prepare(pool, request).run(lock);
        match outcome.phase {
            Phase::Failed => Err(outcome.message.unwrap_or_else(|| "the scan failed".into())),
            _ => Ok(true),
        }
    }
}

/// Whether the override names a value the file's tags already have for its field.
fn equals_file(tags: &TagValues, row: &OverrideRow) -> bool {
    let Some(field) = Field::from_stored(&row.field) else {
        return false;
    };
    let value = match &row.value {
        Some(text) => match serde_json::from_str::<Value>(text) {
            Ok(value) => value,
            Err(_) => return false,
        },
        None => Value::Null,
    };
    let mut applied = tags.clone();
    fields::apply(&mut applied, field, &value);
    fields::file_value(&applied, field) == fields::file_value(tags, field)
}

/// The fields whose effective value differs from the file's, in field order.
fn differences(file: &Values, effective: &Values) -> Vec<FieldChange> {
    use strum::IntoEnumIterator;
    Field::iter()
        .filter(|field| file.get(field) != effective.get(field))
        .map(|field| FieldChange {
            field,
            file: file.get(&field).cloned(),
            effective: effective.get(&field).cloned(),
        })
        .collect()
}

/// Why the chosen track's file cannot be replaced safely, asked before any file is written:
/// a link, a read-only file, or a folder that cannot take the copy. `None` when it can be
/// (or when its path cannot be read: `plan` says why).
pub fn refusal(chosen: &Chosen) -> Option<FileError> {
    let path = chosen.path()?;
    let meta = std::fs::symlink_metadata(&path).ok()?;
    replaceable(&path, &meta).err()
}

/// `Ok` when the file at `path`, whose own (not followed) metadata is `meta`, can be
/// replaced by a rename without losing a link or failing half-way.
fn replaceable(path: &Path, meta: &std::fs::Metadata) -> Result<(), FileError> {
    use std::os::unix::fs::MetadataExt;
    if meta.file_type().is_symlink() {
        return Err(FileError::Symlink);
    }
    if meta.nlink() > 1 {
        return Err(FileError::HardLinked {
            links: meta.nlink(),
        });
    }
    if meta.permissions().readonly() {
        return Err(FileError::ReadOnly);
    }
    let folder = path.parent().unwrap_or(Path::new("."));
    // `access(2)` answers for the mount as well as the mode, and creates nothing.
    let why = match rustix::fs::access(folder, rustix::fs::Access::WRITE_OK) {
        Err(rustix::io::Errno::ROFS) => Some("is on a read-only file system"),
        Err(rustix::io::Errno::ACCESS | rustix::io::Errno::PERM) => {
            Some("may not be written by this user")
        }
        _ => None,
    };
    match why {
        Some(why) => Err(FileError::FolderNotWritable {
            folder: folder.to_owned(),
            why,
        }),
        None => Ok(()),
    }
}

/// The file's tags with the overrides applied: what writing would change.
pub fn plan(chosen: &Chosen) -> Result<Vec<FieldChange>, FileError> {
    let path = chosen
        .path()
        .ok_or_else(|| FileError::Unreadable("its path is not inside its library folder".into()))?;
    let facts = tags::read_file(&path).map_err(|e| FileError::Unreadable(e.message))?;
    Ok(effective_changes(&facts.tags, chosen).1)
}

fn effective_changes(tags: &TagValues, chosen: &Chosen) -> (Values, Vec<FieldChange>) {
    let mut effective = tags.clone();
    fields::apply_overrides(&mut effective, &chosen.stored_overrides());
    let effective = file_values(&effective);
    let changes = differences(&file_values(tags), &effective);
    (effective, changes)
}

/// Writes the effective values into the chosen track's file, safely (see the module's
/// notes). Blocking work: file copies, tag parsing, fsync.
pub fn write(chosen: &Chosen, backups: &mut Backups) -> Result<Written, FileError> {
    let _span = info_span!("tags_write_file", track = %chosen.file.track_id).entered();
    let path = chosen
        .path()
        .ok_or_else(|| FileError::Unreadable("its path is not inside its library folder".into()))?;
    // Not followed: a link must be seen as one, to be refused below.
    let before = std::fs::symlink_metadata(&path)?;
    let folder = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    // Hidden (a dot first), so that neither the walk nor the watcher takes it for a track
    // if this process dies before removing it.
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(&format!(".music-hub-tags{extension}"))
        .tempfile_in(folder)?;
    std::io::copy(&mut std::fs::File::open(&path)?, temp.as_file_mut())?;
    let read = tags::read_file(temp.path()).map_err(|e| FileError::Unreadable(e.message))?;
    let (meant, changes) = effective_changes(&read.tags, chosen);
    if changes.is_empty() {
        return Ok(Written {
            changes,
            tags: read.tags,
            backup: None,
        });
    }
    // Asked again here, as the run's pre-check did: the file may have changed since.
    replaceable(&path, &before)?;
    let values: Vec<(Field, Option<Value>)> = changes
        .iter()
        .map(|c| (c.field, c.effective.clone()))
        .collect();
    tag_write::write_fields(temp.path(), &values)?;
    temp.as_file().sync_all()?;

    let back = tags::read_file(temp.path()).map_err(|e| FileError::Unreadable(e.message))?;
    let got = file_values(&back.tags);
    if let Some(change) = differences(&got, &meant).into_iter().next() {
        let show = |v: Option<Value>| v.map_or_else(|| "nothing".to_owned(), |v| v.to_string());
        return Err(FileError::Mismatch {
            field: change.field.api(),
            got: show(change.file),
            meant: show(change.effective),
        });
    }
    if (
        back.format,
        back.codec,
        back.duration_ms,
        back.sample_rate_hz,
        back.channels,
    ) != (
        read.format,
        read.codec,
        read.duration_ms,
        read.sample_rate_hz,
        read.channels,
    ) {
        return Err(FileError::AudioChanged);
    }
    std::fs::set_permissions(temp.path(), before.permissions())?;

    let unchanged = |now: &std::fs::Metadata| {
        now.len() == before.len() && now.modified().ok() == before.modified().ok()
    };
    if !unchanged(&std::fs::symlink_metadata(&path)?) {
        return Err(FileError::ChangedMeanwhile);
    }
    let backup = backups
        .run()?
        .keep(&path, &chosen.file.root_id, &chosen.file.rel_path)?;
    temp.persist(&path).map_err(|e| FileError::Io(e.error))?;
    // The rename itself is on disk once the folder is.
    #[cfg(unix)]
    std::fs::File::open(folder)?.sync_all()?;
    Ok(Written {
        changes,
        tags: back.tags,
        backup: Some(backup),
    })
}

/// The path a scan takes for this track's file.
pub fn changed_path(chosen: &Chosen) -> ChangedPath {
    ChangedPath {
        root_id: chosen.file.root_id.clone(),
        rel: chosen.file.rel_path.clone(),
    }
}
