//! The engine's output read back by independent decoders: libopus's own decoder for Opus
//! (every packet), symphonia for MP3, and the containers parsed here byte by byte.

use std::f64::consts::TAU;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use super::*;

mod length;
mod offset;
mod tail;

/// The left channel's tone; the right one's is different, so a swap would show.
const LEFT_HZ: f64 = 440.0;
const RIGHT_HZ: f64 = 660.0;
const AMPLITUDE: f64 = 0.5;

fn tone(channel: usize, seconds: f64) -> f64 {
    let hz = if channel == 0 { LEFT_HZ } else { RIGHT_HZ };
    AMPLITUDE * (TAU * hz * seconds).sin()
}

/// A 16-bit PCM WAV of `frames` frames of the two tones (the left one alone in mono).
pub(super) fn tone_wav(dir: &Path, channels: u16, rate: u32, frames: u32) -> PathBuf {
    let mut out = crate::library::generate::wav_header(channels, rate, frames);
    for n in 0..frames {
        let t = f64::from(n) / f64::from(rate);
        for channel in 0..usize::from(channels) {
            let sample = (tone(channel, t) * 32767.0).round() as i16;
            out.extend_from_slice(&sample.to_le_bytes());
        }
    }
    let path = dir.join(format!("tone-{channels}ch-{rate}.wav"));
    std::fs::write(&path, out).expect("write the WAV");
    path
}

fn transcode(path: &Path, profile: Profile) -> (Vec<u8>, Finished) {
    let mut transcoder = Transcoder::new(path, profile).expect("opened");
    let mut out = Cursor::new(Vec::new());
    let done = transcoder
        .run(&mut out, &AtomicBool::new(false))
        .expect("transcoded");
    assert_eq!(done.bytes, out.get_ref().len() as u64);
    (out.into_inner(), done)
}

/// An Ogg Opus stream, read back.
struct OpusRead {
    channels: usize,
    pre_skip: usize,
    input_rate: u32,
    gain_q78: i16,
    vendor: String,
    /// Every packet decoded by libopus, interleaved, nothing trimmed.
    decoded: Vec<f32>,
    /// The last page's granule position.
    final_granule: u64,
    audio_packets: usize,
}

fn read_opus(bytes: &[u8]) -> OpusRead {
    let mut reader = ogg::PacketReader::new(Cursor::new(bytes));
    let head = reader.read_packet().expect("ogg").expect("OpusHead");
    assert_eq!(&head.data[..8], b"OpusHead");
    assert_eq!(head.data.len(), 19);
    assert_eq!(head.data[8], 1, "version");
    assert_eq!(head.data[18], 0, "mapping family");
    assert!(head.last_in_page(), "OpusHead alone on its page");
    assert_eq!(head.absgp_page(), 0);
    let channels = usize::from(head.data[9]);
    let pre_skip = usize::from(u16::from_le_bytes([head.data[10], head.data[11]]));
    let input_rate =
        u32::from_le_bytes([head.data[12], head.data[13], head.data[14], head.data[15]]);
    let gain_q78 = i16::from_le_bytes([head.data[16], head.data[17]]);
    let tags = reader.read_packet().expect("ogg").expect("OpusTags");
    assert_eq!(&tags.data[..8], b"OpusTags");
    assert!(tags.last_in_page(), "OpusTags ends its page");
    let vendor_len = u32::from_le_bytes([tags.data[8], tags.data[9], tags.data[10], tags.data[11]]);
    let vendor =
        String::from_utf8(tags.data[12..12 + vendor_len as usize].to_vec()).expect("utf-8");
    let layout = if channels == 1 {
        opus::Channels::Mono
    } else {
        opus::Channels::Stereo
    };
    let mut decoder = opus::Decoder::new(48_000, layout).expect("decoder");
    let mut decoded = Vec::new();
    let mut buffer = vec![0f32; 5760 * channels];
    let mut final_granule = 0;
    let mut last_page_granule = 0;
    let mut audio_packets = 0;
    let mut ended = false;
    while let Some(packet) = reader.read_packet().expect("ogg") {
        assert!(!ended, "a packet after the end of the stream");
        let samples = decoder
            .decode_float(&packet.data, &mut buffer, false)
            .expect("libopus decodes every packet");
        assert_eq!(samples, 960, "20 ms packets");
        decoded.extend_from_slice(&buffer[..samples * channels]);
        audio_packets += 1;
        if packet.last_in_page() {
            let granule = packet.absgp_page();
            assert!(
                granule >= last_page_granule,
                "granule positions never go back"
            );
            last_page_granule = granule;
            if !packet.last_in_stream() {
                // A page that is not the last ends on whole packets: its granule is what
                // was decoded so far.
                assert_eq!(granule, (audio_packets * 960) as u64);
            }
        }
        if packet.last_in_stream() {
            final_granule = packet.absgp_page();
            ended = true;
        }
    }
    assert!(ended, "the stream's last page is marked");
    OpusRead {
        channels,
        pre_skip,
        input_rate,
        gain_q78,
        vendor,
        decoded,
        final_granule,
        audio_packets,
    }
}

