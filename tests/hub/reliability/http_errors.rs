//! What hyper refuses before any route sees it (a request line too long, too many header
//! fields, bytes that are not HTTP) answers as every other 4xx of the hub: an `ApiError`
//! with its own code, not an empty body.

use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::common::TestHub;

/// Sends `request` raw and reads the whole answer (hyper closes after these).
async fn raw(hub: &TestHub, request: &[u8]) -> (String, Value) {
    let mut stream = TcpStream::connect(hub.addr).await.expect("connect");
    stream.write_all(request).await.expect("write");
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer))
        .await
        .expect("the hub answers and closes")
        .expect("read");
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("a head and a body");
    let json = serde_json::from_str(body).unwrap_or(Value::Null);
    (head.to_owned(), json)
}

#[tokio::test]
async fn requests_hyper_cannot_read_answer_api_errors() {
    let hub = TestHub::start().await;
    let long_uri = format!(
        "GET /api/ping?q={} HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "a".repeat(70_000)
    );
    let many_headers = format!(
        "GET /api/ping HTTP/1.1\r\nHost: localhost\r\n{}\r\n",
        (0..200)
            .map(|i| format!("X-Field-{i}: v\r\n"))
            .collect::<String>()
    );
    for (request, status, code) in [
        (long_uri.into_bytes(), "414", "uri_too_long"),
        (many_headers.into_bytes(), "431", "headers_too_large"),
        (
            b"NOT HTTP AT ALL\r\n\r\n".to_vec(),
            "400",
            "malformed_request",
        ),
    ] {
        let (head, body) = raw(&hub, &request).await;
        assert!(head.starts_with(&format!("HTTP/1.1 {status} ")), "{head}");
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: application/json"),
            "{head}"
        );
        assert_eq!(body["error"], code, "{head}\n{body}");
        assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    // The hub is none the worse.
    assert_eq!(hub.get("/api/ping").await.status(), 200);
    hub.stop().await;
}
