//! Loudness analysis: ReplayGain 2.0 values measured from the audio (`measure`), kept per
//! track with the version of the file they were measured from (`db::loudness`), and
//! offered as the `loudness` enrichment source (`app::metadata`, through `suggestion`).
//!
//! One run goes over the library album by album, the album with the newest track first,
//! and measures the albums that were never measured or whose tracks or files changed: an
//! album's gain needs all its tracks gated together, so a changed track re-measures its
//! album. Decoding runs on one blocking thread at a time (one core). In the hub, a run
//! follows each scan (unless `--no-analyze`), waits while a scan runs, and says where it
//! stands on the library feed (`loudnessAnalysis`); `music-hub analyze` (`command`) runs
//! one from the terminal with a progress bar.

pub mod command;
pub mod measure;

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use sha2::{Digest, Sha256};
use tokio::sync::broadcast::error::RecvError;
use tracing::{info, warn, Instrument};

use crate::app::media::stream::path_in_root;
use crate::clock::SharedClock;
use crate::db::loudness::{self as store, AlbumTrack, LoudnessRow};
use crate::db::{Database, DbError};
use crate::events::{AnalysisState, Change, EventBus, LoudnessAnalysisChange, ScanOutcome};
use crate::library::scanner::Scanner;

/// How often a run says how far it got, between its changes of state (running, paused,
/// completed, cancelled), which are always said. The feed keeps only its last
/// [`DEFAULT_REPLAY`](crate::events::DEFAULT_REPLAY) events for clients that resume with
/// `Last-Event-ID`: a tick a second over an hours-long run would push every real library
/// change out of that window.
const EVENT_INTERVAL: Duration = Duration::from_secs(30);

/// How long after a failed run the next one starts, when no scan ends before; each failure
/// in a row doubles it, up to [`RETRY_AT_MOST`], so a failure that keeps coming back (a
/// full disk) does not fill the log and the feed.
const RETRY_AFTER: Duration = Duration::from_secs(20);
const RETRY_AT_MOST: Duration = Duration::from_secs(3600);

#[derive(Debug, thiserror::Error)]
pub enum LoudnessError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("the measuring thread stopped: {0}")]
    Task(String),
}

/// A run's counters, read by the terminal's progress bar and by the feed.
#[derive(Debug, Default)]
pub struct Progress {
    total: AtomicU64,
    analyzed: AtomicU64,
    failed: AtomicU64,
    /// Seconds of audio decoded, in milliseconds.
    audio_ms: AtomicU64,
    current: Mutex<Option<String>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgressSnapshot {
    pub total: u64,
    pub analyzed: u64,
    pub failed: u64,
    pub audio_seconds: f64,
    /// The file being measured.
    pub current: Option<String>,
}

impl Progress {
    pub fn snapshot(&self) -> ProgressSnapshot {
        ProgressSnapshot {
            total: self.total.load(Ordering::Relaxed),
            analyzed: self.analyzed.load(Ordering::Relaxed),
            failed: self.failed.load(Ordering::Relaxed),
            audio_seconds: self.audio_ms.load(Ordering::Relaxed) as f64 / 1000.0,
            current: self.current.lock().clone(),
        }
    }