/// The decoded audio as a player gives it: pre-skip dropped, cut at the final granule.
fn played(read: &OpusRead) -> &[f32] {
    let end = read.final_granule as usize * read.channels;
    assert!(
        end <= read.decoded.len(),
        "the granule is within the decoded audio"
    );
    &read.decoded[read.pre_skip * read.channels..end]
}

/// The error of `played` against the tones, relative to their level, over `range` frames.
fn relative_error(played: &[f32], channels: usize, range: std::ops::Range<usize>) -> f64 {
    let (mut error, mut signal) = (0.0f64, 0.0f64);
    for i in range {
        let t = i as f64 / 48_000.0;
        for channel in 0..channels {
            let want = tone(channel, t);
            let got = f64::from(played[i * channels + channel]);
            error += (got - want).powi(2);
            signal += want.powi(2);
        }
    }
    (error / signal).sqrt()
}

#[test]
fn opus_output_is_gapless_at_44_1_and_48_khz_in_mono_and_stereo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lookahead = opus::Encoder::new(48_000, opus::Channels::Stereo, opus::Application::Audio)
        .and_then(|mut e| e.get_lookahead())
        .expect("lookahead") as usize;
    // Lengths that fall on no packet or resampler boundary.
    for (channels, rate, frames) in [
        (2u16, 44_100u32, 44_100 * 3 + 123),
        (1, 44_100, 44_100 * 2 + 7),
        (2, 48_000, 48_000 * 3 + 500),
        (1, 48_000, 48_000 * 2 + 1),
    ] {
        let case = format!("{channels} ch at {rate} Hz");
        let path = tone_wav(dir.path(), channels, rate, frames);
        let opened = Transcoder::new(&path, Profile::opus(128)).expect("opened");
        let declared = opened.expected_output_frames();
        let announced_pre_skip = opened.opus_pre_skip().map(usize::from);
        let (bytes, done) = transcode(&path, Profile::opus(128));
        assert_eq!(
            declared,
            Some(done.output_frames),
            "{case}: known before the encode"
        );
        let read = read_opus(&bytes);
        assert_eq!(read.channels, usize::from(channels), "{case}");
        assert_eq!(
            read.input_rate, rate,
            "{case}: the source's rate in the header"
        );
        assert_eq!(
            read.pre_skip, lookahead,
            "{case}: pre-skip is the encoder's lookahead"
        );
        assert_eq!(announced_pre_skip, Some(read.pre_skip), "{case}");
        assert_eq!(read.gain_q78, 0, "{case}");
        assert!(
            read.vendor.starts_with("libopus"),
            "{case}: {}",
            read.vendor
        );
        // The exact count: the source's frames at 48 kHz. From 44.1 kHz that is a
        // fraction of a frame away from a whole number, rounded to the nearest (n × 160 /
        // 147 is whole only when n is a multiple of 147), so ±0.5 frame of the ideal
        // duration; at 48 kHz it is the source's count itself.
        let expected = (u64::from(frames) * 48_000 + u64::from(rate) / 2) / u64::from(rate);
        let played = played(&read);
        assert_eq!(
            played.len() as u64,
            expected * u64::from(channels),
            "{case}"
        );
        assert_eq!(done.output_frames, expected, "{case}");
        assert_eq!(done.source_frames, u64::from(frames), "{case}");
        if rate == 48_000 {
            assert_eq!(expected, u64::from(frames), "{case}");
        }
        let seconds = expected as f64 / 48_000.0;
        let source_seconds = f64::from(frames) / f64::from(rate);
        assert!((seconds - source_seconds).abs() < 0.05, "{case}");
        // No more packets than the audio and the lookahead need.
        assert_eq!(
            read.audio_packets,
            (lookahead + expected as usize).div_ceil(960),
            "{case}"
        );
        // The audio lines up with the tones from the first 10 ms to the last: a pre-skip
        // or a resampler delay off by even a few samples would not.
        let n = expected as usize;
        let error = relative_error(played, usize::from(channels), 480..n - 480);
        assert!(error < 0.15, "{case}: relative error {error:.3}");
        let tail = relative_error(played, usize::from(channels), n - 4800..n - 48);
        assert!(tail < 0.15, "{case}: relative error at the end {tail:.3}");
    }
}

