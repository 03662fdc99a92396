//! A real browser on a share page: Debian's `chromium`, driven through `chromedriver`
//! (WebDriver over HTTP), opens the hub's own page for an album share by a name that is
//! not a loopback name, sees the track list, plays a track (its `currentTime` advances),
//! and after the share is revoked shows the "no longer available" message at the page's
//! next heartbeat (the hub's heartbeat interval is shortened to two seconds for this).
//!
//! In CI (`CI=true`) a missing chromium or chromedriver fails the test; elsewhere it is
//! skipped with the reason (`tests/browser.sh` installs chromium; chromedriver comes with
//! Debian's `chromium-driver`).

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use music_hub::clock::SystemClock;
use music_hub::library::generate::noise_wav;
use serde_json::{json, Value};

use crate::common::{all_tracks, cannot_run, finished_scan, fixture_library, TestHub};

const HUB_HOST: &str = "hub.test";

/// A chromedriver on a free loopback port, killed with its browsers on drop.
struct Driver {
    child: std::process::Child,
    base: String,
    _profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn start() -> std::io::Result<Driver> {
        use std::os::unix::process::CommandExt;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let profile = tempfile::tempdir()?;
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?;
        Ok(Driver {
            child,
            base: format!("http://127.0.0.1:{port}"),
            _profile: profile,
        })
    }
}

/// One WebDriver session.
struct Session<'a> {
    client: reqwest::Client,
    driver: &'a Driver,
    id: String,
}

impl<'a> Session<'a> {
    async fn open(driver: &'a Driver) -> Session<'a> {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        while client
            .get(format!("{}/status", driver.base))
            .send()
            .await
            .is_err()
        {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let profile = driver._profile.path().join("profile");
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--autoplay-policy=no-user-gesture-required",
                    "--mute-audio",
                    format!("--host-resolver-rules=MAP {HUB_HOST} 127.0.0.1"),
                    format!("--user-data-dir={}", profile.display()),
                ]
            }
        }}});
        let answer: Value = client
            .post(format!("{}/session", driver.base))
            .json(&capabilities)
            .send()
            .await
            .expect("new session")
            .json()
            .await
            .expect("session JSON");
        let id = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {answer}"))
            .to_owned();
        Session { client, driver, id }
    }

    async fn call(&self, path: &str, body: Value) -> Value {
        let answer: Value = self
            .client
            .post(format!("{}/session/{}/{path}", self.driver.base, self.id))
            .json(&body)
            .send()
            .await
            .expect("webdriver call")
            .json()
            .await
            .expect("webdriver JSON");
        answer["value"].clone()
    }

    async fn go(&self, url: &str) {
        self.call("url", json!({ "url": url })).await;
    }

    async fn run(&self, script: &str) -> Value {
        self.call("execute/sync", json!({ "script": script, "args": [] }))
            .await
    }

    /// Runs `script` until it returns `true`, or fails after `within`.
    async fn until(&self, script: &str, within: Duration, what: &str) {
        let deadline = Instant::now() + within;
        loop {
            let value = self.run(script).await;
            if value == Value::Bool(true) {
                return;
            }
            let page = self
                .run("return document.body ? document.body.innerText : ''")
                .await;
            assert!(
                Instant::now() < deadline,
                "{what} did not happen within {within:?}; last {value}; the page: {page}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    async fn close(self) {
        let _ = self
            .client
            .delete(format!("{}/session/{}", self.driver.base, self.id))
            .send()
            .await;
    }
}

fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[tokio::test]
async fn chromium_plays_a_shared_album_and_sees_it_end_when_revoked() {
    const TEST: &str = "chromium_plays_a_shared_album_and_sees_it_end_when_revoked";
    if !installed("chromium") || !installed("chromedriver") {
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
