//! The library change feed over real SSE: events in order with increasing ids, resuming with
//! `Last-Event-ID`, `resync` for a gap older than the buffer, keep-alive comments, and many
//! subscribers served by one broadcast.

use std::sync::Arc;
use std::time::Duration;

use music_hub::clock::SystemClock;
use music_hub::events::{Change, ChangedIds, PlaylistChange, ScanStartedChange, DEFAULT_REPLAY};
use serde_json::json;

use crate::common::{api_error, Sse, TestHub};

#[tokio::test]
async fn changes_arrive_in_order_and_a_reconnect_resumes_after_the_last_id() {
    let hub = TestHub::start().await;
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;
    let rebuild = hub
        .client
        .post(hub.url("/api/database/rebuild"))
        .json(&json!({"force": true}))
        .send()
        .await
        .expect("rebuild");
    assert_eq!(rebuild.status(), 200);

    let rebuilding = feed.next().await;
    let healthy = feed.next().await;
    for message in [&rebuilding, &healthy] {
        assert_eq!(message.event, "databaseHealthChanged", "{message:?}");
        assert_eq!(message.data["type"], "databaseHealthChanged");
        assert_eq!(
            message.id,
            message.data["id"].to_string(),
            "the SSE id is the event's id"
        );
    }
    assert_eq!(rebuilding.data["payload"]["status"], "rebuilding");
    assert_eq!(healthy.data["payload"]["status"], "healthy");
    let (first, second) = (
        rebuilding.data["id"].as_i64().expect("id"),
        healthy.data["id"].as_i64().expect("id"),
    );
    assert!(second > first);

    // A client that saw only the first reconnects and gets the second, then live events.
    let mut resumed = Sse::open(&hub, "/api/library/events", Some(&first.to_string())).await;
    assert_eq!(resumed.next().await.data["id"], second);
    let live = hub.hub.events.publish(Change::TrackAdded(ChangedIds {
        ids: vec!["trk_1".into()],
    }));
    let received = resumed.next().await;
    assert_eq!(received.data["id"], live);
    assert_eq!(received.event, "trackAdded");
    assert_eq!(received.data["payload"], json!({"ids": ["trk_1"]}));
    assert_eq!(
        feed.next().await.data["id"],
        live,
        "the first subscriber sees it too"
    );
}

#[tokio::test]
async fn a_gap_older_than_the_buffer_is_a_resync() {
    let hub = TestHub::start().await;
    let events = &hub.hub.events;
    let oldest = events.publish(Change::TrackAdded(ChangedIds {
        ids: vec!["trk_1".into()],
    }));
    for _ in 0..DEFAULT_REPLAY + 10 {
        events.publish(Change::TrackUpdated(ChangedIds::default()));
    }
    let mut feed = Sse::open(&hub, "/api/library/events", Some(&oldest.to_string())).await;
    let first = feed.next().await;
    assert_eq!(first.event, "resync");
    assert_eq!(
        first.data["id"],
        events.newest_id(),
        "resync moves Last-Event-ID past the gap"
    );
    // An id the hub never gave (from before a restart, say) is a gap as well.
    let mut stale = Sse::open(
        &hub,
        "/api/library/events",
        Some(&(events.newest_id() + 1000).to_string()),
    )
    .await;
    assert_eq!(stale.next().await.event, "resync");
}

/// Reads an event stream's raw text until `done` holds for it, failing after ten seconds.
async fn read_until(
    response: &mut reqwest::Response,
    text: &mut String,
    what: &str,
    done: impl Fn(&str) -> bool,
) {
    tokio::time::timeout(Duration::from_secs(10), async {
        while !done(text) {
            let chunk = response.chunk().await.expect("read").expect("stream open");
            text.push_str(std::str::from_utf8(&chunk).expect("utf-8"));
        }
    })
    .await
    .unwrap_or_else(|_| panic!("{what} within 10 s; the stream said: {text:?}"));
}

fn comment_lines(text: &str) -> usize {
    text.lines().filter(|line| line.starts_with(':')).count()
}

#[tokio::test]
async fn idle_streams_get_keep_alive_comments() {
    let hub = TestHub::start_with(
        |c| c.keep_alive = Duration::from_millis(100),
        Arc::new(SystemClock),
    )
    .await;
    let mut response = hub
        .client
        .get(hub.url("/api/library/events"))
        .send()
        .await
        .expect("subscribe");
    assert_eq!(response.status(), 200);
    let mut text = String::new();
    // While nothing happens, the stream carries comments and nothing else.
    read_until(&mut response, &mut text, "two keep-alive comments", |t| {
        comment_lines(t) >= 2
    })
    .await;
    assert!(
        !text.lines().any(|line| line.starts_with("data:")),
        "an idle stream sends only comments: {text:?}"
    );
    // And it is still a live feed.
    hub.hub
        .events
        .publish(Change::ScanStarted(ScanStartedChange {
            scan_id: "scn_1".into(),
        }));
    read_until(&mut response, &mut text, "the scanStarted event", |t| {
        t.lines()
            .any(|line| line.strip_prefix("event:").map(str::trim) == Some("scanStarted"))
    })
    .await;
}

#[tokio::test]
async fn many_subscribers_share_one_broadcast() {
    let hub = TestHub::start().await;
    let mut feeds = Vec::new();
    for _ in 0..100 {
        feeds.push(Sse::open(&hub, "/api/library/events", None).await);
    }
    let id = hub
        .hub
        .events
        .publish(Change::PlaylistCreated(PlaylistChange {
            playlist_id: "pl_1".into(),
        }));
    for feed in &mut feeds {
        assert_eq!(feed.next().await.data["id"], id);
    }
}

#[tokio::test]
async fn a_bad_last_event_id_is_a_400() {
    let hub = TestHub::start().await;
    for bad in ["abc", "-1", "99999999999999999999"] {
        let response = hub
            .client
            .get(hub.url("/api/library/events"))
            .header("Last-Event-ID", bad)
            .send()
            .await
            .expect("subscribe");
        api_error(response, 400, "invalid_parameter").await;
    }
}

/// A subscriber whose connection closes is let go at once: its receiver is not kept until
/// the next keep-alive write would fail (60 s away here).
#[tokio::test]
async fn a_closed_subscriber_is_released_when_its_connection_closes() {
    let hub = TestHub::start_with(
        |c| c.keep_alive = Duration::from_secs(60),
        Arc::new(SystemClock),
    )
    .await;
    let mut feeds = Vec::new();
    for _ in 0..20 {
        feeds.push(Sse::open(&hub, "/api/library/events", None).await);
    }
    // The hub's own followers (the playback queue's) subscribe too: counted from here.
    let before = hub.hub.events.subscribers() - 20;
    // Half of them go away; the others stay subscribed.
    feeds.truncate(10);
    let closed = std::time::Instant::now();
    while hub.hub.events.subscribers() > before + 10 {
        assert!(
            closed.elapsed() < Duration::from_secs(1),
            "{} subscribers a second after 10 of 20 closed",
            hub.hub.events.subscribers() - before
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // The ten still open still get events.
    hub.hub
        .events
        .publish(Change::ScanStarted(ScanStartedChange {
            scan_id: "scn_1".into(),
        }));
    for feed in &mut feeds {
        assert_eq!(feed.next().await.event, "scanStarted");
    }
    assert_eq!(hub.hub.events.subscribers(), before + 10);
    drop(feeds);
    let closed = std::time::Instant::now();
    while hub.hub.events.subscribers() > before {
        assert!(
            closed.elapsed() < Duration::from_secs(1),
            "a closed subscriber is still held after a second"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
