//! The transcode cache: what the stream route will serve transcodes from. One encode per
//! (source file as it is now, profile, start offset) writes a growing file under the data
//! dir, which every request for that transcode reads at once, while it grows: bytes
//! already written come back straight away, a read beyond them waits for the encoder, and
//! the final length is known from the start (`Transcoded::predicted_len`). Finished
//! transcodes stay, within a byte budget, the least recently used going first.
//!
//! - Here: the key, the settings, the errors, and `TranscodeCache`, which decides, under one
//!   lock, whether a request reads a finished file, joins an encode or starts one.
//! - `encoder`: the encode itself, on a blocking thread, and its ends (completed into the
//!   cache, stopped, failed).
//! - `handle`: `Transcoded`, what a request holds: reads of any byte range, and the final
//!   length once known. Dropping the last one of an early encode stops it.
//!
//! Files in `<data dir>/transcode-cache`: `<key>.part` while being written; once complete,
//! copied in one pass to `<key>.whole.part` (a file read faster than one written piece by
//! piece: `encoder`'s `repack`), fsynced and renamed to `<key>.opus` or `<key>.mp3`. The
//! rename is the completion marker: a name without `.part` is always a whole transcode, and
//! a `.part` found at start was cut short by a crash, so it is deleted.
//!
//! A growing MP3 starts with LAME's placeholder header frame (an Info frame whose counts
//! are zero: a valid frame that players skip); the encoder writes the real one over it when
//! the encode completes, at the same length. A reader of byte 0 before then gets the
//! placeholder, which only costs a player the exact duration until it reads the file again.

mod encoder;
mod handle;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use sha2::{Digest, Sha256};
use tokio::sync::watch;

use super::ffmpeg::Ffmpeg;
use super::Profile;
use crate::app::lru_files::{self, LruFiles};
use crate::app::media::stream::Validators;
use encoder::Gate;
pub use handle::Transcoded;

/// The folder under the data dir that holds transcodes.
pub const CACHE_DIR: &str = "transcode-cache";

/// How long a read beyond the bytes written waits for the encoder by default.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(15);

/// What a caller refused for lack of an encoder slot is told to wait: encodes run dozens of
/// times faster than real time, so a slot frees within seconds.
const RETRY_AFTER: Duration = Duration::from_secs(2);

/// Past this share of its source, an encode nobody listens to any more finishes anyway:
/// most of the work is done, and a listener coming back finds it whole. A source whose
/// header declares no length cannot be judged, so it is stopped.
const FINISH_PAST: f64 = 0.6;

/// How long an encode a request gave up waiting for goes on without readers: longer than
/// the retry the request was told to wait (5 s) plus the wait of that retry (15 s).
const STALLED_GRACE: Duration = Duration::from_secs(30);

const PART: &str = "part";

/// The transcode of one file as it is now: the file's path, its validators (size,
/// modification time and inode, as the stream route's `ETag` has them, so an edited file
/// is a new key), the profile and the start offset (a stream from a time is a transcode of
/// its own).
#[derive(Debug, Clone)]
pub struct CacheKey {
    path: PathBuf,
    profile: Profile,
    start: Duration,
    /// Hex of the hash of all of the above: the files' names without extension.
    stem: String,
    /// Set for a source only ffmpeg decodes: the encode runs it instead of the built-in
    /// engine. Not in the hash: a format always goes to the same engine.
    ffmpeg: Option<Arc<Ffmpeg>>,
}

impl CacheKey {
    pub fn new(
        path: &Path,
        validators: &Validators,
        profile: Profile,
        start: Duration,
    ) -> CacheKey {
        let mut hash = Sha256::new();
        hash.update(path.as_os_str().as_encoded_bytes());
        hash.update([0]);
        hash.update(validators.etag.as_bytes());
        hash.update([0, profile.codec as u8]);
        hash.update(profile.bitrate_kbps.to_le_bytes());
        hash.update(profile.output_gain_db.to_bits().to_le_bytes());
        hash.update(start.as_nanos().to_le_bytes());
        let digest = hash.finalize();
        let stem = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        CacheKey {
            path: path.to_owned(),
            profile,
            start,
            stem,
            ffmpeg: None,
        }
    }

