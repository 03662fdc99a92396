//! The transcoding engine: a track's file made into Opus (in Ogg) or MP3 inside the hub,
//! with no program to install, one bounded chunk at a time so that a cache can append each
//! chunk to a growing file, tell how far it got, and stop between chunks when nobody
//! listens any more.
//!
//! # Layout
//! - `source`: the file decoded by `app::decode` into planes of `f32`, more than two
//!   channels folded into stereo, from a start offset (seeked, then cut at the exact
//!   frame), held to the length its header declares.
//! - `resample`: the source's rate made into the encoder's (rubato), exactly as long as
//!   the source.
//! - `ogg_opus`: libopus (built into the binary) at a constant bit rate, and the Ogg Opus
//!   stream around its packets: pre-skip, output gain, granule positions, end trimming,
//!   pages of a fixed packet count, the stream's length predicted.
//! - `mp3`: LAME (built in too) at a constant bit rate, with its Xing/LAME header frame,
//!   and the stream's length predicted from LAME's delay, flush and padding.
//! - `tail`: an Opus stream's last pages made first, by a second encode of the source's
//!   end, so that players (which read the end of an Ogg file for its duration before they
//!   play) need not wait for the whole encode.
//! - `ffmpeg`: the fallback engine, ffmpeg in a pipe, for the formats `app::decode` cannot
//!   read.
//! - `cache`: the bounded disk cache the stream route will serve transcodes from: one
//!   encode per (file, profile, start) into a growing file that readers share while it
//!   grows.
//! - Here: `Profile`, `TranscodeError`, and `Transcoder`, which drives the four.
//! - `tests/`: the output read back by independent decoders (`mod.rs`), the predicted
//!   length against the real output (`length.rs`), start offsets (`offset.rs`), the end
//!   made first (`tail.rs`).
//!
//! Memory stays bounded whatever the file's length: the source is decoded one packet at a
//! time, and at most one chunk of audio and of output waits between the stages.
//!
//! Both codecs run at a constant bit rate, and the output's exact byte length is known
//! before the first byte (`Transcoder::predicted_len`) whenever the source declares its
//! length: a browser's `<audio>` seeks only in a resource whose total size the first
//! response gives, which is what lets one seek a transcode while it is being made. That
//! promise is kept even when the header lies (see `source`). A transcode may also start at
//! an offset (`Transcoder::new_at`), for players that seek by asking for a new stream from
//! a time.

pub mod cache;
pub mod ffmpeg;
mod mp3;
mod ogg_opus;
mod resample;
mod source;
pub mod tail;
#[cfg(test)]
mod tests;

use std::io::{Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

pub use ogg_opus::{gain_q78, Layout};

use resample::RateChange;
use source::Source;

/// What the output is encoded as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Codec {
    /// Opus in Ogg, 48 kHz, at a constant bit rate.
    Opus,
    /// MP3 at a constant bit rate.
    Mp3,
}

impl Codec {
    /// Its short name: the cached file's extension, a download's, and what `X-Transcode`
    /// and the `ETag` say.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Opus => "opus",
            Codec::Mp3 => "mp3",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Codec::Opus => "audio/ogg; codecs=opus",
            Codec::Mp3 => "audio/mpeg",
        }
    }
}

/// One kind of transcode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Profile {
    pub codec: Codec,
    pub bitrate_kbps: u32,
    /// A gain for the player to apply: in Opus's header (every decoder applies it, the
    /// samples are untouched), scaled into the samples for MP3.
    pub output_gain_db: f32,
}

impl Profile {
    pub fn opus(bitrate_kbps: u32) -> Profile {
        Profile {
            codec: Codec::Opus,
            bitrate_kbps,
            output_gain_db: 0.0,
        }
    }

    pub fn mp3(bitrate_kbps: u32) -> Profile {
        Profile {
            codec: Codec::Mp3,
            bitrate_kbps,
            output_gain_db: 0.0,
        }
    }
}

/// Opus's useful range: below 6 kbit/s libopus refuses, above 510 it has nothing to add.
const OPUS_KBPS: std::ops::RangeInclusive<u32> = 6..=510;

