//! Media tokens and streaming: the bytes of every kind of range, the conditional requests,
//! `HEAD`, the token's purpose, expiry, revocation and redaction in logs, and files that
//! are gone or lead outside the library.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use music_hub::clock::{ManualClock, SharedClock, SystemClock};
use music_hub::library::generate::noise_wav;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, finished_scan, hub_on_with_clock, json_with_status, paired, remote,
    TestHub,
};

/// 300,001 frames: a file of 1,200,048 bytes, which no power of two divides, so that
/// chunk and range arithmetic cannot line up by luck.
const FRAMES: u32 = 300_001;

/// A library with one large WAV file, and the file's path and bytes.
struct Library {
    dir: tempfile::TempDir,
    file: PathBuf,
    bytes: Vec<u8>,
}

fn library() -> Library {
    let dir = tempfile::tempdir().expect("temp library");
    let album = dir.path().join("Music/Tone Artist/Tone Album");
    std::fs::create_dir_all(&album).expect("mkdir");
    let file = album.join("01 Tönë \"One\".wav");
    let bytes = noise_wav(FRAMES, 7);
    std::fs::write(&file, &bytes).expect("write the file");
    Library { dir, file, bytes }
}

/// A hub on the library, scanned; and the one track's id.
async fn serving(library: &Library, clock: SharedClock) -> (TestHub, String) {
    let hub = hub_on_with_clock(library.dir.path(), false, clock).await;
    finished_scan(&hub).await;
    let tracks = all_tracks(&hub).await;
    assert_eq!(tracks.len(), 1, "{tracks:?}");
    let id = tracks[0]["id"].as_str().expect("id").to_owned();
    (hub, id)
}

fn stream_path(id: &str) -> String {
    format!("/api/media/stream/{id}")
}

async fn get_range(hub: &TestHub, id: &str, range: &str) -> reqwest::Response {
    hub.client
        .get(hub.url(&stream_path(id)))
        .header("Range", range)
        .send()
        .await
        .expect("request")
}

fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// Reads a `206` and checks it carries exactly `start..=end` of the file.
async fn assert_part(response: reqwest::Response, bytes: &[u8], start: usize, end: usize) {
    assert_eq!(response.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        header(&response, "content-range"),
        format!("bytes {start}-{end}/{}", bytes.len())
    );
    assert_eq!(
        header(&response, "content-length"),
        (end - start + 1).to_string()
    );
    assert_eq!(header(&response, "accept-ranges"), "bytes");
    let body = response.bytes().await.expect("body");
    assert!(body[..] == bytes[start..=end], "the bytes of {start}-{end}");
}

#[tokio::test]
async fn every_kind_of_range_sends_exactly_the_files_bytes() {
    let library = library();
    let (hub, id) = serving(&library, Arc::new(SystemClock)).await;
    let bytes = &library.bytes;
    let size = bytes.len();

    let whole = hub.get(&stream_path(&id)).await;
    assert_eq!(whole.status(), StatusCode::OK);
    assert_eq!(header(&whole, "content-type"), "audio/wav");
    assert_eq!(header(&whole, "content-length"), size.to_string());
    assert_eq!(header(&whole, "accept-ranges"), "bytes");
    assert_eq!(header(&whole, "cache-control"), "private");
    assert!(header(&whole, "etag").starts_with('"'), "a strong ETag");
    assert!(header(&whole, "last-modified").ends_with("GMT"));
    assert_eq!(
        header(&whole, "content-disposition"),
        "inline; filename=\"01 T_n_ _One_.wav\"; filename*=UTF-8''01%20T%C3%B6n%C3%AB%20%22One%22.wav"
    );
    let body = whole.bytes().await.expect("body");
    assert!(body[..] == bytes[..], "the whole file");

    // First, middle, suffix, open, clipped.
    assert_part(get_range(&hub, &id, "bytes=0-99").await, bytes, 0, 99).await;
    assert_part(
        get_range(&hub, &id, "bytes=500000-700001").await,
        bytes,
        500_000,
        700_001,
    )
    .await;
    assert_part(
        get_range(&hub, &id, "bytes=-1000").await,
        bytes,
        size - 1000,
        size - 1,
    )
    .await;
    assert_part(
        get_range(&hub, &id, "bytes=1100000-").await,
        bytes,
        1_100_000,
        size - 1,
    )
    .await;
    assert_part(
        get_range(&hub, &id, "bytes=1200000-99999999").await,
        bytes,
        1_200_000,
        size - 1,
    )
    .await;
    assert_part(get_range(&hub, &id, "bytes=0-0").await, bytes, 0, 0).await;
    // Several ranges: the first one only.
    assert_part(
        get_range(&hub, &id, "bytes=10-19, 100-199").await,
        bytes,
        10,
        19,
    )
    .await;
    // A malformed range is ignored: the whole file.
    let ignored = get_range(&hub, &id, "bytes=zz-").await;
    assert_eq!(ignored.status(), StatusCode::OK);
    assert_eq!(ignored.bytes().await.expect("body").len(), size);

    // A start past the end.
    for range in [format!("bytes={size}-"), "bytes=5000000-6000000".to_owned()] {
        let response = get_range(&hub, &id, &range).await;
        assert_eq!(
            header(&response, "content-range"),
            format!("bytes */{size}")
        );
        let body = api_error(response, 416, "range_not_satisfiable").await;
        assert_eq!(body["details"]["size"], size);
    }
}

