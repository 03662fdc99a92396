//! Browser apps on another origin can use the hub when it names them (`--cors-origin`): a
//! correct preflight, readable answers, bearer tokens. Their calls never get the loopback
//! privilege, and origins it does not name get nothing new.

use std::sync::Arc;

use music_hub::clock::SystemClock;

use crate::common::{api_error, paired, TestHub};

const APP: &str = "https://app.example";

async fn hub_allowing_app() -> TestHub {
    TestHub::start_with(
        |config| config.cors_origins = vec![APP.to_owned()],
        Arc::new(SystemClock),
    )
    .await
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn a_named_origin_gets_a_preflight_and_readable_answers_with_a_token() {
    let hub = hub_allowing_app().await;
    let preflight = hub
        .client
        .request(reqwest::Method::OPTIONS, hub.url("/api/playlists"))
        .header("Origin", APP)
        .header("Access-Control-Request-Method", "POST")
        .header(
            "Access-Control-Request-Headers",
            "authorization, content-type",
        )
        .send()
        .await
        .expect("preflight");
    assert_eq!(preflight.status(), 204);
    assert_eq!(header(&preflight, "access-control-allow-origin"), Some(APP));
    let allowed = header(&preflight, "access-control-allow-headers").unwrap_or_default();
    assert!(allowed.contains("authorization") && allowed.contains("content-type"));
    assert!(header(&preflight, "access-control-allow-methods").is_some_and(|m| m.contains("POST")));

    // From the app, even over loopback, the call needs a token…
    let anonymous = hub
        .client
        .get(hub.url("/api/auth/status"))
        .header("Origin", APP)
        .send()
        .await
        .expect("status");
    assert_eq!(header(&anonymous, "access-control-allow-origin"), Some(APP));
    api_error(anonymous, 403, "local_only").await;
    let tracks = hub
        .client
        .get(hub.url("/api/tracks"))
        .header("Origin", APP)
        .send()
        .await
        .expect("tracks");
    api_error(tracks, 401, "unauthorized").await;
    // …and with one, it reads the answer.
    let tokens = paired(&hub, "web-app").await;
    let tracks = hub
        .client
        .get(hub.url("/api/tracks"))
        .header("Origin", APP)
        .bearer_auth(tokens["accessToken"].as_str().expect("token"))
        .send()
        .await
        .expect("tracks");
    assert_eq!(tracks.status(), 200);
    assert_eq!(header(&tracks, "access-control-allow-origin"), Some(APP));
    hub.stop().await;
}

#[tokio::test]
async fn other_origins_and_a_hub_without_the_flag_get_no_cors_headers() {
    let hub = hub_allowing_app().await;
    let other = hub
        .client
        .get(hub.url("/api/ping"))
        .header("Origin", "https://evil.example")
        .send()
        .await
        .expect("ping");
    assert_eq!(other.status(), 200);
    assert_eq!(header(&other, "access-control-allow-origin"), None);
    hub.stop().await;

    let plain = TestHub::start().await;
    let preflight = plain
        .client
        .request(reqwest::Method::OPTIONS, plain.url("/api/playlists"))
        .header("Origin", APP)
        .header("Access-Control-Request-Method", "POST")
        .send()
        .await
        .expect("preflight");
    assert_eq!(header(&preflight, "access-control-allow-origin"), None);
    plain.stop().await;
}
