//! A real browser plays a track: Debian's `chromium` (headless, installed by the test
//! command through `tests/browser.sh`) opens a page that this test serves from its own
//! loopback server, on another origin than the hub. The page plays the track through
//! `<audio src=".../api/media/stream/{id}?mediaToken=...">`, seeks to the middle, and shows
//! the track's artwork through `<img src=".../api/media/artwork/{id}?size=128&mediaToken=...">`;
//! it writes what it saw into `<pre id="result">` and posts that JSON back to the test
//! server, and the test asserts on it. Neither element needs CORS, so the hub enables none.
//!
//! Driving chromium by posting the result back (rather than through chromium-driver) keeps
//! the moving parts to one process and one page: the test needs nothing but `chromium`.
//!
//! In CI (`CI=true`, as root) it must run: a missing chromium fails it. Elsewhere it is
//! skipped with the reason written to the terminal.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use music_hub::library::generate::noise_wav;
use poem::listener::{Acceptor, TcpAcceptor};
use poem::web::{Data, Html};
use poem::{handler, http::StatusCode, EndpointExt, Route, Server};
use reqwest::Method;
use serde_json::Value;
use tokio::sync::mpsc;

use crate::common::{
    all_tracks, cannot_run, finished_scan, fixture_library, hub_on, json_with_status, paired,
    remote,
};

/// The long track's length: long enough that playback is still going when the seek to the
/// middle lands and after it (the fixtures last half a second), 5 MB of WAV.
const SECONDS: u32 = 30;

/// The hub's name for the browser: not a loopback name, so its calls are not local.
const HUB_HOST: &str = "hub.test";

/// How long the page may take, chromium's start included.
const PAGE_TIMEOUT: Duration = Duration::from_secs(45);

/// The page. `STREAM_URL` and `ARTWORK_URL` are replaced with absolute URLs on the hub.
const PAGE: &str = r#"<!doctype html>
<meta charset="utf-8">
<title>Music Hub: play a track</title>
<audio id="audio" preload="auto" autoplay src="STREAM_URL"></audio>
<img id="cover" alt="cover" src="ARTWORK_URL">
<pre id="result"></pre>
<script>
"use strict";
const audio = document.getElementById("audio");
const cover = document.getElementById("cover");
const result = { errors: [], played: false, timedOut: false };
audio.addEventListener("error", () => {
  const e = audio.error;
  result.errors.push("audio error " + (e ? e.code + " " + e.message : "(no MediaError)"));
});
const once = (target, name) => new Promise((resolve) =>
  target.addEventListener(name, resolve, { once: true }));
const end = (reason) => new Promise((resolve) => setTimeout(() => resolve(reason), 25000));

async function playSeekAndWatch() {
  if (audio.paused) {
    // Autoplay is allowed by the chromium flag; play() also reports when it is not.
    audio.play().catch((e) => result.errors.push("play() rejected: " + e.name + " " + e.message));
  }
  await once(audio, "playing");
  result.played = true;
  result.duration = audio.duration;
  const seekable = audio.seekable;
  result.seekableEnd = seekable.length ? seekable.end(seekable.length - 1) : 0;
  result.target = audio.duration / 2;
  const seeked = once(audio, "seeked");
  audio.currentTime = result.target;
  await seeked;
  result.seekedAt = audio.currentTime;
  // Playback goes on from there: a timeupdate past the seek point.
  await new Promise((resolve) => {
    const tick = () => {
      if (audio.currentTime > result.seekedAt) {
        audio.removeEventListener("timeupdate", tick);
        resolve();
      }
    };
    audio.addEventListener("timeupdate", tick);
  });
  result.playedTo = audio.currentTime;
  result.paused = audio.paused;
}

async function showCover() {
  if (!cover.complete) {
    await Promise.race([once(cover, "load"), once(cover, "error")]);
  }
  result.image = { naturalWidth: cover.naturalWidth, naturalHeight: cover.naturalHeight };
}

