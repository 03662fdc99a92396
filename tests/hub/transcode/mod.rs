//! Transcoded streams on a real hub: what each profile makes, read back by independent
//! decoders (libopus through the `opus` crate over the `ogg` crate's pages, symphonia for
//! MP3); files sent as they are when within the ask; the shared encoder, its cache, its
//! bound and its limits; the errors; tokens and shares asking for transcodes; and ranges
//! into a transcode still being made.
//!
//! Sources are WAV files made here, of a known number of frames, so that a length can be
//! checked to the sample.

mod asks;
mod output;
mod seeking;
mod sharing;

use std::collections::BTreeMap;
use std::f64::consts::TAU;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use music_hub::app::media::transcode::cache::{CacheKey, CACHE_DIR};
use music_hub::app::media::transcode::Profile;
use music_hub::clock::SystemClock;
use music_hub::config::Config;
use music_hub::library::generate::wav_header;

use crate::common::{all_tracks, by_title, finished_scan, TestHub};

/// A library the test fills with generated files before the hub scans it.
pub struct Library {
    pub dir: tempfile::TempDir,
    pub album: PathBuf,
    next: usize,
}

impl Library {
    pub fn new() -> Library {
        let dir = tempfile::tempdir().expect("temp library");
        let album = dir.path().join("Music/Tone Artist/Tone Album");
        std::fs::create_dir_all(&album).expect("mkdir");
        Library {
            dir,
            album,
            next: 1,
        }
    }

    /// A WAV of `frames` frames of a tone at `hz` (the right channel a fifth above, so
    /// that the channels differ), scanned as a track titled `title`.
    pub fn tone(&mut self, title: &str, channels: u16, rate: u32, frames: u32, hz: f64) -> PathBuf {
        let mut out = wav_header(channels, rate, frames);
        for n in 0..frames {
            let t = f64::from(n) / f64::from(rate);
            for channel in 0..channels {
                let f = if channel == 0 { hz } else { hz * 1.5 };
                let sample = (0.4 * (TAU * f * t).sin() * 32767.0).round() as i16;
                out.extend_from_slice(&sample.to_le_bytes());
            }
        }
        self.file(title, "wav", &out)
    }

    /// A file of any bytes, named as a track titled `title`.
    pub fn file(&mut self, title: &str, extension: &str, bytes: &[u8]) -> PathBuf {
        let path = self
            .album
            .join(format!("{:02} - {title}.{extension}", self.next));
        self.next += 1;
        std::fs::write(&path, bytes).expect("write a library file");
        path
    }

    pub fn music(&self) -> PathBuf {
        self.dir.path().join("Music")
    }
}

/// A hub on the library, scanned, its settings adjusted; and the tracks' ids by title.
pub async fn serving(
    library: &Library,
    configure: impl FnOnce(&mut Config),
) -> (TestHub, BTreeMap<String, String>) {
    let music = library.music();
    let hub = TestHub::start_with(
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
            configure(config);
        },
        Arc::new(SystemClock),
    )
    .await;
    finished_scan(&hub).await;
    let ids = by_title(&all_tracks(&hub).await)
        .into_iter()
        .map(|(title, track)| {
            let id = track["id"].as_str().expect("an id").to_owned();
            (title, id)
        })
        .collect();
    (hub, ids)
}

pub fn stream_path(id: &str, query: &str) -> String {
    if query.is_empty() {
        format!("/api/media/stream/{id}")
    } else {
        format!("/api/media/stream/{id}?{query}")
    }
}

/// `GET` of a stream with `query` (`profile=mobile`...) and any headers.
pub async fn stream(
    hub: &TestHub,
    id: &str,
    query: &str,
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let mut call = hub.client.get(hub.url(&stream_path(id, query)));
    for (name, value) in headers {
        call = call.header(*name, *value);
    }
    call.send().await.expect("stream request")
}

pub fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// A whole `200` transcode: its headers checked against what `profile` makes, its body.
pub async fn transcoded(response: reqwest::Response, x_transcode: &str) -> Vec<u8> {
    assert_eq!(response.status(), 200, "{:?}", response.headers());
    assert_eq!(
        header(&response, "x-transcode").as_deref(),
        Some(x_transcode)
    );
    let content_type = if x_transcode.starts_with("opus") {
        "audio/ogg; codecs=opus"
    } else {
        "audio/mpeg"
    };
    assert_eq!(
        header(&response, "content-type").as_deref(),
        Some(content_type)
    );
    response.bytes().await.expect("body").to_vec()
}

/// The cache's key of the hub's transcode of `path`: the stream route keys a transcode by
/// the file's resolved path.
pub fn key_of(path: &Path, profile: Profile) -> CacheKey {
    let canonical = std::fs::canonicalize(path).expect("canonical path");
    CacheKey::of_file(&canonical, profile, std::time::Duration::ZERO).expect("the file's key")
}

/// `.part` files in the hub's transcode cache.
pub fn parts_left(hub: &TestHub) -> Vec<String> {
    match std::fs::read_dir(hub.data_dir().join(CACHE_DIR)) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".part"))
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Polls `done` until it holds, for at most 10 s.
pub async fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(Instant::now() < deadline, "{what} within 10 s");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// An Ogg Opus stream, every packet decoded by libopus.
#[derive(Debug)]
pub struct OpusRead {
    pub channels: usize,
    pub pre_skip: u64,
    /// The header's output gain, in Q7.8 dB.
    pub gain_q78: i16,
    /// The last page's granule position.
    pub final_granule: u64,
}

impl OpusRead {
    /// Samples per channel a player plays: the pre-skip dropped, cut at the last granule.
    pub fn played(&self) -> u64 {
        self.final_granule - self.pre_skip
    }

