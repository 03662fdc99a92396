//! Decoding an audio file with symphonia, as loudness measurement (`loudness::measure`) and
//! transcoding (`media::transcode`) both do: probe the file, pick its default audio track,
//! and hand out its decoded buffers one packet at a time, with one policy for damaged
//! packets and chained streams.

use std::path::Path;

use symphonia::core::audio::GenericAudioBufferRef;
use symphonia::core::codecs::audio::{AudioDecoder, AudioDecoderOptions};
use symphonia::core::errors::{Error as SymphoniaError, SeekErrorKind};
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, FormatReader, SeekMode, SeekTo, TrackType};
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::core::units::{TimeBase, Timestamp};

/// Malformed packets skipped before a file counts as undecodable: a scratch in a rip is
/// heard as a click, a file of garbage is refused.
const MAX_BAD_PACKETS: usize = 64;

#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot decode the audio: {0}")]
    Decode(String),
    #[error("the file has no audio track")]
    NoAudio,
}

impl From<SymphoniaError> for DecodeError {
    fn from(err: SymphoniaError) -> Self {
        match err {
            SymphoniaError::IoError(err) => DecodeError::Io(err),
            other => DecodeError::Decode(other.to_string()),
        }
    }
}

/// An open file's default audio track and its decoder.
pub struct AudioFile {
    format: Box<dyn FormatReader>,
    decoder: Box<dyn AudioDecoder>,
    track_id: u32,
    bad_packets: usize,
    /// The track's length in frames, when the container declares it (a header's word,
    /// not a promise: the decoded count is what counts).
    pub declared_frames: Option<u64>,
    /// The track's timestamp unit, when the container names it (frames otherwise).
    time_base: Option<TimeBase>,
}

/// Where a seek landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seeked {
    /// The next buffer starts at this frame, at or before the one asked for.
    At(u64),
    /// The format cannot seek; the reader has not moved.
    Unseekable,
    /// The frame asked for is past the track's end.
    PastEnd,
}

impl AudioFile {
    /// Opens `path`, guessing its format from its content, helped by its extension.
    pub fn open(path: &Path) -> Result<AudioFile, DecodeError> {
        let file = std::fs::File::open(path)?;
        let stream = MediaSourceStream::new(Box::new(file), Default::default());
        let mut hint = Hint::new();
        if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
            hint.with_extension(ext);
        }
        // Tags and cover art are the scanner's: the reader skips what it can of them.
        let format = symphonia::default::get_probe().probe(
            &hint,
            stream,
            FormatOptions::default(),
            MetadataOptions::default(),
        )?;
        let track = format
            .default_track(TrackType::Audio)
            .ok_or(DecodeError::NoAudio)?;
        let track_id = track.id;
        let declared_frames = track.num_frames;
        let time_base = track.time_base;
        let params = track
            .codec_params
            .as_ref()
            .and_then(|p| p.audio())
            .ok_or(DecodeError::NoAudio)?
            .clone();
        let decoder = symphonia::default::get_codecs()
            .make_audio_decoder(&params, &AudioDecoderOptions::default())?;
        Ok(AudioFile {
            format,
            decoder,
            track_id,
            bad_packets: 0,
            declared_frames,
            time_base,
        })
    }

    /// Moves the reader to `frame` of the track (frames at `rate` from its start), as
    /// exactly as the container allows: packets are the unit, so the buffer after an `At`
    /// may start a little before `frame`, and a caller wanting the exact frame decodes and
    /// drops the difference.
    pub fn seek(&mut self, frame: u64, rate: u32) -> Result<Seeked, DecodeError> {
        let (numer, denom) = self.time_base.map_or((1, u128::from(rate)), |tb| {
            (u128::from(tb.numer.get()), u128::from(tb.denom.get()))
        });
        let rate = u128::from(rate.max(1));
        // frame / rate seconds in ticks of numer / denom seconds.
        let ts = u128::from(frame) * denom / (numer * rate);
        let Ok(ts) = i64::try_from(ts) else {
            return Ok(Seeked::PastEnd);
        };
        let to = SeekTo::Timestamp {
            ts: Timestamp::new(ts),
            track_id: self.track_id,
        };
        match self.format.seek(SeekMode::Accurate, to) {
            Ok(seeked) => {
                self.decoder.reset();
                let actual = u128::try_from(seeked.actual_ts.get()).unwrap_or(0);
                let frame = actual * numer * rate / denom;
                Ok(Seeked::At(u64::try_from(frame).unwrap_or(u64::MAX)))
            }
            Err(SymphoniaError::SeekError(SeekErrorKind::OutOfRange)) => Ok(Seeked::PastEnd),
            Err(SymphoniaError::SeekError(_)) => Ok(Seeked::Unseekable),
            Err(err) => Err(err.into()),
        }
    }

    /// The next decoded buffer of the track, `None` at its end. A damaged packet is skipped
    /// (up to `MAX_BAD_PACKETS`); a buffer may be empty.
    pub fn next_buffer(&mut self) -> Result<Option<GenericAudioBufferRef<'_>>, DecodeError> {
        loop {
            let packet = match self.format.next_packet() {
                Ok(Some(packet)) => packet,
                Ok(None) => return Ok(None),
                // A chained stream (a new Ogg stream after the first): what came before counts.
                Err(SymphoniaError::ResetRequired) => return Ok(None),
                Err(err) => return Err(err.into()),
            };
            if packet.track_id != self.track_id {
                continue;
            }
            match self.decoder.decode(&packet) {
                // The buffer is taken after the loop (`last_decoded`): returning it from
                // inside the match would keep the decoder borrowed for the skipped packets'
                // iterations too.
                Ok(_) => break,
                Err(SymphoniaError::DecodeError(_)) if self.bad_packets < MAX_BAD_PACKETS => {
                    self.bad_packets += 1;
                }
                Err(err) => return Err(err.into()),
            }
        }
        Ok(Some(self.decoder.last_decoded()))
    }
}