(async () => {
  const done = Promise.all([playSeekAndWatch(), showCover()]).catch(
    (e) => result.errors.push("page script: " + e));
  // An error ends the wait at once: nothing more will play.
  const failed = once(audio, "error").then(() => "error");
  if ((await Promise.race([done, failed, end("timeout")])) === "timeout") result.timedOut = true;
  audio.pause();
  const text = JSON.stringify(result);
  document.getElementById("result").textContent = text;
  await fetch("/result", { method: "POST", body: text });
})();
</script>
"#;

#[handler]
fn page(Data(html): Data<&Arc<String>>) -> Html<String> {
    Html(html.as_str().to_owned())
}

#[handler]
async fn report(body: String, Data(results): Data<&mpsc::Sender<String>>) -> StatusCode {
    let _ = results.send(body).await;
    StatusCode::NO_CONTENT
}

/// A headless chromium, in a process group of its own so that its renderer and helper
/// processes end with it; killed (by that group's id) on drop.
struct Browser {
    child: std::process::Child,
    log: std::path::PathBuf,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn open(url: &str) -> std::io::Result<Browser> {
        use std::os::unix::process::CommandExt;
        let profile = tempfile::tempdir()?;
        let log = profile.path().join("chromium.log");
        let out = std::fs::File::create(&log)?;
        let child = Command::new("chromium")
            .args([
                // The flags verified on a CI-like machine (TOOLCHAIN.md).
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // The page starts playback without a click.
                "--autoplay-policy=no-user-gesture-required",
                "--mute-audio",
            ])
            .arg(format!("--host-resolver-rules=MAP {HUB_HOST} 127.0.0.1"))
            .arg(format!(
                "--user-data-dir={}",
                profile.path().join("profile").display()
            ))
            .arg(url)
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .process_group(0)
            .spawn()?;
        Ok(Browser {
            child,
            log,
            _profile: profile,
        })
    }

    /// The end of chromium's own output, for a failure message.
    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A 256 px square PNG: larger than 128, so `?size=128` must scale it down to exactly 128.
fn write_cover(path: &Path) {
    const SIDE: u32 = 256;
    let file = std::fs::File::create(path).expect("create the cover");
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), SIDE, SIDE);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let pixels: Vec<u8> = (0..SIDE * SIDE)
        .flat_map(|i| [(i % SIDE) as u8, (i / SIDE) as u8, 128])
        .collect();
    encoder
        .write_header()
        .expect("PNG header")
        .write_image_data(&pixels)
        .expect("PNG pixels");
}

fn number(result: &Value, key: &str) -> f64 {
    result[key]
        .as_f64()
        .unwrap_or_else(|| panic!("the page recorded no {key}: {result}"))
}

