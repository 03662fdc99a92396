//! MP3 through LAME (built in by `mp3lame-encoder`), constant bit rate. LAME starts the
//! stream with an empty frame and, once the encode is done, hands out that frame filled in:
//! the Xing "Info" header with the frame count and byte size (what players seek and show
//! the duration by) and the LAME tag with the encoder delay and padding (what gapless
//! players trim). The transcoder writes it back over the placeholder at the end.
//!
//! Why CBR: a browser (`<audio>`) seeks only in a resource whose total size the first
//! response gives, so a transcode still being made must be answered with its exact final
//! length from its first byte; at a constant bit rate that length follows from the
//! sample count (`predicted_len`).

use std::num::NonZeroU32;

use mp3lame_encoder::{Bitrate, Builder, DualPcm, Encoder, FlushGap, Mode, MonoPcm, Quality};

use super::TranscodeError;

pub struct Mp3 {
    encoder: Encoder,
    channels: usize,
    out: Vec<u8>,
    /// Linear gain applied to the samples (MP3 has no header field for one).
    gain: f32,
}

/// The rate MP3 is written at for a source at `rate`: MPEG-1's three rates are the ones
/// that carry 192 kbit/s and more, and every player reads them; the rest are resampled to
/// the one of the same family.
pub fn output_rate(rate: u32) -> u32 {
    match rate {
        32_000 | 44_100 | 48_000 => rate,
        r if r % 11_025 == 0 => 44_100,
        _ => 48_000,
    }
}

/// LAME's constant bit rates, MPEG-1 layer III's list.
fn bitrate(kbps: u32) -> Result<Bitrate, TranscodeError> {
    Ok(match kbps {
        32 => Bitrate::Kbps32,
        40 => Bitrate::Kbps40,
        48 => Bitrate::Kbps48,
        64 => Bitrate::Kbps64,
        80 => Bitrate::Kbps80,
        96 => Bitrate::Kbps96,
        112 => Bitrate::Kbps112,
        128 => Bitrate::Kbps128,
        160 => Bitrate::Kbps160,
        192 => Bitrate::Kbps192,
        224 => Bitrate::Kbps224,
        256 => Bitrate::Kbps256,
        320 => Bitrate::Kbps320,
        other => {
            return Err(TranscodeError::Profile(format!(
                "MP3 has no {other} kbit/s; its constant bit rates are 32, 40, 48, 64, 80, 96, \
                 112, 128, 160, 192, 224, 256 and 320"
            )))
        }
    })
}

/// LAME's encoder delay (`ENCDELAY`): the samples of silence its first frame starts with.
const ENCODER_DELAY: u64 = 576;
/// Samples in an MPEG-1 layer III frame.
const FRAME_SAMPLES: u64 = 1152;

/// The exact byte length of LAME's CBR stream of `samples` frames at `rate` (one of
/// MPEG-1's: this encoder never resamples) and `kbps`, the Info header frame included.
///
/// How LAME 3.100 makes it (`lame_encode_flush` and `encoder.c`): the audio frames cover
/// its 576-sample delay and the samples, then a padding that brings the count to a whole
/// frame and is at least 576 samples (the last granule's overlap). A frame is
/// 144 000 × kbps / rate bytes, rounded down; at 44.1 kHz the remainder is spread by one
/// padding byte on some frames, chosen by a running remainder that starts at
/// `r = 144 000 × kbps mod rate` and loses `r` per frame, a frame getting its byte each
/// time it goes below zero (and `rate` added back). After k frames that is
/// ⌈(k − 1) × r / rate⌉ bytes. The Info frame in front is one frame without padding.
pub fn predicted_len(samples: u64, rate: u32, kbps: u32) -> u64 {
    let with_delay = ENCODER_DELAY + samples;
    let mut end_padding = FRAME_SAMPLES - with_delay % FRAME_SAMPLES;
    if end_padding < ENCODER_DELAY {
        end_padding += FRAME_SAMPLES;
    }
    let frames = u128::from((with_delay + end_padding) / FRAME_SAMPLES);
    let (rate, per_second) = (u128::from(rate.max(1)), 144_000 * u128::from(kbps));
    let (base, remainder) = (per_second / rate, per_second % rate);
    let padded = ((frames.saturating_sub(1)) * remainder).div_ceil(rate);
    let bytes = (frames + 1) * base + padded;
    u64::try_from(bytes).unwrap_or(u64::MAX)
}

