//! The exact length promised before the encode (`Transcoder::predicted_len`) against the
//! real output of libopus and LAME, over lengths chosen to fall on and off every boundary
//! (a packet, a page, an MP3 frame, LAME's delay), rates, channel counts and bit rates;
//! and kept when the source's header lies about its length.

use std::io::Cursor;
use std::path::Path;

use super::{info_frame, mp3_frame_len, read_opus, tone_wav, transcode};
use crate::app::media::transcode::{mp3, Codec, Finished, Profile, Transcoder};

/// Transcodes `path`, asserting that the length announced at opening is the output's.
fn predicted_and_made(path: &Path, profile: Profile) -> (Vec<u8>, Finished) {
    let predicted = Transcoder::new(path, profile)
        .expect("opened")
        .predicted_len();
    let (bytes, done) = transcode(path, profile);
    assert_eq!(
        predicted,
        Some(bytes.len() as u64),
        "{profile:?}: {} source frames at {} Hz",
        done.source_frames,
        done.source_rate
    );
    (bytes, done)
}

#[test]
fn opus_length_is_predicted_exactly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pre_skip = 312u32;
    // At 48 kHz: under one packet, exactly one packet with the pre-skip, exactly one page
    // of ten, one frame past it, and a few lengths off every boundary.
    let at_48k = [
        1,
        100,
        960 - pre_skip,
        960 - pre_skip + 1,
        9600 - pre_skip,
        9600 - pre_skip + 1,
        19_200 - pre_skip,
        48_000 + 7,
    ];
    let mut cases: Vec<(u16, u32, u32)> = at_48k.iter().map(|&n| (2, 48_000, n)).collect();
    cases.extend([
        (1, 48_000, 9600 - pre_skip),
        (1, 48_000, 33_333),
        (2, 44_100, 50),
        (2, 44_100, 44_100 + 123),
        (1, 44_100, 8_820),
        (2, 96_000, 96_000 + 31),
        (1, 96_000, 1_000),
    ]);
    for (channels, rate, frames) in cases {
        for kbps in [64, 96, 128] {
            let path = tone_wav(dir.path(), channels, rate, frames);
            let (bytes, done) = predicted_and_made(&path, Profile::opus(kbps));
            // Still gapless: exactly the source's length at 48 kHz comes out.
            let read = read_opus(&bytes);
            let played = read.final_granule - read.pre_skip as u64;
            assert_eq!(
                played, done.output_frames,
                "{channels} ch {rate} Hz {frames}"
            );
            assert_eq!(done.source_frames, u64::from(frames));
        }
    }
}

#[test]
fn opus_packets_are_all_one_size_and_pages_hold_ten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = tone_wav(dir.path(), 2, 48_000, 48_000 * 2 + 5);
    let (bytes, _) = transcode(&path, Profile::opus(96));
    let mut reader = ogg::PacketReader::new(Cursor::new(&bytes));
    let mut in_page = 0;
    let mut pages_of = Vec::new();
    let mut packet = 0;
    while let Some(p) = reader.read_packet().expect("ogg") {
        packet += 1;
        if packet <= 2 {
            continue; // the headers
        }
        assert_eq!(p.data.len(), 240, "96 kbit/s × 20 ms, every packet");
        in_page += 1;
        if p.last_in_page() {
            pages_of.push(in_page);
            in_page = 0;
        }
    }
    let (last, full) = pages_of.split_last().expect("pages");
    assert!(full.iter().all(|&n| n == 10), "{pages_of:?}");
    assert!((1..=10).contains(last));
}

/// The MP3 stream's frames: (count after the Info frame, bytes), checking each is CBR.
fn walk_mp3(bytes: &[u8], kbps_index: u8) -> u32 {
    let mut at = 0;
    let mut frames = 0;
    while at < bytes.len() {
        let len = mp3_frame_len(&bytes[at..]).unwrap_or_else(|| panic!("frame at {at}"));
        assert_eq!(bytes[at + 2] >> 4, kbps_index, "constant bit rate at {at}");
        at += len;
        frames += 1;
    }
    assert_eq!(at, bytes.len(), "whole frames to the end");
    frames - 1
}

#[test]
fn mp3_length_follows_lames_delay_flush_and_padding_at_every_mpeg1_rate() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Around LAME's delay (576) and frame (1152), and longer ones where 44.1 kHz's padding
    // recurrence has gone round many times.
    let lengths = [
        1, 575, 576, 577, 1151, 1152, 1153, 1728, 2303, 2304, 2305, 10_000, 44_100, 100_003,
    ];
    for rate in [32_000, 44_100, 48_000] {
        for (kbps, index) in [(128, 9), (192, 11), (320, 14)] {
            for (n, &frames) in lengths.iter().enumerate() {
                // Mono now and then: LAME's padding does not depend on the channels.
                let channels = if n % 3 == 0 { 1 } else { 2 };
                let path = tone_wav(dir.path(), channels, rate, frames);
                let (bytes, done) = predicted_and_made(&path, Profile::mp3(kbps));
                assert_eq!(done.output_rate, rate);
                let audio_frames = walk_mp3(&bytes, index);
                let info = info_frame(&bytes);
                let case = format!("{rate} Hz {kbps} kbit/s {frames} frames");
                assert_eq!(info.frames, audio_frames, "{case}");
                assert_eq!(info.bytes as usize, bytes.len(), "{case}");
                assert_eq!(
                    u64::from(audio_frames) * 1152 - u64::from(info.delay + info.padding),
                    u64::from(frames),
                    "{case}"
                );
                assert_eq!(
                    mp3::predicted_len(u64::from(frames), rate, kbps),
                    bytes.len() as u64,
                    "{case}"
                );
            }
        }
    }
}

