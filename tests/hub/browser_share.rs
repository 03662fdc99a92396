//! A real browser on a share page: Debian's `chromium`, driven through `chromedriver`
//! (WebDriver over HTTP), opens the hub's own page for an album share by a name that is
//! not a loopback name, sees the track list, plays a track (its `currentTime` advances),
//! and after the share is revoked shows the "no longer available" message at the page's
//! next heartbeat (the hub's heartbeat interval is shortened to two seconds for this); and
//! keeps playing a long track when the media token its `<audio>` element was given has
//! lapsed (tokens of three seconds, heartbeats every second).
//!
//! In CI (`CI=true`) a missing chromium or chromedriver fails the test; elsewhere it is
//! skipped with the reason (`tests/browser.sh` installs chromium; chromedriver comes with
//! Debian's `chromium-driver`).

use std::sync::Arc;
use std::time::Duration;

use music_hub::clock::SystemClock;
use music_hub::library::generate::noise_wav;
use serde_json::{json, Value};

use crate::common::{all_tracks, cannot_run, finished_scan, fixture_library, TestHub};
use crate::webdriver::{browser_installed, Driver, Session, HUB_HOST};

/// Whether chromium can run here; when not, the test says why (and fails in CI).
fn browser_ready(test: &str) -> bool {
    if browser_installed() {
        return true;
    }
    cannot_run(
        test,
        "chromium and chromedriver are needed (apt-get install chromium chromium-driver)",
    );
    false
}

/// A hub whose library has one album of noise tracks (`(title, seconds)`), scanned, with
/// `configure` applied to its settings; and the album's share id and page URL by a name
/// that is not a loopback name.
async fn shared_album(
    tracks: &[(&str, u32)],
    configure: impl FnOnce(&mut music_hub::config::Config) + Send + 'static,
) -> (TestHub, tempfile::TempDir, String, String) {
    let library = fixture_library();
    let album = library.path().join("Music/Share Artist/Share Album");
    std::fs::create_dir_all(&album).expect("mkdir");
    for (n, (title, seconds)) in tracks.iter().enumerate() {
        let file = album.join(format!("{:02} {title}.wav", n + 1));
        std::fs::write(file, noise_wav(seconds * 44_100, 5 + n as u64)).expect("write");
    }
    let music = library.path().join("Music");
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
    let scanned = all_tracks(&hub).await;
    let first = scanned
        .iter()
        .find(|t| t["title"] == tracks[0].0)
        .unwrap_or_else(|| panic!("scanned: {scanned:?}"));
    let album_id = first["album"]["id"].as_str().expect("album id");
    let share = hub
        .client
        .post(hub.url("/api/shares"))
        .json(&json!({ "kind": "album", "itemId": album_id }))
        .send()
        .await
        .expect("create");
    assert_eq!(share.status(), 201);
    let share: Value = share.json().await.expect("share");
    let id = share["id"].as_str().expect("id").to_owned();
    let page = format!("http://{HUB_HOST}:{}/share/album/{id}", hub.addr.port());
    (hub, library, id, page)
}

#[tokio::test]
async fn chromium_plays_a_shared_album_and_sees_it_end_when_revoked() {
    const TEST: &str = "chromium_plays_a_shared_album_and_sees_it_end_when_revoked";
    if !browser_ready(TEST) {
        return;
    }
    let (hub, _library, id, page) =
        shared_album(&[("Long Noise", 30), ("More Noise", 30)], |config| {
            config.share_heartbeat_secs = 2
        })
        .await;

    let driver = Driver::start().expect("start chromedriver");
    let session = Session::open(&driver).await;
    session.go(&page).await;
    session
        .until(
            "return document.body.dataset.state === 'ready' \
             && document.querySelectorAll('#tracks li').length === 2",
            Duration::from_secs(30),
            "the track list",
        )
        .await;
    let titles = session
        .run(
            "return Array.from(document.querySelectorAll('#tracks li .t')).map(e => e.textContent)",
        )
        .await;
    assert_eq!(titles, json!(["Long Noise", "More Noise"]));

    session
        .run("document.querySelector('#tracks li').click(); return true")
        .await;
    session
        .until(
            "return document.getElementById('audio').currentTime > 1",
            Duration::from_secs(30),
            "playback",
        )
        .await;

    let deleted = hub
        .client
        .delete(hub.url(&format!("/api/shares/{id}")))
        .send()
        .await
        .expect("delete");
    assert_eq!(deleted.status(), 204);
    session
        .until(
            "return document.body.dataset.state === 'gone' \
             && !document.getElementById('gone').hidden \
             && document.getElementById('audio').paused",
            Duration::from_secs(15),
            "the expired message",
        )
        .await;
    let message = session
        .run("return document.getElementById('gone').textContent")
        .await;
    assert_eq!(message, "This link is no longer available.");
    session.close().await;
}

