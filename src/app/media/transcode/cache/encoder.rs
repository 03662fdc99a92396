//! One encode, on a blocking thread: the source opened, the `.part` file written a step at
//! a time while readers are told how far it got, and its end: completed (copied in one
//! pass, fsynced, renamed into the cache, the budget enforced), stopped (nobody listened)
//! or failed. An entry that did not complete leaves no file behind.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::{CacheError, CacheKey, Encode, Inner, Progress, State};
use crate::app::media::transcode::ffmpeg::FfmpegTranscode;
use std::os::unix::fs::FileExt;

use crate::app::media::transcode::{tail, Layout, TranscodeError, Transcoder};

/// How an encode ended, for its span.
enum End {
    Stopped,
    Failed(CacheError),
}

impl From<TranscodeError> for End {
    fn from(err: TranscodeError) -> End {
        End::Failed(match err {
            TranscodeError::Undecodable(why) => CacheError::Undecodable(why),
            TranscodeError::Profile(why) => CacheError::Profile(why),
            // Its readers are told what a wait that runs out tells them (`503`, retry).
            TranscodeError::Stalled(_) => CacheError::Timeout,
            TranscodeError::EncoderMissing { codec, why } => {
                CacheError::EncoderMissing { codec, why }
            }
            TranscodeError::OffsetPastEnd { offset, length } => {
                CacheError::OffsetPastEnd { offset, length }
            }
            other => CacheError::Failed(other.to_string()),
        })
    }
}

impl From<std::io::Error> for End {
    fn from(err: std::io::Error) -> End {
        End::Failed(CacheError::Failed(err.to_string()))
    }
}

pub(super) fn encode(inner: &Arc<Inner>, key: &CacheKey, encode: &Arc<Encode>) {
    let span = tracing::info_span!(
        "transcode_cache",
        key = %key.stem,
        codec = ?key.profile.codec,
        kbps = key.profile.bitrate_kbps,
        start_ms = key.start.as_millis() as u64,
    );
    let _entered = span.enter();
    let mut bytes = 0;
    let mut unwinding = Unwinding(Some((inner, key, encode)));
    let outcome = run(inner, key, encode, &mut bytes);
    unwinding.0 = None;
    match outcome {
        Ok(()) => tracing::info!(outcome = "completed", bytes, "transcode cached"),
        Err(End::Stopped) => {
            tracing::info!(
                outcome = "stopped",
                bytes,
                "transcode stopped: nobody listens"
            );
        }
        Err(End::Failed(err)) => {
            tracing::warn!(outcome = "failed", bytes, %err, "transcode not cached");
            // Readers learn it after the entry is gone, so a retry starts afresh.
            inner.abandon(key);
            encode.progress.send_replace(Progress::Failed(err));
        }
    }
}

/// Ends the entry if the encoder panics, so that its slot frees and its readers get an
/// error rather than waiting for bytes that will never come.
struct Unwinding<'a>(Option<(&'a Inner, &'a CacheKey, &'a Encode)>);

impl Drop for Unwinding<'_> {
    fn drop(&mut self) {
        if let Some((inner, key, encode)) = self.0.take() {
            tracing::error!(outcome = "failed", "the transcode's encoder panicked");
            inner.abandon(key);
            encode
                .progress
                .send_replace(Progress::Failed(CacheError::Failed(
                    "the encoder stopped unexpectedly".into(),
                )));
        }
    }
}

