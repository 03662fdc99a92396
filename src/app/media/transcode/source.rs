//! The source side of a transcode: a file decoded by `app::decode`, as planes of `f32` at
//! the file's rate, one or two channels, from a start offset, and exactly as long as its
//! header declares.
//!
//! Why the declared length is kept even when the file disagrees with it: the transcode's
//! byte length is promised from it before the encode starts (a browser seeks in a
//! resource by that length), so a file with more audio than declared is cut and one with
//! less is made up with silence, and either is logged.

use std::path::Path;
use std::time::Duration;

use crate::app::decode::{AudioFile, DecodeError, Seeked};

use super::TranscodeError;

/// The decoded source, read one decoder buffer at a time.
pub struct Source {
    file: AudioFile,
    /// The file's sample rate.
    pub rate: u32,
    /// What the encoders get: the file's own count when it is mono or stereo, else stereo.
    pub channels: usize,
    /// Frames handed out so far (all of them once `read` has answered `false`).
    pub frames: u64,
    /// The frames `read` hands out in all, from the start offset: what the header
    /// declares less the offset, `None` when it declares no length.
    pub limit: Option<u64>,
    /// The file's first buffer (from the start offset), not yet handed out.
    first: Option<Vec<Vec<f32>>>,
    scratch: Vec<Vec<f32>>,
    /// The file ended; what `limit` still asks for is silence.
    ended: bool,
    /// The decoded frames cut off past `limit`, for the log.
    dropped: u64,
}

/// The sample rates a source may have: telephone audio to eight times DVD audio's.
const SOURCE_RATES: std::ops::RangeInclusive<u32> = 8_000..=768_000;

/// Longer than this, a declared length is not believed (a damaged header, not a
/// recording): promising it would commit an encode to hours of made-up silence.
const LONGEST_BELIEVED: u64 = 48 * 3600;

/// Silence is made up in pieces of this many frames, so that a short file with a long
/// declared length never asks for one large allocation.
const SILENCE_FRAMES: u64 = 4096;

impl Source {
    /// Opens `path` at `start` and decodes its first audio from there, so that a file that
    /// is not audio, or a start past its end, is refused here, before anything is written.
    pub fn open(path: &Path, start: Duration) -> Result<Source, TranscodeError> {
        let mut file = AudioFile::open(path).map_err(undecodable)?;
        let mut scratch = Vec::new();
        let rate = loop {
            match file.next_buffer().map_err(undecodable)? {
                Some(buffer) if buffer.frames() > 0 => {
                    buffer.copy_to_vecs_planar::<f32>(&mut scratch);
                    break buffer.spec().rate();
                }
                Some(_) => continue,
                None => return Err(TranscodeError::Undecodable("no audio in the file".into())),
            }
        };
        let source_channels = scratch.len();
        // A header may claim any rate; the resampler's and the chunks' buffers grow with it,
        // and an allocation of gigabytes aborts the process, not just this transcode.
        if source_channels == 0 || !SOURCE_RATES.contains(&rate) {
            return Err(TranscodeError::Undecodable(format!(
                "{source_channels} channels at {rate} Hz"
            )));
        }
        let channels = source_channels.min(2);
        // A declared zero is no length (some recorders write the header before the audio
        // and never come back to it): there is audio, it was just decoded.
        let declared = file
            .declared_frames
            .filter(|&frames| frames > 0 && frames <= LONGEST_BELIEVED * u64::from(rate));
        let start_frame = frame_at(start, rate);
        let past_end = || TranscodeError::OffsetPastEnd {
            offset: start,
            length: declared.map(|frames| Duration::from_secs_f64(frames as f64 / f64::from(rate))),
        };
        if declared.is_some_and(|frames| start_frame >= frames) {
            return Err(past_end());
        }
        let mut first = vec![Vec::new(); channels];
        mix_into(&scratch, &mut first);
        if start_frame > 0 {
            let decoded = first.first().map_or(0, Vec::len) as u64;
            // Lossy codecs need what comes before a frame to decode it (MP3's overlap and
            // bit reservoir): the seek lands a little earlier and the difference is decoded
            // and dropped like the rest.
            let preroll = u64::from(rate) / 5;
            let target = start_frame.saturating_sub(preroll);
            let at = match file.seek(target, rate).map_err(undecodable)? {
                Seeked::At(at) => {
                    first.iter_mut().for_each(Vec::clear);
                    at
                }
                Seeked::PastEnd => return Err(past_end()),
                // From the start, then: the first buffer's frames are behind.
                Seeked::Unseekable => decoded,
            };
            if at > start_frame {
                tracing::warn!(at, start_frame, "the seek landed after the start asked for");
            }
            let mut skip = start_frame.saturating_sub(at);
            // Whole buffers before the start are dropped as they come; the one the start
            // falls in is cut there and kept as the first.
            loop {
                let have = first.first().map_or(0, Vec::len) as u64;
                if have > skip {
                    for plane in &mut first {
                        plane.drain(..skip as usize);
                    }
                    break;
                }
                skip -= have;
                first.iter_mut().for_each(Vec::clear);
                let Some(buffer) = file.next_buffer().map_err(undecodable)? else {
                    return Err(past_end());
                };
                if buffer.frames() == 0 {
                    continue;
                }
                check_rate(rate, buffer.spec().rate())?;
                buffer.copy_to_vecs_planar::<f32>(&mut scratch);
                mix_into(&scratch, &mut first);
            }
        }
        Ok(Source {
            limit: declared.map(|frames| frames - start_frame),
            file,
            rate,
            channels,
            frames: 0,
            first: Some(first),
            scratch,
            ended: false,
            dropped: 0,
        })
    }