#[tokio::test]
async fn head_sends_the_same_headers_and_no_body() {
    let library = library();
    let (hub, id) = serving(&library, Arc::new(SystemClock)).await;
    let size = library.bytes.len();
    let get = hub.get(&stream_path(&id)).await;
    let head = hub
        .client
        .head(hub.url(&stream_path(&id)))
        .send()
        .await
        .expect("HEAD");
    assert_eq!(head.status(), StatusCode::OK);
    for name in [
        "content-type",
        "content-length",
        "accept-ranges",
        "etag",
        "last-modified",
        "cache-control",
        "content-disposition",
    ] {
        assert_eq!(header(&head, name), header(&get, name), "{name}");
    }
    assert_eq!(header(&head, "content-length"), size.to_string());
    assert!(head.bytes().await.expect("body").is_empty());

    let ranged = hub
        .client
        .head(hub.url(&stream_path(&id)))
        .header("Range", "bytes=100-199")
        .send()
        .await
        .expect("HEAD");
    assert_eq!(ranged.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        header(&ranged, "content-range"),
        format!("bytes 100-199/{size}")
    );
    assert_eq!(header(&ranged, "content-length"), "100");
    assert!(ranged.bytes().await.expect("body").is_empty());
}

#[tokio::test]
async fn validators_answer_304_and_if_range_falls_back_to_the_whole_file_when_stale() {
    let library = library();
    let (hub, id) = serving(&library, Arc::new(SystemClock)).await;
    let url = hub.url(&stream_path(&id));
    let first = hub.get(&stream_path(&id)).await;
    let etag = header(&first, "etag");
    let last_modified = header(&first, "last-modified");
    drop(first);

    let with = |name: &'static str, value: String| hub.client.get(&url).header(name, value);
    for (name, value) in [
        ("If-None-Match", etag.clone()),
        ("If-None-Match", format!("\"other\", {etag}")),
        ("If-None-Match", "*".to_owned()),
        ("If-Modified-Since", last_modified.clone()),
    ] {
        let response = with(name, value.clone()).send().await.expect("request");
        assert_eq!(
            response.status(),
            StatusCode::NOT_MODIFIED,
            "{name}: {value}"
        );
        assert_eq!(header(&response, "etag"), etag);
        assert!(response.bytes().await.expect("body").is_empty());
    }
    let other = with("If-None-Match", "\"other\"".into())
        .send()
        .await
        .expect("request");
    assert_eq!(other.status(), StatusCode::OK);
    drop(other);
    let older = with("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT".into())
        .send()
        .await
        .expect("request");
    assert_eq!(older.status(), StatusCode::OK);
    drop(older);

    // If-Range with the current validators: the range.
    for validator in [etag.clone(), last_modified.clone()] {
        let response = with("If-Range", validator)
            .header("Range", "bytes=10-19")
            .send()
            .await
            .expect("request");
        assert_part(response, &library.bytes, 10, 19).await;
    }

    // The file changes after the scan: it is served as it is now, with a new ETag, and an
    // If-Range naming the old one gets the whole new file.
    let changed = noise_wav(FRAMES + 1000, 8);
    std::fs::write(&library.file, &changed).expect("rewrite");
    for validator in [
        etag.clone(),
        "\"stale\"".to_owned(),
        "W/\"weak\"".to_owned(),
    ] {
        let response = with("If-Range", validator.clone())
            .header("Range", "bytes=10-19")
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), StatusCode::OK, "If-Range {validator}");
        assert_ne!(header(&response, "etag"), etag);
        let body = response.bytes().await.expect("body");
        assert!(body[..] == changed[..], "the file as it is now");
    }
    let stale = with("If-None-Match", etag.clone())
        .send()
        .await
        .expect("request");
    assert_eq!(
        stale.status(),
        StatusCode::OK,
        "the old ETag no longer matches"
    );
}

