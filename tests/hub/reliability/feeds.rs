//! An open feed never outlives the credentials it was opened with: a device whose access is
//! revoked, or whose access token expires, gets a last message saying why, and the stream
//! ends. Before, a revoked device kept receiving every change for as long as it stayed
//! connected.

use std::time::Duration;

use music_hub::clock::ManualClock;
use reqwest::Method;

use crate::common::{paired, remote, Sse, TestHub};

/// The device's feed at `path`, opened remotely with its access token.
async fn device_feed(hub: &TestHub, path: &str, tokens: &serde_json::Value) -> Sse {
    let token = tokens["accessToken"].as_str().expect("access token");
    let response = remote(hub, Method::GET, path)
        .bearer_auth(token)
        .send()
        .await
        .expect("subscribe");
    Sse::from_response(response)
}

async fn revoke(hub: &TestHub, device_id: &str) {
    let response = hub
        .client
        .delete(hub.url(&format!("/api/auth/devices/{device_id}")))
        .send()
        .await
        .expect("revoke");
    assert_eq!(response.status(), 204);
}

#[tokio::test]
async fn revoking_a_device_ends_its_library_feed_with_the_reason() {
    let hub = TestHub::start().await;
    let phone = paired(&hub, "phone").await;
    let tablet = paired(&hub, "tablet").await;
    let mut phone_feed = device_feed(&hub, "/api/library/events", &phone).await;
    let mut tablet_feed = device_feed(&hub, "/api/library/events", &tablet).await;
    // The local feed of the desktop is not the phone's business either.
    let mut desktop_feed = Sse::open(&hub, "/api/library/events", None).await;

    revoke(&hub, "phone").await;
    let last = phone_feed.next().await;
    assert_eq!(last.event, "feedEnded");
    assert_eq!(
        last.data["payload"]["reason"], "deviceRevoked",
        "{:?}",
        last
    );
    // Nothing was sent before it: it stands where the feed began.
    assert_eq!(last.id, hub.hub.events.newest_id().to_string());
    phone_feed.ended().await;

    // The others stay open: a change still reaches them.
    let id = hub
        .hub
        .events
        .publish(music_hub::events::Change::Resync(Default::default()));
    assert_eq!(tablet_feed.next().await.data["id"], id);
    assert_eq!(desktop_feed.next().await.data["id"], id);
    hub.stop().await;
}

#[tokio::test]
async fn an_expired_token_ends_the_feeds_it_opened() {
    let clock = ManualClock::starting_now();
    let hub = TestHub::start_with(|_| {}, clock.clone()).await;
    let phone = paired(&hub, "phone").await;
    let mut library = device_feed(&hub, "/api/library/events", &phone).await;
    let mut progress = device_feed(&hub, "/api/scan/progress", &phone).await;
    assert_eq!(progress.next().await.event, "progress", "the state first");

    // Past the access token's lifetime (15 minutes by default).
    clock.advance(Duration::from_secs(16 * 60));
    let last = library.next().await;
    assert_eq!(last.event, "feedEnded");
    assert_eq!(last.data["payload"]["reason"], "tokenExpired");
    library.ended().await;
    let last = progress.next().await;
    assert_eq!(last.event, "ended");
    assert_eq!(last.data["feedEnded"], "tokenExpired");
    progress.ended().await;
    hub.stop().await;
}

#[tokio::test]
async fn a_refresh_token_reused_ends_the_feed_of_its_family() {
    let hub = TestHub::start().await;
    let phone = paired(&hub, "phone").await;
    let mut feed = device_feed(&hub, "/api/library/events", &phone).await;
    let refresh = |token: &str| {
        remote(&hub, Method::POST, "/api/auth/refresh")
            .json(&serde_json::json!({"deviceId": "phone", "refreshToken": token}))
            .send()
    };
    let old = phone["refreshToken"].as_str().expect("refresh token");
    assert_eq!(refresh(old).await.expect("refresh").status(), 200);
    // The retired token again: theft, so the family goes, and the feed with it.
    assert_eq!(refresh(old).await.expect("reuse").status(), 401);
    let last = feed.next().await;
    assert_eq!(last.data["payload"]["reason"], "deviceRevoked");
    feed.ended().await;
    hub.stop().await;
}

#[tokio::test]
async fn a_feed_that_ends_mid_burst_loses_nothing_on_the_reconnect() {
    let hub = TestHub::start().await;
    let phone = paired(&hub, "phone").await;
    let mut feed = device_feed(&hub, "/api/library/events", &phone).await;
    // A burst, and the revocation right behind it: the feed may end before sending it all.
    let published: Vec<i64> = (0..50)
        .map(|_| {
            hub.hub
                .events
                .publish(music_hub::events::Change::TrackAdded(Default::default()))
        })
        .collect();
    revoke(&hub, "phone").await;
    let mut received = Vec::new();
    let resume_from = loop {
        let message = feed.next().await;
        if message.event == "feedEnded" {
            break message.id;
        }
        received.push(message.data["id"].as_i64().expect("id"));
    };
    feed.ended().await;
    // Resuming from the last message's id brings exactly what the feed did not send.
    let mut again = Sse::open(&hub, "/api/library/events", Some(&resume_from)).await;
    while received.len() < published.len() {
        received.push(again.next().await.data["id"].as_i64().expect("id"));
    }
    assert_eq!(received, published);
    hub.stop().await;
}