/// The `mediaToken` of the `<audio>` element's URL, from the page.
const AUDIO_TOKEN: &str =
    "return new URL(document.getElementById('audio').src).searchParams.get('mediaToken')";

#[tokio::test]
async fn chromium_keeps_playing_when_its_media_token_lapses_mid_track() {
    keeps_playing_past_a_lapsed_token(
        "chromium_keeps_playing_when_its_media_token_lapses_mid_track",
        1,
    )
    .await;
}

/// Heartbeats every 30 s, tokens of 3 s: when the element's token lapses, the newest token
/// the page holds is the bootstrap's, lapsed too, so the player must ask for a fresh one.
#[tokio::test]
async fn chromium_asks_for_a_fresh_token_when_the_last_one_lapsed_too() {
    keeps_playing_past_a_lapsed_token(
        "chromium_asks_for_a_fresh_token_when_the_last_one_lapsed_too",
        30,
    )
    .await;
}

/// A 120 s track played through a share page whose media tokens live 3 s: after a seek far
/// past what the browser read ahead (so it must ask the hub again, with the URL and the
/// token it holds), playback goes on from there with a newer token and no error.
async fn keeps_playing_past_a_lapsed_token(test: &str, heartbeat_secs: i32) {
    if !browser_ready(test) {
        return;
    }
    let (_hub, _library, _id, page) = shared_album(&[("Long Noise", 120)], move |config| {
        config.share_heartbeat_secs = heartbeat_secs;
        config.share_media_token_secs = 3;
    })
    .await;

    let driver = Driver::start().expect("start chromedriver");
    let session = Session::open(&driver).await;
    session.go(&page).await;
    session
        .until(
            "return document.body.dataset.state === 'ready' \
             && document.querySelectorAll('#tracks li').length === 1",
            Duration::from_secs(30),
            "the track list",
        )
        .await;
    session
        .run("document.querySelector('#tracks li').click(); return true")
        .await;
    session
        .until(
            "return document.getElementById('audio').currentTime > 0.5",
            Duration::from_secs(30),
            "playback",
        )
        .await;
    let first_token = session.run(AUDIO_TOKEN).await;
    assert!(first_token.is_string(), "{first_token}");

    let password_shown = session
        .run("return getComputedStyle(document.getElementById('password')).display")
        .await;
    assert_eq!(
        password_shown, "none",
        "a share without a password asks for one"
    );

    // Past the first token's three seconds.
    tokio::time::sleep(Duration::from_secs(5)).await;
    // 100 s into a 120 s file of 21 MB is far past what the browser reads ahead (a few MB)
    // and what it would rather read on for than ask again: it must ask the hub, with the
    // URL, and the token, it holds.
    session
        .run("document.getElementById('audio').currentTime = 100; return true")
        .await;
    session
        .until(
            "var a = document.getElementById('audio'); \
             return a.currentTime > 102 && !a.paused && a.error === null",
            Duration::from_secs(20),
            "playback past the seek with a renewed token",
        )
        .await;
    let token = session.run(AUDIO_TOKEN).await;
    assert!(
        token.is_string() && token != first_token,
        "the audio element still has its first token: {token}"
    );
    let error = session
        .run("return document.getElementById('audio').error")
        .await;
    assert_eq!(error, Value::Null);
    session.close().await;
}
