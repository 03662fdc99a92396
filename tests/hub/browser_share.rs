//! A real browser on a share page: Debian's `chromium`, driven through `chromedriver`
//! (WebDriver over HTTP), opens the hub's own page for an album share by a name that is
//! not a loopback name, sees the track list, plays a track (its `currentTime` advances),
//! and after the share is revoked shows the "no longer available" message at the page's
//! next heartbeat (the hub's heartbeat interval is shortened to two seconds for this).
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

#[tokio::test]
async fn chromium_plays_a_shared_album_and_sees_it_end_when_revoked() {
    const TEST: &str = "chromium_plays_a_shared_album_and_sees_it_end_when_revoked";
    if !browser_installed() {
        return cannot_run(
            TEST,
            "chromium and chromedriver are needed (apt-get install chromium chromium-driver)",
        );
    }

    let library = fixture_library();
    let album = library.path().join("Music/Share Artist/Share Album");
    std::fs::create_dir_all(&album).expect("mkdir");
    std::fs::write(album.join("01 Long Noise.wav"), noise_wav(30 * 44_100, 5)).expect("write");
    std::fs::write(album.join("02 More Noise.wav"), noise_wav(30 * 44_100, 6)).expect("write");
    let music = library.path().join("Music");
    let hub = TestHub::start_with(
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
            config.share_heartbeat_secs = 2;
        },
        Arc::new(SystemClock),
    )
    .await;
    finished_scan(&hub).await;
    let tracks = all_tracks(&hub).await;
    let track = tracks
        .iter()
        .find(|t| t["title"] == "Long Noise")
        .unwrap_or_else(|| panic!("scanned: {tracks:?}"));
    let album_id = track["album"]["id"].as_str().expect("album id");
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

    let driver = Driver::start().expect("start chromedriver");
    let session = Session::open(&driver).await;
    session
        .go(&format!(
            "http://{HUB_HOST}:{}/share/album/{id}",
            hub.addr.port()
        ))
        .await;
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
