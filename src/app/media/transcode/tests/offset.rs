//! Transcodes that start at an offset (`Transcoder::new_at`): the source seeked and cut at
//! the exact frame, the output as long as what is left, its content from there on, and a
//! start at or past the end refused.

use std::io::Cursor;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use super::{read_opus, tone, tone_wav};
use crate::app::decode::AudioFile;
use crate::app::media::transcode::source::{frame_at, Source};
use crate::app::media::transcode::{Codec, Finished, Profile, TranscodeError, Transcoder};

/// Every frame `source` hands out, planar.
fn read_source(mut source: Source) -> Vec<Vec<f32>> {
    let mut planes = vec![Vec::new(); source.channels];
    while source.read(&mut planes).expect("read") {}
    planes
}

/// The whole file decoded by `AudioFile`, planar, at its rate.
fn decode_all(path: &Path) -> (u32, Vec<Vec<f32>>) {
    let mut file = AudioFile::open(path).expect("open");
    let mut planes: Vec<Vec<f32>> = Vec::new();
    let mut scratch = Vec::new();
    let mut rate = 0;
    while let Some(buffer) = file.next_buffer().expect("decode") {
        rate = buffer.spec().rate();
        buffer.copy_to_vecs_planar::<f32>(&mut scratch);
        planes.resize(scratch.len(), Vec::new());
        for (plane, part) in planes.iter_mut().zip(&scratch) {
            plane.extend_from_slice(part);
        }
    }
    (rate, planes)
}

fn transcode_at(path: &Path, profile: Profile, start: Duration) -> (Vec<u8>, Finished) {
    let mut transcoder = Transcoder::new_at(path, profile, start).expect("opened");
    let predicted = transcoder.predicted_len();
    let mut out = Cursor::new(Vec::new());
    let done = transcoder
        .run(&mut out, &AtomicBool::new(false))
        .expect("transcoded");
    assert_eq!(
        predicted,
        Some(out.get_ref().len() as u64),
        "{profile:?} at {start:?}"
    );
    (out.into_inner(), done)
}

#[test]
fn a_source_opened_at_an_offset_gives_the_samples_from_that_frame_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wav = tone_wav(dir.path(), 2, 44_100, 44_100 * 3);
    let flac = crate::library::generate::fixtures_dir()
        .join("Beyoncé/I Am... Sasha Fierce/2-01 Single Ladies.flac");
    for (path, offsets) in [
        (&wav, &[0.0001, 0.5, 1.2345, 2.99][..]),
        (&flac, &[0.001, 0.05][..]),
    ] {
        let (rate, whole) = decode_all(path);
        for &seconds in offsets {
            let start = Duration::from_secs_f64(seconds);
            let first = frame_at(start, rate) as usize;
            let source = Source::open(path, start).expect("opened");
            assert_eq!(source.limit, Some((whole[0].len() - first) as u64));
            let planes = read_source(source);
            for (channel, plane) in planes.iter().enumerate() {
                // The same decoder's samples: equal, not merely close.
                assert!(
                    plane[..] == whole[channel][first..],
                    "{} at {seconds} s, channel {channel}",
                    path.display()
                );
            }
        }
    }
}

/// The played audio against the tones from `from_seconds` of the source on, relative to
/// their level, skipping the first and last 10 ms (the encoder's edges).
fn error_from(played: &[f32], channels: usize, rate: f64, from_seconds: f64) -> f64 {
    let frames = played.len() / channels;
    let skip = (rate / 100.0) as usize;
    let (mut error, mut signal) = (0.0f64, 0.0f64);
    for i in skip..frames - skip {
        let t = from_seconds + i as f64 / rate;
        for channel in 0..channels {
            let want = tone(channel, t);
            error += (f64::from(played[i * channels + channel]) - want).powi(2);
            signal += want.powi(2);
        }
    }
    (error / signal).sqrt()
}

#[test]
fn an_opus_transcode_at_an_offset_starts_there_and_lasts_what_is_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (channels, rate) in [(2u16, 44_100u32), (1, 48_000), (2, 96_000)] {
        let frames = rate * 3 + 77;
        let path = tone_wav(dir.path(), channels, rate, frames);
        for seconds in [0.02, 1.2345, 2.9] {
            let start = Duration::from_secs_f64(seconds);
            let (bytes, done) = transcode_at(&path, Profile::opus(128), start);
            let first = frame_at(start, rate);
            assert_eq!(done.source_frames, u64::from(frames) - first);
            let read = read_opus(&bytes);
            let played = &read.decoded
                [read.pre_skip * read.channels..read.final_granule as usize * read.channels];
            let played_frames = (played.len() / read.channels) as f64;
            let left = (f64::from(frames) / f64::from(rate) - seconds) * 48_000.0;
            let case = format!("{channels} ch at {rate} Hz from {seconds} s");
            assert!(
                (played_frames - left).abs() <= 1.0,
                "{case}: {played_frames} against {left}"
            );
            // The first sample played is the source's at the offset: lined up with the tones
            // from there (a start off by a millisecond would be far out).
            let from = first as f64 / f64::from(rate);
            let error = error_from(played, read.channels, 48_000.0, from);
            assert!(error < 0.15, "{case}: relative error {error:.3}");
            let late = error_from(played, read.channels, 48_000.0, from + 0.001);
            assert!(
                late > 0.5,
                "{case}: a millisecond off should not match ({late:.3})"
            );
        }
    }
}