    /// Appends the next decoded buffer to `planes` (one `Vec` per output channel); `false`
    /// at the end of the audio, which is `limit` when there is one.
    pub fn read(&mut self, planes: &mut [Vec<f32>]) -> Result<bool, TranscodeError> {
        if self.limit.is_some_and(|limit| self.frames >= limit) {
            if !self.ended {
                self.drain_past_limit()?;
            }
            return Ok(false);
        }
        let before = planes.first().map_or(0, Vec::len);
        if let Some(first) = self.first.take() {
            for (plane, part) in planes.iter_mut().zip(first) {
                plane.extend_from_slice(&part);
            }
        } else if self.ended {
            let Some(limit) = self.limit else {
                return Ok(false);
            };
            let silence = (limit - self.frames).min(SILENCE_FRAMES) as usize;
            for plane in planes.iter_mut() {
                plane.resize(before + silence, 0.0);
            }
        } else {
            let next = match self.file.next_buffer() {
                // A file cut short (a copy that did not finish) plays to where it stops.
                Err(DecodeError::Io(err)) if err.kind() == std::io::ErrorKind::UnexpectedEof => {
                    tracing::warn!("the file ends in the middle of its audio");
                    None
                }
                other => other.map_err(undecodable)?,
            };
            let Some(buffer) = next else {
                self.ended = true;
                if let Some(limit) = self.limit {
                    if self.frames < limit {
                        tracing::warn!(
                            declared = limit,
                            decoded = self.frames,
                            "the file has less audio than its header declares; silence makes up \
                             the rest"
                        );
                    }
                }
                return self.read(planes);
            };
            if buffer.frames() == 0 {
                return Ok(true);
            }
            // One rate per transcode: the encoders' timing and the header were set from it.
            check_rate(self.rate, buffer.spec().rate())?;
            buffer.copy_to_vecs_planar::<f32>(&mut self.scratch);
            mix_into(&self.scratch, planes);
        }
        let mut added = (planes.first().map_or(0, Vec::len) - before) as u64;
        if let Some(limit) = self.limit {
            let room = limit - self.frames;
            if added > room {
                self.dropped += added - room;
                for plane in planes.iter_mut() {
                    plane.truncate(before + room as usize);
                }
                added = room;
            }
        }
        self.frames += added;
        Ok(true)
    }

    /// At the limit: looks whether the file has more, for the log. One buffer at most: a
    /// file far longer than declared is not decoded to its end for a log line.
    fn drain_past_limit(&mut self) -> Result<(), TranscodeError> {
        self.ended = true;
        if let Some(buffer) = self.file.next_buffer().map_err(undecodable)? {
            self.dropped += buffer.frames() as u64;
        }
        if self.dropped > 0 {
            tracing::warn!(
                declared = self.frames,
                "the file has more audio than its header declares; the rest is left out"
            );
        }
        Ok(())
    }
}