impl Mp3 {
    pub fn new(
        channels: usize,
        rate: u32,
        bitrate_kbps: u32,
        gain_db: f32,
    ) -> Result<Self, TranscodeError> {
        let lame =
            |err: mp3lame_encoder::BuildError| TranscodeError::Encoder(format!("LAME: {err}"));
        let mut builder =
            Builder::new().ok_or_else(|| TranscodeError::Encoder("LAME: out of memory".into()))?;
        builder.set_num_channels(channels as u8).map_err(lame)?;
        builder.set_sample_rate(rate).map_err(lame)?;
        builder
            .set_output_sample_rate(NonZeroU32::new(rate))
            .map_err(lame)?;
        builder.set_brate(bitrate(bitrate_kbps)?).map_err(lame)?;
        builder
            .set_mode(if channels == 1 {
                Mode::Mono
            } else {
                Mode::JointStereo
            })
            .map_err(lame)?;
        // LAME's own default for its command line (`-q 3`): near its best at a fraction of
        // the cost of 0-2.
        builder.set_quality(Quality::VeryNice).map_err(lame)?;
        builder.set_to_write_vbr_tag(true).map_err(lame)?;
        let encoder = builder.build().map_err(lame)?;
        let gain = 10f32.powf(gain_db / 20.0);
        Ok(Mp3 {
            encoder,
            channels,
            out: Vec::new(),
            gain: if gain.is_finite() { gain } else { 1.0 },
        })
    }

    /// Encodes every frame in `planes` and empties them.
    pub fn encode(&mut self, planes: &mut [Vec<f32>]) -> Result<(), TranscodeError> {
        if self.gain != 1.0 {
            for plane in planes.iter_mut() {
                for sample in plane.iter_mut() {
                    // Peak protection at its simplest: clipped, not wrapped.
                    *sample = (*sample * self.gain).clamp(-1.0, 1.0);
                }
            }
        }
        let frames = planes.first().map_or(0, Vec::len);
        // LAME's own bound for its output: 1.25 × samples + 7200 bytes.
        self.out.reserve(frames + frames / 4 + 7200);
        let result = if self.channels == 1 {
            self.encoder
                .encode_to_vec(MonoPcm(&planes[0][..]), &mut self.out)
        } else {
            self.encoder.encode_to_vec(
                DualPcm {
                    left: &planes[0][..],
                    right: &planes[1][..],
                },
                &mut self.out,
            )
        };
        result.map_err(|err| TranscodeError::Encoder(format!("LAME: {err}")))?;
        for plane in planes.iter_mut() {
            plane.clear();
        }
        Ok(())
    }

    /// Flushes the last frames into the output and answers the header frame to write over
    /// the placeholder at the start.
    pub fn finish(&mut self) -> Result<Vec<u8>, TranscodeError> {
        self.out.reserve(7200);
        // LAME's ordinary flush, as its command line ends a file: the last frame padded
        // with silence, which the LAME tag's padding count lets players trim.
        self.encoder
            .flush_to_vec::<FlushGap>(&mut self.out)
            .map_err(|err| TranscodeError::Encoder(format!("LAME: {err}")))?;
        let mut tag = Vec::with_capacity(self.encoder.lame_tag_size());
        self.encoder
            .lame_tag_encode_to_vec(&mut tag)
            .ok_or_else(|| TranscodeError::Encoder("LAME gave no header frame".into()))?;
        Ok(tag)
    }

    /// The bytes encoded since the last call.
    pub fn take_bytes(&mut self) -> &mut Vec<u8> {
        &mut self.out
    }
}