#[derive(Debug, thiserror::Error)]
pub enum TranscodeError {
    /// The source is not audio the hub can decode, or is damaged past playing.
    #[error("the file cannot be decoded: {0}")]
    Undecodable(String),
    /// The profile asks for what the encoder cannot do.
    #[error("{0}")]
    Profile(String),
    /// Reading the source or writing the output failed.
    #[error("reading or writing failed: {0}")]
    Io(#[from] std::io::Error),
    /// An encoder or the resampler refused; not the file's fault.
    #[error("the encoder failed: {0}")]
    Encoder(String),
    /// The encoder stopped producing (a hung ffmpeg, stopped by its watchdog).
    #[error("the encoder stalled: {0}")]
    Stalled(String),
    /// ffmpeg was built without the encoder the profile needs (its words).
    #[error("ffmpeg has no {codec} encoder: {why}")]
    EncoderMissing { codec: &'static str, why: String },
    /// `run` saw its cancel flag; what was written is a partial stream.
    #[error("the transcode was cancelled")]
    Cancelled,
    /// The start offset is at or past the end of the audio (for HTTP: `416`, the range of
    /// time asked for is not in the track).
    #[error("the start offset {offset:?} is at or past the end of the audio")]
    OffsetPastEnd {
        offset: Duration,
        /// The audio's length, when the header declares it.
        length: Option<Duration>,
    },
}

/// Source audio decoded per chunk: a quarter of a second, a few milliseconds of work, so
/// that the first bytes come out soon and a cancelled transcode stops soon.
const CHUNK_SECONDS: f64 = 0.25;

enum Sink {
    Opus(ogg_opus::OggOpus),
    Mp3(mp3::Mp3),
}

/// How a finished transcode went.
#[derive(Debug, Clone)]
pub struct Finished {
    /// Source frames decoded, at `source_rate`.
    pub source_frames: u64,
    pub source_rate: u32,
    /// Frames the output decodes to (after pre-skip and end trimming for Opus), at
    /// `output_rate`.
    pub output_frames: u64,
    pub output_rate: u32,
    pub bytes: u64,
    pub elapsed: Duration,
}

/// One file being transcoded. `step` encodes the next chunk into the writer; the caller
/// owns the loop (`run` is the plain one), so it can look at `bytes_written` and stop
/// between two chunks.
pub struct Transcoder {
    profile: Profile,
    source: Source,
    rate: RateChange,
    output_rate: u32,
    sink: Sink,
    /// Decoded, waiting for the resampler.
    decoded: Vec<Vec<f32>>,
    /// Resampled, waiting for the encoder.
    resampled: Vec<Vec<f32>>,
    chunk_frames: usize,
    /// The output's exact final length, when the source declares its own.
    predicted_len: Option<u64>,
    /// Where in the writer the output starts (MP3's header frame is written there again
    /// at the end); taken at the first step.
    start: Option<u64>,
    bytes: u64,
    started: Instant,
    span: tracing::Span,
    finished: Option<Finished>,
    /// Where the output ends early: the rest was written already (`tail`).
    stop_at: Option<u64>,
}

impl Transcoder {
    /// Opens `path` and prepares the encoder. A file that is not audio fails here, as
    /// `TranscodeError::Undecodable`, before any output exists.
    pub fn new(path: &Path, profile: Profile) -> Result<Transcoder, TranscodeError> {
        Transcoder::new_at(path, profile, Duration::ZERO)
    }

    /// As `new`, the output starting at `start` into the audio (to the nearest source
    /// frame): the source is seeked, then decoded and dropped up to that frame; the output
    /// begins there as any transcode begins (Opus's pre-skip as usual), and its length
    /// counts only what is left. A start at or past the end is
    /// `TranscodeError::OffsetPastEnd`.
    pub fn new_at(
        path: &Path,
        profile: Profile,
        start: Duration,
    ) -> Result<Transcoder, TranscodeError> {
        let started = Instant::now();
        let span = tracing::info_span!(
            "transcode",
            codec = ?profile.codec,
            kbps = profile.bitrate_kbps,
            start_ms = start.as_millis() as u64,
            path = %path.display(),
        );
        let _entered = span.enter();
        if profile.codec == Codec::Opus && !OPUS_KBPS.contains(&profile.bitrate_kbps) {
            return Err(TranscodeError::Profile(format!(
                "Opus takes 6 to 510 kbit/s, not {}",
                profile.bitrate_kbps
            )));
        }
        let source = Source::open(path, start)?;
        let channels = source.channels;
        let (output_rate, sink) = match profile.codec {
            Codec::Opus => (
                ogg_opus::RATE,
                Sink::Opus(ogg_opus::OggOpus::new(
                    channels,
                    profile.bitrate_kbps,
                    source.rate,
                    profile.output_gain_db,
                )?),
            ),
            Codec::Mp3 => {
                let rate = mp3::output_rate(source.rate);
                let encoder =
                    mp3::Mp3::new(channels, rate, profile.bitrate_kbps, profile.output_gain_db)?;
                (rate, Sink::Mp3(encoder))
            }
        };
        tracing::debug!(
            source_rate = source.rate,
            channels,
            output_rate,
            "transcode opened"
        );
        let rate = RateChange::new(source.rate, output_rate, channels)?;
        let predicted_len = source.limit.map(|frames| {
            let output_frames = rate.output_len(frames);
            match &sink {
                Sink::Opus(opus) => opus.predicted_len(output_frames),
                Sink::Mp3(_) => {
                    mp3::predicted_len(output_frames, output_rate, profile.bitrate_kbps)
                }
            }
        });
        let chunk_frames = (f64::from(source.rate) * CHUNK_SECONDS) as usize;
        drop(_entered);
        Ok(Transcoder {
            profile,
            rate,
            output_rate,
            sink,
            decoded: vec![Vec::with_capacity(chunk_frames * 2); channels],
            resampled: vec![Vec::new(); channels],
            chunk_frames: chunk_frames.max(1),
            source,
            predicted_len,
            start: None,
            bytes: 0,
            started,
            span,
            finished: None,
            stop_at: None,
        })
    }

    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// Bytes written into the writer so far.
    pub fn bytes_written(&self) -> u64 {
        self.bytes
    }

    /// How many frames the output will decode to, from the length the source's header
    /// declares (`None` when it declares none), less the start offset.
    pub fn expected_output_frames(&self) -> Option<u64> {
        self.source.limit.map(|frames| self.rate.output_len(frames))
    }

    /// The output's exact final length in bytes, known before the first byte when the
    /// source declares its length (`None` otherwise): what the HTTP layer sends as
    /// `Content-Length` while the encode is still under way. Kept whatever the file holds.
    pub fn predicted_len(&self) -> Option<u64> {
        self.predicted_len
    }

    /// How far the encode got, from 0 to 1: source frames decoded against the length the
    /// header declares (`None` when it declares none), for deciding whether an encode
    /// nobody listens to any more is worth finishing.
    pub fn progress(&self) -> Option<f64> {
        self.source
            .limit
            .filter(|&frames| frames > 0)
            .map(|frames| (self.source.frames as f64 / frames as f64).min(1.0))
    }

    /// The output's sample rate.
    pub fn output_rate(&self) -> u32 {
        self.output_rate
    }

    /// Where every page of the finished Opus stream will lie, when it is Opus and the
    /// source declares its length (`tail`).
    pub fn opus_layout(&self) -> Option<ogg_opus::Layout> {
        match &self.sink {
            Sink::Opus(opus) => self
                .expected_output_frames()
                .map(|total| opus.layout(total)),
            Sink::Mp3(_) => None,
        }
    }

    /// Ends the output after `len` bytes: what follows was written beforehand (`tail`).
    /// `step` then reports the transcode finished once it has written that far.
    pub fn stop_at(&mut self, len: u64) {
        self.stop_at = Some(len);
    }

    /// The Opus header's pre-skip (the encoder's lookahead), for Opus transcodes.
    pub fn opus_pre_skip(&self) -> Option<u16> {
        match &self.sink {
            Sink::Opus(opus) => Some(opus.pre_skip()),
            Sink::Mp3(_) => None,
        }
    }

    /// Encodes the next chunk into `out`: `Ok(None)` while there is more to come,
    /// `Ok(Some(..))` once the output is complete (MP3's header frame rewritten in place,
    /// the writer left at the end). Calling it again after that changes nothing. After an
    /// error the output is a broken stream and the transcoder is spent: drop both.
    pub fn step<W: Write + Seek>(
        &mut self,
        out: &mut W,
    ) -> Result<Option<Finished>, TranscodeError> {
        if let Some(done) = &self.finished {
            return Ok(Some(done.clone()));
        }
        let span = self.span.clone();
        let _entered = span.enter();
        if self.start.is_none() {
            self.start = Some(out.stream_position()?);
        }
        let mut more = true;
        while more && self.decoded.first().map_or(0, Vec::len) < self.chunk_frames {
            more = self.source.read(&mut self.decoded)?;
        }
        if more {
            self.rate.push(&mut self.decoded, &mut self.resampled)?;
        } else {
            self.rate.finish(&mut self.decoded, &mut self.resampled)?;
        }
        let header = match &mut self.sink {
            Sink::Opus(opus) => {
                opus.encode(&mut self.resampled)?;
                if !more {
                    opus.finish(self.rate.output_len(self.source.frames))?;
                }
                None
            }
            Sink::Mp3(mp3) => {
                mp3.encode(&mut self.resampled)?;
                if more {
                    None
                } else {
                    Some(mp3.finish()?)
                }
            }
        };
        let pending = match &mut self.sink {
            Sink::Opus(opus) => opus.take_pages(),
            Sink::Mp3(mp3) => mp3.take_bytes(),
        };
        let room = self
            .stop_at
            .map_or(u64::MAX, |end| end.saturating_sub(self.bytes));
        let cut = pending.len() as u64 >= room;
        let writing = &pending[..pending
            .len()
            .min(usize::try_from(room).unwrap_or(usize::MAX))];
        out.write_all(writing)?;
        self.bytes += writing.len() as u64;
        pending.clear();
        if cut {
            out.flush()?;
            let done = self.done();
            self.finished = Some(done.clone());
            return Ok(Some(done));
        }
        if more {
            return Ok(None);
        }
        if let Some(header) = header {
            // Over LAME's placeholder, which is the same size: the stream's length does not
            // change, so bytes already served stay valid but the first frame.
            let start = self.start.unwrap_or(0);
            out.seek(SeekFrom::Start(start))?;
            out.write_all(&header)?;
            out.seek(SeekFrom::Start(start + self.bytes))?;
        }
        out.flush()?;
        if let Some(predicted) = self.predicted_len.filter(|&len| len != self.bytes) {
            // The whole design rests on this; the tests prove it never happens.
            tracing::error!(
                predicted,
                bytes = self.bytes,
                "the transcode's length was mispredicted"
            );
        }
        let done = self.done();
        let audio_seconds = done.source_frames as f64 / f64::from(done.source_rate);
        tracing::info!(
            seconds = format_args!("{:.3}", done.elapsed.as_secs_f64()),
            audio_seconds = format_args!("{audio_seconds:.1}"),
            real_time = format_args!(
                "{:.0}x",
                audio_seconds / done.elapsed.as_secs_f64().max(1e-9)
            ),
            bytes = done.bytes,
            "transcode finished"
        );
        self.finished = Some(done.clone());
        Ok(Some(done))
    }

    fn done(&self) -> Finished {
        Finished {
            source_frames: self.source.frames,
            source_rate: self.source.rate,
            output_frames: self.rate.output_len(self.source.frames),
            output_rate: self.output_rate,
            bytes: self.bytes,
            elapsed: self.started.elapsed(),
        }
    }

    /// Runs to the end, looking at `cancel` between chunks: a set flag ends the transcode
    /// with `TranscodeError::Cancelled`, leaving what was written so far.
    pub fn run<W: Write + Seek>(
        &mut self,
        out: &mut W,
        cancel: &AtomicBool,
    ) -> Result<Finished, TranscodeError> {
        loop {
            if cancel.load(Ordering::Relaxed) {
                let _entered = self.span.enter();
                tracing::info!(bytes = self.bytes, "transcode cancelled");
                return Err(TranscodeError::Cancelled);
            }
            if let Some(done) = self.step(out)? {
                return Ok(done);
            }
        }
    }
}