#[test]
fn a_transcoder_can_move_to_another_thread() {
    // The cache runs each encode on a blocking thread of its own.
    fn send<T: Send>() {}
    send::<Transcoder>();
}

#[test]
fn opus_output_gain_goes_into_the_header() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = tone_wav(dir.path(), 2, 48_000, 4800);
    let profile = Profile {
        output_gain_db: -6.5,
        ..Profile::opus(96)
    };
    let (bytes, _) = transcode(&path, profile);
    let read = read_opus(&bytes);
    assert_eq!(read.gain_q78, -1664, "−6.5 dB in Q7.8");
    // The samples themselves are not scaled: the decoder applies the header's gain.
    let error = relative_error(played(&read), 2, 480..4320);
    assert!(error < 0.2, "{error}");
    assert_eq!(gain_q78(200.0), i16::MAX);
    assert_eq!(gain_q78(f32::NAN), 0);
}

#[test]
fn a_flac_source_and_a_five_channel_one_come_out_as_stereo_opus() {
    let flac = crate::library::generate::fixtures_dir()
        .join("Beyoncé/I Am... Sasha Fierce/2-01 Single Ladies.flac");
    let (bytes, done) = transcode(&flac, Profile::opus(64));
    let read = read_opus(&bytes);
    let rate = u64::from(done.source_rate);
    let expected = (done.source_frames * 48_000 + rate / 2) / rate;
    // The fixture is short: 4000 frames of audio.
    assert_eq!(done.source_frames, 4000);
    assert_eq!(played(&read).len() as u64, expected * read.channels as u64);

    // Five channels: the encoder gets two.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = tone_wav(dir.path(), 5, 48_000, 9600);
    let (bytes, _) = transcode(&path, Profile::opus(128));
    let read = read_opus(&bytes);
    assert_eq!(read.channels, 2);
    assert_eq!(played(&read).len(), 9600 * 2);
}

/// MPEG-1 layer III frame length in bytes, from its 4-byte header.
pub(super) fn mp3_frame_len(header: &[u8]) -> Option<usize> {
    const KBPS: [u32; 15] = [
        0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320,
    ];
    if header.len() < 4 || header[0] != 0xff || header[1] & 0xfe != 0xfa {
        return None;
    }
    let kbps = *KBPS.get(usize::from(header[2] >> 4))?;
    let rate = match (header[2] >> 2) & 3 {
        0 => 44_100,
        1 => 48_000,
        2 => 32_000,
        _ => return None,
    };
    let padding = u32::from((header[2] >> 1) & 1);
    Some((144 * kbps * 1000 / rate + padding) as usize)
}

/// What the first frame's Xing/LAME header says.
pub(super) struct InfoFrame {
    pub(super) tag: [u8; 4],
    pub(super) frames: u32,
    pub(super) bytes: u32,
    pub(super) delay: u32,
    pub(super) padding: u32,
}