#[test]
fn mp3_length_is_predicted_through_the_resampler() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (channels, rate, frames) in [
        (2u16, 22_050u32, 22_050 + 17),
        (1, 22_050, 1_000),
        (2, 96_000, 96_000 + 1),
        (2, 11_025, 5),
    ] {
        for kbps in [128, 192, 320] {
            let path = tone_wav(dir.path(), channels, rate, frames);
            let (bytes, done) = predicted_and_made(&path, Profile::mp3(kbps));
            let info = info_frame(&bytes);
            assert_eq!(
                u64::from(info.frames) * 1152 - u64::from(info.delay + info.padding),
                done.output_frames,
                "{rate} Hz {kbps} kbit/s"
            );
        }
    }
}

/// A WAV whose header declares `declared` frames of the tones but holds `actual`.
fn lying_wav(dir: &Path, rate: u32, declared: u32, actual: u32) -> std::path::PathBuf {
    let whole = tone_wav(dir, 2, rate, actual.max(declared));
    let bytes = std::fs::read(&whole).expect("read");
    let mut out = crate::library::generate::wav_header(2, rate, declared);
    out.extend_from_slice(&bytes[44..44 + actual as usize * 4]);
    let path = dir.join(format!("lying-{declared}-{actual}.wav"));
    std::fs::write(&path, out).expect("write");
    path
}

#[test]
fn a_source_shorter_than_its_header_says_still_ends_at_the_predicted_length() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A WAV cut short: the header says two seconds, the file holds one.
    let path = lying_wav(dir.path(), 44_100, 88_200, 44_100);
    for profile in [Profile::opus(96), Profile::mp3(192)] {
        let (bytes, done) = predicted_and_made(&path, profile);
        assert_eq!(
            done.source_frames, 88_200,
            "{profile:?}: padded to the header's word"
        );
        if profile.codec == Codec::Opus {
            let read = read_opus(&bytes);
            assert_eq!(read.final_granule - read.pre_skip as u64, 96_000);
            // The second half is the silence made up.
            let tail = &read.decoded[(read.pre_skip + 60_000) * 2..(read.pre_skip + 90_000) * 2];
            assert!(tail.iter().all(|s| s.abs() < 0.01), "silence at the end");
        }
    }
}

#[test]
fn a_source_longer_than_its_header_says_is_cut_at_the_predicted_length() {
    let dir = tempfile::tempdir().expect("temp dir");
    // An MP3 of 3 s whose Info header is made to say 100 frames (2.6 s, less LAME's delay
    // and padding): symphonia decodes all of it, the transcode stops at the declared count.
    let wav = tone_wav(dir.path(), 2, 44_100, 44_100 * 3);
    let (mut mp3, _) = transcode(&wav, Profile::mp3(128));
    let info_at = 4 + 32 + 8;
    mp3[info_at..info_at + 4].copy_from_slice(&100u32.to_be_bytes());
    let path = dir.path().join("lying.mp3");
    std::fs::write(&path, &mp3).expect("write");
    let declared = crate::app::decode::AudioFile::open(&path)
        .expect("open")
        .declared_frames
        .expect("a declared length");
    assert!(declared < 44_100 * 3 - 5_000, "{declared}");
    let (bytes, done) = predicted_and_made(&path, Profile::opus(64));
    assert_eq!(done.source_frames, declared);
    let read = read_opus(&bytes);
    assert_eq!(
        read.final_granule - read.pre_skip as u64,
        done.output_frames
    );
}

#[test]
fn a_declared_length_of_days_is_not_believed() {
    // A header whose data size is all ones (74 hours of 8 kHz mono) on a tenth of a second:
    // no length is promised, and the transcode is the audio there is, not days of silence.
    let dir = tempfile::tempdir().expect("temp dir");
    let short = tone_wav(dir.path(), 1, 8_000, 800);
    let bytes = std::fs::read(&short).expect("read");
    let mut out = crate::library::generate::wav_header(1, 8_000, u32::MAX / 2);
    out.extend_from_slice(&bytes[44..]);
    let path = dir.path().join("endless.wav");
    std::fs::write(&path, out).expect("write");
    let transcoder = Transcoder::new(&path, Profile::opus(64)).expect("opened");
    assert_eq!(transcoder.predicted_len(), None);
    let (_, done) = transcode(&path, Profile::opus(64));
    assert_eq!(done.source_frames, 800);
}

#[test]
fn opus_length_is_predicted_at_the_ends_of_the_bit_rate_range() {
    let dir = tempfile::tempdir().expect("temp dir");
    for channels in [1, 2] {
        let path = tone_wav(dir.path(), channels, 48_000, 24_000 + 11);
        for kbps in [6, 7, 13, 255, 300, 510] {
            predicted_and_made(&path, Profile::opus(kbps));
        }
    }
    // Digital silence, where an encoder left to itself sends tiny packets.
    let mut silent = crate::library::generate::wav_header(2, 48_000, 48_000);
    silent.resize(silent.len() + 48_000 * 4, 0);
    let path = dir.path().join("silence.wav");
    std::fs::write(&path, silent).expect("write");
    for profile in [Profile::opus(64), Profile::opus(128), Profile::mp3(192)] {
        predicted_and_made(&path, profile);
    }
}
