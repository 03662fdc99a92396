//! The MusicBrainz enrichment source on a real hub, against a loopback server that replays
//! recorded MusicBrainz JSON (`tests/fixtures/musicbrainz/`), never the internet: a lookup
//! by the recording id in the tags, a search by title, artist and album with its scores as
//! confidences, answers kept (asking again sends nothing), the User-Agent, one request a
//! second, and a server answering 503 (retried after its Retry-After, then reported, and
//! the other sources still answer).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use music_hub::clock::{ManualClock, SharedClock, SystemClock};
use music_hub::config::MusicBrainzConfig;
use poem::http::StatusCode;
use poem::listener::TcpAcceptor;
use poem::web::{Path, Query};
use poem::{get, handler, Response, Route, Server};
use serde_json::{json, Value};

use crate::common::{
    all_tracks, by_title, finished_scan, fixture_library, json_with_status, TestHub,
};

const KNOWN: &str = "0f3c1d3a-6a43-4c3e-9d0b-3f1f4a0f5b11";
/// A recording id the replay server always answers 503 for.
const BUSY: &str = "11111111-2222-4333-8444-555555555555";
/// A recording id the replay server answers with 5 MB of JSON for.
const HUGE: &str = "22222222-3333-4444-8555-666666666666";
/// A recording id MusicBrainz does not know (404).
const MISSING: &str = "33333333-4444-4555-8666-777777777777";

/// What the replay server was asked: when, what, and by whom.
#[derive(Clone, Debug)]
struct Asked {
    at: Instant,
    request: String,
    agent: String,
}

type Log = Arc<Mutex<Vec<Asked>>>;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/musicbrainz")
        .join(name);
    std::fs::read_to_string(path).expect("fixture")
}

fn json_response(status: StatusCode, body: String) -> Response {
    Response::builder()
        .status(status)
        .content_type("application/json")
        .body(body)
}

fn record(log: &Log, request: &poem::Request) {
    log.lock().expect("log").push(Asked {
        at: Instant::now(),
        request: request.uri().to_string(),
        agent: request
            .headers()
            .get("user-agent")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned(),
    });
}