pub(super) fn info_frame(bytes: &[u8]) -> InfoFrame {
    let mono = bytes[3] >> 6 == 3;
    let at = 4 + if mono { 17 } else { 32 };
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let flags = be(at + 4);
    assert_eq!(flags & 0x3, 0x3, "frame and byte counts present");
    let mut next = at + 16;
    if flags & 0x4 != 0 {
        next += 100;
    }
    if flags & 0x8 != 0 {
        next += 4;
    }
    assert_eq!(
        &bytes[next..next + 4],
        b"LAME",
        "the LAME extension follows"
    );
    let delay_at = next + 21;
    let d = &bytes[delay_at..delay_at + 3];
    InfoFrame {
        tag: [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]],
        frames: be(at + 8),
        bytes: be(at + 12),
        delay: (u32::from(d[0]) << 4) | (u32::from(d[1]) >> 4),
        padding: ((u32::from(d[1]) & 0xf) << 8) | u32::from(d[2]),
    }
}

#[test]
fn mp3_output_has_a_filled_in_info_header_and_decodes_to_the_source_length() {
    use symphonia::core::codecs::audio::well_known::CODEC_ID_MP3;
    use symphonia::core::formats::probe::Hint;
    use symphonia::core::formats::{FormatOptions, TrackType};
    use symphonia::core::io::MediaSourceStream;
    use symphonia::core::meta::MetadataOptions;

    let dir = tempfile::tempdir().expect("temp dir");
    for (channels, rate, frames) in [(2u16, 44_100u32, 44_100 * 3 + 321), (1, 48_000, 48_000 * 2)] {
        let case = format!("{channels} ch at {rate} Hz");
        let path = tone_wav(dir.path(), channels, rate, frames);
        let (bytes, done) = transcode(&path, Profile::mp3(192));
        assert_eq!(done.output_rate, rate, "{case}");

        // Walk the frames: all 192 kbit/s (constant), the first one the header frame.
        let mut at = 0;
        let mut audio_frames = 0u32;
        while at < bytes.len() {
            let len =
                mp3_frame_len(&bytes[at..]).unwrap_or_else(|| panic!("{case}: frame at {at}"));
            assert_eq!(bytes[at + 2] >> 4, 11, "{case}: 192 kbit/s at {at}");
            at += len;
            audio_frames += 1;
        }
        assert_eq!(at, bytes.len(), "{case}: whole frames to the end");
        audio_frames -= 1; // the header frame
        let info = info_frame(&bytes);
        assert_eq!(&info.tag, b"Info", "{case}: the constant bit rate tag");
        assert_eq!(
            info.frames, audio_frames,
            "{case}: the frame count is filled in"
        );
        assert_eq!(info.bytes as usize, bytes.len(), "{case}");
        // LAME's delay: its MDCT's 576 samples (decoders add their own 529 to both ends).
        assert_eq!(info.delay, 576, "{case}");
        assert!(info.padding < 1152 * 2, "{case}: {}", info.padding);
        assert_eq!(
            u64::from(audio_frames) * 1152 - u64::from(info.delay + info.padding),
            u64::from(frames),
            "{case}: delay and padding trim to the source's length exactly"
        );

        // Symphonia reads it as MP3 of the source's rate and length.
        let stream =
            MediaSourceStream::new(Box::new(Cursor::new(bytes.clone())), Default::default());
        let mut format = symphonia::default::get_probe()
            .probe(
                Hint::new().with_extension("mp3"),
                stream,
                FormatOptions::default(),
                MetadataOptions::default(),
            )
            .expect("probe");
        let track = format.default_track(TrackType::Audio).expect("audio");
        let params = track
            .codec_params
            .as_ref()
            .and_then(|p| p.audio())
            .expect("audio")
            .clone();
        assert_eq!(params.codec, CODEC_ID_MP3, "{case}");
        assert_eq!(params.sample_rate, Some(rate), "{case}");
        let declared = track.num_frames.expect("frames from the Info header");
        let seconds = declared as f64 / f64::from(rate);
        let source_seconds = f64::from(frames) / f64::from(rate);
        assert!(
            (seconds - source_seconds).abs() < 0.05,
            "{case}: {seconds} s"
        );
        let track_id = track.id;
        let mut decoder = symphonia::default::get_codecs()
            .make_audio_decoder(&params, &Default::default())
            .expect("decoder");
        let mut decoded = 0u64;
        while let Some(packet) = format.next_packet().expect("packet") {
            if packet.track_id == track_id {
                decoded += decoder.decode(&packet).expect("decodes").frames() as u64;
            }
        }
        // Symphonia trims what the LAME tag says: exactly the source comes out.
        assert_eq!(decoded, u64::from(frames), "{case}: decoded frames");
    }
}

