//! One scan, start to end: count the files, read what changed and commit it in batches,
//! prune what is gone, then bring albums, artists and genres in step.
//!
//! The scan runs on its own thread (it is blocking work: file-system calls, tag parsing,
//! SQLite). Reading and writing overlap: a reader thread reads the next batch in parallel
//! on the scanner's thread pool while this thread commits the previous one, because on a
//! small machine neither the disk nor SQLite alone should set the pace.
//!
//! Every batch is one transaction, so a cancelled or crashed scan leaves whole files in the
//! catalogue, never half a file, and a later scan picks up from there.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::mpsc;
use std::time::UNIX_EPOCH;

use diesel::{Connection, SqliteConnection};
use rayon::prelude::*;
use serde_json::{Map, Value};
use tracing::{info, warn};

use super::entry::{self, FilePlace};
use super::ids;
use super::progress::{Phase, Progress};
use super::roots::{Root, UnavailableRoot};
use super::tags::{self, FileFacts, ReadError};
use super::walk::{self, FoundFile, Target, Walked};
use crate::clock::SharedClock;
use crate::db::models::{
    AlbumAggregates, AlbumArtwork, LibraryRoot, MediaFileState, NewMediaFile, ScanErrorRow,
    ScanRun, ScanRunUpdate, TrackContent,
};
use crate::db::{catalog_write as catalog, ledger, scan_runs, DbPool, MAX_IN_LIST};
use crate::events::{EventBus, EventKind};

/// Files committed per transaction: large enough that commits (an fsync and a WAL write
/// each) do not set the pace (500 scanned 20k files about 10% slower), small enough that
/// a cancel takes effect within a second.
const BATCH: usize = 2000;

/// What a scan covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every root; roots no longer configured are dropped from the catalogue.
    Everything,
    /// Some folders or files inside the roots (the watcher's changes).
    Paths(Vec<Target>),
}

/// What started a scan, as `scan_runs.triggered_by` spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    Startup,
    Api,
    Watcher,
    Rebuild,
    Cli,
}

impl Trigger {
    const ALL: [Trigger; 5] = [
        Trigger::Startup,
        Trigger::Api,
        Trigger::Watcher,
        Trigger::Rebuild,
        Trigger::Cli,
    ];

    pub fn parse(text: &str) -> Option<Trigger> {
        Trigger::ALL.into_iter().find(|t| t.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Trigger::Startup => "startup",
            Trigger::Api => "api",
            Trigger::Watcher => "watcher",
            Trigger::Rebuild => "rebuild",
            Trigger::Cli => "cli",
        }
    }
}

pub struct ScanJob<'a> {
    pub run_id: String,
    pub trigger: Trigger,
    pub full: bool,
    pub scope: Scope,
    pub roots: &'a [Root],
    pub unavailable: &'a [UnavailableRoot],
    pub pool: &'a DbPool,
    pub threads: &'a rayon::ThreadPool,
    pub progress: &'a Progress,
    pub clock: SharedClock,
    /// Where changes are announced (`GET /api/library/events`); none for the CLI.
    pub events: Option<&'a EventBus>,
}

/// How a scan ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub phase: Phase,
    pub message: Option<String>,
}

#[derive(Debug, thiserror::Error)]
enum JobError {
    #[error("database: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("database connection: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("the scan's reader thread stopped")]
    Reader,
}

/// Runs the scan to its end and records how it ended; never panics on input. The
/// progress stays in its last working phase: the caller sets the final one once it has
/// let go of the scan, so that nobody sees a finished scan that still blocks the next.
pub fn run(job: &ScanJob<'_>) -> Outcome {
    let span = tracing::info_span!("scan", id = %job.run_id, trigger = job.trigger.as_str());
    let _entered = span.enter();
    let result = job.pool.get().map_err(JobError::from).and_then(|mut conn| {
        start_run(job, &mut conn)?;
        let result = execute(job, &mut conn);
        let outcome = match &result {
            Ok(()) if job.progress.is_cancelled() => Outcome {
                phase: Phase::Cancelled,
                message: None,
            },
            Ok(()) => Outcome {
                phase: Phase::Completed,
                message: None,
            },
            Err(err) => Outcome {
                phase: Phase::Failed,
                message: Some(err.to_string()),
            },
        };
        finish_run(job, &mut conn, &outcome)?;
        Ok(outcome)
    });
    let outcome = result.unwrap_or_else(|err| Outcome {
        phase: Phase::Failed,
        message: Some(err.to_string()),
    });
    let s = job.progress.snapshot();
    info!(
        outcome = ?outcome.phase,
        files = s.processed,
        unchanged = s.unchanged,
        added = s.added,
        updated = s.updated,
        removed = s.removed,
        errors = s.errors,
        seconds = s.elapsed.as_secs_f64(),
        "scan ended"
    );
    if let Some(message) = &outcome.message {
        warn!(%message, "scan failed");
    }
    outcome
}