#[tokio::test]
async fn files_gone_or_outside_the_library_are_never_served() {
    let library = library();
    let (hub, id) = serving(&library, Arc::new(SystemClock)).await;

    let body = api_error(
        hub.get("/api/media/stream/trk_nope").await,
        404,
        "not_found",
    )
    .await;
    assert!(body["details"]["reason"].is_null());

    // A symbolic link in place of the file, leading outside the library folders.
    let outside = tempfile::tempdir().expect("outside");
    let secret = outside.path().join("secret.wav");
    std::fs::write(&secret, noise_wav(1000, 9)).expect("write");
    std::fs::remove_file(&library.file).expect("remove");
    std::os::unix::fs::symlink(&secret, &library.file).expect("symlink");
    let body = api_error(hub.get(&stream_path(&id)).await, 404, "not_found").await;
    assert_eq!(body["details"]["reason"], "file_missing");

    // A link to a file inside the library is followed.
    let inside = library.dir.path().join("Music/elsewhere.bin");
    std::fs::write(&inside, &library.bytes).expect("write");
    std::fs::remove_file(&library.file).expect("remove");
    std::os::unix::fs::symlink(&inside, &library.file).expect("symlink");
    let response = hub.get(&stream_path(&id)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.bytes().await.expect("body")[..] == library.bytes[..]);

    // A FIFO in place of the file is refused at once: opening it must not wait for a
    // writer that never comes.
    std::fs::remove_file(&library.file).expect("remove");
    let status = std::process::Command::new("mkfifo")
        .arg(&library.file)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let answer = tokio::time::timeout(Duration::from_secs(10), hub.get(&stream_path(&id)))
        .await
        .expect("a FIFO is answered without waiting for a writer");
    let body = api_error(answer, 404, "not_found").await;
    assert_eq!(body["details"]["reason"], "file_missing");

    // The file is gone.
    std::fs::remove_file(&library.file).expect("remove");
    let body = api_error(hub.get(&stream_path(&id)).await, 404, "not_found").await;
    assert_eq!(body["details"]["reason"], "file_missing");
    assert_eq!(body["details"]["trackId"], id.as_str());
}

/// `POST /api/media/session` as a remote device, with its access token.
async fn media_session(hub: &TestHub, access: &str, body: Option<Value>) -> reqwest::Response {
    let mut call = remote(hub, Method::POST, "/api/media/session").bearer_auth(access);
    if let Some(body) = body {
        call = call.json(&body);
    }
    call.send().await.expect("media session")
}

async fn token_of(hub: &TestHub, access: &str, body: Option<Value>) -> Value {
    json_with_status(media_session(hub, access, body).await, 201).await
}

/// A remote stream call with `?mediaToken=`.
async fn stream_with(hub: &TestHub, id: &str, token: &str) -> reqwest::Response {
    remote(
        hub,
        Method::GET,
        &format!("{}?mediaToken={token}", stream_path(id)),
    )
    .send()
    .await
    .expect("stream")
}