#[test]
fn a_96_khz_source_becomes_48_khz_mp3() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = tone_wav(dir.path(), 2, 96_000, 96_000);
    let (bytes, done) = transcode(&path, Profile::mp3(192));
    assert_eq!(done.output_rate, 48_000);
    assert_eq!(done.output_frames, 48_000);
    let info = info_frame(&bytes);
    assert_eq!(
        u64::from(info.frames) * 1152 - u64::from(info.delay + info.padding),
        48_000
    );
}

#[test]
fn garbage_named_flac_is_undecodable_and_bad_profiles_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.flac");
    std::fs::write(
        &path,
        b"fLaC but then nothing that a decoder could read at all",
    )
    .expect("write");
    for profile in [Profile::opus(96), Profile::mp3(192)] {
        assert!(
            matches!(
                Transcoder::new(&path, profile),
                Err(TranscodeError::Undecodable(_))
            ),
            "{profile:?}"
        );
    }
    let missing = dir.path().join("missing.flac");
    assert!(matches!(
        Transcoder::new(&missing, Profile::opus(96)),
        Err(TranscodeError::Io(_))
    ));
    let wav = tone_wav(dir.path(), 2, 44_100, 4410);
    assert!(matches!(
        Transcoder::new(&wav, Profile::mp3(100)),
        Err(TranscodeError::Profile(_))
    ));
    assert!(matches!(
        Transcoder::new(&wav, Profile::opus(4)),
        Err(TranscodeError::Profile(_))
    ));
}

#[test]
fn a_transcode_writes_in_chunks_and_a_cancel_stops_it_between_two() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = tone_wav(dir.path(), 2, 44_100, 44_100 * 10);
    let (whole, _) = transcode(&path, Profile::opus(96));

    // Step by step: the output grows a bounded amount each time and ends the same.
    let mut transcoder = Transcoder::new(&path, Profile::opus(96)).expect("opened");
    let mut out = Cursor::new(Vec::new());
    let mut steps = 0;
    let mut largest = 0;
    loop {
        let before = transcoder.bytes_written();
        let done = transcoder.step(&mut out).expect("step");
        largest = largest.max(transcoder.bytes_written() - before);
        steps += 1;
        if done.is_some() {
            break;
        }
    }
    assert!(
        steps >= 40,
        "ten seconds in quarter-second chunks: {steps} steps"
    );
    // A quarter of a second at 96 kbit/s is 3 kB; pages of 200 ms can put two in a step.
    assert!(largest < 8_000, "{largest} bytes in one step");
    assert_eq!(out.get_ref(), &whole, "the same bytes as in one run");

    // A flag set after two chunks: `run` stops at the next check, with two chunks' worth.
    let mut transcoder = Transcoder::new(&path, Profile::opus(96)).expect("opened");
    let mut out = Cursor::new(Vec::new());
    let cancel = AtomicBool::new(false);
    for _ in 0..2 {
        assert!(transcoder.step(&mut out).expect("step").is_none());
    }
    let partial = transcoder.bytes_written();
    cancel.store(true, Ordering::Relaxed);
    assert!(matches!(
        transcoder.run(&mut out, &cancel),
        Err(TranscodeError::Cancelled)
    ));
    assert_eq!(transcoder.bytes_written(), partial);
    assert!(partial > 0 && (partial as usize) < whole.len() / 10);
    assert_eq!(
        &whole[..partial as usize],
        &out.get_ref()[..],
        "a prefix of the whole"
    );
}

/// A header claiming an absurd sample rate is refused before any buffer is sized by it.
#[test]
fn an_absurd_sample_rate_is_undecodable() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Mono, so that the test file's byte rate still fits its header's 32 bits.
    for rate in [2_000_000_000, 1_000_000, 4_000] {
        let wav = tone_wav(dir.path(), 1, rate, 4410);
        assert!(
            matches!(
                Transcoder::new(&wav, Profile::opus(96)),
                Err(TranscodeError::Undecodable(_))
            ),
            "{rate} Hz"
        );
    }
    let wav = tone_wav(dir.path(), 2, 768_000, 4410);
    assert!(Transcoder::new(&wav, Profile::opus(96)).is_ok());
}