#[test]
fn an_mp3_transcode_at_an_offset_decodes_to_what_is_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (rate, output_rate) in [(44_100u32, 44_100u32), (22_050, 44_100), (48_000, 48_000)] {
        let frames = rate * 2 + 333;
        let path = tone_wav(dir.path(), 2, rate, frames);
        let start = Duration::from_secs_f64(0.7531);
        let (bytes, done) = transcode_at(&path, Profile::mp3(192), start);
        assert_eq!(done.output_rate, output_rate);
        assert_eq!(Profile::mp3(192).codec, Codec::Mp3);
        let mp3 = dir.path().join("offset.mp3");
        std::fs::write(&mp3, &bytes).expect("write");
        let (decoded_rate, planes) = decode_all(&mp3);
        assert_eq!(decoded_rate, output_rate);
        let decoded = planes[0].len() as f64;
        let left = (f64::from(frames) / f64::from(rate) - 0.7531) * f64::from(output_rate);
        // Within one output sample; after resampling, also within one at 48 kHz.
        assert!(
            (decoded - left).abs() <= 1.0,
            "{rate} Hz: {decoded} against {left}"
        );
        let interleaved: Vec<f32> = (0..planes[0].len())
            .flat_map(|i| [planes[0][i], planes[1][i]])
            .collect();
        let from = frame_at(start, rate) as f64 / f64::from(rate);
        let error = error_from(&interleaved, 2, f64::from(output_rate), from);
        assert!(error < 0.15, "{rate} Hz: relative error {error:.3}");
    }
}

#[test]
fn a_start_at_or_past_the_end_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = tone_wav(dir.path(), 2, 48_000, 48_000);
    for start in [
        Duration::from_secs(1),
        Duration::from_secs_f64(1.5),
        Duration::from_secs(3600 * 24 * 365 * 1000),
        Duration::MAX,
    ] {
        for profile in [Profile::opus(96), Profile::mp3(192)] {
            match Transcoder::new_at(&path, profile, start) {
                Err(TranscodeError::OffsetPastEnd { offset, length }) => {
                    assert_eq!(offset, start);
                    assert_eq!(length, Some(Duration::from_secs(1)));
                }
                Err(other) => panic!("{start:?}: {other}"),
                Ok(_) => panic!("{start:?}: a transcode past the end"),
            }
        }
    }
    // The last frame alone is still audio.
    let last = Duration::from_nanos(1_000_000_000 - 20_833);
    let (bytes, done) = transcode_at(&path, Profile::opus(96), last);
    assert_eq!(done.source_frames, 1);
    let read = read_opus(&bytes);
    assert_eq!(read.final_granule - read.pre_skip as u64, 1);
}

#[test]
fn an_mp3_source_opened_at_an_offset_matches_its_decoding_from_the_start() {
    // MP3 frames overlap and borrow bits from the ones before: after a seek the decoder
    // must have been primed, or the first samples differ from a decoding from the start.
    let dir = tempfile::tempdir().expect("temp dir");
    let wav = tone_wav(dir.path(), 2, 44_100, 44_100 * 4);
    let (bytes, _) = super::transcode(&wav, Profile::mp3(192));
    let mp3 = dir.path().join("source.mp3");
    std::fs::write(&mp3, bytes).expect("write");
    let (rate, whole) = decode_all(&mp3);
    for seconds in [0.5, 1.777, 3.1] {
        let start = Duration::from_secs_f64(seconds);
        let first = frame_at(start, rate) as usize;
        let source = Source::open(&mp3, start).expect("opened");
        assert_eq!(
            source.limit,
            Some((whole[0].len() - first) as u64),
            "{seconds} s"
        );
        let planes = read_source(source);
        assert_eq!(planes[0].len(), whole[0].len() - first, "{seconds} s");
        let worst = planes[0]
            .iter()
            .zip(&whole[0][first..])
            .map(|(a, b)| (a - b).abs())
            .fold(0.0f32, f32::max);
        assert!(worst < 1e-3, "{seconds} s: differs by up to {worst}");
    }
}
