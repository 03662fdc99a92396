//! A transcode opened for one request: found in the cache or started there, described like
//! a file (its own `ETag`, the source's `Last-Modified`, a name with the transcode's
//! extension), judged against the request's conditional and range headers, and sent as a
//! stream of reads that wait for the encoder where it has not written yet.
//!
//! Length: a transcode's final length is known before it is made (the encoder predicts it
//! exactly from the source's declared length), so a browser gets `Content-Length` and can
//! seek from the first byte. A source that declares no length gets its transcode without
//! one until it is complete; a range asked of it waits for the end (`UNKNOWN_LENGTH_WAIT`)
//! or gets the whole from the start.

use std::io;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures_util::stream::{self, BoxStream, Stream, StreamExt};

use super::chunks::chunks;

use super::plan::{self, AskError, Gain, SourceFacts};
use super::stream::{self as file_stream, Conditions, Decision, Validators};
use super::transcode::cache::{CacheError, CacheKey, TranscodeCache, Transcoded};
use super::transcode::ffmpeg::Ffmpeg;
use super::transcode::{Codec, Profile};
use super::{file_name, Located, MediaError, MediaScope, MediaService};
use crate::db::media::TrackFileRow;

/// The most one read of a transcode returns (the cache bounds it too).
const READ_MAX: usize = 256 * 1024;

/// How a range of a transcode whose length is not known yet waits for the encode to end.
const UNKNOWN_LENGTH_WAIT: Duration = Duration::from_secs(15);

/// What a caller whose transcode did not start, or reach its range, in time is told to
/// wait: the encode goes on meanwhile (`cache`'s `STALLED_GRACE`), so a second try finds
/// it further along or done.
const STALLED_RETRY_AFTER_SECS: u64 = 5;

/// What the plan settled on.
pub(super) struct TranscodeAsk {
    pub profile: Profile,
    pub start_ms: u64,
    pub attachment: bool,
    /// Set for a format only ffmpeg decodes.
    pub ffmpeg: Option<Arc<Ffmpeg>>,
}

/// A transcode, ready to be sent (or a `304`, with no handle).
pub struct OpenedTranscode {
    pub decision: Decision,
    /// The final length, when known.
    pub total: Option<u64>,
    pub content_type: &'static str,
    pub validators: Validators,
    pub content_disposition: String,
    /// `X-Transcode`.
    pub description: String,
    /// The bytes; `None` for `NotModified`.
    pub handle: Option<Transcoded>,
    pub start: u64,
    /// Bytes to send; `None`: until the transcode ends.
    pub length: Option<u64>,
    /// When the length is not known: what it will roughly be (`X-Estimated-Content-Length`).
    pub estimate: Option<u64>,
    /// An MP3 still being made: its first frame is LAME's placeholder until the encode
    /// completes, so no copy of this answer may be kept (`Cache-Control: no-store`).
    pub provisional: bool,
}

impl SourceFacts {
    pub(super) fn of(row: &TrackFileRow) -> SourceFacts {
        let gain = |db: Option<f64>, peak: Option<f64>| db.map(|db| Gain { db, peak });
        SourceFacts {
            codec: match row.format.as_str() {
                "opus" => Some(Codec::Opus),
                "mp3" => Some(Codec::Mp3),
                _ => None,
            },
            bitrate_kbps: row.bitrate_kbps.and_then(|k| u32::try_from(k).ok()),
            duration_ms: u64::try_from(row.duration_ms).unwrap_or(0),
            track_gain: gain(row.replaygain_track_gain_db, row.replaygain_track_peak),
            album_gain: gain(row.replaygain_album_gain_db, row.replaygain_album_peak),
        }
    }
}