#[tokio::test]
async fn a_media_token_opens_the_media_routes_and_nothing_else() {
    let library = library();
    let (hub, id) = serving(&library, Arc::new(SystemClock)).await;
    let access = paired(&hub, "phone").await["accessToken"]
        .as_str()
        .expect("access token")
        .to_owned();

    let before = chrono::Utc::now();
    let session = token_of(&hub, &access, None).await;
    let token = session["mediaToken"].as_str().expect("token").to_owned();
    assert!(token.starts_with("v4.local."));
    let expires: chrono::DateTime<chrono::Utc> = session["expiresAt"]
        .as_str()
        .expect("expiresAt")
        .parse()
        .expect("a date");
    let ttl = (expires - before).num_seconds();
    assert!((3595..=3605).contains(&ttl), "default ttl {ttl}");
    let template = session["streamUrlTemplate"].as_str().expect("template");
    assert_eq!(
        template,
        format!("/api/media/stream/{{trackId}}?mediaToken={token}")
    );
    assert_eq!(
        session["artworkUrlTemplate"],
        format!("/api/media/artwork/{{id}}?mediaToken={token}")
    );

    // The URL from the template streams, remotely, with no other credential.
    let response = remote(&hub, Method::GET, &template.replace("{trackId}", &id))
        .header("Range", "bytes=-10")
        .send()
        .await
        .expect("stream");
    assert_part(
        response,
        &library.bytes,
        library.bytes.len() - 10,
        library.bytes.len() - 1,
    )
    .await;
    let head = remote(
        &hub,
        Method::HEAD,
        &format!("{}?mediaToken={token}", stream_path(&id)),
    )
    .send()
    .await
    .expect("HEAD");
    assert_eq!(head.status(), StatusCode::OK);
    // Artwork takes the token too: past the guard, an unknown id is a 404, not a 401.
    let artwork = remote(
        &hub,
        Method::GET,
        &format!("/api/media/artwork/aw_x?mediaToken={token}"),
    )
    .send()
    .await
    .expect("artwork");
    assert_eq!(artwork.status(), StatusCode::NOT_FOUND);

    // On any other route the parameter is ignored: the call is judged as if it had none.
    for path in ["/api/tracks", "/api/library/stats", "/api/playback/session"] {
        let response = remote(&hub, Method::GET, &format!("{path}?mediaToken={token}"))
            .send()
            .await
            .expect("request");
        api_error(response, 401, "unauthorized").await;
    }
    // A media token is never a bearer token, on the media routes either.
    for path in ["/api/tracks".to_owned(), stream_path(&id)] {
        let response = remote(&hub, Method::GET, &path)
            .bearer_auth(&token)
            .send()
            .await
            .expect("request");
        api_error(response, 401, "invalid_token").await;
    }
    // Nor is an access token a media token; and an altered token is refused.
    api_error(stream_with(&hub, &id, &access).await, 401, "unauthorized").await;
    let mut tampered = token.clone();
    let last = tampered.pop().expect("a character");
    tampered.push(if last == 'A' { 'B' } else { 'A' });
    api_error(stream_with(&hub, &id, &tampered).await, 401, "unauthorized").await;
    api_error(stream_with(&hub, &id, "garbage").await, 401, "unauthorized").await;
    // No token at all.
    let bare = remote(&hub, Method::GET, &stream_path(&id))
        .send()
        .await
        .expect("request");
    api_error(bare, 401, "unauthorized").await;
    // The bearer token itself streams too.
    let with_bearer = remote(&hub, Method::GET, &stream_path(&id))
        .bearer_auth(&access)
        .send()
        .await
        .expect("request");
    assert_eq!(with_bearer.status(), StatusCode::OK);

    // ttlSeconds is bounded.
    for ttl in [59, 86_401] {
        let response = media_session(&hub, &access, Some(json!({ "ttlSeconds": ttl }))).await;
        api_error(response, 400, "invalid_body").await;
    }
    // A media session needs a caller: a remote one without a token is refused.
    let anonymous = remote(&hub, Method::POST, "/api/media/session")
        .send()
        .await
        .expect("request");
    api_error(anonymous, 401, "unauthorized").await;
}