    /// The same key, encoded by `ffmpeg` (for a format the built-in engine cannot decode).
    pub fn with_ffmpeg(mut self, ffmpeg: Option<Arc<Ffmpeg>>) -> CacheKey {
        self.ffmpeg = ffmpeg;
        self
    }

    /// The key of `path` as it is on disk now, from `start`.
    pub fn of_file(path: &Path, profile: Profile, start: Duration) -> std::io::Result<CacheKey> {
        let meta = std::fs::metadata(path)?;
        Ok(CacheKey::new(path, &Validators::of(&meta), profile, start))
    }

    pub fn profile(&self) -> Profile {
        self.profile
    }

    pub fn start(&self) -> Duration {
        self.start
    }

    /// The finished file's name, which also names the entry everywhere in the cache.
    fn file_name(&self) -> String {
        let ext = self.profile.codec.name();
        format!("{}.{ext}", self.stem)
    }

    fn part_name(&self) -> String {
        format!("{}.{PART}", self.stem)
    }

    /// The finished `.part`'s copy (`encoder`'s `repack`), a `.part` too until renamed.
    fn packed_name(&self) -> String {
        format!("{}.whole.{PART}", self.stem)
    }
}

#[derive(Debug, Clone)]
pub struct CacheSettings {
    /// The bytes finished transcodes may take.
    pub budget: u64,
    /// Encodes running at once.
    pub max_encodes: usize,
    /// How long a read beyond the bytes written waits for the encoder.
    pub wait: Duration,
}

impl CacheSettings {
    /// `budget` bytes, one encode per core, reads waiting `DEFAULT_WAIT`.
    pub fn new(budget: u64) -> CacheSettings {
        CacheSettings {
            budget,
            max_encodes: std::thread::available_parallelism().map_or(1, |n| n.get()),
            wait: DEFAULT_WAIT,
        }
    }
}

/// The budget when none is configured: 10 % of the space free on `dir`'s file system, at
/// most 2 GiB.
pub fn default_budget(dir: &Path) -> std::io::Result<u64> {
    Ok(budget_for_free(free_bytes(dir)?))
}

/// The bytes an unprivileged process may still write on `dir`'s file system.
pub fn free_bytes(dir: &Path) -> std::io::Result<u64> {
    let stat = rustix::fs::statvfs(dir)?;
    Ok(stat.f_bavail.saturating_mul(stat.f_frsize))
}