fn run(inner: &Inner, key: &CacheKey, encode: &Encode, bytes: &mut u64) -> Result<(), End> {
    // Before any file exists: an undecodable source leaves nothing behind.
    let mut transcoder = Engine::start(key)?;
    let part = inner.dir.join(key.part_name());
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(&part)?;
    let file = Arc::new(file);
    let _ = encode.file.set(file.clone());
    // Before readers are let in, so that the first of them can already send the length.
    let _ = encode.predicted_len.set(transcoder.predicted_len());
    encode.progress.send_replace(Progress::Writing(0));
    // An Opus stream's end is made after its first bytes (they answer the first request at
    // once) and before the rest (players read the end first: `transcode::tail`).
    let mut tail_due = transcoder.opus_layout();
    let mut tail_written = false;
    loop {
        inner.gate.pass(&key.file_name(), &encode.cancel);
        if encode.cancel.load(Ordering::Relaxed) && inner.stop_if_unheard(key, encode) {
            return Err(End::Stopped);
        }
        let done = transcoder.step(&mut &*file)?;
        *bytes = transcoder.bytes_written();
        if let Some(progress) = transcoder.progress() {
            let permille = (progress * 1000.0) as u32;
            encode.permille.store(permille, Ordering::Relaxed);
        }
        if done {
            break;
        }
        encode.progress.send_replace(Progress::Writing(*bytes));
        if let Some(layout) = tail_due.take() {
            if let Some(tail) = transcoder.write_tail(key, &layout, &file)? {
                tail_written = true;
                let _ = encode.tail_from.set(tail);
                // Wakes the readers waiting in the tail.
                encode.progress.send_replace(Progress::Writing(*bytes));
            }
        }
    }
    if tail_written {
        // The head stopped where the tail begins: the file is whole.
        *bytes = file.metadata()?.len();
    }
    // Durable before it is named complete: a crash after the rename finds whole bytes.
    let finished = inner.repack(key, &part, &file)?;
    inner.complete(key, &finished, *bytes)?;
    encode.progress.send_replace(Progress::Complete(*bytes));
    Ok(())
}

/// The engine an encode runs: the built-in one, or ffmpeg for what only it decodes (its
/// length is not known ahead, and it says nothing of its progress).
enum Engine {
    Builtin(Box<Transcoder>),
    Ffmpeg(FfmpegTranscode),
}

impl Engine {
    fn start(key: &CacheKey) -> Result<Engine, TranscodeError> {
        Ok(match &key.ffmpeg {
            None => Engine::Builtin(Box::new(Transcoder::new_at(
                &key.path,
                key.profile,
                key.start,
            )?)),
            Some(ffmpeg) => Engine::Ffmpeg(FfmpegTranscode::start(
                ffmpeg,
                &key.path,
                key.profile,
                key.start,
            )?),
        })
    }

    /// One step; `true` once the output is complete.
    fn step(&mut self, out: &mut &File) -> Result<bool, TranscodeError> {
        match self {
            Engine::Builtin(transcoder) => Ok(transcoder.step(out)?.is_some()),
            Engine::Ffmpeg(ffmpeg) => Ok(!ffmpeg.step(out)?),
        }
    }

    fn bytes_written(&self) -> u64 {
        match self {
            Engine::Builtin(transcoder) => transcoder.bytes_written(),
            Engine::Ffmpeg(ffmpeg) => ffmpeg.bytes_written(),
        }
    }

    fn opus_layout(&self) -> Option<Layout> {
        match self {
            Engine::Builtin(transcoder) => transcoder.opus_layout(),
            Engine::Ffmpeg(_) => None,
        }
    }

    fn progress(&self) -> Option<f64> {
        match self {
            Engine::Builtin(transcoder) => transcoder.progress(),
            Engine::Ffmpeg(ffmpeg) => ffmpeg.progress(),
        }
    }

    /// The end of an Opus stream written at its place ahead of the rest, and the head
    /// told to stop there; the offset it starts at, or `None` when it is made front to
    /// back after all.
    fn write_tail(
        &mut self,
        key: &CacheKey,
        layout: &Layout,
        file: &File,
    ) -> Result<Option<u64>, TranscodeError> {
        let Engine::Builtin(transcoder) = self else {
            return Ok(None);
        };
        let Some(tail) = tail::opus_tail(&key.path, key.profile, key.start, layout)? else {
            return Ok(None);
        };
        file.write_all_at(&tail.bytes, tail.offset)?;
        transcoder.stop_at(tail.offset);
        tracing::debug!(
            offset = tail.offset,
            bytes = tail.bytes.len(),
            "stream end written first"
        );
        Ok(Some(tail.offset))
    }

    fn predicted_len(&self) -> Option<u64> {
        match self {
            Engine::Builtin(transcoder) => transcoder.predicted_len(),
            Engine::Ffmpeg(_) => None,
        }
    }
}