#[tokio::test]
async fn a_token_from_the_hubs_own_machine_works_remotely_without_the_loopback_privilege() {
    let library = library();
    let (hub, id) = serving(&library, Arc::new(SystemClock)).await;
    let local = hub
        .client
        .post(hub.url("/api/media/session"))
        .send()
        .await
        .expect("local session");
    let session = json_with_status(local, 201).await;
    let token = session["mediaToken"].as_str().expect("token");
    let response = stream_with(&hub, &id, token).await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn media_tokens_expire_by_the_hubs_clock() {
    let library = library();
    let clock = ManualClock::starting_now();
    let (hub, id) = serving(&library, clock.clone()).await;
    let access = paired(&hub, "phone").await["accessToken"]
        .as_str()
        .expect("access token")
        .to_owned();
    let session = token_of(&hub, &access, Some(json!({ "ttlSeconds": 120 }))).await;
    let token = session["mediaToken"].as_str().expect("token").to_owned();
    clock.advance(Duration::from_secs(119));
    assert_eq!(
        stream_with(&hub, &id, &token).await.status(),
        StatusCode::OK
    );
    clock.advance(Duration::from_secs(2));
    api_error(
        stream_with(&hub, &id, &token).await,
        401,
        "media_token_expired",
    )
    .await;
}

#[tokio::test]
async fn revoking_the_device_kills_its_media_tokens() {
    let library = library();
    let (hub, id) = serving(&library, Arc::new(SystemClock)).await;
    let access = paired(&hub, "phone").await["accessToken"]
        .as_str()
        .expect("access token")
        .to_owned();
    let kept = paired(&hub, "tablet").await["accessToken"]
        .as_str()
        .expect("access token")
        .to_owned();
    let token = token_of(&hub, &access, None).await["mediaToken"]
        .as_str()
        .expect("token")
        .to_owned();
    let other = token_of(&hub, &kept, None).await["mediaToken"]
        .as_str()
        .expect("token")
        .to_owned();
    assert_eq!(
        stream_with(&hub, &id, &token).await.status(),
        StatusCode::OK
    );

    let revoked = hub
        .client
        .delete(hub.url("/api/auth/devices/phone"))
        .send()
        .await
        .expect("revoke");
    assert!(revoked.status().is_success(), "{}", revoked.status());
    api_error(stream_with(&hub, &id, &token).await, 401, "device_revoked").await;
    // Another device's token is untouched.
    assert_eq!(
        stream_with(&hub, &id, &other).await.status(),
        StatusCode::OK
    );

    // The tablet pairs again (a reinstall, or a thief's copy of its tokens reset): the
    // media token its old tokens asked for dies with them, the new one's works.
    let fresh = paired(&hub, "tablet").await["accessToken"]
        .as_str()
        .expect("access token")
        .to_owned();
    api_error(stream_with(&hub, &id, &other).await, 401, "device_revoked").await;
    let renewed = token_of(&hub, &fresh, None).await["mediaToken"]
        .as_str()
        .expect("token")
        .to_owned();
    assert_eq!(
        stream_with(&hub, &id, &renewed).await.status(),
        StatusCode::OK
    );
}

/// Starts `music-hub serve` on `library` with info logging, and waits until it answers.
fn spawn_logging_hub(library: &Path, data_dir: &Path) -> (std::process::Child, u16) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let child = Command::new(env!("CARGO_BIN_EXE_music-hub"))
        .args(["serve", "--bind", "127.0.0.1", "--port", &port.to_string()])
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--library")
        .arg(library)
        .env("RUST_LOG", "trace")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the hub");
    (child, port)
}

