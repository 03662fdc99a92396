//! A real browser plays a transcode while the hub is still making it: Debian's `chromium`
//! (driven through `chromedriver`) plays a FLAC track as Opus through `<audio>`, from a
//! media-token URL with `profile=web`, while the test lets the encoder run at about ten
//! times real time; once it plays, the page seeks to 80 % of the track, where the encoder
//! has not been yet, and the test reads `currentTime` from the page.
//!
//! What it proves: the answer carries the transcode's final length from its first byte
//! (without it Chrome treats the source as a live stream and cannot seek), the end of the
//! stream is there before the rest (Chrome reads the last pages of an Ogg file for its
//! duration before it plays a note), and a read beyond what is written waits for the
//! encoder instead of failing.
//!
//! In CI it must run (chromium, chromedriver and ffmpeg are installed by the test command);
//! elsewhere it is skipped with the reason on the terminal.

use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use music_hub::app::media::transcode::cache::CacheKey;
use music_hub::app::media::transcode::Profile;
use music_hub::clock::SystemClock;
use serde_json::Value;

use crate::common::{all_tracks, cannot_run, finished_scan, TestHub};
use crate::webdriver::{browser_installed, Driver, Session, HUB_HOST};

/// The track's length: long enough that the encoder, let out a second of audio every
/// 100 ms, is still working when playback starts and when the seek lands.
const SECONDS: u32 = 60;

/// Steps (a quarter of a second of audio each) the encoder is let take every `PACE`.
const STEPS_PER_PACE: u64 = 4;
const PACE: Duration = Duration::from_millis(100);

const SCRIPT: &str = r#"
const audio = document.createElement("audio");
audio.id = "audio";
audio.preload = "auto";
window.result = { errors: [], events: [] };
for (const name of ["loadedmetadata", "playing", "seeking", "seeked", "error"]) {
  audio.addEventListener(name, () => window.result.events.push(
    [name, Math.round(performance.now()), audio.currentTime]));
}
audio.addEventListener("error", () => {
  const e = audio.error;
  window.result.errors.push("audio error " + (e ? e.code + " " + e.message : "?"));
});
audio.src = arguments[0];
document.body.appendChild(audio);
audio.play().catch((e) => window.result.errors.push("play() rejected: " + e.name));
return true;
"#;

#[tokio::test]
async fn chromium_plays_and_seeks_an_opus_transcode_while_it_is_being_made() {
    const TEST: &str = "chromium_plays_and_seeks_an_opus_transcode_while_it_is_being_made";
    let ffmpeg = Command::new("ffmpeg")
        .arg("-version")
        .output()
        .is_ok_and(|out| out.status.success());
    if !browser_installed() || !ffmpeg {
        return cannot_run(
            TEST,
            "chromium, chromedriver and ffmpeg are needed (tests/run.sh installs them as root)",
        );
    }
    let library = tempfile::tempdir().expect("library");
    let album = library.path().join("Tone Artist/Tone Album");
    std::fs::create_dir_all(&album).expect("mkdir");
    let flac = album.join("01 Long Tone.flac");
    let made = Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-f", "lavfi", "-i"])
        .arg(format!("sine=frequency=440:duration={SECONDS}"))
        .args(["-ac", "2", "-ar", "44100"])
        .arg(&flac)
        .status()
        .expect("run ffmpeg");
    assert!(made.success(), "ffmpeg made the FLAC source");

    let root = library.path().to_owned();
    let hub = TestHub::start_with(
        move |config| {
            config.libraries = vec![root];
            config.watch = false;
        },
        Arc::new(SystemClock),
    )
    .await;
    finished_scan(&hub).await;
    let tracks = all_tracks(&hub).await;
    let track_id = tracks[0]["id"].as_str().expect("track id").to_owned();
    let session: Value = hub
        .client
        .post(hub.url("/api/media/session"))
        .send()
        .await
        .expect("media session")
        .json()
        .await
        .expect("session JSON");
    let stream = session["streamUrlTemplate"]
        .as_str()
        .expect("streamUrlTemplate")
        .replace("{trackId}", &track_id);
    let origin = format!("http://{HUB_HOST}:{}", hub.addr.port());
    let url = format!("{origin}{stream}&profile=web");

    // The encode `profile=web` starts, held at its start until the page asks for it.
    let canonical = std::fs::canonicalize(&flac).expect("canonical path");
    let key = CacheKey::of_file(&canonical, Profile::opus(128), Duration::ZERO).expect("key");
    let cache = hub.hub.media.transcodes().clone();
    cache.hold_encode(&key, Some(0));

    let driver = Driver::start().expect("start chromedriver");
    let page = Session::open(&driver).await;
    page.go(&format!("{origin}/api/ping")).await;
    let started = page
        .call(
            "execute/sync",
            serde_json::json!({ "script": SCRIPT, "args": [url] }),
        )
        .await;
    assert_eq!(started, Value::Bool(true), "the page made its <audio>");

    // Once the browser has asked, the encoder goes at about ten times real time.
    for _ in 0..100 {
        if cache.encodes_running() == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        cache.encodes_running(),
        1,
        "the page's request started the encode"
    );
    let pacer = {
        let (cache, key) = (cache.clone(), key.clone());
        tokio::spawn(async move {
            let mut allowed = 0;
            while !cache.contains(&key) {
                allowed += STEPS_PER_PACE;
                cache.hold_encode(&key, Some(allowed));
                tokio::time::sleep(PACE).await;
            }
        })
    };

    page.until(
        "return document.getElementById('audio').currentTime > 0.2",
        Duration::from_secs(20),
        "playback",
    )
    .await;
    let complete_when_playing = cache.contains(&key);
    let duration = page
        .run("return document.getElementById('audio').duration")
        .await
        .as_f64()
        .expect("a duration");
    let target = duration * 0.8;
    let complete_when_seeking = cache.contains(&key);
    page.run(&format!(
        "document.getElementById('audio').currentTime = {target}; return true"
    ))
    .await;
    page.until(
        &format!(
            "const a = document.getElementById('audio'); \
             return window.result.events.some(e => e[0] === 'seeked') && a.currentTime > {target} + 0.2"
        ),
        Duration::from_secs(20),
        "the seek to 80 % and playback from there",
    )
    .await;
    let result = page.run("return window.result").await;
    let now = page
        .run("return document.getElementById('audio').currentTime")
        .await
        .as_f64()
        .expect("currentTime");
    page.close().await;
    pacer.abort();
    cache.hold_encode(&key, None);
    println!("the page saw: {result}; now at {now} s");

    assert_eq!(result["errors"], serde_json::json!([]), "errors: {result}");
    assert!(
        (duration - f64::from(SECONDS)).abs() < 0.1,
        "the duration is the track's: {duration}"
    );
    assert!(
        !complete_when_playing,
        "playback started before the transcode was complete: {result}"
    );
    assert!(
        !complete_when_seeking,
        "the seek was asked while the transcode was still being made: {result}"
    );
    assert!(
        now > target && now < target + 10.0,
        "currentTime went to 80 % ({target} s) and on from there: {now} ({result})"
    );
}