/// The frame `start` falls on at `rate`, rounded to the nearest.
pub fn frame_at(start: Duration, rate: u32) -> u64 {
    let frames = (start.as_nanos() * u128::from(rate) + 500_000_000) / 1_000_000_000;
    u64::try_from(frames).unwrap_or(u64::MAX)
}

fn check_rate(rate: u32, found: u32) -> Result<(), TranscodeError> {
    if found == rate {
        return Ok(());
    }
    Err(TranscodeError::Undecodable(format!(
        "the sample rate changes from {rate} Hz to {found} Hz within the file"
    )))
}

/// A decoding failure is the file's fault, except when the file could not be read at all.
fn undecodable(err: DecodeError) -> TranscodeError {
    match err {
        DecodeError::Io(err) if err.kind() != std::io::ErrorKind::UnexpectedEof => {
            TranscodeError::Io(err)
        }
        other => TranscodeError::Undecodable(other.to_string()),
    }
}

/// Appends `input`'s channels to `output`'s, mixed to its count. Phones and browsers play
/// Opus and MP3 in stereo at most (and Opus beyond two channels needs a mapping family the
/// players handle unevenly), so more than two channels are downmixed to stereo here: in
/// the WAVE/FLAC order (front left, front right, centre, LFE, then the surrounds
/// alternating left and right), the centre and each surround join their side at −3 dB,
/// the LFE is left out, and the sum is scaled so that full scale everywhere stays within
/// full scale.
fn mix_into(input: &[Vec<f32>], output: &mut [Vec<f32>]) {
    let frames = input.iter().map(Vec::len).min().unwrap_or(0);
    match (input.len(), output.len()) {
        (n, m) if n == m => {
            for (out, plane) in output.iter_mut().zip(input) {
                out.extend_from_slice(&plane[..frames]);
            }
        }
        (1, 2) => {
            for out in output.iter_mut() {
                out.extend_from_slice(&input[0][..frames]);
            }
        }
        (n, 1) => {
            let scale = 1.0 / n as f32;
            output[0].extend((0..frames).map(|i| input.iter().map(|p| p[i]).sum::<f32>() * scale));
        }
        (n, 2) => {
            const HALF_POWER: f32 = std::f32::consts::FRAC_1_SQRT_2;
            // (channel, weight in the left, weight in the right)
            let mut weights: Vec<(usize, f32, f32)> = vec![(0, 1.0, 0.0), (1, 0.0, 1.0)];
            if n > 2 {
                weights.push((2, HALF_POWER, HALF_POWER));
            }
            for channel in 4..n {
                if channel.is_multiple_of(2) {
                    weights.push((channel, HALF_POWER, 0.0));
                } else {
                    weights.push((channel, 0.0, HALF_POWER));
                }
            }
            let left_sum: f32 = weights.iter().map(|w| w.1).sum();
            let right_sum: f32 = weights.iter().map(|w| w.2).sum();
            let scale = 1.0 / left_sum.max(right_sum);
            let mix = |i: usize, side: fn(&(usize, f32, f32)) -> f32| {
                weights.iter().map(|w| input[w.0][i] * side(w)).sum::<f32>() * scale
            };
            output[0].extend((0..frames).map(|i| mix(i, |w| w.1)));
            output[1].extend((0..frames).map(|i| mix(i, |w| w.2)));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::mix_into;

    #[test]
    fn five_one_folds_into_stereo_without_clipping_or_the_lfe() {
        // FL, FR, C, LFE, SL, SR: full scale in every channel but the LFE, which is loud
        // and must not be heard.
        let input: Vec<Vec<f32>> = [1.0, -1.0, 1.0, 0.9, 1.0, -1.0]
            .iter()
            .map(|&v| vec![v; 3])
            .collect();
        let mut out = vec![Vec::new(), Vec::new()];
        mix_into(&input, &mut out);
        assert_eq!(out[0].len(), 3);
        // Left: FL + C/√2 + SL/√2, over the same sum: exactly full scale.
        assert!((out[0][0] - 1.0).abs() < 1e-6, "{}", out[0][0]);
        // Right: −FR + C/√2 − SR/√2 = (−1 + 0.707 − 0.707) / (1 + 1.414): the centre
        // cancels the surround, the LFE adds nothing.
        let expected = -1.0 / (1.0 + std::f32::consts::SQRT_2);
        assert!((out[1][0] - expected).abs() < 1e-6, "{}", out[1][0]);
    }
}
