//! The source side of a transcode: a file decoded by `app::decode`, as planes of `f32` at
//! the file's rate, one or two channels.

use std::path::Path;

use crate::app::decode::{AudioFile, DecodeError};

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
    /// The length the file's header declares, in frames, when it does.
    pub declared_frames: Option<u64>,
    /// The file's first buffer, decoded while opening, not yet handed out.
    first: Option<Vec<Vec<f32>>>,
    scratch: Vec<Vec<f32>>,
}

/// The sample rates a source may have: telephone audio to eight times DVD audio's.
const SOURCE_RATES: std::ops::RangeInclusive<u32> = 8_000..=768_000;

impl Source {
    /// Opens `path` and decodes its first audio, so that a file that is not audio is refused
    /// here, before anything is written.
    pub fn open(path: &Path) -> Result<Source, TranscodeError> {
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
        let mut first = vec![Vec::new(); channels];
        mix_into(&scratch, &mut first);
        Ok(Source {
            declared_frames: file.declared_frames,
            file,
            rate,
            channels,
            frames: 0,
            first: Some(first),
            scratch,
        })
    }

    /// Appends the next decoded buffer to `planes` (one `Vec` per output channel); `false`
    /// at the end of the audio.
    pub fn read(&mut self, planes: &mut [Vec<f32>]) -> Result<bool, TranscodeError> {
        if let Some(first) = self.first.take() {
            let frames = first.first().map_or(0, Vec::len);
            for (plane, part) in planes.iter_mut().zip(first) {
                plane.extend_from_slice(&part);
            }
            self.frames += frames as u64;
            return Ok(true);
        }
        let Some(buffer) = self.file.next_buffer().map_err(undecodable)? else {
            return Ok(false);
        };
        if buffer.frames() == 0 {
            return Ok(true);
        }
        // One rate per transcode: the encoders' timing and the header were set from it.
        if buffer.spec().rate() != self.rate {
            return Err(TranscodeError::Undecodable(format!(
                "the sample rate changes from {} Hz to {} Hz within the file",
                self.rate,
                buffer.spec().rate()
            )));
        }
        buffer.copy_to_vecs_planar::<f32>(&mut self.scratch);
        let before = planes.first().map_or(0, Vec::len);
        mix_into(&self.scratch, planes);
        self.frames += (planes.first().map_or(0, Vec::len) - before) as u64;
        Ok(true)
    }
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
