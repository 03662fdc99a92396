//! Starts a real hub on `127.0.0.1:0` with a temporary data dir, and talks to it over HTTP:
//! as the local host, or as a remote (proxied) caller that pairs; with the committed fixture
//! music to serve when a test needs a library.

use std::collections::BTreeMap;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use music_hub::clock::{SharedClock, SystemClock};
use music_hub::config::Config;
use music_hub::hub::Hub;
use music_hub::library::generate;
use serde_json::{json, Value};
use tokio::sync::oneshot;

const LOOPBACK: IpAddr = IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);

pub struct TestHub {
    pub addr: SocketAddr,
    pub hub: Arc<Hub>,
    pub client: reqwest::Client,
    /// Held so the data dir lives as long as the hub (unless a test brought its own).
    _data_dir: Option<tempfile::TempDir>,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl TestHub {
    /// A hub with a fresh, empty data dir.
    pub async fn start() -> TestHub {
        Self::start_with(|_| {}, Arc::new(SystemClock)).await
    }

    /// A hub on a data dir the test prepared (and cleans up).
    pub async fn start_in(data_dir: &Path) -> TestHub {
        Self::start_custom(Some(data_dir), LOOPBACK, |_| {}, Arc::new(SystemClock)).await
    }

    /// A hub with a fresh data dir, its settings adjusted, reading time from `clock`.
    pub async fn start_with(configure: impl FnOnce(&mut Config), clock: SharedClock) -> TestHub {
        Self::start_custom(None, LOOPBACK, configure, clock).await
    }

    /// The general case: where the data lives (a fresh temp dir when `None`), the address
    /// to listen on (port 0), the settings and the clock.
    pub async fn start_custom(
        data_dir: Option<&Path>,
        bind: IpAddr,
        configure: impl FnOnce(&mut Config),
        clock: SharedClock,
    ) -> TestHub {
        let temp = match data_dir {
            Some(_) => None,
            None => Some(tempfile::tempdir().expect("temp data dir")),
        };
        let data_dir = data_dir
            .map(Path::to_path_buf)
            .or_else(|| temp.as_ref().map(|t| t.path().to_owned()))
            .expect("a data dir");
        let listener = tokio::net::TcpListener::bind((bind, 0))
            .await
            .expect("bind a port");
        let addr = listener.local_addr().expect("local addr");
        let mut config = Config::new(data_dir);
        config.bind = addr.ip();
        config.port = addr.port();
        // Decoding every fixture after each scan would load the machine and add
        // `loudnessAnalysis` to every feed; the loudness tests turn it on.
        config.analyze = false;
        configure(&mut config);
        let hub = Arc::new(
            Hub::start_with_clock(config, clock)
                .await
                .expect("hub starts"),
        );
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(music_hub::server::run(listener, hub.clone(), async {
            let _ = rx.await;
        }));
        TestHub {
            addr,
            hub,
            client: reqwest::Client::new(),
            _data_dir: temp,
            shutdown: Some(tx),
            server: Some(server),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn data_dir(&self) -> PathBuf {
        self.hub.config.data_dir.clone()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    /// Stops the server and waits for it, so the data dir can be inspected at rest.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            server
                .await
                .expect("server task")
                .expect("server stops cleanly");
        }
    }
}

impl Drop for TestHub {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Reads a response as JSON, asserting the status first.
pub async fn json_with_status(response: reqwest::Response, status: u16) -> serde_json::Value {
    let actual = response.status().as_u16();
    let text = response.text().await.expect("body");
    assert_eq!(actual, status, "unexpected status; body: {text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Asserts an `ApiError` body with the given status and code, and returns it.
pub async fn api_error(response: reqwest::Response, status: u16, code: &str) -> serde_json::Value {
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = json_with_status(response, status).await;
    assert!(
        content_type.starts_with("application/json"),
        "content type {content_type}"
    );
    assert_eq!(body["error"], code, "error code in {body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "message in {body}"
    );
    body
}

/// The committed contract, parsed.
pub fn committed_document() -> serde_json::Value {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi/music-hub.yaml"),
    )
    .expect("read the contract");
    serde_yaml::from_str(&text).expect("the contract is YAML")
}

/// One SSE message.
#[derive(Debug)]
pub struct Message {
    pub id: String,
    pub event: String,
    pub data: serde_json::Value,
}

/// Reads an SSE response block by block.
pub struct Sse {
    response: reqwest::Response,
    buffer: String,
    pub comments: usize,
}

impl Sse {
    pub async fn open(hub: &TestHub, path: &str, last_event_id: Option<&str>) -> Sse {
        let mut call = hub.client.get(hub.url(path));
        if let Some(id) = last_event_id {
            call = call.header("Last-Event-ID", id);
        }
        Sse::from_response(call.send().await.expect("subscribe"))
    }

    /// Reads a feed opened by the caller (a remote one, with a token).
    pub fn from_response(response: reqwest::Response) -> Sse {
        assert_eq!(response.status(), 200);
        assert!(response.headers()["content-type"]
            .to_str()
            .unwrap_or_default()
            .starts_with("text/event-stream"));
        Sse {
            response,
            buffer: String::new(),
            comments: 0,
        }
    }

    /// Waits for the hub to end the stream, and fails if another message comes first.
    pub async fn ended(&mut self) {
        tokio::time::timeout(std::time::Duration::from_secs(10), async {
            while let Some(chunk) = self.response.chunk().await.expect("read") {
                let text = std::str::from_utf8(&chunk).expect("utf-8");
                assert!(
                    text.lines().all(|l| l.is_empty() || l.starts_with(':')),
                    "a message after the last one: {text:?}"
                );
            }
        })
        .await
        .expect("the stream ends within 10 s");
    }

    /// The next message, skipping keep-alive comments (and counting them).
    pub async fn next(&mut self) -> Message {
        tokio::time::timeout(std::time::Duration::from_secs(10), async {
            loop {
                if let Some(end) = self.buffer.find("\n\n") {
                    let block: String = self.buffer.drain(..end + 2).collect();
                    let (mut id, mut event, mut data) =
                        (String::new(), String::new(), String::new());
                    for line in block.lines() {
                        if line.starts_with(':') {
                            self.comments += 1;
                        } else if let Some(v) = line.strip_prefix("id:") {
                            id = v.trim().to_owned();
                        } else if let Some(v) = line.strip_prefix("event:") {
                            event = v.trim().to_owned();
                        } else if let Some(v) = line.strip_prefix("data:") {
                            data.push_str(v.trim_start());
                        }
                    }
                    if !data.is_empty() {
                        let data = serde_json::from_str(&data).expect("data is JSON");
                        return Message { id, event, data };
                    }
                    continue;
                }
                let chunk = self
                    .response
                    .chunk()
                    .await
                    .expect("read")
                    .expect("stream open");
                self.buffer
                    .push_str(std::str::from_utf8(&chunk).expect("utf-8"));
            }
        })
        .await
        .expect("an event within 10 s")
    }
}

// A library to serve: the committed fixtures.

/// A copy of the committed fixtures, which tests may change.
pub fn fixture_library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp library");
    copy_tree(&generate::fixtures_dir(), &dir.path().join("Music"));
    dir
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read fixtures") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A hub serving `library/Music` (so its root id is `music`), or the library itself when
/// it has no such folder.
pub async fn hub_on(library: &Path, watch: bool) -> TestHub {
    hub_on_with_clock(library, watch, Arc::new(SystemClock)).await
}

/// `hub_on`, reading time from `clock`.
pub async fn hub_on_with_clock(library: &Path, watch: bool, clock: SharedClock) -> TestHub {
    let music = library.join("Music");
    let library = if music.is_dir() {
        music
    } else {
        library.to_path_buf()
    };
    TestHub::start_with(
        move |config| {
            config.libraries = vec![library];
            config.watch = watch;
        },
        clock,
    )
    .await
}

/// Polls the scan status until no scan runs; returns the last scan's status.
pub async fn finished_scan(hub: &TestHub) -> Value {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let status = json_with_status(hub.get("/api/scan/status").await, 200).await;
        if !matches!(status["state"].as_str(), Some("running" | "cancelling")) {
            return status;
        }
        assert!(Instant::now() < deadline, "the scan did not end: {status}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Starts a scan (`POST /api/scan`) with `body`.
pub async fn start_scan(hub: &TestHub, body: Value) -> reqwest::Response {
    hub.client
        .post(hub.url("/api/scan"))
        .json(&body)
        .send()
        .await
        .expect("start scan")
}

/// Tracks by their title.
pub fn by_title(tracks: &[Value]) -> BTreeMap<String, Value> {
    tracks
        .iter()
        .map(|t| {
            (
                t["title"].as_str().unwrap_or_default().to_owned(),
                t.clone(),
            )
        })
        .collect()
}

/// Every track, through every page.
pub async fn all_tracks(hub: &TestHub) -> Vec<Value> {
    let mut tracks = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut path = "/api/tracks?limit=500&sort=title".to_owned();
        if let Some(c) = &cursor {
            path.push_str(&format!("&cursor={c}"));
        }
        let page = json_with_status(hub.get(&path).await, 200).await;
        tracks.extend(page["items"].as_array().cloned().unwrap_or_default());
        match page["nextCursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return tracks,
        }
    }
}

// Remote callers and pairing.

/// A call as a phone on the LAN would make it (through a proxy header, so it is remote).
pub fn remote(hub: &TestHub, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
    hub.client
        .request(method, hub.url(path))
        .header("X-Forwarded-For", "192.0.2.10")
}

pub async fn arm(hub: &TestHub, minutes: i64) -> Value {
    let response = hub
        .client
        .post(hub.url("/api/auth/arm"))
        .json(&json!({ "minutes": minutes }))
        .send()
        .await
        .expect("arm");
    json_with_status(response, 200).await
}

pub async fn pair(hub: &TestHub, code: &str, device_id: &str) -> reqwest::Response {
    remote(hub, reqwest::Method::POST, "/api/auth/pair")
        .json(&json!({"pairingCode": code, "deviceId": device_id, "deviceName": "automation"}))
        .send()
        .await
        .expect("pair")
}

/// Arms pairing and returns just the code.
pub async fn arm_code(hub: &TestHub, minutes: i64) -> String {
    arm(hub, minutes).await["pairingCode"]
        .as_str()
        .expect("code")
        .to_owned()
}

/// A pairing attempt that must fail as an invalid code.
pub async fn pair_refused(hub: &TestHub, code: &str, device_id: &str) {
    api_error(
        pair(hub, code, device_id).await,
        401,
        "invalid_pairing_code",
    )
    .await;
}

/// Arms, pairs a device and returns its token pair.
pub async fn paired(hub: &TestHub, device_id: &str) -> Value {
    let code = arm_code(hub, 30).await;
    json_with_status(pair(hub, &code, device_id).await, 200).await
}

// Tests that need the machine: root, a network namespace, a browser.

/// Whether this run is CI's, where every test must run.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Gives up on a test that cannot run here: a failure in CI, a skip elsewhere, reported on
/// the terminal itself (the test harness would swallow `eprintln!` of a passing test).
pub fn cannot_run(test: &str, reason: &str) {
    assert!(
        !in_ci(),
        "{test} must run in CI (CI=true, as root) but cannot: {reason}"
    );
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: {reason} (where CI=true it must run)"
    );
}
