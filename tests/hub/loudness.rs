//! Loudness analysis on a real hub: WAV files of a known level (sines made here, tagged as
//! one album), measured in the background after the start-up scan and offered as the
//! `loudness` enrichment source; a quiet and a loud track whose gains differ by the level
//! between them; the album gated together; applying the values; a changed file measured
//! again with its progress on the library feed; and `music-hub analyze` from the terminal.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use music_hub::app::loudness::measure::sine_wav;
use music_hub::clock::SystemClock;
use music_hub::library::generate;
use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, by_title, finished_scan, json_with_status, start_scan, Sse, TestHub,
};

const BINARY: &str = env!("CARGO_BIN_EXE_music-hub");

/// Three seconds of a sine of `amplitude` at `music/Band/Levels/{file}`, tagged as track
/// `track` of the album.
fn level_track(music: &Path, file: &str, title: &str, track: u32, amplitude: f64) -> PathBuf {
    level_track_of(music, file, title, track, amplitude, 3.0)
}

/// `seconds` of a sine of `amplitude`, as `level_track`.
fn level_track_of(
    music: &Path,
    file: &str,
    title: &str,
    track: u32,
    amplitude: f64,
    seconds: f64,
) -> PathBuf {
    let path = music.join("Band/Levels").join(file);
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::write(&path, sine_wav(amplitude, seconds, 44_100)).expect("write");
    generate::retag(
        &path,
        &generate::GeneratedTrack {
            rel_path: String::new(),
            title: title.into(),
            artist: "Band".into(),
            album: "Levels".into(),
            track,
            year: 2020,
            genre: "Rock",
        },
    )
    .expect("tag");
    path
}

fn id(track: &Value) -> String {
    track["id"].as_str().expect("track id").to_owned()
}

async fn enrichment(hub: &TestHub, id: &str) -> Value {
    json_with_status(hub.get(&format!("/api/tracks/{id}/enrichment")).await, 200).await
}

/// The track's `loudness` suggestion, waiting (up to a minute) for the analysis to give one
/// that `accept`s.
async fn loudness(hub: &TestHub, id: &str, accept: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let found = enrichment(hub, id).await;
        let measured = found["suggestions"]
            .as_array()
            .and_then(|all| all.iter().find(|s| s["source"] == "loudness").cloned());
        if let Some(suggestion) = measured.filter(|s| accept(s)) {
            return suggestion;
        }
        assert!(Instant::now() < deadline, "no loudness suggestion: {found}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn number(suggestion: &Value, field: &str) -> f64 {
    suggestion["values"][field]
        .as_f64()
        .unwrap_or_else(|| panic!("{field} in {suggestion}"))
}

async fn analyzing_hub(library: &Path) -> TestHub {
    let music = library.to_path_buf();
    TestHub::start_with(
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
            config.analyze = true;
        },
        Arc::new(SystemClock),
    )
    .await
}