impl Inner {
    /// A durable copy of the finished `.part`, made in one sequential pass, to be named
    /// complete in its place. The encoder wrote the `.part` a page at a time and the tail
    /// over its end, and the kernel keeps a file written so in small pieces of memory:
    /// every later read of it cost more (a cached transcode took 1.1 to 1.15 times as long
    /// to send as as many bytes of the original file; a `cp` of the entry, as long: `bench
    /// transcode`, HTTP part). Where the copy fails, the `.part` itself is kept, synced.
    fn repack(&self, key: &CacheKey, part: &Path, file: &File) -> Result<PathBuf, End> {
        let packed = self.dir.join(key.packed_name());
        let copied = std::fs::copy(part, &packed).and_then(|_| File::open(&packed)?.sync_all());
        match copied {
            Ok(()) => Ok(packed),
            Err(err) => {
                tracing::warn!(%err, "the finished transcode could not be copied; kept as written");
                let _ = std::fs::remove_file(&packed);
                file.sync_all()?;
                Ok(part.to_owned())
            }
        }
    }

    /// Renames the finished file (`repack`'s) into the cache, indexes it and ends the
    /// encode, under the lock (so that no request finds it in neither place); then
    /// enforces the budget.
    fn complete(&self, key: &CacheKey, finished: &Path, len: u64) -> Result<(), End> {
        let name = key.file_name();
        {
            let mut state = self.state.lock();
            if let Err(err) = std::fs::rename(finished, self.dir.join(&name)) {
                drop(state);
                return Err(err.into());
            }
            remove_if_there(&self.dir.join(key.part_name()));
            state.complete.insert(name.clone(), len);
            state.encodes.remove(&name);
        }
        // The rename itself made durable, as far as the folder allows.
        if let Ok(dir) = File::open(&self.dir) {
            let _ = dir.sync_all();
        }
        self.evict();
        Ok(())
    }

    /// Ends an encode that did not complete: out of the running ones and its `.part`
    /// deleted.
    fn abandon(&self, key: &CacheKey) {
        let mut state = self.state.lock();
        self.end_locked(&mut state, key);
    }

    /// Under the lock, so that a new encode of the key cannot have created its own `.part`
    /// before this one's is deleted.
    fn end_locked(&self, state: &mut State, key: &CacheKey) {
        state.encodes.remove(&key.file_name());
        remove_if_there(&self.dir.join(key.part_name()));
        remove_if_there(&self.dir.join(key.packed_name()));
    }

    /// The encode was told to stop: it does when still nobody reads it; a reader who came
    /// in meanwhile keeps it going. One lock for both, or a request could join an encode
    /// that is ending.
    fn stop_if_unheard(&self, key: &CacheKey, encode: &Encode) -> bool {
        let mut state = self.state.lock();
        if state.readers.contains_key(&key.file_name()) || encode.wanted_for_retry() {
            return false;
        }
        self.end_locked(&mut state, key);
        true
    }
}

fn remove_if_there(path: &Path) {
    if let Err(err) = std::fs::remove_file(path) {
        if err.kind() != std::io::ErrorKind::NotFound {
            tracing::warn!(%err, "a transcode's partial file could not be removed");
        }
    }
}

/// Holds encodes back between steps, for tests: an entry's count is the steps its encode
/// may still take before it waits, until the count is raised or removed or the encode is
/// cancelled.
/// The longest a held encode waits.
const HOLD_LIMIT: Duration = Duration::from_secs(30);

#[derive(Default)]
pub(super) struct Gate {
    /// File name → (steps left, when the hold was set).
    steps: Mutex<HashMap<String, (u64, Instant)>>,
    changed: Condvar,
}

impl Gate {
    pub(super) fn set(&self, name: String, steps: Option<u64>) {
        let mut held = self.steps.lock();
        match steps {
            Some(steps) => held.insert(name, (steps, Instant::now())),
            None => held.remove(&name),
        };
        self.changed.notify_all();
    }

    fn pass(&self, name: &str, cancel: &std::sync::atomic::AtomicBool) {
        let mut held = self.steps.lock();
        loop {
            match held.get_mut(name) {
                None => return,
                Some((n, _)) if *n > 0 => {
                    *n -= 1;
                    return;
                }
                // A test that fails while holding an encode must not leave its thread
                // (and the test runtime, which waits for it) stuck for ever.
                Some((_, since)) if since.elapsed() > HOLD_LIMIT => return,
                Some(_) => {}
            }
            if cancel.load(Ordering::Relaxed) {
                return;
            }
            // Woken by `set`; the timeout is for the cancel flag, which does not notify.
            self.changed.wait_for(&mut held, Duration::from_millis(20));
        }
    }
}
