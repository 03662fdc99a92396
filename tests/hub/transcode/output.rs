//! What each profile makes, decoded: codec, rate and length; gapless Opus to the sample;
//! the MP3's Info header; and files already within the ask sent as they are.

use std::io::Cursor;
use std::sync::atomic::AtomicBool;

use music_hub::app::media::transcode::{Profile, Transcoder};

use super::{
    eventually, header, info_frame, mp3_frame_len, mp3_frames, read_mp3, read_opus, serving,
    stream, transcoded, Library,
};
use crate::common::{json_with_status, TestHub};

/// Five seconds and a bit at 44.1 kHz: no whole number of Opus or MP3 frames.
const FRAMES_44K: u32 = 44_100 * 5 + 321;

#[tokio::test]
async fn each_profile_decodes_to_its_codec_rate_and_the_sources_length() {
    let mut library = Library::new();
    library.tone("Five Seconds", 2, 44_100, FRAMES_44K, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let id = &ids["Five Seconds"];
    let source_seconds = f64::from(FRAMES_44K) / 44_100.0;

    for (profile, kbps) in [("mobile", 96), ("cellular", 64), ("web", 128)] {
        let response = stream(&hub, id, &format!("profile={profile}"), &[]).await;
        assert_eq!(
            header(&response, "content-disposition").as_deref(),
            Some(
                "inline; filename=\"01 - Five Seconds.opus\"; \
                 filename*=UTF-8''01%20-%20Five%20Seconds.opus"
            ),
            "{profile}"
        );
        let bytes = transcoded(response, &format!("opus; bitrate={kbps}")).await;
        let read = read_opus(&bytes);
        assert_eq!(read.channels, 2, "{profile}");
        assert!(
            (read.seconds() - source_seconds).abs() < 0.05,
            "{profile}: {} s of {source_seconds} s",
            read.seconds()
        );
        // The rate shows in the size: a lower profile makes a smaller file.
        let expected = f64::from(kbps) * 1000.0 / 8.0 * source_seconds;
        let size = bytes.len() as f64;
        assert!(
            size < expected * 1.5,
            "{profile}: {size} bytes for {expected} at {kbps} kbit/s"
        );
    }

    let response = stream(&hub, id, "profile=legacy", &[]).await;
    assert!(header(&response, "content-disposition")
        .is_some_and(|d| d.contains("filename=\"01 - Five Seconds.mp3\"")));
    let bytes = legacy_cached(&hub, id, response).await;
    let read = read_mp3(&bytes);
    assert_eq!(read.sample_rate, 44_100, "MPEG-1 at the source's rate");
    assert_eq!(read.channels, 2);
    assert!(
        (read.seconds() - source_seconds).abs() < 0.05,
        "{} s of {source_seconds} s",
        read.seconds()
    );
}

/// The cached copy of a legacy transcode, once complete, after the first answer
/// (`response`) was read whole. The first answer, read while the encode was writing,
/// may carry LAME's placeholder header frame (see `transcode::cache`): it must equal
/// the cached copy but for that first frame.
async fn legacy_cached(hub: &TestHub, id: &str, response: reqwest::Response) -> Vec<u8> {
    let first = transcoded(response, "mp3; bitrate=192").await;
    let cache = hub.hub.media.transcodes();
    let started = cache.encodes_started();
    eventually("the encode ended", || cache.encodes_running() == 0).await;
    let again = stream(hub, id, "profile=legacy", &[]).await;
    let cached = transcoded(again, "mp3; bitrate=192").await;
    assert_eq!(cache.encodes_started(), started, "served from the cache");
    assert_eq!(first.len(), cached.len(), "the same length");
    let header_frame = mp3_frame_len(&cached).expect("a header frame");
    assert!(
        first[header_frame..] == cached[header_frame..],
        "the same audio frames"
    );
    cached
}

#[tokio::test]
async fn an_opus_transcode_plays_exactly_the_sources_samples() {
    let mut library = Library::new();
    let frames = 48_000 * 3 + 77;
    library.tone("Gapless", 2, 48_000, frames, 523.25);
    library.tone("Gapless Mono", 1, 48_000, frames + 1000, 392.0);
    let (hub, ids) = serving(&library, |_| {}).await;

    for (title, frames, channels) in [("Gapless", frames, 2), ("Gapless Mono", frames + 1000, 1)] {
        let response = stream(&hub, &ids[title], "format=opus", &[]).await;
        let read = read_opus(&transcoded(response, "opus; bitrate=128").await);
        assert_eq!(read.channels, channels, "{title}");
        assert!(
            read.pre_skip > 0,
            "{title}: libopus's look-ahead is declared"
        );
        assert_eq!(
            read.played(),
            u64::from(frames),
            "{title}: last granule - pre-skip is the source's frame count"
        );
    }
}

#[tokio::test]
async fn the_mp3_info_header_counts_the_frames_in_the_file() {
    let mut library = Library::new();
    library.tone("Header", 2, 44_100, FRAMES_44K, 330.0);
    library.tone("Header 48k Mono", 1, 48_000, 48_000 * 4 + 5, 330.0);
    let (hub, ids) = serving(&library, |_| {}).await;

    for (title, rate) in [("Header", 44_100), ("Header 48k Mono", 48_000)] {
        let response = stream(&hub, &ids[title], "profile=legacy", &[]).await;
        let bytes = legacy_cached(&hub, &ids[title], response).await;
        let frames = mp3_frames(&bytes);
        let (tag, counted) = info_frame(&bytes);
        assert_eq!(&tag, b"Info", "{title}: the constant bit rate header");
        assert_eq!(counted, frames - 1, "{title}: every frame but the header");
        assert!(counted > 100, "{title}: {counted} frames");
        assert_eq!(read_mp3(&bytes).sample_rate, rate, "{title}");
    }
}

#[tokio::test]
async fn a_file_within_the_ask_is_sent_as_it_is() {
    let mut library = Library::new();
    // A 192 kbit/s MP3, made by the hub's own encoder before the scan.
    // Thirty seconds: in a short file the header frame's bytes lift the bit rate read
    // from it above 192.
    let wav = library.tone("Source", 2, 44_100, 44_100 * 30, 440.0);
    let mut transcoder = Transcoder::new(&wav, Profile::mp3(192)).expect("an encoder");
    let mut mp3 = Cursor::new(Vec::new());
    transcoder
        .run(&mut mp3, &AtomicBool::new(false))
        .expect("encoded");
    let mp3 = mp3.into_inner();
    library.file("Already Small", "mp3", &mp3);
    let (hub, ids) = serving(&library, |_| {}).await;
    let id = &ids["Already Small"];
    let track = json_with_status(hub.get(&format!("/api/track/{id}")).await, 200).await;
    assert_eq!(track["bitrateKbps"], 192, "{track}");

    let original = stream(&hub, id, "", &[]).await;
    let original_etag = header(&original, "etag");
    assert_eq!(original.bytes().await.expect("body")[..], mp3[..]);

    for query in ["profile=legacy", "maxBitrateKbps=320", "maxBitrateKbps=192"] {
        let response = stream(&hub, id, query, &[]).await;
        assert_eq!(response.status(), 200, "{query}");
        assert_eq!(header(&response, "x-transcode"), None, "{query}");
        assert_eq!(
            header(&response, "content-type").as_deref(),
            Some("audio/mpeg")
        );
        assert_eq!(header(&response, "etag"), original_etag, "{query}");
        let body = response.bytes().await.expect("body");
        assert!(body[..] == mp3[..], "{query}: the file's own bytes");
    }
    assert_eq!(hub.hub.media.transcodes().encodes_started(), 0);

    // A cap below the file's rate: Opus at the cap.
    let response = stream(&hub, id, "maxBitrateKbps=128", &[]).await;
    let read = read_opus(&transcoded(response, "opus; bitrate=128").await);
    assert!((read.seconds() - 30.0).abs() < 0.05, "{} s", read.seconds());
    assert_eq!(hub.hub.media.transcodes().encodes_started(), 1);
}

#[tokio::test]
async fn head_of_a_transcode_sends_its_headers_and_no_body() {
    let mut library = Library::new();
    library.tone("Heads", 2, 44_100, 44_100 * 4, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let id = &ids["Heads"];
    let cache = hub.hub.media.transcodes();
    let head = |query: &'static str| {
        hub.client
            .head(hub.url(&super::stream_path(id, query)))
            .send()
    };

    let cold = head("profile=mobile").await.expect("HEAD");
    assert_eq!(cold.status(), 200);
    assert_eq!(
        header(&cold, "x-transcode").as_deref(),
        Some("opus; bitrate=96")
    );
    assert_eq!(
        header(&cold, "content-type").as_deref(),
        Some("audio/ogg; codecs=opus")
    );
    let etag = header(&cold, "etag");
    assert!(cold.bytes().await.expect("body").is_empty());
    eventually("no encode left running", || cache.encodes_running() == 0).await;

    let get = stream(&hub, id, "profile=mobile", &[]).await;
    assert_eq!(
        header(&get, "etag"),
        etag,
        "HEAD and GET name the same transcode"
    );
    let bytes = transcoded(get, "opus; bitrate=96").await;
    let warm = head("profile=mobile").await.expect("HEAD");
    assert_eq!(warm.status(), 200);
    assert_eq!(
        header(&warm, "content-length"),
        Some(bytes.len().to_string())
    );
    assert_eq!(header(&warm, "etag"), etag);
    assert!(warm.bytes().await.expect("body").is_empty());
}