#[tokio::test]
async fn media_tokens_never_reach_the_log() {
    let library = library();
    let data_dir = tempfile::tempdir().expect("data dir");
    let (mut child, port) = spawn_logging_hub(&library.dir.path().join("Music"), data_dir.path());
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    // Up, and the start-up scan done.
    let id = loop {
        assert!(Instant::now() < deadline, "the hub did not start and scan");
        if let Ok(response) = client.get(format!("{base}/api/tracks")).send().await {
            let page: Value = response.json().await.unwrap_or_default();
            if let Some(id) = page["items"][0]["id"].as_str() {
                break id.to_owned();
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let session: Value = client
        .post(format!("{base}/api/media/session"))
        .send()
        .await
        .expect("session")
        .json()
        .await
        .expect("json");
    let token = session["mediaToken"].as_str().expect("token").to_owned();
    for path in [
        format!("/api/media/stream/{id}?mediaToken={token}"),
        format!("/api/media/stream/{id}?x=1&mediaToken={token}&y=2"),
        format!("/api/media/stream/{id}?mediaToken={token}garbled"),
        format!("/api/tracks?mediaToken={token}"),
    ] {
        let response = client
            .get(format!("{base}{path}"))
            .header("X-Forwarded-For", "192.0.2.10")
            .header("Range", "bytes=0-9")
            .send()
            .await
            .expect("request");
        let _ = response.bytes().await;
    }
    let stopped = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(stopped.success());
    let log: Vec<String> = BufReader::new(child.stderr.take().expect("stderr"))
        .lines()
        .map_while(Result::ok)
        .collect();
    let _ = child.wait();
    let log = log.join("\n");
    assert!(
        log.contains("mediaToken=REDACTED"),
        "the span shows the URI: {log}"
    );
    assert!(log.contains("x=1&mediaToken=REDACTED&y=2"), "{log}");
    // The token's payload, or any long piece of it, appears nowhere.
    let payload = token.trim_start_matches("v4.local.");
    for piece in payload.as_bytes().chunks(24) {
        let piece = std::str::from_utf8(piece).expect("ascii");
        assert!(!log.contains(piece), "a piece of the token is in the log");
    }
}

#[tokio::test]
async fn a_token_got_with_the_api_token_dies_when_the_hub_has_another() {
    let library = library();
    let data_dir = tempfile::tempdir().expect("data dir");
    let music = library.dir.path().join("Music");
    let start = |api_token: &'static str| {
        let music = music.clone();
        TestHub::start_custom(
            Some(data_dir.path()),
            std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
            move |config| {
                config.libraries = vec![music];
                config.watch = false;
                config.auth.api_token = Some(api_token.to_owned());
            },
            Arc::new(SystemClock),
        )
    };
    let hub = start("first-static-token-0123456789").await;
    finished_scan(&hub).await;
    let id = all_tracks(&hub).await[0]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let token = token_of(&hub, "first-static-token-0123456789", None).await["mediaToken"]
        .as_str()
        .expect("token")
        .to_owned();
    assert_eq!(
        stream_with(&hub, &id, &token).await.status(),
        StatusCode::OK
    );
    hub.stop().await;

    let hub = start("second-static-token-0123456789").await;
    api_error(stream_with(&hub, &id, &token).await, 401, "unauthorized").await;
}

#[tokio::test]
async fn each_format_has_its_content_type_and_its_own_bytes() {
    let library = crate::common::fixture_library();
    let hub = crate::common::hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let expected = [
        ("mp3", "audio/mpeg"),
        ("flac", "audio/flac"),
        ("ogg", "audio/ogg"),
        ("opus", "audio/ogg; codecs=opus"),
        ("m4a", "audio/mp4"),
        ("wav", "audio/wav"),
        ("aiff", "audio/aiff"),
    ];
    let tracks = all_tracks(&hub).await;
    let mut seen = std::collections::BTreeSet::new();
    for track in &tracks {
        let relative = track["file"]["relativePath"]
            .as_str()
            .or_else(|| track["relativePath"].as_str())
            .unwrap_or_else(|| panic!("a relative path in {track}"));
        let rel = relative.split_once('/').map_or(relative, |(_, rest)| rest);
        let path = library.path().join("Music").join(rel);
        let extension = rel.rsplit('.').next().unwrap_or_default();
        let Some((_, content_type)) = expected.iter().find(|(ext, _)| *ext == extension) else {
            continue;
        };
        let id = track["id"].as_str().expect("id");
        let response = hub.get(&stream_path(id)).await;
        assert_eq!(response.status(), StatusCode::OK, "{rel}");
        assert_eq!(header(&response, "content-type"), *content_type, "{rel}");
        let body = response.bytes().await.expect("body");
        assert!(
            body[..] == std::fs::read(&path).expect("the file")[..],
            "{rel}"
        );
        seen.insert(extension.to_owned());
    }
    assert_eq!(seen.len(), expected.len(), "formats streamed: {seen:?}");
}

#[tokio::test]
async fn another_sites_page_needs_a_media_token_even_on_the_desktop() {
    let library = library();
    let (hub, id) = serving(&library, Arc::new(SystemClock)).await;
    // `<audio src="http://127.0.0.1:…/api/media/stream/…">` on another site: loopback, but
    // the browser says who asked.
    let from_page = |path: String| {
        hub.client
            .get(hub.url(&path))
            .header("Sec-Fetch-Site", "cross-site")
            .send()
    };
    let refused = from_page(stream_path(&id)).await.expect("stream");
    api_error(refused, 403, "forbidden_origin").await;
    let refused = from_page("/api/media/artwork/aw_x".to_owned())
        .await
        .expect("artwork");
    api_error(refused, 403, "forbidden_origin").await;
    // With a token, as a page given one would have it, it plays.
    let session = json_with_status(
        hub.client
            .post(hub.url("/api/media/session"))
            .send()
            .await
            .expect("session"),
        201,
    )
    .await;
    let token = session["mediaToken"].as_str().expect("token");
    let played = from_page(format!("{}?mediaToken={token}", stream_path(&id)))
        .await
        .expect("stream");
    assert_eq!(played.status(), StatusCode::OK);
    // The desktop's own calls are unchanged.
    assert_eq!(
        get_range(&hub, &id, "bytes=0-0").await.status(),
        StatusCode::PARTIAL_CONTENT
    );
}