#[handler]
fn lookup(Path(id): Path<String>, request: &poem::Request, log: poem::web::Data<&Log>) -> Response {
    record(&log, request);
    if id == BUSY {
        return Response::builder()
            .status(StatusCode::SERVICE_UNAVAILABLE)
            .header("Retry-After", "1")
            .content_type("application/json")
            .body(r#"{"error":"Your requests are exceeding the allowable rate limit."}"#);
    }
    if id == KNOWN {
        return json_response(StatusCode::OK, fixture(&format!("recording-{id}.json")));
    }
    if id == HUGE {
        let padding = "x".repeat(5 * 1024 * 1024);
        return json_response(
            StatusCode::OK,
            json!({ "id": HUGE, "padding": padding }).to_string(),
        );
    }
    json_response(StatusCode::NOT_FOUND, r#"{"error":"Not Found"}"#.into())
}

#[derive(serde::Deserialize)]
struct Search {
    query: String,
}

#[handler]
fn search(
    Query(search): Query<Search>,
    request: &poem::Request,
    log: poem::web::Data<&Log>,
) -> Response {
    record(&log, request);
    if search.query.contains(r#"recording:"First Song""#) {
        return json_response(StatusCode::OK, fixture("search-first-song.json"));
    }
    json_response(
        StatusCode::OK,
        json!({"created": "2026-11-20T10:15:42.000Z", "count": 0, "offset": 0, "recordings": []})
            .to_string(),
    )
}

/// The replay server on a loopback port: its base URL and what it was asked.
async fn replay_server() -> (String, Log) {
    let log: Log = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let acceptor = TcpAcceptor::from_tokio(listener).expect("acceptor");
    let app = poem::EndpointExt::data(
        Route::new()
            .at("/ws/2/recording/:id", get(lookup))
            .at("/ws/2/recording", get(search)),
        log.clone(),
    );
    tokio::spawn(Server::new_with_acceptor(acceptor).run(app));
    (base, log)
}

async fn enrichment(hub: &TestHub, id: &str) -> Vec<Value> {
    let answer =
        json_with_status(hub.get(&format!("/api/tracks/{id}/enrichment")).await, 200).await;
    answer["suggestions"]
        .as_array()
        .expect("suggestions")
        .clone()
}

fn from_musicbrainz(suggestions: &[Value]) -> Vec<&Value> {
    suggestions
        .iter()
        .filter(|s| s["source"] == "musicbrainz")
        .collect()
}

async fn set_recording_id(hub: &TestHub, track: &str, mbid: &str) {
    let response = hub
        .client
        .put(hub.url(&format!("/api/tracks/{track}/metadata/overrides")))
        .json(&json!({ "musicbrainzRecordingId": mbid }))
        .send()
        .await
        .expect("request");
    json_with_status(response, 200).await;
}

/// A hub over the fixture library that asks the replay server at `base`, its scan done.
async fn hub_asking(base: String, library: &tempfile::TempDir, clock: SharedClock) -> TestHub {
    let music = library.path().join("Music");
    let hub = TestHub::start_with(
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
            config.musicbrainz = Some(MusicBrainzConfig {
                base_url: base,
                contact: "tests@example.invalid".into(),
            });
        },
        clock,
    )
    .await;
    finished_scan(&hub).await;
    hub
}

#[tokio::test]
async fn musicbrainz_suggestions_come_from_the_replayed_service_one_request_a_second() {
    let (base, log) = replay_server().await;
    let library = fixture_library();
    let hub = hub_asking(base, &library, Arc::new(SystemClock)).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let id = |title: &str| tracks[title]["id"].as_str().expect("id").to_owned();
    let (crazy, first, bridge) = (
        id("Crazy in Love"),
        id("First Song"),
        id("Bridge over Troubled Water"),
    );

    // By the recording id in the tags: the recording and its first release, certain.
    set_recording_id(&hub, &crazy, KNOWN).await;
    let found = enrichment(&hub, &crazy).await;
    let mb = from_musicbrainz(&found);
    assert_eq!(mb.len(), 1, "{found:?} {:?}", log.lock().expect("log"));
    assert_eq!(mb[0]["confidence"], 1.0);
    assert_eq!(mb[0]["values"]["album"], "Dangerously in Love", "{}", mb[0]);
    assert_eq!(mb[0]["values"]["year"], 2003);
    assert_eq!(mb[0]["values"]["artists"], json!(["Beyoncé feat. JAY‐Z"]));
    assert_eq!(
        mb[0]["values"]["musicbrainzReleaseId"],
        "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
    );
    assert!(mb[0]["changedFields"]
        .as_array()
        .expect("changed")
        .contains(&json!("artists")));

    // Without one, a search on title, artist and album: each match with its score.
    let found = enrichment(&hub, &first).await;
    let mb = from_musicbrainz(&found);
    assert_eq!(mb.len(), 2, "{found:?}");
    assert_eq!(
        (mb[0]["confidence"].as_f64(), mb[1]["confidence"].as_f64()),
        (Some(1.0), Some(0.62))
    );
    assert_eq!(
        mb[0]["values"]["musicbrainzRecordingId"],
        "9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a"
    );
    assert_eq!(mb[1]["values"]["album"], "Live at the Fixture Hall");
    let asked = log.lock().expect("log").clone();
    assert_eq!(asked.len(), 2, "{asked:?}");
    assert!(
        asked[0]
            .request
            .starts_with(&format!("/ws/2/recording/{KNOWN}?")),
        "{asked:?}"
    );
    let searched = &asked[1].request;
    assert!(
        searched.starts_with("/ws/2/recording?query=") && searched.contains("fmt=json"),
        "{searched}"
    );
    for a in &asked {
        assert!(
            a.agent.starts_with("music-hub/") && a.agent.contains("( tests@example.invalid )"),
            "{}",
            a.agent
        );
    }

    // Asked again: the kept answers, no request.
    assert_eq!(from_musicbrainz(&enrichment(&hub, &first).await).len(), 2);
    assert_eq!(from_musicbrainz(&enrichment(&hub, &crazy).await).len(), 1);
    assert_eq!(log.lock().expect("log").len(), 2);

    // A server that keeps answering 503: retried after its Retry-After, then given up; the
    // offline sources still answer, and the hub is fine.
    set_recording_id(&hub, &bridge, BUSY).await;
    let started = Instant::now();
    let found = enrichment(&hub, &bridge).await;
    assert!(from_musicbrainz(&found).is_empty(), "{found:?}");
    assert!(started.elapsed() < Duration::from_secs(20));
    let asked = log.lock().expect("log").clone();
    let busy: Vec<&Asked> = asked.iter().filter(|a| a.request.contains(BUSY)).collect();
    assert_eq!(busy.len(), 3, "three tries: {asked:?}");
    json_with_status(hub.get("/api/ping").await, 200).await;

    // One request a second, the retries too.
    for pair in asked.windows(2) {
        let gap = pair[1].at.duration_since(pair[0].at);
        assert!(
            gap >= Duration::from_millis(950),
            "{gap:?} between {pair:?}"
        );
    }
    hub.stop().await;
}

#[tokio::test]
async fn an_oversized_answer_is_refused_and_a_kept_404_is_asked_again_after_two_weeks() {
    let (base, log) = replay_server().await;
    let library = fixture_library();
    let clock = ManualClock::starting_now();
    let hub = hub_asking(base, &library, clock.clone()).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let id = |title: &str| tracks[title]["id"].as_str().expect("id").to_owned();
    let (crazy, bridge) = (id("Crazy in Love"), id("Bridge over Troubled Water"));
    let asked_for = |id: &str| {
        log.lock()
            .expect("log")
            .iter()
            .filter(|a| a.request.contains(id))
            .count()
    };

    // 5 MB where a recording should be: refused unread, not kept, the hub answers without
    // it and asks again next time.
    set_recording_id(&hub, &crazy, HUGE).await;
    assert!(from_musicbrainz(&enrichment(&hub, &crazy).await).is_empty());
    assert!(from_musicbrainz(&enrichment(&hub, &crazy).await).is_empty());
    assert_eq!(asked_for(HUGE), 2, "an oversized answer was kept");
    json_with_status(hub.get("/api/ping").await, 200).await;

    // Not found: believed for two weeks, then asked again.
    set_recording_id(&hub, &bridge, MISSING).await;
    enrichment(&hub, &bridge).await;
    assert_eq!(asked_for(MISSING), 1);
    clock.advance(Duration::from_secs(13 * 24 * 3600));
    enrichment(&hub, &bridge).await;
    assert_eq!(asked_for(MISSING), 1, "a fresh 404 was asked again");
    clock.advance(Duration::from_secs(2 * 24 * 3600));
    enrichment(&hub, &bridge).await;
    assert_eq!(
        asked_for(MISSING),
        2,
        "a 404 older than two weeks was believed"
    );
    hub.stop().await;
}