#[tokio::test]
async fn a_quiet_and_a_loud_track_differ_by_their_level_and_a_changed_file_is_measured_again() {
    let library = tempfile::tempdir().expect("library");
    let loud_file = level_track(library.path(), "01 Loud.wav", "Loud", 1, 0.5);
    level_track(library.path(), "02 Quiet.wav", "Quiet", 2, 0.05);
    let hub = analyzing_hub(library.path()).await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let (loud, quiet) = (id(&tracks["Loud"]), id(&tracks["Quiet"]));

    let measured_loud = loudness(&hub, &loud, |_| true).await;
    let measured_quiet = loudness(&hub, &quiet, |_| true).await;
    assert_eq!(measured_loud["confidence"], 1.0, "{measured_loud}");
    assert_eq!(
        measured_loud["changedFields"],
        json!([
            "replayGainTrackDb",
            "replayGainTrackPeak",
            "replayGainAlbumDb",
            "replayGainAlbumPeak"
        ]),
        "{measured_loud}"
    );
    // Ten times the amplitude is 20 dB louder, so 20 dB less gain.
    let difference =
        number(&measured_quiet, "replayGainTrackDb") - number(&measured_loud, "replayGainTrackDb");
    assert!((difference - 20.0).abs() < 0.1, "{difference}");
    // A stereo sine at half full scale reads −6.02 LUFS: 11.98 dB above the reference.
    let loud_gain = number(&measured_loud, "replayGainTrackDb");
    assert!((loud_gain - -11.98).abs() < 0.1, "{loud_gain}");
    let loud_peak = number(&measured_loud, "replayGainTrackPeak");
    assert!((loud_peak - 0.5).abs() < 0.01, "{loud_peak}");
    assert!((number(&measured_quiet, "replayGainTrackPeak") - 0.05).abs() < 0.002);

    // The album is gated as one programme: the quiet track is 20 LU below the loud one,
    // under the relative gate, so the album's loudness is the loud track's (the mean of
    // the two gains would be 10 dB off). Both tracks carry the same album values.
    for suggestion in [&measured_loud, &measured_quiet] {
        let album_gain = number(suggestion, "replayGainAlbumDb");
        assert!((album_gain - loud_gain).abs() < 0.1, "{suggestion}");
        assert!((number(suggestion, "replayGainAlbumPeak") - loud_peak).abs() < 1e-6);
    }

    // Applying writes the overrides with the source recorded.
    let applied = json_with_status(
        hub.client
            .post(hub.url(&format!("/api/tracks/{quiet}/enrichment/apply")))
            .json(&json!({"suggestionId": measured_quiet["id"], "fields": ["replayGainTrackDb"]}))
            .send()
            .await
            .expect("apply"),
        200,
    )
    .await;
    assert_eq!(applied["overriddenFields"], json!(["replayGainTrackDb"]));
    assert_eq!(applied["overrideDetails"][0]["source"], "loudness");
    assert_eq!(
        applied["effective"]["replayGainTrackDb"], measured_quiet["values"]["replayGainTrackDb"],
        "{applied}"
    );

    // The loud file changes (half its level): after the scan that sees it, the album is
    // measured again, with its progress on the feed, and the old suggestion is stale.
    // A second longer too: a scan knows a file by its size and modification time, and a
    // file system with whole-second times (as some CI disks have) would give this rewrite,
    // a fraction of a second after the first, the same time. A sine's loudness does not
    // depend on its length.
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;
    level_track_of(library.path(), "01 Loud.wav", "Loud", 1, 0.25, 4.0);
    assert!(loud_file.exists());
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    let rescan = finished_scan(&hub).await;
    assert_eq!(
        (&rescan["phase"], &rescan["updated"]),
        (&json!("completed"), &json!(1)),
        "the rescan sees the new file: {rescan}"
    );
    // Debug builds decode slowly: wait for the new values, then read the feed's events,
    // which arrived meanwhile.
    let again = loudness(&hub, &loud, |s| s["id"] != measured_loud["id"]).await;
    let mut states = Vec::new();
    loop {
        let message = feed.next().await;
        if message.event != "loudnessAnalysis" {
            continue;
        }
        let payload = &message.data["payload"];
        assert_eq!(payload["total"], 2, "the whole album: {payload}");
        states.push(payload["state"].as_str().unwrap_or_default().to_owned());
        if payload["state"] == "completed" {
            assert_eq!(payload["analyzed"], 2, "{payload}");
            assert_eq!(payload["failed"], 0, "{payload}");
            break;
        }
    }
    // Two short files take far less than the 30 s between progress ticks: the run says
    // only that it started and that it ended, leaving the feed's replay window to the
    // library's changes.
    assert_eq!(states, ["running", "completed"], "{states:?}");
    let louder_by = number(&again, "replayGainTrackDb") - loud_gain;
    assert!((louder_by - 6.02).abs() < 0.1, "{louder_by}");
    api_error(
        hub.client
            .post(hub.url(&format!("/api/tracks/{loud}/enrichment/apply")))
            .json(&json!({"suggestionId": measured_loud["id"]}))
            .send()
            .await
            .expect("apply"),
        409,
        "suggestion_stale",
    )
    .await;
    hub.stop().await;
}

#[tokio::test]
async fn music_hub_analyze_measures_from_the_terminal_once() {
    let library = tempfile::tempdir().expect("library");
    let data = tempfile::tempdir().expect("data dir");
    level_track(library.path(), "01 Loud.wav", "Loud", 1, 0.5);
    level_track(library.path(), "02 Quiet.wav", "Quiet", 2, 0.05);
    let run = |args: &[&str]| {
        let output = Command::new(BINARY)
            .args(args)
            .arg("--data-dir")
            .arg(data.path())
            .env_remove("MUSIC_HUB_LIBRARY")
            .output()
            .expect("run music-hub");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(output.status.success(), "{args:?}: {stdout} {stderr}");
        stdout
    };
    let library_arg = library.path().to_str().expect("utf-8 path");
    run(&["scan", "--library", library_arg]);
    let first = run(&["analyze"]);
    assert!(
        first.contains("analysis completed: 2 tracks measured (0 could not be decoded)"),
        "{first}"
    );
    // Nothing changed: nothing to measure.
    let second = run(&["analyze"]);
    assert!(second.contains("0 tracks measured"), "{second}");

    // A hub on that data dir offers what the command measured, with its analysis off (so
    // nothing but the command measured).
    let music = library.path().to_path_buf();
    let hub = TestHub::start_custom(
        Some(data.path()),
        std::net::IpAddr::from([127, 0, 0, 1]),
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
        },
        Arc::new(SystemClock),
    )
    .await;
    finished_scan(&hub).await;
    // A full rescan rereads every file and keeps what was measured of the unchanged ones.
    json_with_status(start_scan(&hub, json!({"full": true})).await, 202).await;
    assert_eq!(finished_scan(&hub).await["state"], "completed");
    let tracks = by_title(&all_tracks(&hub).await);
    let quiet = loudness(&hub, &id(&tracks["Quiet"]), |_| true).await;
    // −26.02 LUFS, 8.02 dB below the reference.
    assert!(
        (number(&quiet, "replayGainTrackDb") - 8.02).abs() < 0.1,
        "{quiet}"
    );
    hub.stop().await;
}

#[test]
fn music_hub_analyze_without_a_database_says_to_scan_first() {
    let data = tempfile::tempdir().expect("data dir");
    let output = Command::new(BINARY)
        .arg("analyze")
        .arg("--data-dir")
        .arg(data.path())
        .output()
        .expect("run music-hub analyze");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("music-hub scan"), "{stderr}");
}