    pub fn seconds(&self) -> f64 {
        self.played() as f64 / 48_000.0
    }
}

pub fn read_opus(bytes: &[u8]) -> OpusRead {
    let mut reader = ogg::PacketReader::new(Cursor::new(bytes));
    let head = reader.read_packet().expect("ogg").expect("OpusHead");
    assert_eq!(&head.data[..8], b"OpusHead", "an Opus stream");
    let channels = usize::from(head.data[9]);
    let pre_skip = u64::from(u16::from_le_bytes([head.data[10], head.data[11]]));
    let gain_q78 = i16::from_le_bytes([head.data[16], head.data[17]]);
    let tags = reader.read_packet().expect("ogg").expect("OpusTags");
    assert_eq!(&tags.data[..8], b"OpusTags");
    let layout = match channels {
        1 => opus::Channels::Mono,
        2 => opus::Channels::Stereo,
        other => panic!("{other} channels"),
    };
    let mut decoder = opus::Decoder::new(48_000, layout).expect("decoder");
    let mut buffer = vec![0f32; 5760 * channels];
    let (mut decoded, mut final_granule, mut ended) = (0u64, 0u64, false);
    while let Some(packet) = reader.read_packet().expect("ogg pages") {
        assert!(!ended, "a packet after the end of the stream");
        let samples = decoder
            .decode_float(&packet.data, &mut buffer, false)
            .expect("libopus decodes every packet");
        decoded += samples as u64;
        if packet.last_in_stream() {
            final_granule = packet.absgp_page();
            ended = true;
        }
    }
    assert!(ended, "the last page is marked");
    assert!(
        final_granule <= decoded && final_granule > pre_skip,
        "granule {final_granule}, pre-skip {pre_skip}, decoded {decoded}"
    );
    OpusRead {
        channels,
        pre_skip,
        gain_q78,
        final_granule,
    }
}

/// An MP3 stream as symphonia reads it.
#[derive(Debug)]
pub struct Mp3Read {
    pub sample_rate: u32,
    pub channels: usize,
    /// Frames decoded (symphonia trims the encoder's delay and padding the LAME tag gives).
    pub decoded: u64,
}

impl Mp3Read {
    pub fn seconds(&self) -> f64 {
        self.decoded as f64 / f64::from(self.sample_rate)
    }
}

pub fn read_mp3(bytes: &[u8]) -> Mp3Read {
    use symphonia::core::codecs::audio::well_known::CODEC_ID_MP3;
    use symphonia::core::formats::probe::Hint;
    use symphonia::core::formats::{FormatOptions, TrackType};
    use symphonia::core::io::MediaSourceStream;
    use symphonia::core::meta::MetadataOptions;

    let source = MediaSourceStream::new(Box::new(Cursor::new(bytes.to_vec())), Default::default());
    let mut format = symphonia::default::get_probe()
        .probe(
            Hint::new().with_extension("mp3"),
            source,
            FormatOptions::default(),
            MetadataOptions::default(),
        )
        .expect("symphonia reads it");
    let track = format.default_track(TrackType::Audio).expect("audio");
    let params = track
        .codec_params
        .as_ref()
        .and_then(|p| p.audio())
        .expect("audio parameters")
        .clone();
    assert_eq!(params.codec, CODEC_ID_MP3, "MP3");
    let track_id = track.id;
    let mut decoder = symphonia::default::get_codecs()
        .make_audio_decoder(&params, &Default::default())
        .expect("a decoder");
    let mut decoded = 0u64;
    while let Some(packet) = format.next_packet().expect("packets") {
        if packet.track_id == track_id {
            decoded += decoder.decode(&packet).expect("decodes").frames() as u64;
        }
    }
    Mp3Read {
        sample_rate: params.sample_rate.expect("a sample rate"),
        channels: params.channels.as_ref().map_or(0, |c| c.count()),
        decoded,
    }
}

/// The length in bytes of the MPEG-1 layer III frame whose header starts `bytes`.
pub fn mp3_frame_len(bytes: &[u8]) -> Option<usize> {
    const KBPS: [u32; 15] = [
        0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320,
    ];
    if bytes.len() < 4 || bytes[0] != 0xff || bytes[1] & 0xfe != 0xfa {
        return None;
    }
    let kbps = *KBPS.get(usize::from(bytes[2] >> 4))?;
    let rate = match (bytes[2] >> 2) & 3 {
        0 => 44_100,
        1 => 48_000,
        2 => 32_000,
        _ => return None,
    };
    let padding = u32::from((bytes[2] >> 1) & 1);
    Some((144 * kbps * 1000 / rate + padding) as usize)
}

/// The frames of an MP3 file with nothing but frames in it, the header frame included;
/// fails on anything else.
pub fn mp3_frames(bytes: &[u8]) -> u32 {
    let (mut at, mut frames) = (0, 0);
    while at < bytes.len() {
        let len = mp3_frame_len(&bytes[at..]).unwrap_or_else(|| panic!("an MP3 frame at {at}"));
        at += len;
        frames += 1;
    }
    assert_eq!(at, bytes.len(), "whole frames to the end");
    frames
}

/// What the first frame's Xing/Info header says: its tag (`Info` for a constant bit rate)
/// and its frame count.
pub fn info_frame(bytes: &[u8]) -> ([u8; 4], u32) {
    let mono = bytes[3] >> 6 == 3;
    let at = 4 + if mono { 17 } else { 32 };
    let tag = [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]];
    let word = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    assert_eq!(word(at + 4) & 1, 1, "the frame count is present");
    (tag, word(at + 8))
}