impl MediaService {
    pub(super) async fn open_transcode(
        &self,
        located: Located,
        scope: &MediaScope,
        ask: TranscodeAsk,
        conditions: Conditions<'_>,
    ) -> Result<OpenedTranscode, MediaError> {
        let source = Validators::of(&located.meta);
        let validators = source.derived(&tag(&ask.profile, ask.start_ms));
        let extension = ask.profile.codec.name();
        let mut opened = OpenedTranscode {
            decision: Decision::NotModified,
            total: None,
            content_type: ask.profile.codec.content_type(),
            content_disposition: file_stream::content_disposition(
                &file_name(&located.row, scope, extension),
                ask.attachment,
            ),
            description: plan::describe(&ask.profile),
            validators,
            handle: None,
            start: 0,
            length: Some(0),
            estimate: None,
            provisional: false,
        };
        // A `304` costs no encode.
        if opened.validators.not_modified(conditions) {
            return Ok(opened);
        }
        let key = CacheKey::new(
            &located.path,
            &source,
            ask.profile,
            Duration::from_millis(ask.start_ms),
        )
        .with_ffmpeg(ask.ffmpeg);
        let handle = self
            .transcodes
            .get(&key)
            .await
            .map_err(|err| self.cache_error(err, &located.track_id))?;
        let mut total = handle.final_len().or_else(|| handle.predicted_len());
        // `bytes=0-`, what browsers send first, is the whole: sent at once. Any other range
        // has no length to be judged by until the encode ends.
        let from_start = conditions
            .range
            .is_some_and(|range| range.split_whitespace().collect::<String>() == "bytes=0-");
        if total.is_none() && conditions.range.is_some() && !from_start {
            match tokio::time::timeout(UNKNOWN_LENGTH_WAIT, handle.finished()).await {
                Ok(Ok(len)) => total = Some(len),
                Ok(Err(err)) => return Err(self.cache_error(err, &located.track_id)),
                Err(_) => {}
            }
        }
        opened.total = total;
        opened.provisional = ask.profile.codec == Codec::Mp3 && handle.final_len().is_none();
        match total {
            Some(total) => {
                opened.decision = opened.validators.decide(total, conditions);
                // A range ahead of the encoder: its headers wait for its first bytes, so
                // that a wait that runs out answers `503` instead of cutting the body.
                if let Decision::Part(part) = &opened.decision {
                    if part.start > 0 {
                        let ready = handle.ready_at(part.start).await;
                        ready.map_err(|err| match err {
                            CacheError::Timeout => MediaError::TranscodeBehind {
                                track_id: located.track_id.clone(),
                                offset: part.start,
                                waited_secs: self.transcodes.settings().wait.as_secs().max(1),
                                retry_after_secs: STALLED_RETRY_AFTER_SECS,
                            },
                            other => self.cache_error(other, &located.track_id),
                        })?;
                    }
                }
                (opened.start, opened.length) = match opened.decision {
                    Decision::Whole => (0, Some(total)),
                    Decision::Part(part) => (part.start, Some(part.len())),
                    Decision::NotModified => (0, Some(0)),
                    Decision::Unsatisfiable => {
                        return Err(MediaError::RangeNotSatisfiable { size: total })
                    }
                };
            }
            None => {
                opened.decision = Decision::Whole;
                opened.length = None;
                let left_ms = u64::try_from(located.row.duration_ms)
                    .unwrap_or(0)
                    .saturating_sub(ask.start_ms);
                opened.estimate = Some(estimated_len(&ask.profile, left_ms));
            }
        }
        opened.handle = Some(handle);
        Ok(opened)
    }
}

/// A transcode's length from its duration and bit rate, with a little for the containers'
/// framing; for progress bars only.
fn estimated_len(profile: &Profile, duration_ms: u64) -> u64 {
    let audio = duration_ms.saturating_mul(u64::from(profile.bitrate_kbps)) / 8;
    audio + audio / 50 + 4096
}

/// What makes a transcode's `ETag` differ from its source's: the codec, the rate, the gain
/// and the start.
fn tag(profile: &Profile, start_ms: u64) -> String {
    let codec = profile.codec.name();
    format!(
        "{codec}{}-{:x}-{start_ms}",
        profile.bitrate_kbps,
        profile.output_gain_db.to_bits()
    )
}

