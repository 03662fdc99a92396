//! Measuring one file: decode it with symphonia (`app::decode`) and feed the decoded planes
//! straight to an EBU R128 meter (`ebur128`), integrated loudness and true peak. ReplayGain 2.0 reads
//! both: the gain brings the integrated loudness to −18 LUFS, the peak is the true peak as
//! a linear amplitude (1.0 is full scale, above it the signal clips once reconstructed).
//!
//! The meter's state is kept after the track is measured, so that an album's tracks can be
//! gated together (`album`), as ReplayGain's album gain asks: the album's loudness is not
//! the mean of its tracks'.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use ebur128::{EbuR128, Mode};
use symphonia::core::audio::{Audio, GenericAudioBufferRef};

use crate::app::decode::{AudioFile, DecodeError};

/// ReplayGain 2.0's reference loudness.
pub const REFERENCE_LUFS: f64 = -18.0;

/// More channels than any file the hub plays; the planes are passed on the stack.
const MAX_CHANNELS: usize = 16;

/// Packets read between two looks at the cancel flag: a few milliseconds of decoding, so a
/// stopping hub never waits on a long file, while the atomic load stays off the hot path.
const CANCEL_CHECK_PACKETS: usize = 64;

/// One measured track.
pub struct Measured {
    /// Integrated loudness in LUFS; `None` for silence (nothing above the gate).
    pub integrated_lufs: Option<f64>,
    /// The highest true peak over the channels, linear.
    pub true_peak: f64,
    /// Decoded audio, in seconds.
    pub seconds: f64,
    meter: EbuR128,
}

impl Measured {
    /// The ReplayGain 2.0 track gain in dB; `None` for silence.
    pub fn gain_db(&self) -> Option<f64> {
        self.integrated_lufs.map(gain_db)
    }
}

/// The gain that brings `lufs` to the reference.
pub fn gain_db(lufs: f64) -> f64 {
    REFERENCE_LUFS - lufs
}