pub fn budget_for_free(free: u64) -> u64 {
    (free / 10).min(2 << 30)
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum CacheError {
    /// Every encoder slot is taken by other transcodes.
    #[error("too many transcodes are running; try again in {} s", retry_after.as_secs())]
    Busy { retry_after: Duration },
    /// The source is not audio the hub can decode; nothing was cached.
    #[error("the file cannot be decoded: {0}")]
    Undecodable(String),
    /// The profile asks for what the encoder cannot do.
    #[error("{0}")]
    Profile(String),
    /// Reading the source, writing the cache or the encoder failed; the entry is gone.
    #[error("the transcode failed: {0}")]
    Failed(String),
    /// ffmpeg has no encoder for the codec asked for: the machine's fault, not the file's.
    #[error("ffmpeg has no {codec} encoder: {why}")]
    EncoderMissing { codec: &'static str, why: String },
    /// The encoder did not reach the bytes asked for within the wait.
    #[error("the transcode did not get that far in time")]
    Timeout,
    /// The key's start offset is at or past the end of the audio (for HTTP: `400` naming
    /// `timeOffsetMs`);
    /// nothing was cached.
    #[error("the start offset {offset:?} is at or past the end of the audio")]
    OffsetPastEnd {
        offset: Duration,
        /// The audio's length, when the file's header declares it.
        length: Option<Duration>,
    },
}

/// How an encode stands, as its readers see it.
#[derive(Debug, Clone)]
enum Progress {
    /// The source is being opened; no file yet.
    Opening,
    /// Bytes in the `.part` file so far.
    Writing(u64),
    /// Renamed into the cache, with its final length.
    Complete(u64),
    Failed(CacheError),
}

/// One encode under way, shared by its encoder and every handle reading it.
struct Encode {
    progress: watch::Sender<Progress>,
    /// The `.part` file, open for reading and writing: handles read it by position, which
    /// keeps working after it is replaced by its copy and deleted (`encoder`'s `repack`).
    file: OnceLock<Arc<std::fs::File>>,
    /// Set when its last reader left early; the encoder stops at its next step unless a
    /// reader came back meanwhile, or a reader gave up on it moments ago (`wanted_until`).
    cancel: AtomicBool,
    /// Until when the encode goes on without readers: a request that gave up waiting for
    /// it (`503 transcode_stalled`, told to retry) finds it further along when it retries,
    /// rather than started again from the beginning.
    wanted_until: Mutex<Option<Instant>>,
    /// Thousandths of the source encoded, `u32::MAX` while unknown (no declared length).
    permille: AtomicU32,
    /// The transcode's exact final length, set once the encoder has opened the source
    /// (before `Progress::Writing`); `None` inside when the source declares no length.
    predicted_len: OnceLock<Option<u64>>,
    /// Where the stream's last pages start, once they are on disk ahead of the rest
    /// (`transcode::tail`): bytes from there to the end are final.
    tail_from: OnceLock<u64>,
}

impl Encode {
    /// A reader gave up waiting: the encode goes on for `STALLED_GRACE` even if nobody
    /// reads it meanwhile.
    fn keep_for_retry(&self) {
        *self.wanted_until.lock() = Some(Instant::now() + STALLED_GRACE);
    }

    fn wanted_for_retry(&self) -> bool {
        self.wanted_until
            .lock()
            .is_some_and(|until| Instant::now() < until)
    }

    fn past_finish_line(&self) -> bool {
        let done = self.permille.load(Ordering::Relaxed);
        done != u32::MAX && f64::from(done) / 1000.0 >= FINISH_PAST
    }
}

#[derive(Default)]
struct State {
    /// Finished transcodes by file name.
    complete: LruFiles,
    /// Encodes under way, by the finished file's name.
    encodes: HashMap<String, Arc<Encode>>,
    /// Handles open, by file name: these entries are never evicted, and an encode whose
    /// count falls to zero may be stopped.
    readers: HashMap<String, usize>,
}

struct Inner {
    dir: PathBuf,
    settings: CacheSettings,
    state: Mutex<State>,
    encodes_started: AtomicU64,
    gate: Gate,
}

/// The cache; cheap to clone, every clone the same cache.
#[derive(Clone)]
pub struct TranscodeCache {
    inner: Arc<Inner>,
}

/// Where a request's bytes come from.
enum Found {
    Complete(String),
    Encode(Arc<Encode>),
}

impl TranscodeCache {
    /// The cache in `<data_dir>/transcode-cache`: `.part` files left there are deleted,
    /// finished ones indexed (the least recently modified evicted first), and the whole
    /// brought within the budget.
    pub fn open(data_dir: &Path, settings: CacheSettings) -> TranscodeCache {
        let dir = data_dir.join(CACHE_DIR);
        let complete = LruFiles::scan(&dir, "transcode cache", |name| {
            Path::new(name).extension().is_some_and(|ext| ext == PART)
        });
        let cache = TranscodeCache {
            inner: Arc::new(Inner {
                dir,
                settings,
                state: Mutex::new(State {
                    complete,
                    ..State::default()
                }),
                encodes_started: AtomicU64::new(0),
                gate: Gate::default(),
            }),
        };
        cache.inner.evict();
        cache
    }

    /// The transcode of `key`: the finished file, the encode under way, or a new encode
    /// (`Busy` when every slot is taken). Answers once the encoder has opened the source,
    /// so an undecodable file is refused here.
    pub async fn get(&self, key: &CacheKey) -> Result<Transcoded, CacheError> {
        let name = key.file_name();
        // Twice at most: a finished file removed behind the hub's back is a miss.
        for _ in 0..2 {
            match self.find_or_start(key, &name)? {
                Found::Complete(name) => {
                    // The handle first: it gives back the reader counted above even when
                    // the request is dropped during the open.
                    let handle = Transcoded::reading(self.inner.clone(), name.clone(), key);
                    // Opened here, not on the blocking pool: a file this hub wrote and just
                    // found in its index opens from the kernel's caches in microseconds,
                    // and the hop there and back cost a cached transcode a third more time
                    // than the original file (bench transcode, HTTP part).
                    let opened = std::fs::File::open(self.inner.dir.join(&name));
                    match opened {
                        Ok(file) => return handle.complete_file(file),
                        Err(_) => self.inner.state.lock().complete.remove(&name),
                    }
                }
                Found::Encode(encode) => {
                    let handle = Transcoded::reading(self.inner.clone(), name, key);
                    return handle.growing(encode).await;
                }
            }
        }
        Err(CacheError::Failed(
            "the cached file keeps disappearing".into(),
        ))
    }

    /// Under the lock, so that two requests never start two encodes of one key: the
    /// request is counted as a reader of what it found.
    fn find_or_start(&self, key: &CacheKey, name: &str) -> Result<Found, CacheError> {
        let mut state = self.inner.state.lock();
        let found = if state.complete.contains(name) {
            state.complete.touch(name);
            Found::Complete(name.to_owned())
        } else if let Some(encode) = state.encodes.get(name) {
            // A reader coming back before the encoder saw the flag keeps it going.
            encode.cancel.store(false, Ordering::Relaxed);
            Found::Encode(encode.clone())
        } else if state.encodes.len() >= self.inner.settings.max_encodes {
            return Err(CacheError::Busy {
                retry_after: RETRY_AFTER,
            });
        } else {
            let encode = Arc::new(Encode {
                progress: watch::channel(Progress::Opening).0,
                file: OnceLock::new(),
                cancel: AtomicBool::new(false),
                wanted_until: Mutex::new(None),
                permille: AtomicU32::new(u32::MAX),
                predicted_len: OnceLock::new(),
                tail_from: OnceLock::new(),
            });
            state.encodes.insert(name.to_owned(), encode.clone());
            self.inner.encodes_started.fetch_add(1, Ordering::Relaxed);
            let inner = self.inner.clone();
            let (key, started) = (key.clone(), encode.clone());
            tokio::task::spawn_blocking(move || encoder::encode(&inner, &key, &started));
            Found::Encode(encode)
        };
        *state.readers.entry(name.to_owned()).or_default() += 1;
        Ok(found)
    }

    /// Encodes started since the cache opened (the evidence that requests share one).
    pub fn encodes_started(&self) -> u64 {
        self.inner.encodes_started.load(Ordering::Relaxed)
    }

    /// Encodes under way now.
    pub fn encodes_running(&self) -> usize {
        self.inner.state.lock().encodes.len()
    }

    /// The bytes finished transcodes take now.
    pub fn total_bytes(&self) -> u64 {
        self.inner.state.lock().complete.total()
    }

    /// Whether `key`'s transcode is finished and in the cache.
    pub fn contains(&self, key: &CacheKey) -> bool {
        self.inner.state.lock().complete.contains(&key.file_name())
    }

    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    pub fn settings(&self) -> &CacheSettings {
        &self.inner.settings
    }

    /// Lets the encode of `key` take only `steps` more steps (a quarter of a second of
    /// audio each), then wait; `None` lets it run. For tests, which need an encode to stand
    /// still at a known point.
    pub fn hold_encode(&self, key: &CacheKey, steps: Option<u64>) {
        self.inner.gate.set(key.file_name(), steps);
    }
}

impl Inner {
    /// A handle of `name` went away: the entry may now be evicted, and an encode left with
    /// no reader before `FINISH_PAST` is told to stop.
    fn release(&self, name: &str) {
        let mut state = self.state.lock();
        let left = match state.readers.get_mut(name) {
            Some(count) => {
                *count -= 1;
                *count
            }
            None => return,
        };
        if left > 0 {
            return;
        }
        state.readers.remove(name);
        if let Some(encode) = state.encodes.get(name) {
            if !encode.past_finish_line() {
                encode.cancel.store(true, Ordering::Relaxed);
            }
        }
        let over = state.complete.total() > self.settings.budget;
        drop(state);
        if over {
            self.evict();
        }
    }

    /// Brings the finished transcodes within the budget, least recently used first,
    /// sparing those being read.
    fn evict(&self) {
        let victims = {
            let state = &mut *self.state.lock();
            let readers = &state.readers;
            state
                .complete
                .evict(self.settings.budget, |name| readers.contains_key(name))
        };
        if !victims.is_empty() {
            tracing::debug!(files = victims.len(), "transcodes evicted");
        }
        lru_files::delete(&self.dir, &victims, "transcode");
    }
}