impl MediaService {
    fn cache_error(&self, err: CacheError, track_id: &str) -> MediaError {
        let ffmpeg_version = self.ffmpeg.as_deref().map(Ffmpeg::version);
        let waited = self.transcodes.settings().wait;
        match err {
            CacheError::Busy { retry_after } => MediaError::TranscodeBusy {
                retry_after_secs: retry_after.as_secs().max(1),
            },
            CacheError::Undecodable(reason) => {
                // The decoder's words can name the file's path (ffmpeg's do): the log's only.
                tracing::warn!(track_id, %reason, "a track's file cannot be decoded");
                MediaError::Undecodable {
                    track_id: track_id.to_owned(),
                }
            }
            CacheError::Profile(detail) | CacheError::Failed(detail) => {
                MediaError::Internal(format!("transcoding track '{track_id}' failed: {detail}"))
            }
            // The catalogue's duration let the offset through, but the file is shorter.
            CacheError::OffsetPastEnd { offset, length } => {
                MediaError::Ask(AskError::OffsetPastEnd {
                    offset_ms: offset.as_millis() as u64,
                    duration_ms: length.map_or(0, |length| length.as_millis() as u64),
                })
            }
            CacheError::EncoderMissing { codec, why } => {
                tracing::warn!(track_id, codec, %why, "ffmpeg lacks an encoder");
                MediaError::EncoderMissing {
                    codec,
                    ffmpeg: ffmpeg_version.unwrap_or("ffmpeg").to_owned(),
                }
            }
            CacheError::Timeout => MediaError::TranscodeStalled {
                track_id: track_id.to_owned(),
                waited_secs: waited.as_secs().max(1),
                retry_after_secs: STALLED_RETRY_AFTER_SECS,
            },
        }
    }
}

/// What `GET /api/info` says of transcoding.
#[derive(Debug, Clone)]
pub struct TranscodingFacts {
    /// Engine names (`builtin`, `ffmpeg`) and what each is built from.
    pub engines: Vec<(&'static str, String)>,
    pub max_encodes: usize,
    pub budget_bytes: u64,
}

impl MediaService {
    pub fn transcoding(&self) -> TranscodingFacts {
        let builtin = format!(
            "{}, LAME {}",
            opus::version(),
            mp3lame_encoder::mp3lame_version()
        );
        let settings = self.transcodes.settings();
        let mut engines = vec![("builtin", builtin)];
        if let Some(ffmpeg) = &self.ffmpeg {
            engines.push(("ffmpeg", ffmpeg.version().to_owned()));
        }
        TranscodingFacts {
            engines,
            max_encodes: settings.max_encodes,
            budget_bytes: settings.budget,
        }
    }

    /// The transcode cache, for tests that watch or hold its encodes.
    pub fn transcodes(&self) -> &TranscodeCache {
        &self.transcodes
    }
}

/// The bytes of a transcode from `start`, `length` of them when known: a finished one read
/// as any file is (`chunks`: in place from the page cache, two reads in flight), one still
/// being made through `growing_chunks`. The handle lives as long as the stream either way,
/// so the entry is never evicted under a reader.
pub fn transcoded_chunks(
    handle: Transcoded,
    start: u64,
    length: Option<u64>,
) -> BoxStream<'static, io::Result<Bytes>> {
    if let (Some(Ok(file)), Some(length)) = (handle.whole_file(), length) {
        return chunks(file, start, length)
            .map(move |chunk| {
                let _reading = &handle;
                chunk
            })
            .boxed();
    }
    growing_chunks(handle, start, length).boxed()
}

/// The bytes of a transcode from `start`: `length` of them, or all until its end when the
/// length is not known. A read the encoder does not reach in time, or a failed encode,
/// ends the stream with an error (the connection is cut, never padded). The handle lives
/// as long as the stream: a listener who leaves lets an early encode stop.
fn growing_chunks(
    handle: Transcoded,
    start: u64,
    length: Option<u64>,
) -> impl Stream<Item = io::Result<Bytes>> + Send + 'static {
    let end = length.map(|len| start.saturating_add(len));
    stream::try_unfold((handle, start), move |(handle, at)| async move {
        let want = end.map_or(READ_MAX as u64, |end| end.saturating_sub(at));
        if want == 0 {
            return Ok(None);
        }
        let want = usize::try_from(want).unwrap_or(READ_MAX).min(READ_MAX);
        let bytes = handle
            .read_at(at, want)
            .await
            .map_err(|err| io::Error::other(err.to_string()))?;
        if bytes.is_empty() {
            return match end {
                // The transcode ended short of the length promised: cut, never pad.
                Some(_) => Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the transcode ended before its announced length",
                )),
                None => Ok(None),
            };
        }
        let next = at + bytes.len() as u64;
        Ok(Some((Bytes::from(bytes), (handle, next))))
    })
}