    fn change(&self, state: AnalysisState) -> Change {
        let s = self.snapshot();
        Change::LoudnessAnalysis(LoudnessAnalysisChange {
            state,
            analyzed: s.analyzed,
            failed: s.failed,
            total: s.total,
        })
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunEnd {
    Completed,
    Cancelled,
}

/// Runs the analysis: over a hub (with its scanner and feed) or alone (`music-hub analyze`).
#[derive(Clone)]
pub struct Analyzer {
    db: Arc<Database>,
    clock: SharedClock,
    events: Option<Arc<EventBus>>,
    scanner: Option<Arc<Scanner>>,
    cancel: Arc<AtomicBool>,
}

impl Analyzer {
    pub fn new(db: Arc<Database>, clock: SharedClock) -> Analyzer {
        Analyzer {
            db,
            clock,
            events: None,
            scanner: None,
            cancel: Arc::new(AtomicBool::new(false)),
        }
    }

    /// In the hub: runs wait for its scans and announce themselves on its feed.
    pub fn in_hub(mut self, events: Arc<EventBus>, scanner: Arc<Scanner>) -> Analyzer {
        self.events = Some(events);
        self.scanner = Some(scanner);
        self
    }

    /// Asks the running run to stop, within a few packets of the file it decodes.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    fn publish(&self, progress: &Progress, state: AnalysisState) {
        if let Some(events) = &self.events {
            events.publish(progress.change(state));
        }
    }

    /// One run over the library; `progress` is filled as it goes.
    pub async fn run(&self, progress: Arc<Progress>) -> Result<RunEnd, LoudnessError> {
        let span = tracing::info_span!("loudness_analysis");
        self.run_inner(progress).instrument(span).await
    }

    async fn run_inner(&self, progress: Arc<Progress>) -> Result<RunEnd, LoudnessError> {
        let albums = self
            .db
            .run(|conn| {
                let ids = store::albums_newest_first(conn)?;
                let mut by_album: HashMap<String, Vec<AlbumTrack>> = HashMap::new();
                for track in store::album_tracks(conn, &ids)? {
                    by_album
                        .entry(track.album_id.clone())
                        .or_default()
                        .push(track);
                }
                Ok(ids
                    .into_iter()
                    .filter_map(|id| {
                        let tracks = by_album.remove(&id)?;
                        Some((id, tracks))
                    })
                    .collect::<Vec<_>>())
            })
            .await?;
        let pending: Vec<(String, Vec<AlbumTrack>)> = albums
            .into_iter()
            .filter(|(id, tracks)| needs_measuring(id, tracks))
            .collect();
        let total: u64 = pending.iter().map(|(_, t)| t.len() as u64).sum();
        progress.total.store(total, Ordering::Relaxed);
        if total == 0 {
            return Ok(RunEnd::Completed);
        }
        info!(albums = pending.len(), tracks = total, "measuring loudness");
        self.publish(&progress, AnalysisState::Running);
        let mut announced = Instant::now();
        for (album_id, tracks) in pending {
            if self.cancel.load(Ordering::Relaxed) {
                self.publish(&progress, AnalysisState::Cancelled);
                return Ok(RunEnd::Cancelled);
            }
            if let Some(scanner) = &self.scanner {
                if scanner.running().is_some() {
                    self.publish(&progress, AnalysisState::Paused);
                    scanner.wait_idle().await;
                    self.publish(&progress, AnalysisState::Running);
                    announced = Instant::now();
                }
            }
            let now = self.clock.now_ms();
            let cancel = self.cancel.clone();
            let for_thread = progress.clone();
            let measured = tokio::task::spawn_blocking(move || {
                measure_album(&album_id, &tracks, &for_thread, &cancel, now)
            })
            .await
            .map_err(|e| LoudnessError::Task(e.to_string()))?;
            let Some(rows) = measured else {
                self.publish(&progress, AnalysisState::Cancelled);
                return Ok(RunEnd::Cancelled);
            };
            self.db
                .run(move |conn| Ok(store::store(conn, &rows)?))
                .await?;
            if announced.elapsed() >= EVENT_INTERVAL {
                self.publish(&progress, AnalysisState::Running);
                announced = Instant::now();
            }
        }
        *progress.current.lock() = None;
        self.publish(&progress, AnalysisState::Completed);
        Ok(RunEnd::Completed)
    }

    /// The hub's background analysis: a run after each scan that ended, another one at
    /// once when a scan ended during a run, and one [`RETRY_AFTER`] (or longer) after a run
    /// that failed (a database busy past its timeout must not leave the library unmeasured
    /// until the next scan, which may be days away), until the hub stops.
    pub fn follow_scans(
        &self,
        closed: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> tokio::task::JoinHandle<()> {
        let analyzer = self.clone();
        let Some(events) = self.events.clone() else {
            return tokio::spawn(async {});
        };
        let mut live = events.subscribe(None).live;
        tokio::spawn(async move {
            tokio::pin!(closed);
            let mut retry_at: Option<tokio::time::Instant> = None;
            let mut retry_after = RETRY_AFTER;
            loop {
                let retry =
                    tokio::time::sleep_until(retry_at.unwrap_or_else(tokio::time::Instant::now));
                let due = tokio::select! {
                    () = &mut closed => return,
                    () = retry, if retry_at.is_some() => true,
                    received = live.recv() => match received {
                        Ok(event) => matches!(
                            &event.change,
                            Change::ScanCompleted(done) if done.status != ScanOutcome::Failed
                        ),
                        Err(RecvError::Lagged(_)) => true,
                        Err(RecvError::Closed) => return,
                    },
                };
                if !due {
                    continue;
                }
                retry_at = None;
                let run = analyzer.run(Arc::new(Progress::default()));
                tokio::select! {
                    () = &mut closed => {
                        analyzer.cancel();
                        return;
                    }
                    ended = run => match ended {
                        Ok(RunEnd::Completed) => retry_after = RETRY_AFTER,
                        Ok(RunEnd::Cancelled) => return,
                        Err(err) => {
                            warn!(%err, retry_secs = retry_after.as_secs(), "the loudness analysis stopped; it runs again after a pause or the next scan");
                            retry_at = Some(tokio::time::Instant::now() + retry_after);
                            retry_after = (retry_after * 2).min(RETRY_AT_MOST);
                        }
                    },
                }
            }
        })
    }
}

/// What identifies an album's measurement: its tracks and the versions of their files.
fn album_key(album_id: &str, tracks: &[AlbumTrack]) -> String {
    let mut members: Vec<String> = tracks
        .iter()
        .map(|t| format!("{}:{}:{}", t.track_id, t.size_bytes, t.mtime_ms))
        .collect();
    members.sort();
    let digest = Sha256::digest(format!("{album_id}\n{}", members.join("\n")).as_bytes());
    digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
}

/// Whether any track of the album was not measured as it is now, or not with these tracks.
fn needs_measuring(album_id: &str, tracks: &[AlbumTrack]) -> bool {
    let key = album_key(album_id, tracks);
    tracks.iter().any(|t| match &t.measured {
        Some(row) => {
            row.size_bytes != t.size_bytes
                || row.mtime_ms != t.mtime_ms
                || row.album_key.as_deref() != Some(key.as_str())
        }
        None => true,
    })
}

/// Measures every track of one album, then the album; `None` when cancelled.
fn measure_album(
    album_id: &str,
    tracks: &[AlbumTrack],
    progress: &Progress,
    cancel: &AtomicBool,
    now: i64,
) -> Option<Vec<LoudnessRow>> {
    let _span =
        tracing::info_span!("measure_album", album = %album_id, tracks = tracks.len()).entered();
    let mut measured = Vec::with_capacity(tracks.len());
    for track in tracks {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        *progress.current.lock() = Some(track.rel_path.clone());
        let result = match path_in_root(Path::new(&track.root_path), &track.rel_path) {
            Some(path) => measure::measure_file_until(&path, cancel),
            None => Err(crate::app::decode::DecodeError::NoAudio.into()),
        };
        match &result {
            // Stopped mid-file: nothing is known of the file, and the album is measured
            // again by the next run.
            Err(measure::MeasureError::Cancelled) => return None,
            Ok(m) => {
                progress
                    .audio_ms
                    .fetch_add((m.seconds * 1000.0) as u64, Ordering::Relaxed);
            }
            Err(err) => {
                warn!(file = %track.rel_path, %err, "no loudness for this file");
                progress.failed.fetch_add(1, Ordering::Relaxed);
            }
        }
        progress.analyzed.fetch_add(1, Ordering::Relaxed);
        measured.push(result);
    }
    let album = measure::album(measured.iter().filter_map(|m| m.as_ref().ok()));
    let key = album_key(album_id, tracks);
    Some(
        tracks
            .iter()
            .zip(measured)
            .map(|(track, result)| {
                let (lufs, peak, error) = match result {
                    Ok(m) => (m.integrated_lufs, Some(m.true_peak), None),
                    Err(err) => (None, None, Some(err.to_string())),
                };
                LoudnessRow {
                    track_id: track.track_id.clone(),
                    size_bytes: track.size_bytes,
                    mtime_ms: track.mtime_ms,
                    integrated_lufs: lufs,
                    true_peak: peak,
                    album_key: Some(key.clone()),
                    album_lufs: album.map(|(l, _)| l),
                    album_peak: album.map(|(_, p)| p),
                    error,
                    measured_at: now,
                }
            })
            .collect(),
    )
}

/// What was measured of a track as its file and album are now: ReplayGain values by
/// stored field name, or `None` when it was not measured yet (or not this version).
pub async fn current_values(
    db: &Database,
    track_id: String,
) -> Result<Option<crate::app::metadata::Values>, DbError> {
    use crate::library::fields::Field;
    use serde_json::Value;
    let tracks = db
        .run(move |conn| {
            let Some(album_id) = store::album_of(conn, &track_id)? else {
                return Ok(None);
            };
            let tracks = store::album_tracks(conn, std::slice::from_ref(&album_id))?;
            Ok(Some((album_id, track_id, tracks)))
        })
        .await?;
    let Some((album_id, track_id, tracks)) = tracks else {
        return Ok(None);
    };
    let Some(this) = tracks.iter().find(|t| t.track_id == track_id) else {
        return Ok(None);
    };
    let Some(row) = this
        .measured
        .as_ref()
        .filter(|r| r.size_bytes == this.size_bytes && r.mtime_ms == this.mtime_ms)
    else {
        return Ok(None);
    };
    let round = |value: f64, places: i32| {
        let scale = 10f64.powi(places);
        Value::from((value * scale).round() / scale)
    };
    let mut values = crate::app::metadata::Values::new();
    if let (Some(lufs), Some(peak)) = (row.integrated_lufs, row.true_peak) {
        values.insert(Field::ReplayGainTrackDb, round(measure::gain_db(lufs), 2));
        values.insert(Field::ReplayGainTrackPeak, round(peak, 6));
    }
    // The album's values hold only while the album is the one measured.
    if row.album_key.as_deref() == Some(album_key(&album_id, &tracks).as_str()) {
        if let (Some(lufs), Some(peak)) = (row.album_lufs, row.album_peak) {
            values.insert(Field::ReplayGainAlbumDb, round(measure::gain_db(lufs), 2));
            values.insert(Field::ReplayGainAlbumPeak, round(peak, 6));
        }
    }
    Ok((!values.is_empty()).then_some(values))
}
