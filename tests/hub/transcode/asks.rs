//! Asks the hub refuses or cannot honour, a media session's default profile, a share's
//! visitor asking for a transcode, and what `GET /api/info` says of transcoding.

use std::sync::Arc;

use music_hub::app::media::transcode::ffmpeg::Ffmpeg;
use music_hub::clock::SystemClock;
use music_hub::library::generate;
use reqwest::Method;
use serde_json::json;

use super::{header, parts_left, read_mp3, read_opus, serving, stream_path, transcoded, Library};
use crate::common::{
    all_tracks, api_error, by_title, cannot_run, finished_scan, fixture_library, hub_on,
    json_with_status, remote, TestHub,
};

#[tokio::test]
async fn a_corrupt_source_and_contradictory_asks_are_refused_with_their_reason() {
    let mut library = Library::new();
    let flac = std::fs::read(
        generate::fixtures_dir().join("Beyoncé/I Am... Sasha Fierce/2-01 Single Ladies.flac"),
    )
    .expect("the FLAC fixture");
    let broken = library.file("Broken", "flac", &flac);
    library.tone("Fine", 2, 44_100, 44_100 * 2, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let broken_id = &ids["Single Ladies (Put a Ring on It)"];
    let fine = &ids["Fine"];
    let cache = hub.hub.media.transcodes();

    // Damaged after the scan: the catalogue still lists it as FLAC.
    std::fs::write(
        &broken,
        b"fLaC and then nothing a decoder could read at all",
    )
    .expect("overwrite");
    for query in ["profile=mobile", "profile=legacy"] {
        let response = hub.get(&stream_path(broken_id, query)).await;
        let body = api_error(response, 422, "undecodable").await;
        assert_eq!(body["details"]["trackId"], broken_id.as_str(), "{query}");
    }
    assert_eq!(cache.encodes_running(), 0);
    assert_eq!(cache.total_bytes(), 0, "nothing cached");
    assert!(parts_left(&hub).is_empty(), "{:?}", parts_left(&hub));
    // As it is, it is still sent: the file's bytes are the person's.
    let original = hub.get(&stream_path(broken_id, "")).await;
    assert_eq!(original.status(), 200);

    let refusals = [
        ("format=original&maxBitrateKbps=96", "maxBitrateKbps"),
        ("format=original&profile=mobile", "profile"),
        ("format=original&timeOffsetMs=1000", "timeOffsetMs"),
        ("format=original&replayGain=track", "replayGain"),
        ("timeOffsetMs=2000", "timeOffsetMs"),
        ("profile=web&timeOffsetMs=600000", "timeOffsetMs"),
        ("profile=hifi", "profile"),
        ("format=flac", "format"),
        ("maxBitrateKbps=8", "maxBitrateKbps"),
        ("maxBitrateKbps=lots", "maxBitrateKbps"),
        ("timeOffsetMs=-5", "timeOffsetMs"),
    ];
    for (query, parameter) in refusals {
        let response = hub.get(&stream_path(fine, query)).await;
        let body = api_error(response, 400, "invalid_parameter").await;
        assert_eq!(body["details"]["parameter"], parameter, "{query}: {body}");
    }
    assert_eq!(
        cache.encodes_started(),
        2,
        "only the broken file's attempts"
    );
}

#[tokio::test]
async fn a_sessions_profile_applies_unless_the_stream_asks_otherwise() {
    let mut library = Library::new();
    let wav = library.tone("Phone", 2, 44_100, 44_100 * 3, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let id = &ids["Phone"];

    let session = hub
        .client
        .post(hub.url("/api/media/session"))
        .json(&json!({ "profile": "cellular" }))
        .send()
        .await
        .expect("media session");
    let session = json_with_status(session, 201).await;
    assert_eq!(session["profile"], "cellular", "{session}");
    let token = session["mediaToken"].as_str().expect("a token");
    let url = session["streamUrlTemplate"]
        .as_str()
        .expect("a template")
        .replace("{trackId}", id);

    let bare = get(&hub, &url).await;
    let read = read_opus(&transcoded(bare, "opus; bitrate=64").await);
    assert!((read.seconds() - 3.0).abs() < 0.05, "{} s", read.seconds());
    let original = get(&hub, &format!("{url}&format=original")).await;
    assert_eq!(original.status(), 200);
    assert_eq!(header(&original, "x-transcode"), None);
    assert_eq!(
        header(&original, "content-type").as_deref(),
        Some("audio/wav")
    );
    let wav = std::fs::read(wav).expect("the source");
    assert!(original.bytes().await.expect("body")[..] == wav[..]);
    let legacy = get(&hub, &format!("{url}&profile=legacy")).await;
    transcoded(legacy, "mp3; bitrate=192").await;
    let capped = get(&hub, &format!("{url}&maxBitrateKbps=96")).await;
    transcoded(capped, "opus; bitrate=96").await;

    // A session without a profile: the file as it is.
    let plain = hub
        .client
        .post(hub.url("/api/media/session"))
        .send()
        .await
        .expect("media session");
    let plain = json_with_status(plain, 201).await;
    assert!(plain.get("profile").is_none_or(|p| p.is_null()), "{plain}");
    let path = stream_path(
        id,
        &format!(
            "mediaToken={}",
            plain["mediaToken"].as_str().unwrap_or_default()
        ),
    );
    let untouched = get(&hub, &path).await;
    assert_eq!(untouched.status(), 200);
    assert_eq!(header(&untouched, "x-transcode"), None);
    assert_ne!(token, plain["mediaToken"].as_str().unwrap_or_default());
}

/// A stream as a phone on the LAN asks for it, with only the media token of `path`.
async fn get(hub: &TestHub, path: &str) -> reqwest::Response {
    remote(hub, Method::GET, path)
        .send()
        .await
        .expect("a remote stream")
}

#[tokio::test]
async fn replay_gain_goes_into_the_opus_header_as_tagged() {
    // The fixture MP3 is tagged: track -6.50 dB (peak 0.99), album -7.10 dB (peak 1.0).
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let id = tracks["If I Were a Boy"]["id"].as_str().expect("an id");
    let untagged = tracks["Lost Track"]["id"].as_str().expect("an id");

    let mut etags = Vec::new();
    for (mode, described, db) in [
        ("track", "opus; bitrate=128; gain=-6.50", -6.5f64),
        ("album", "opus; bitrate=128; gain=-7.10", -7.1),
    ] {
        let response = hub
            .get(&stream_path(id, &format!("replayGain={mode}")))
            .await;
        etags.push(header(&response, "etag"));
        let read = read_opus(&transcoded(response, described).await);
        assert_eq!(
            read.gain_q78,
            (db * 256.0).round() as i16,
            "{mode}: the header's output gain"
        );
    }
    let plain = hub.get(&stream_path(id, "format=opus")).await;
    etags.push(header(&plain, "etag"));
    assert_eq!(
        read_opus(&transcoded(plain, "opus; bitrate=128").await).gain_q78,
        0
    );
    let distinct: std::collections::BTreeSet<_> = etags.iter().collect();
    assert_eq!(
        distinct.len(),
        3,
        "each gain is its own transcode: {etags:?}"
    );
    // A track with no tags is transcoded at its level.
    let response = hub.get(&stream_path(untagged, "replayGain=album")).await;
    assert_eq!(
        read_opus(&transcoded(response, "opus; bitrate=128").await).gain_q78,
        0
    );
}

/// A hub on the fixtures with `--ffmpeg` set (`off`, or `None` for the PATH); the Opus
/// fixture's id (a format only ffmpeg decodes) and the engines `GET /api/info` lists.
async fn ffmpeg_hub(ffmpeg: Option<&str>) -> (TestHub, tempfile::TempDir, String, Vec<String>) {
    let library = fixture_library();
    let music = library.path().join("Music");
    let setting = ffmpeg.map(std::ffi::OsString::from);
    let hub = TestHub::start_with(
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
            config.ffmpeg = setting;
        },
        Arc::new(SystemClock),
    )
    .await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let id = tracks["Second Song"]["id"]
        .as_str()
        .expect("an id")
        .to_owned();
    let info = json_with_status(hub.get("/api/info").await, 200).await;
    let engines = info["transcoding"]["engines"]
        .as_array()
        .expect("engines")
        .iter()
        .filter_map(|e| e["name"].as_str().map(str::to_owned))
        .collect();
    (hub, library, id, engines)
}

#[tokio::test]
async fn without_ffmpeg_a_format_only_it_reads_answers_415() {
    let (hub, _library, id, engines) = ffmpeg_hub(Some("off")).await;
    assert_eq!(engines, ["builtin"]);
    // Opus input at 12 kbit/s: MP3 is another codec, so a transcode is needed.
    let response = hub.get(&stream_path(&id, "profile=legacy")).await;
    let body = api_error(response, 415, "transcode_unavailable").await;
    assert!(
        body["message"].as_str().is_some_and(|m| m.contains("OPUS")),
        "the message names the format: {body}"
    );
    assert_eq!(hub.hub.media.transcodes().encodes_started(), 0);
    // Within the ask, or as it is, it needs no engine at all.
    for query in ["", "profile=mobile", "format=original"] {
        let response = hub.get(&stream_path(&id, query)).await;
        assert_eq!(response.status(), 200, "{query}");
        assert_eq!(header(&response, "x-transcode"), None, "{query}");
    }
}

#[tokio::test]
async fn with_ffmpeg_a_format_only_it_reads_is_transcoded() {
    if Ffmpeg::find_with(None).is_none() {
        cannot_run(
            "with_ffmpeg_a_format_only_it_reads_is_transcoded",
            "no ffmpeg on the PATH (apt-get install ffmpeg)",
        );
        return;
    }
    let (hub, _library, id, engines) = ffmpeg_hub(None).await;
    assert_eq!(engines, ["builtin", "ffmpeg"]);
    let response = hub.get(&stream_path(&id, "profile=legacy")).await;
    let read = read_mp3(&transcoded(response, "mp3; bitrate=192").await);
    assert_eq!(read.sample_rate, 48_000);
    // ffmpeg's MP3 has no LAME header to trim the encoder's delay by: 0.1 s, not 0.05.
    assert!((read.seconds() - 0.5).abs() < 0.1, "{} s", read.seconds());
    // The fixture is Opus already, within 64 kbit/s, so it would be sent as it is; a
    // ReplayGain ask (the fixture has no tags: 0 dB) makes it a transcode through ffmpeg.
    let response = hub
        .get(&stream_path(
            &id,
            "format=opus&maxBitrateKbps=64&replayGain=track",
        ))
        .await;
    let read = read_opus(&transcoded(response, "opus; bitrate=64").await);
    assert!((read.seconds() - 0.5).abs() < 0.05, "{} s", read.seconds());
}

const VISITOR: &str = "198.51.100.20";

#[tokio::test]
async fn a_share_visitor_may_ask_for_a_transcode() {
    let mut library = Library::new();
    library.tone("Shared Tone", 2, 44_100, 44_100 * 3, 440.0);
    let (hub, ids) = serving(&library, |config| {
        config.public_url = Some("https://music.example.org".into());
    })
    .await;
    let id = &ids["Shared Tone"];
    let share = hub
        .client
        .post(hub.url("/api/shares"))
        .json(&json!({ "kind": "track", "itemId": id }))
        .send()
        .await
        .expect("create a share");
    let share = json_with_status(share, 201).await;
    let share_id = share["id"].as_str().expect("share id");
    let opened = hub
        .client
        .get(hub.url(&format!("/api/share/track/{share_id}/bootstrap")))
        .header("X-Forwarded-For", VISITOR)
        .send()
        .await
        .expect("bootstrap");
    let opened = json_with_status(opened, 200).await;
    let token = opened["mediaToken"].as_str().expect("a media token");

    let visit = |query: &str| {
        hub.client
            .get(hub.url(&stream_path(id, &format!("mediaToken={token}&{query}"))))
            .header("X-Forwarded-For", VISITOR)
            .send()
    };
    let response = visit("profile=mobile").await.expect("stream");
    assert_eq!(
        header(&response, "content-disposition").as_deref(),
        Some("inline; filename=\"Shared Tone.opus\"; filename*=UTF-8''Shared%20Tone.opus"),
        "the title, never the file's name"
    );
    let read = read_opus(&transcoded(response, "opus; bitrate=96").await);
    assert!((read.seconds() - 3.0).abs() < 0.05, "{} s", read.seconds());
    let response = visit("profile=legacy").await.expect("stream");
    assert!(header(&response, "content-disposition")
        .is_some_and(|d| d.contains("filename=\"Shared Tone.mp3\"")));
    let read = read_mp3(&transcoded(response, "mp3; bitrate=192").await);
    // The first play's header frame may be LAME's placeholder: the encoder's delay counts.
    assert!((read.seconds() - 3.0).abs() < 0.1, "{} s", read.seconds());
}

#[tokio::test]
async fn info_lists_the_engines_and_the_profiles() {
    let (hub, _) = serving(&Library::new(), |config| {
        config.transcode_max_encodes = Some(3);
        config.transcode_cache_bytes = Some(123_456_789);
    })
    .await;
    let info = json_with_status(hub.get("/api/info").await, 200).await;
    let transcoding = &info["transcoding"];
    let engines = transcoding["engines"].as_array().expect("engines");
    let builtin = engines
        .iter()
        .find(|e| e["name"] == "builtin")
        .unwrap_or_else(|| panic!("the built-in engine in {transcoding}"));
    let version = builtin["version"].as_str().unwrap_or_default();
    assert!(
        version.contains("libopus") && version.contains("LAME"),
        "{version}"
    );
    let mut profiles: Vec<(String, String, u64)> = transcoding["profiles"]
        .as_array()
        .expect("profiles")
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap_or_default().to_owned(),
                p["format"].as_str().unwrap_or_default().to_owned(),
                p["bitrateKbps"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    profiles.sort();
    let expected = [
        ("cellular", "opus", 64),
        ("legacy", "mp3", 192),
        ("mobile", "opus", 96),
        ("web", "opus", 128),
    ]
    .map(|(n, f, k)| (n.to_owned(), f.to_owned(), k));
    assert_eq!(profiles, expected);
    assert_eq!(transcoding["maxConcurrent"], 3);
    assert_eq!(transcoding["cacheBudgetBytes"], 123_456_789);
}

#[tokio::test]
async fn an_ffmpeg_without_the_encoder_asked_for_answers_415() {
    // A stand-in that answers `-version` like ffmpeg and then lacks every encoder, as a
    // minimal build does. Written by `sh`, never open for writing in this process when it
    // runs (`ETXTBSY`).
    let bin = tempfile::tempdir().expect("tempdir");
    let program = bin.path().join("ffmpeg");
    let script = "#!/bin/sh\nif [ \"$1\" = -version ]; then echo 'ffmpeg version 0.0-minimal'; \
                  exit 0; fi\necho \"Unknown encoder 'libmp3lame'\" >&2\nexit 1\n";
    let written = std::process::Command::new("sh")
        .args(["-c", "printf '%s' \"$1\" > \"$2\" && chmod +x \"$2\"", "sh"])
        .arg(script)
        .arg(&program)
        .status()
        .expect("run sh");
    assert!(written.success());
    let (hub, _library, id, engines) =
        ffmpeg_hub(Some(program.to_str().expect("a UTF-8 path"))).await;
    assert_eq!(engines, ["builtin", "ffmpeg"]);
    let response = hub.get(&stream_path(&id, "profile=legacy")).await;
    let body = api_error(response, 415, "transcode_unavailable").await;
    let message = body["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("mp3") && message.contains("0.0-minimal"),
        "the message names the encoder and the ffmpeg: {body}"
    );
    assert!(
        !message.contains("Unknown encoder"),
        "ffmpeg's own words stay in the log: {body}"
    );
    // Nothing was kept: asked again, it is tried again.
    let again = hub.get(&stream_path(&id, "profile=legacy")).await;
    api_error(again, 415, "transcode_unavailable").await;
    assert_eq!(hub.hub.media.transcodes().encodes_started(), 2);
}