#[derive(Debug, thiserror::Error)]
pub enum MeasureError {
    /// The file could not be read or decoded (`app::decode`'s reasons).
    #[error(transparent)]
    Audio(#[from] DecodeError),
    #[error("loudness meter: {0}")]
    Meter(#[from] ebur128::Error),
    /// The run was stopped mid-file: says nothing about the file, so it is not recorded.
    #[error("the measurement was cancelled")]
    Cancelled,
}

/// Decodes the whole file and measures it.
pub fn measure_file(path: &Path) -> Result<Measured, MeasureError> {
    measure_file_until(path, &AtomicBool::new(false))
}

/// Decodes the whole file and measures it, unless `cancel` is set first: decoding runs on
/// a blocking thread that nothing else can stop, so the flag is read every few packets and
/// a set flag ends it with `MeasureError::Cancelled`.
pub fn measure_file_until(path: &Path, cancel: &AtomicBool) -> Result<Measured, MeasureError> {
    let mut file = AudioFile::open(path)?;
    let mut meter: Option<EbuR128> = None;
    let mut frames: u64 = 0;
    let mut rate = 0u32;
    // For sample formats the meter does not take, reused from packet to packet.
    let mut scratch: Vec<Vec<f32>> = Vec::new();
    let mut packets = 0usize;
    loop {
        // Before the first packet too: a run stopped between two files ends here at once.
        if packets.is_multiple_of(CANCEL_CHECK_PACKETS) && cancel.load(Ordering::Relaxed) {
            return Err(MeasureError::Cancelled);
        }
        packets += 1;
        let Some(buffer) = file.next_buffer()? else {
            break;
        };
        if buffer.frames() == 0 {
            continue;
        }
        let spec = buffer.spec();
        let channels = spec.channels().count();
        if channels == 0 || channels > MAX_CHANNELS {
            return Err(DecodeError::Decode(format!("{channels} channels")).into());
        }
        let meter = match &mut meter {
            Some(meter) => {
                if meter.channels() as usize != channels || meter.rate() != spec.rate() {
                    meter.change_parameters(channels as u32, spec.rate())?;
                }
                meter
            }
            None => {
                rate = spec.rate();
                meter.insert(EbuR128::new(
                    channels as u32,
                    spec.rate(),
                    Mode::I | Mode::TRUE_PEAK,
                )?)
            }
        };
        frames += buffer.frames() as u64;
        feed(meter, &buffer, &mut scratch)?;
    }
    let meter = meter.ok_or(DecodeError::NoAudio)?;
    let integrated = meter.loudness_global()?;
    let mut true_peak: f64 = 0.0;
    for channel in 0..meter.channels() {
        true_peak = true_peak.max(meter.true_peak(channel)?);
    }
    Ok(Measured {
        integrated_lufs: integrated.is_finite().then_some(integrated),
        true_peak,
        seconds: if rate > 0 {
            frames as f64 / f64::from(rate)
        } else {
            0.0
        },
        meter,
    })
}

/// Gives the meter one decoded buffer, plane by plane: the formats decoders produce most
/// (f32 from lossy codecs, i16 and i32 from PCM and FLAC) without a copy, the rest
/// converted into `scratch`.
fn feed(
    meter: &mut EbuR128,
    buffer: &GenericAudioBufferRef<'_>,
    scratch: &mut Vec<Vec<f32>>,
) -> Result<(), ebur128::Error> {
    fn planes<'a, S: symphonia::core::audio::sample::Sample>(
        buf: &'a impl Audio<S>,
        out: &mut [&'a [S]; MAX_CHANNELS],
    ) -> usize {
        let n = buf.num_planes().min(MAX_CHANNELS);
        for (i, slot) in out.iter_mut().enumerate().take(n) {
            *slot = buf.plane(i).unwrap_or_default();
        }
        n
    }
    match buffer {
        GenericAudioBufferRef::F32(buf) => {
            let mut out: [&[f32]; MAX_CHANNELS] = [&[]; MAX_CHANNELS];
            let n = planes(*buf, &mut out);
            meter.add_frames_planar_f32(&out[..n])
        }
        GenericAudioBufferRef::S16(buf) => {
            let mut out: [&[i16]; MAX_CHANNELS] = [&[]; MAX_CHANNELS];
            let n = planes(*buf, &mut out);
            meter.add_frames_planar_i16(&out[..n])
        }
        GenericAudioBufferRef::S32(buf) => {
            let mut out: [&[i32]; MAX_CHANNELS] = [&[]; MAX_CHANNELS];
            let n = planes(*buf, &mut out);
            meter.add_frames_planar_i32(&out[..n])
        }
        GenericAudioBufferRef::F64(buf) => {
            let mut out: [&[f64]; MAX_CHANNELS] = [&[]; MAX_CHANNELS];
            let n = planes(*buf, &mut out);
            meter.add_frames_planar_f64(&out[..n])
        }
        other => {
            other.copy_to_vecs_planar::<f32>(scratch);
            let mut out: [&[f32]; MAX_CHANNELS] = [&[]; MAX_CHANNELS];
            let n = scratch.len().min(MAX_CHANNELS);
            for (slot, plane) in out.iter_mut().zip(scratch.iter()) {
                *slot = plane;
            }
            meter.add_frames_planar_f32(&out[..n])
        }
    }
}

/// An album's loudness and peak: its tracks gated together, the highest peak. `None`
/// when there is nothing to gate (every track silent).
pub fn album<'a>(tracks: impl IntoIterator<Item = &'a Measured> + Clone) -> Option<(f64, f64)> {
    let loudness =
        EbuR128::loudness_global_multiple(tracks.clone().into_iter().map(|t| &t.meter)).ok()?;
    let peak = tracks
        .into_iter()
        .map(|t| t.true_peak)
        .fold(0.0f64, f64::max);
    loudness.is_finite().then_some((loudness, peak))
}

/// A sine of `amplitude` (linear, 1.0 full scale) at 997 Hz, 16-bit stereo PCM in a WAV
/// file: audio of a known level for the tests and the benchmark.
pub fn sine_wav(amplitude: f64, seconds: f64, rate: u32) -> Vec<u8> {
    let frames = (seconds * f64::from(rate)) as u32;
    let mut out = crate::library::generate::wav_header(2, rate, frames);
    let step = std::f64::consts::TAU * 997.0 / f64::from(rate);
    for n in 0..frames {
        let value = (amplitude * (step * f64::from(n)).sin() * 32767.0).round() as i16;
        out.extend_from_slice(&value.to_le_bytes());
        out.extend_from_slice(&value.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured(amplitude: f64, seconds: f64) -> Measured {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sine.wav");
        std::fs::write(&path, sine_wav(amplitude, seconds, 44_100)).expect("write");
        measure_file(&path).expect("measured")
    }

    #[test]
    fn a_full_scale_sine_reads_as_the_standard_says() {
        // EBU Tech 3341 (a stereo sine of −23 dBFS reads −23 LUFS): a 997 Hz sine at full
        // scale in both channels reads 0 LUFS.
        let m = measured(1.0, 5.0);
        let lufs = m.integrated_lufs.expect("not silent");
        assert!(lufs.abs() < 0.1, "{lufs}");
        assert!((m.true_peak - 1.0).abs() < 0.02, "{}", m.true_peak);
        assert!((m.seconds - 5.0).abs() < 0.01);
        let quiet = measured(0.1, 5.0);
        let difference = quiet.gain_db().unwrap_or_default() - m.gain_db().unwrap_or_default();
        assert!((difference - 20.0).abs() < 0.1, "{difference}");
        // Gated together: 20 LU down, the quiet track falls under the relative gate (−10
        // LU), so the album reads as the loud track; the peak is the louder one's.
        let (loudness, peak) = album([&m, &quiet]).expect("album");
        assert!((loudness - lufs).abs() < 0.05, "{loudness}");
        assert!((peak - m.true_peak).abs() < 1e-9);
        // 6 dB apart, both count: the mean of their powers, (1 + 1/4) / 2, is −2.04 LUFS,
        // not the mean of their loudness (−3.01).
        let half = measured(0.5, 5.0);
        let (loudness, _) = album([&m, &half]).expect("album");
        assert!((loudness - -2.04).abs() < 0.05, "{loudness}");
    }

    #[test]
    fn every_committed_format_but_opus_decodes() {
        let fixtures = crate::library::generate::fixtures_dir();
        for rel in [
            "Beyoncé/Dangerously in Love/01 Crazy in Love.mp3",
            "Beyoncé/I Am... Sasha Fierce/2-01 Single Ladies.flac",
            "Various/Now That's What I Call Fixtures/01 Artist A - First Song.ogg",
            "YOASOBI/THE BOOK/01 夜に駆ける.m4a",
            "Untagged Folder/07 - Lost Track.wav",
            "Long Values/long.aiff",
        ] {
            let m = measure_file(&fixtures.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
            assert!(m.seconds > 0.0, "{rel}");
        }
        // Not in symphonia yet: an error, which the analysis records, not a panic.
        let opus = "Various/Now That's What I Call Fixtures/02 Artist B - Second Song.opus";
        assert!(measure_file(&fixtures.join(opus)).is_err());
    }

    #[test]
    fn a_set_cancel_flag_stops_the_measurement_before_the_file_is_decoded() {
        // Half a minute of audio (5 MB), thousands of packets: far past the first check.
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("long.wav");
        std::fs::write(&path, sine_wav(0.5, 30.0, 44_100)).expect("write");
        let cancel = AtomicBool::new(true);
        assert!(matches!(
            measure_file_until(&path, &cancel),
            Err(MeasureError::Cancelled)
        ));
        // The same file with the flag down is measured whole, so the refusal above came
        // from the flag, not from the file.
        cancel.store(false, Ordering::Relaxed);
        let whole = measure_file_until(&path, &cancel).expect("measured");
        assert!((whole.seconds - 30.0).abs() < 0.01, "{}", whole.seconds);
    }

    #[test]
    fn silence_has_no_gain_and_garbage_is_an_error() {
        let m = measured(0.0, 2.0);
        assert_eq!(m.gain_db(), None);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("noise.mp3");
        std::fs::write(&path, b"not audio at all").expect("write");
        assert!(measure_file(&path).is_err());
    }
}