fn now_ms(job: &ScanJob<'_>) -> i64 {
    job.clock.now().timestamp_millis()
}

fn start_run(job: &ScanJob<'_>, conn: &mut SqliteConnection) -> Result<(), JobError> {
    let now = now_ms(job);
    conn.transaction(|conn| {
        // Only one scan runs at a time (the scanner holds that in memory), so a row still
        // marked running is from a hub that stopped mid-scan.
        scan_runs::scan_run_mark_interrupted(conn, now)?;
        scan_runs::scan_run_create(
            conn,
            &ScanRun {
                id: job.run_id.clone(),
                triggered_by: job.trigger.as_str().to_owned(),
                is_full: job.full,
                status: "running".into(),
                started_at: now,
                finished_at: None,
                files_total: None,
                files_seen: 0,
                files_processed: 0,
                files_unchanged: 0,
                tracks_added: 0,
                tracks_updated: 0,
                tracks_removed: 0,
                error_count: 0,
                error_message: None,
            },
        )
    })?;
    let mut payload = Map::new();
    payload.insert("scanId".into(), job.run_id.clone().into());
    publish(job, EventKind::ScanStarted, payload);
    Ok(())
}

fn counters(job: &ScanJob<'_>, status: &str, finished_at: Option<i64>) -> ScanRunUpdate {
    let s = job.progress.snapshot();
    let small = |n: u64| i32::try_from(n).unwrap_or(i32::MAX);
    ScanRunUpdate {
        status: status.to_owned(),
        finished_at,
        files_total: s.total.map(small),
        files_seen: small(s.seen),
        files_processed: small(s.processed),
        files_unchanged: small(s.unchanged),
        tracks_added: small(s.added),
        tracks_updated: small(s.updated),
        tracks_removed: small(s.removed),
        error_count: small(s.errors),
        error_message: None,
    }
}

fn save_counters(job: &ScanJob<'_>, conn: &mut SqliteConnection) -> Result<(), JobError> {
    scan_runs::scan_run_update(conn, &job.run_id, &counters(job, "running", None))?;
    Ok(())
}

fn finish_run(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    outcome: &Outcome,
) -> Result<(), JobError> {
    let status = match outcome.phase {
        Phase::Completed => "completed",
        Phase::Cancelled => "cancelled",
        _ => "failed",
    };
    let mut update = counters(job, status, Some(now_ms(job)));
    update.error_message = outcome.message.clone();
    // `scanCompleted` is the scanner's to announce, once the next scan may start.
    scan_runs::scan_run_update(conn, &job.run_id, &update)?;
    Ok(())
}

fn publish(job: &ScanJob<'_>, kind: EventKind, payload: Map<String, Value>) {
    if let Some(events) = job.events {
        events.publish(kind, payload);
    }
}

/// Announces changed ids, a few hundred per event (the contract's "batched per commit").
fn publish_ids(job: &ScanJob<'_>, kind: EventKind, ids: impl IntoIterator<Item = String>) {
    let ids: Vec<Value> = ids.into_iter().map(Value::from).collect();
    for chunk in ids.chunks(BATCH) {
        let mut payload = Map::new();
        payload.insert("ids".into(), Value::Array(chunk.to_vec()));
        publish(job, kind, payload);
    }
}

fn execute(job: &ScanJob<'_>, conn: &mut SqliteConnection) -> Result<(), JobError> {
    record_roots(job, conn)?;

    // Counting: the whole walk first, so progress has an honest total.
    let targets = match &job.scope {
        Scope::Everything => (0..job.roots.len())
            .map(|root| Target {
                root,
                rel: String::new(),
            })
            .collect(),
        Scope::Paths(targets) => targets.clone(),
    };
    let walked = walk::walk(job.roots, &targets, job.threads, &job.progress.seen);
    job.progress.set_total(walked.files.len() as u64);
    record_walk_problems(job, conn, &walked)?;
    save_counters(job, conn)?;

    let mut changes = Changes::default();
    job.progress.set_phase(Phase::Scanning);
    let known = known_files(job, conn, &targets)?;
    scan_files(job, conn, &walked.files, &known, &mut changes)?;

    if !job.progress.is_cancelled() {
        job.progress.set_phase(Phase::Pruning);
        prune(job, conn, &walked, &known, &mut changes)?;
        if job.scope == Scope::Everything {
            drop_unconfigured_roots(job, conn, &mut changes)?;
        }
    }

    // Finalizing runs after a cancel too: what was committed must be whole (albums with
    // their aggregates and covers, no orphaned artists).
    job.progress.set_phase(Phase::Finalizing);
    finalize(job, conn, &walked, &mut changes)?;
    let now = now_ms(job);
    if !job.progress.is_cancelled() {
        for root in job.roots {
            ledger::library_root_set_scanned(conn, &root.id, now)?;
        }
    }
    Ok(())
}