#[tokio::test]
async fn chromium_plays_seeks_and_shows_the_cover_through_media_token_urls() {
    const TEST: &str = "chromium_plays_seeks_and_shows_the_cover_through_media_token_urls";
    match Command::new("chromium").arg("--version").output() {
        Ok(output) if output.status.success() => {}
        _ => {
            return cannot_run(
                TEST,
                "chromium is not installed (tests/browser.sh installs it as root)",
            )
        }
    }

    // The fixture library, and one long track with a large folder cover beside it.
    let library = fixture_library();
    let album = library.path().join("Music/Browser Artist/Browser Album");
    std::fs::create_dir_all(&album).expect("mkdir");
    std::fs::write(
        album.join("01 Long Noise.wav"),
        noise_wav(SECONDS * 44_100, 12),
    )
    .expect("write the long track");
    write_cover(&album.join("cover.png"));
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let tracks = all_tracks(&hub).await;
    let track = tracks
        .iter()
        .find(|t| t["title"] == "Long Noise")
        .unwrap_or_else(|| panic!("the long track is scanned: {tracks:?}"));
    let track_id = track["id"].as_str().expect("track id");
    let artwork_id = track["artworkId"].as_str();
    assert!(artwork_id.is_some(), "the long track has artwork: {track}");

    // A media session as a paired device asks for one; the URLs carry its token.
    let access = paired(&hub, "browser").await["accessToken"]
        .as_str()
        .expect("access token")
        .to_owned();
    let session = remote(&hub, Method::POST, "/api/media/session")
        .bearer_auth(&access)
        .send()
        .await
        .expect("media session");
    let session = json_with_status(session, 201).await;
    let stream = session["streamUrlTemplate"]
        .as_str()
        .expect("streamUrlTemplate")
        .replace("{trackId}", track_id);
    let artwork = session["artworkUrlTemplate"]
        .as_str()
        .expect("artworkUrlTemplate")
        .replace("{id}", artwork_id.unwrap_or("aw_none"));
    // The browser reaches the hub by a name that is not a loopback name (chromium resolves
    // it to 127.0.0.1), so the hub judges its calls as a LAN device's: only the media token
    // in the URL lets them through, as on a phone.
    let hub_origin = format!("http://{HUB_HOST}:{}", hub.addr.port());
    let stream_url = format!("{hub_origin}{stream}");
    let artwork_url = format!("{hub_origin}{artwork}&size=128");
    assert!(stream_url.contains("mediaToken="), "{stream_url}");

    // The page's own server: another port, so another origin than the hub.
    let html = Arc::new(
        PAGE.replace("STREAM_URL", &stream_url)
            .replace("ARTWORK_URL", &artwork_url),
    );
    let (results, mut received) = mpsc::channel::<String>(1);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind the page server");
    let acceptor = TcpAcceptor::from_tokio(listener).expect("acceptor");
    let page_addr = acceptor.local_addr()[0]
        .as_socket_addr()
        .copied()
        .expect("a socket address");
    assert_ne!(page_addr.port(), hub.addr.port(), "two origins");
    let app = Route::new()
        .at("/", poem::get(page))
        .at("/result", poem::post(report))
        .data(html)
        .data(results);
    let server = tokio::spawn(Server::new_with_acceptor(acceptor).run(app));

    let browser = Browser::open(&format!("http://{page_addr}/")).expect("start chromium");
    let text = match tokio::time::timeout(PAGE_TIMEOUT, received.recv()).await {
        Ok(Some(text)) => text,
        _ => panic!(
            "the page reported nothing within {PAGE_TIMEOUT:?}; chromium said:\n{}",
            browser.log_tail()
        ),
    };
    drop(browser);
    server.abort();

    let result: Value = serde_json::from_str(&text).expect("the page's result is JSON");
    // Shown with `--nocapture`: what the browser saw, for when a number looks off.
    println!("the page saw: {result}");
    assert_eq!(result["errors"], serde_json::json!([]), "errors: {result}");
    assert_eq!(result["timedOut"], false, "the page timed out: {result}");
    assert_eq!(result["played"], true, "the audio played: {result}");
    let duration = number(&result, "duration");
    assert!(
        (duration - f64::from(SECONDS)).abs() < 0.1,
        "the duration is the file's: {result}"
    );
    // Chromium treats a source whose server ignores ranges as streaming and reports it
    // seekable only to 0: the whole file is seekable only when the hub answers ranges.
    assert!(
        (number(&result, "seekableEnd") - duration).abs() < 0.1,
        "seekable to the end: {result}"
    );
    let middle = duration / 2.0;
    let seeked_at = number(&result, "seekedAt");
    assert!(
        (seeked_at - middle).abs() < 0.5,
        "currentTime moved to the middle ({middle}): {result}"
    );
    let played_to = number(&result, "playedTo");
    assert!(
        played_to > seeked_at && played_to < middle + 10.0,
        "playback went on from the middle: {result}"
    );

    assert_eq!(
        result["image"]["naturalWidth"], 128,
        "the cover at ?size=128: {result}"
    );
}
