//! A relayed call is never local: every header a proxy, tunnel or CDN adds takes away the
//! loopback privilege (a short deny-list missed eleven of them, and `GET /api/auth/status`
//! handed out the pairing code); two `Host` headers are refused; an absolute-form request
//! target naming another host is not local.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::TestHub;

const RELAY_HEADERS: &[(&str, &str)] = &[
    ("Via", "1.1 proxy"),
    ("CF-Connecting-IP", "203.0.113.7"),
    ("True-Client-IP", "203.0.113.7"),
    ("X-Client-IP", "203.0.113.7"),
    ("X-Forwarded-Proto", "https"),
    ("X-Forwarded-Port", "443"),
    ("X-Forwarded-Server", "edge"),
    ("X-Original-Forwarded-For", "203.0.113.7"),
    ("X-Cluster-Client-IP", "203.0.113.7"),
    ("Forwarded-For", "203.0.113.7"),
    ("Tailscale-User-Login", "someone@example.com"),
];

/// Sends a raw request (asynchronously: the hub runs on this test's runtime) and returns
/// the whole answer.
async fn raw(hub: &TestHub, request: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(hub.addr)
        .await
        .expect("connect");
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut answer = String::new();
    let _ = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_string(&mut answer),
    )
    .await;
    answer
}

#[tokio::test]
async fn every_relay_header_takes_away_the_local_privilege() {
    let hub = TestHub::start().await;
    // Without one, the same call is local and shows the pairing state.
    assert_eq!(hub.get("/api/auth/status").await.status(), 200);
    for (name, value) in RELAY_HEADERS {
        let response = hub
            .client
            .get(hub.url("/api/auth/status"))
            .header(*name, *value)
            .send()
            .await
            .expect("status");
        let status = response.status();
        let body = response.text().await.expect("body");
        assert_eq!(status, 403, "{name}: {body}");
        assert!(!body.contains("pairingCode"), "{name}: {body}");
    }
    hub.stop().await;
}

#[tokio::test]
async fn two_host_headers_are_refused_and_a_foreign_target_is_not_local() {
    let hub = TestHub::start().await;
    let port = hub.addr.port();
    let two_hosts = raw(
        &hub,
        &format!(
            "GET /api/auth/status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: hub.example\r\n\
             Connection: close\r\n\r\n"
        ),
    )
    .await;
    assert!(two_hosts.starts_with("HTTP/1.1 400"), "{two_hosts}");
    assert!(
        two_hosts.contains("\"error\":\"duplicate_host\""),
        "{two_hosts}"
    );

    let absolute = raw(
        &hub,
        &format!(
            "GET http://hub.example/api/auth/status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
             Connection: close\r\n\r\n"
        ),
    )
    .await;
    assert!(absolute.starts_with("HTTP/1.1 403"), "{absolute}");
    // The same target naming loopback is local.
    let own = raw(
        &hub,
        &format!(
            "GET http://127.0.0.1:{port}/api/auth/status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
             Connection: close\r\n\r\n"
        ),
    )
    .await;
    assert!(own.starts_with("HTTP/1.1 200"), "{own}");
    hub.stop().await;
}

/// A wrong pairing code from `address`, relayed by a local proxy that names it.
async fn guess_through_relay(hub: &TestHub, address: &str, code: &str) -> reqwest::Response {
    hub.client
        .post(hub.url("/api/auth/pair"))
        .header("X-Forwarded-For", format!("203.0.113.66, {address}"))
        .json(&serde_json::json!({"pairingCode": code, "deviceId": "guesser", "deviceName": "g"}))
        .send()
        .await
        .expect("pair")
}

#[tokio::test]
async fn wrong_pairing_codes_count_against_the_address_a_local_relay_names() {
    let hub = TestHub::start().await;
    let code = crate::common::arm_code(&hub, 30).await;
    let wrong = if code == "aaaaaa" { "bbbbbb" } else { "aaaaaa" };
    // One caller behind the tunnel guesses until it is stopped…
    for _ in 0..5 {
        let refused = guess_through_relay(&hub, "192.0.2.50", wrong).await;
        assert_eq!(refused.status(), 401);
    }
    assert_eq!(
        guess_through_relay(&hub, "192.0.2.50", wrong)
            .await
            .status(),
        429,
        "the guesser is stopped"
    );
    // …which stops neither another caller behind the same tunnel, nor the desktop.
    assert_eq!(
        guess_through_relay(&hub, "192.0.2.51", wrong)
            .await
            .status(),
        401
    );
    let paired = guess_through_relay(&hub, "192.0.2.51", &code).await;
    assert_eq!(paired.status(), 200, "{:?}", paired.text().await);
    hub.stop().await;
}

/// An HTTP/2 call with prior knowledge (h2c) has no `Host`: it is judged by its
/// `:authority`, like HTTP/1's `Host`.
#[tokio::test]
async fn an_h2c_call_is_judged_by_its_authority() {
    let hub = TestHub::start().await;
    let port = hub.addr.port();
    let h2c = reqwest::Client::builder()
        .http2_prior_knowledge()
        .resolve("evil.example", hub.addr)
        .build()
        .expect("client");
    let local = h2c
        .get(format!("http://127.0.0.1:{port}/api/auth/status"))
        .send()
        .await
        .expect("h2c call");
    assert_eq!(local.version(), reqwest::Version::HTTP_2);
    assert_eq!(local.status(), 200, "the desktop, over h2c");
    let rebound = h2c
        .get(format!("http://evil.example:{port}/api/auth/status"))
        .send()
        .await
        .expect("h2c call");
    assert_eq!(rebound.version(), reqwest::Version::HTTP_2);
    assert_eq!(
        rebound.status(),
        403,
        "a page that rebinds a name to loopback is not local"
    );
    hub.stop().await;
}