/// Records the configured roots; a known root that cannot be read now is marked missing,
/// and its files are left alone (an unplugged disk is not an empty library).
fn record_roots(job: &ScanJob<'_>, conn: &mut SqliteConnection) -> Result<(), JobError> {
    let now = now_ms(job);
    conn.transaction(|conn| {
        for root in job.roots {
            ledger::library_root_upsert(
                conn,
                &LibraryRoot {
                    id: root.id.clone(),
                    path: root.path.to_string_lossy().into_owned(),
                    name: root.name.clone(),
                    added_at: now,
                    last_scan_at: None,
                    missing_since: None,
                },
            )?;
        }
        for gone in job.unavailable {
            warn!(path = %gone.path.display(), reason = %gone.reason, "a library folder cannot be read");
            // A no-op for a folder the catalogue never had.
            ledger::library_root_mark_missing(conn, &gone.id, now)?;
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

fn record_walk_problems(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    walked: &Walked,
) -> Result<(), JobError> {
    if walked.problems.is_empty() {
        return Ok(());
    }
    let now = now_ms(job);
    conn.transaction(|conn| {
        for problem in &walked.problems {
            let Some(root) = job.roots.get(problem.root) else {
                continue;
            };
            warn!(root = %root.id, path = %problem.rel_path, message = %problem.message, "scan: cannot read");
            scan_runs::scan_error_insert(
                conn,
                &ScanErrorRow {
                    scan_run_id: job.run_id.clone(),
                    root_id: root.id.clone(),
                    rel_path: problem.rel_path.clone(),
                    error_kind: problem.code.to_owned(),
                    message: problem.message.clone(),
                    occurred_at: now,
                },
            )?;
            Progress::add(&job.progress.errors, 1);
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

/// The catalogue's ledger under the targets, by (root index, relative path).
/// (Nested by root so that a file is looked up by `&str`, without a key built per file.)
type Known = HashMap<usize, HashMap<String, MediaFileState>>;

fn known_files(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    targets: &[Target],
) -> Result<Known, JobError> {
    let mut known = Known::new();
    for target in targets {
        let Some(root) = job.roots.get(target.root) else {
            continue;
        };
        let under = (!target.rel.is_empty()).then_some(target.rel.as_str());
        let files = known.entry(target.root).or_default();
        for state in ledger::media_file_states(conn, &root.id, under)? {
            files.insert(state.rel_path.clone(), state);
        }
    }
    Ok(known)
}

/// What the scan changed, for events and for the finalizing step.
#[derive(Default)]
struct Changes {
    /// Albums whose tracks changed: their aggregates and cover are recomputed.
    albums: BTreeSet<String>,
    /// Artists that may have lost their last track or album.
    artists: BTreeSet<String>,
    added_albums: Vec<String>,
    added_artists: Vec<String>,
    /// Files the walk found that were gone when read: pruned like the rest.
    vanished: HashSet<(usize, String)>,
    /// Ids of the albums, artists and genres this scan has written (ids are prefixed by
    /// kind, so one set serves all three).
    written: HashSet<String>,
}

/// One file after the reading step.
enum FileRead {
    /// Size and modification time as before: not read.
    Unchanged,
    Read {
        size: i64,
        mtime_ms: i64,
        facts: Box<FileFacts>,
    },
    Failed {
        size: i64,
        mtime_ms: i64,
        error: ReadError,
    },
    /// Gone between the walk and the read; pruning removes it.
    Vanished,
    /// Not looked at: the scan is being cancelled.
    Skipped,
}

fn scan_files(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    files: &[FoundFile],
    known: &Known,
    changes: &mut Changes,
) -> Result<(), JobError> {
    let (sender, receiver) = mpsc::sync_channel::<Vec<(&FoundFile, FileRead)>>(2);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            for batch in files.chunks(BATCH) {
                if job.progress.is_cancelled() {
                    break;
                }
                let reads = job.threads.install(|| {
                    batch
                        .par_iter()
                        .map(|file| (file, read(job, file, known)))
                        .collect::<Vec<_>>()
                });
                if sender.send(reads).is_err() {
                    break;
                }
            }
        });
        let mut result = Ok(());
        for reads in receiver {
            if job.progress.is_cancelled() {
                break;
            }
            result =
                commit_batch(job, conn, reads, changes).and_then(|()| save_counters(job, conn));
            if result.is_err() {
                break;
            }
        }
        // Dropping the receiver (by leaving the loop) stops the reader at its next send.
        reader.join().map_err(|_| JobError::Reader)?;
        result
    })
}

fn read(job: &ScanJob<'_>, file: &FoundFile, known: &Known) -> FileRead {
    let Some(root) = job.roots.get(file.root) else {
        return FileRead::Vanished;
    };
    if job.progress.is_cancelled() {
        return FileRead::Skipped;
    }
    let path = root.path.join(&file.rel_path);
    let meta = match std::fs::metadata(&path) {
        Ok(meta) => meta,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return FileRead::Vanished,
        Err(err) => {
            return FileRead::Failed {
                size: 0,
                mtime_ms: 0,
                error: ReadError::io(&err),
            }
        }
    };
    let size = i64::try_from(meta.len()).unwrap_or(i64::MAX);
    let mtime_ms = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .and_then(|d| i64::try_from(d.as_millis()).ok())
        .unwrap_or(0);
    let previous = known
        .get(&file.root)
        .and_then(|files| files.get(file.rel_path.as_str()));
    // A file that failed last time is read again: permissions or a half-written copy are
    // often fixed without touching the size or the modification time.
    let same = |p: &MediaFileState| {
        p.size_bytes == size && p.mtime_ms == mtime_ms && p.scan_error.is_none()
    };
    if !job.full && previous.is_some_and(same) {
        Progress::add(&job.progress.processed, 1);
        Progress::add(&job.progress.unchanged, 1);
        return FileRead::Unchanged;
    }
    job.progress
        .set_current_path(&format!("{}/{}", root.id, file.rel_path));
    let read = match tags::read_file(&path) {
        Ok(facts) => FileRead::Read {
            size,
            mtime_ms,
            facts: Box::new(facts),
        },
        Err(error) => FileRead::Failed {
            size,
            mtime_ms,
            error,
        },
    };
    Progress::add(&job.progress.processed, 1);
    read
}

/// Commits one batch of read files in one transaction.
fn commit_batch(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    reads: Vec<(&FoundFile, FileRead)>,
    changes: &mut Changes,
) -> Result<(), JobError> {
    let now = now_ms(job);
    let mut added = Vec::new();
    let mut updated = Vec::new();
    let mut errors = 0u64;
    conn.transaction(|conn| {
        let track_ids: Vec<String> = reads
            .iter()
            .filter(|(_, r)| matches!(r, FileRead::Read { .. }))
            .filter_map(|(f, _)| {
                job.roots
                    .get(f.root)
                    .map(|r| ids::track_id(&r.id, &f.rel_path))
            })
            .collect();
        let mut overrides: HashMap<String, Vec<(String, Option<String>)>> = HashMap::new();
        for (track, field, value) in catalog::metadata_override_list(conn, &track_ids)? {
            overrides.entry(track).or_default().push((field, value));
        }
        let snapshots: HashMap<String, _> = catalog::track_snapshots(conn, &track_ids)?
            .into_iter()
            .map(|s| (s.id.clone(), s.content))
            .collect();
        let mut artist_links: HashMap<String, Vec<_>> = HashMap::new();
        for link in catalog::track_artist_links(conn, &track_ids)? {
            artist_links
                .entry(link.track_id.clone())
                .or_default()
                .push(link);
        }
        let mut genre_links: HashMap<String, Vec<_>> = HashMap::new();
        for link in catalog::track_genre_links(conn, &track_ids)? {
            genre_links
                .entry(link.track_id.clone())
                .or_default()
                .push(link);
        }

        for (file, read) in &reads {
            let Some(root) = job.roots.get(file.root) else {
                continue;
            };
            let place = FilePlace {
                root_id: &root.id,
                root_name: &root.name,
                rel_path: &file.rel_path,
            };
            let track_id = ids::track_id(&root.id, &file.rel_path);
            match read {
                FileRead::Unchanged | FileRead::Skipped => {}
                FileRead::Vanished => {
                    changes.vanished.insert((file.root, file.rel_path.clone()));
                }
                FileRead::Read {
                    size,
                    mtime_ms,
                    facts,
                } => {
                    let mut tags = facts.tags.clone();
                    if let Some(list) = overrides.get(&track_id) {
                        entry::apply_overrides(&mut tags, list);
                    }
                    let entry = entry::derive(&place, facts, &tags, now);
                    catalog_media_file(conn, &place, *size, *mtime_ms, Some(facts), None, now)?;
                    // Albums, artists and genres are shared by many files: each is written
                    // once per scan, not once per file.
                    for genre in &entry.genres {
                        if changes.written.insert(genre.id.clone()) {
                            catalog::genre_insert_missing(conn, genre)?;
                        }
                    }
                    for artist in &entry.artists {
                        if !changes.written.insert(artist.id.clone()) {
                            continue;
                        }
                        if catalog::artist_insert_missing(conn, artist)? {
                            changes.added_artists.push(artist.id.clone());
                        } else if let Some(mbid) = &artist.musicbrainz_artist_id {
                            catalog::artist_fill_musicbrainz(conn, &artist.id, mbid, now)?;
                        }
                    }
                    if !changes.written.insert(entry.album.id.clone()) {
                        // Written already in this scan.
                    } else if catalog::album_insert_missing(conn, &entry.album)? {
                        changes.added_albums.push(entry.album.id.clone());
                    } else {
                        catalog::album_fill_musicbrainz(
                            conn,
                            &entry.album.id,
                            entry.album.musicbrainz_album_id.as_deref(),
                            entry.album.musicbrainz_release_group_id.as_deref(),
                            now,
                        )?;
                    }
                    let old = snapshots.get(&track_id);
                    let same_links = same_set(artist_links.get(&track_id), &entry.artist_links)
                        && same_set(genre_links.get(&track_id), &entry.genre_links);
                    match old {
                        Some(content)
                            if same_content(content, &entry.track.content) && same_links => {}
                        _ => {
                            if let Some(content) = old {
                                changes.albums.insert(content.album_id.clone());
                                updated.push(track_id.clone());
                            } else {
                                added.push(track_id.clone());
                            }
                            changes.albums.insert(entry.album.id.clone());
                            for link in artist_links.get(&track_id).into_iter().flatten() {
                                changes.artists.insert(link.artist_id.clone());
                            }
                            catalog::track_upsert(conn, &entry.track)?;
                            catalog::track_links_replace(
                                conn,
                                &track_id,
                                &entry.artist_links,
                                &entry.genre_links,
                                old.is_none(),
                            )?;
                        }
                    }
                }
                FileRead::Failed {
                    size,
                    mtime_ms,
                    error,
                } => {
                    errors += 1;
                    catalog_media_file(conn, &place, *size, *mtime_ms, None, Some(error), now)?;
                    scan_runs::scan_error_insert(
                        conn,
                        &ScanErrorRow {
                            scan_run_id: job.run_id.clone(),
                            root_id: root.id.clone(),
                            rel_path: file.rel_path.clone(),
                            error_kind: error.code.to_owned(),
                            message: error.message.clone(),
                            occurred_at: now,
                        },
                    )?;
                    // A track whose file cannot be read now keeps its row (play count,
                    // date added): the failure may be brief (a tagger still writing, a
                    // network share), and the error stays listed until a scan reads it.
                }
            }
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Progress::add(&job.progress.added, added.len() as u64);
    Progress::add(&job.progress.updated, updated.len() as u64);
    Progress::add(&job.progress.errors, errors);
    publish_ids(job, EventKind::TrackAdded, added);
    publish_ids(job, EventKind::TrackUpdated, updated);
    Ok(())
}

/// Whether a re-read file says what its row says. `album_sort` is left out: it is the
/// album's, kept in step by the finalizing step, not the file's.
fn same_content(stored: &TrackContent, read: &TrackContent) -> bool {
    stored.album_id == read.album_id
        && *stored
            == TrackContent {
                album_sort: stored.album_sort.clone(),
                ..read.clone()
            }
}

/// Whether the stored links are exactly these (in any order).
fn same_set<T: PartialEq>(stored: Option<&Vec<T>>, new: &[T]) -> bool {
    let stored = stored.map_or(&[][..], Vec::as_slice);
    stored.len() == new.len() && new.iter().all(|n| stored.contains(n))
}

/// Writes a file's ledger row: its audio properties when it was read, its error when not.
fn catalog_media_file(
    conn: &mut SqliteConnection,
    place: &FilePlace<'_>,
    size: i64,
    mtime_ms: i64,
    facts: Option<&FileFacts>,
    error: Option<&ReadError>,
    now: i64,
) -> diesel::QueryResult<()> {
    let extension = place
        .file_name()
        .rsplit_once('.')
        .map_or(String::new(), |(_, ext)| ext.to_ascii_lowercase());
    ledger::media_file_upsert(
        conn,
        &NewMediaFile {
            id: ids::media_file_id(place.root_id, place.rel_path),
            root_id: place.root_id.to_owned(),
            rel_path: place.rel_path.to_owned(),
            dir_path: place.dir_path().to_owned(),
            size_bytes: size,
            mtime_ms,
            extension,
            mime_type: facts.map(|f| f.mime_type.to_owned()),
            codec: facts.map(|f| f.codec.to_owned()),
            bitrate_kbps: facts.and_then(|f| f.bitrate_kbps),
            sample_rate_hz: facts.and_then(|f| f.sample_rate_hz),
            bit_depth: facts.and_then(|f| f.bit_depth),
            channels: facts.and_then(|f| f.channels),
            scan_error: error.map(|e| format!("{}: {}", e.code, e.message)),
            first_seen_at: now,
            scanned_at: now,
        },
    )
}

/// Removes what the catalogue has under the targets but the walk did not find, except
/// under folders the walk could not list (unreadable is not deleted).
fn prune(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    walked: &Walked,
    known: &Known,
    changes: &mut Changes,
) -> Result<(), JobError> {
    let mut found: HashSet<(usize, &str)> = walked
        .files
        .iter()
        .map(|f| (f.root, f.rel_path.as_str()))
        .collect();
    for (root, rel) in &changes.vanished {
        found.remove(&(*root, rel.as_str()));
    }
    let unlisted: Vec<(usize, &str)> = walked
        .problems
        .iter()
        .filter(|p| p.unlisted_folder)
        .map(|p| (p.root, p.rel_path.as_str()))
        .collect();
    let inside = |dir: &str, path: &str| {
        dir.is_empty() || path == dir || path.strip_prefix(dir).is_some_and(|r| r.starts_with('/'))
    };
    // `known` holds only what lies under the scan's targets.
    let gone: Vec<String> = known
        .iter()
        .flat_map(|(root, files)| files.iter().map(move |(rel, state)| (*root, rel, state)))
        .filter(|(root, rel, _)| {
            !found.contains(&(*root, rel.as_str()))
                && !unlisted
                    .iter()
                    .any(|(r, dir)| r == root && inside(dir, rel))
        })
        .map(|(_, _, state)| state.id.clone())
        .collect();
    remove_media_files(job, conn, &gone, changes)
}

/// Deletes files from the ledger (their tracks cascade), batch by batch.
fn remove_media_files(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    media_file_ids: &[String],
    changes: &mut Changes,
) -> Result<(), JobError> {
    for batch in media_file_ids.chunks(MAX_IN_LIST) {
        let removed = conn.transaction(|conn| {
            let tracks = catalog::track_albums_for_files(conn, batch)?;
            let track_ids: Vec<String> = tracks.iter().map(|(t, _)| t.clone()).collect();
            changes
                .artists
                .extend(catalog::artist_ids_for_tracks(conn, &track_ids)?);
            changes.albums.extend(tracks.into_iter().map(|(_, a)| a));
            for id in batch {
                ledger::media_file_delete(conn, id)?;
            }
            Ok::<_, diesel::result::Error>(track_ids)
        })?;
        Progress::add(&job.progress.removed, removed.len() as u64);
        publish_ids(job, EventKind::TrackRemoved, removed);
    }
    Ok(())
}

/// Roots in the catalogue that are no longer configured, nor merely unavailable: their
/// files go (playlists and saved items keep the ids, and re-attach if the folder returns).
fn drop_unconfigured_roots(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    changes: &mut Changes,
) -> Result<(), JobError> {
    // While any configured folder cannot be read, nothing is dropped: a renamed mount
    // point or a symbolic link to an unplugged disk must not look like a removed library.
    if !job.unavailable.is_empty() {
        return Ok(());
    }
    let missing: Vec<_> = ledger::library_root_list(conn)?
        .into_iter()
        .filter(|stored| !job.roots.iter().any(|r| r.id == stored.id))
        .collect();
    for stored in missing {
        info!(root = %stored.id, path = %stored.path, "library folder no longer configured: removing its tracks");
        let files: Vec<String> = ledger::media_file_states(conn, &stored.id, None)?
            .into_iter()
            .map(|s| s.id)
            .collect();
        remove_media_files(job, conn, &files, changes)?;
        ledger::library_root_delete(conn, &stored.id)?;
    }
    Ok(())
}

/// Brings the albums the scan touched in step with their tracks (aggregates, sort keys,
/// covers), and removes albums, artists and genres nothing refers to any more.
fn finalize(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    walked: &Walked,
    changes: &mut Changes,
) -> Result<(), JobError> {
    let now = now_ms(job);
    // A full scan of everything refreshes every album, so that covers added or removed
    // beside unchanged files (and albums a failed scan left unfinished) are picked up.
    let albums: Vec<String> = if job.full && job.scope == Scope::Everything {
        catalog::album_artwork_list(conn, None)?
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    } else {
        changes.albums.iter().cloned().collect()
    };
    let mut updated_albums = Vec::new();
    let mut removed_albums = Vec::new();
    let mut removed_artists = Vec::new();
    for batch in albums.chunks(MAX_IN_LIST) {
        conn.transaction(|conn| {
            removed_albums.extend(catalog::album_delete_empty(conn, batch)?);
            updated_albums.extend(refresh_albums(job, conn, batch, walked, now)?);
            Ok::<_, diesel::result::Error>(())
        })?;
    }
    conn.transaction(|conn| {
        if job.scope == Scope::Everything && !job.progress.is_cancelled() {
            // A full sweep also catches leftovers of an earlier interrupted scan.
            removed_albums.extend(catalog::album_delete_all_empty(conn)?);
            removed_artists.extend(catalog::artist_delete_all_orphaned(conn)?);
        } else {
            let artists: Vec<String> = changes.artists.iter().cloned().collect();
            for batch in artists.chunks(MAX_IN_LIST) {
                removed_artists.extend(catalog::artist_delete_orphaned(conn, batch)?);
            }
        }
        catalog::genre_delete_unused(conn)?;
        Ok::<_, diesel::result::Error>(())
    })?;
    let added_albums: HashSet<&String> = changes.added_albums.iter().collect();
    let removed_set: HashSet<&String> = removed_albums.iter().collect();
    publish_ids(
        job,
        EventKind::AlbumAdded,
        changes
            .added_albums
            .iter()
            .filter(|a| !removed_set.contains(a))
            .cloned(),
    );
    publish_ids(
        job,
        EventKind::AlbumUpdated,
        updated_albums
            .into_iter()
            .filter(|a| !added_albums.contains(a) && !removed_set.contains(a)),
    );
    publish_ids(job, EventKind::AlbumRemoved, removed_albums);
    let removed_artist_set: HashSet<&String> = removed_artists.iter().collect();
    publish_ids(
        job,
        EventKind::ArtistAdded,
        changes
            .added_artists
            .iter()
            .filter(|a| !removed_artist_set.contains(a))
            .cloned(),
    );
    publish_ids(job, EventKind::ArtistRemoved, removed_artists);
    Ok(())
}

/// Recomputes aggregates and covers of these albums; returns those that changed.
fn refresh_albums(
    job: &ScanJob<'_>,
    conn: &mut SqliteConnection,
    album_ids: &[String],
    walked: &Walked,
    now: i64,
) -> diesel::QueryResult<Vec<String>> {
    let mut changed = BTreeSet::new();
    let mut facts: HashMap<String, Vec<TrackFacts>> = HashMap::new();
    for (album, disc, disc_total, year, date, compilation) in
        catalog::album_track_facts(conn, album_ids)?
    {
        facts.entry(album).or_default().push(TrackFacts {
            disc,
            disc_total,
            year,
            date,
            compilation,
        });
    }
    for (id, sort_title, stored) in catalog::album_aggregates(conn, album_ids)? {
        let Some(tracks) = facts.get(&id) else {
            continue;
        };
        let aggregates = aggregate(tracks);
        if aggregates != stored {
            catalog::album_set_aggregates(conn, &id, &aggregates, now)?;
            changed.insert(id.clone());
        }
        catalog::track_sync_album_sort(conn, &id, &sort_title)?;
    }

    let mut inputs: HashMap<String, Vec<ArtworkInput>> = HashMap::new();
    for (album, track_id, root_id, dir, embedded, disc, number, rel_path) in
        catalog::album_artwork_inputs(conn, Some(album_ids))?
    {
        inputs.entry(album).or_default().push(ArtworkInput {
            disc,
            number,
            rel_path,
            track_id,
            root_id,
            dir,
            embedded,
        });
    }
    for (id, stored) in catalog::album_artwork_list(conn, Some(album_ids))? {
        let Some(tracks) = inputs.get_mut(&id) else {
            continue;
        };
        tracks.sort();
        let artwork = choose_artwork(job, walked, tracks);
        if artwork != stored {
            catalog::album_set_artwork(conn, &id, &artwork, now)?;
            changed.insert(id);
        }
    }
    Ok(changed.into_iter().collect())
}

/// What an album's aggregates are computed from, per track.
struct TrackFacts {
    disc: Option<i32>,
    disc_total: Option<i32>,
    year: Option<i32>,
    date: Option<String>,
    compilation: bool,
}

/// An album's year is the one most of its tracks give (the earliest on a tie), its
/// release date the most precise date of that year; a single compilation track makes
/// the album a compilation; discs are counted from numbers and totals.
fn aggregate(tracks: &[TrackFacts]) -> AlbumAggregates {
    let mut years: HashMap<i32, usize> = HashMap::new();
    for year in tracks.iter().filter_map(|t| t.year) {
        *years.entry(year).or_default() += 1;
    }
    let year = years
        .iter()
        .max_by(|(ya, ca), (yb, cb)| ca.cmp(cb).then(yb.cmp(ya)))
        .map(|(year, _)| *year);
    let release_date = tracks
        .iter()
        .filter(|t| t.year == year && year.is_some())
        .filter_map(|t| t.date.clone())
        .max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)));
    let disc_count = tracks
        .iter()
        .map(|t| t.disc.unwrap_or(1).max(t.disc_total.unwrap_or(1)))
        .max()
        .unwrap_or(1)
        .max(1);
    AlbumAggregates {
        year,
        release_date,
        is_compilation: tracks.iter().any(|t| t.compilation),
        disc_count,
    }
}

/// What choosing an album's cover needs, per track; sorts in disc and track order.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct ArtworkInput {
    disc: Option<i32>,
    number: Option<i32>,
    rel_path: String,
    track_id: String,
    root_id: String,
    dir: String,
    embedded: bool,
}

/// A folder image (cover.jpg, folder.jpg, ...) beside the album's tracks, or beside their
/// disc folders; else the first embedded picture; else none. Folder images first: they
/// are usually larger, and cost nothing to serve.
fn choose_artwork(job: &ScanJob<'_>, walked: &Walked, tracks: &[ArtworkInput]) -> AlbumArtwork {
    let mut dirs: Vec<(&str, String)> = Vec::new();
    for track in tracks {
        let parent = track.dir.rsplit_once('/').map_or("", |(p, _)| p).to_owned();
        for candidate in [track.dir.clone(), parent] {
            if !dirs
                .iter()
                .any(|(r, d)| *r == track.root_id && *d == candidate)
            {
                dirs.push((track.root_id.as_str(), candidate));
            }
        }
    }
    for (root_id, dir) in &dirs {
        let Some(index) = job.roots.iter().position(|r| r.id == *root_id) else {
            continue;
        };
        let own_folder = tracks
            .iter()
            .any(|t| t.root_id == *root_id && t.dir == *dir);
        if !own_folder && !dir_is_disc_parent(tracks, root_id, dir) {
            continue;
        }
        let art = match walked.folder_art.get(&(index, dir.clone())) {
            Some(art) => Some(art.clone()),
            None => walk::folder_art_on_disk(&job.roots[index].path, dir),
        };
        if let Some(rel_path) = art {
            return AlbumArtwork {
                artwork_source: "folder".into(),
                artwork_track_id: None,
                artwork_root_id: Some((*root_id).to_owned()),
                artwork_rel_path: Some(rel_path),
            };
        }
    }
    match tracks.iter().find(|t| t.embedded) {
        Some(track) => AlbumArtwork {
            artwork_source: "embedded".into(),
            artwork_track_id: Some(track.track_id.clone()),
            artwork_root_id: None,
            artwork_rel_path: None,
        },
        None => AlbumArtwork {
            artwork_source: "none".into(),
            artwork_track_id: None,
            artwork_root_id: None,
            artwork_rel_path: None,
        },
    }
}

/// Whether `dir` is the parent of one of the album's disc folders ("Album" for
/// "Album/CD1"): only then is its image the album's cover, not a neighbour's.
fn dir_is_disc_parent(tracks: &[ArtworkInput], root_id: &str, dir: &str) -> bool {
    tracks.iter().any(|t| {
        let (parent, last) = t.dir.rsplit_once('/').unwrap_or(("", t.dir.as_str()));
        t.root_id == root_id && parent == dir && super::names::disc_folder_number(last).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn album_aggregates_follow_the_majority() {
        let t = |disc: Option<i32>, total: Option<i32>, year: Option<i32>, date: Option<&str>| {
            TrackFacts {
                disc,
                disc_total: total,
                year,
                date: date.map(str::to_owned),
                compilation: false,
            }
        };
        let a = aggregate(&[
            t(Some(1), Some(2), Some(2008), Some("2008-11-12")),
            t(Some(2), None, Some(2008), Some("2008")),
            t(Some(1), None, Some(2009), None),
        ]);
        assert_eq!(a.year, Some(2008));
        assert_eq!(a.release_date.as_deref(), Some("2008-11-12"));
        assert_eq!(a.disc_count, 2);
        assert!(!a.is_compilation);
        let none = aggregate(&[t(None, None, None, None)]);
        assert_eq!((none.year, none.disc_count), (None, 1));
    }
}
