//! Request bodies are bounded at the edge: anyone on the LAN could otherwise make the hub
//! read a 100 MB body to `POST /api/auth/pair` (public) into memory, and its `400` answer
//! echoed the body back. Now a declared length over 1 MiB is refused before a byte is read,
//! a chunked body as soon as it passes 1 MiB, and error messages quote a few dozen
//! characters of input at most.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::json;

use crate::cli::spawn_hub;
use crate::common::{api_error, TestHub};

const MIB: usize = 1024 * 1024;

/// Connects and sends a JSON POST's head, framed by `framing` (its length or chunking).
fn send_head(port: u16, path: &str, framing: &str) -> TcpStream {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n\
         {framing}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).expect("head");
    stream
}

/// Sends a request head, then up to `body_bytes` of chunked body while a second thread
/// reads the answer; returns the answer's status line and body. Stops writing as soon as
/// the hub answers or closes.
fn send_chunked(port: u16, path: &str, body_bytes: usize) -> String {
    let mut stream = send_head(port, path, "Transfer-Encoding: chunked");
    let mut reader = stream.try_clone().expect("clone");
    let answer = std::thread::spawn(move || {
        let mut answer = Vec::new();
        let _ = reader.read_to_end(&mut answer);
        String::from_utf8_lossy(&answer).into_owned()
    });
    let chunk = vec![b'['; 64 * 1024];
    let mut sent = 0;
    while sent < body_bytes {
        let framed = [format!("{:x}\r\n", chunk.len()).as_bytes(), &chunk, b"\r\n"].concat();
        if stream.write_all(&framed).is_err() {
            break;
        }
        sent += chunk.len();
        if answer.is_finished() {
            break;
        }
    }
    let _ = stream.shutdown(std::net::Shutdown::Write);
    answer.join().expect("reader")
}

/// Sends only a head declaring `length` bytes and reads the answer.
fn send_declared(port: u16, path: &str, length: usize) -> String {
    let mut stream = send_head(port, path, &format!("Content-Length: {length}"));
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

/// A process's memory in KiB, from `/proc/<pid>/status` (`VmRSS` now, `VmHWM` its peak).
fn memory_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("memory field")
}

fn assert_refused_as_too_large(answer: &str) {
    assert!(
        answer.starts_with("HTTP/1.1 413"),
        "{}",
        &answer[..answer.len().min(300)]
    );
    assert!(
        answer.contains("\"error\":\"payload_too_large\""),
        "{answer}"
    );
}

#[test]
fn hundred_megabyte_bodies_to_pair_are_refused_and_memory_stays_flat() {
    let data_dir = tempfile::tempdir().expect("temp");
    let (mut hub, port) = spawn_hub(data_dir.path());
    let idle = memory_kib(hub.id(), "VmRSS:");

    // Declared up front: refused before a byte of it is read.
    assert_refused_as_too_large(&send_declared(port, "/api/auth/pair", 100 * MIB));
    // Streamed with no length, four at once: each refused once it passes the limit.
    let senders: Vec<_> = (0..4)
        .map(|_| std::thread::spawn(move || send_chunked(port, "/api/auth/pair", 100 * MIB)))
        .collect();
    for sender in senders {
        assert_refused_as_too_large(&sender.join().expect("sender"));
    }
    let peak = memory_kib(hub.id(), "VmHWM:");
    println!("body limit: idle RSS {idle} KiB, peak RSS {peak} KiB after 5 bodies of 100 MB");
    let _ = hub.kill();
    let _ = hub.wait();
    assert!(
        peak < idle + 50 * 1024,
        "peak RSS {peak} KiB against {idle} KiB idle"
    );
}

#[tokio::test]
async fn a_body_at_the_limit_is_read_and_one_past_it_is_not() {
    let hub = TestHub::start().await;
    // 5,000 unknown track ids (about 120 KB) are read and judged: the first is unknown.
    let ids: Vec<String> = (0..5000).map(|i| format!("trk_{i:020}")).collect();
    let response = hub
        .client
        .post(hub.url("/api/playlists"))
        .json(&json!({"name": "Big", "trackIds": ids}))
        .send()
        .await
        .expect("post");
    api_error(response, 422, "unknown_track").await;
    // One byte past 1 MiB, with its length declared.
    let response = hub
        .client
        .post(hub.url("/api/playlists"))
        .header("content-type", "application/json")
        .body(vec![b' '; MIB + 1])
        .send()
        .await
        .expect("post");
    api_error(response, 413, "payload_too_large").await;
    hub.stop().await;
}

#[tokio::test]
async fn an_error_answer_quotes_only_a_few_dozen_characters_of_the_input() {
    let hub = TestHub::start().await;
    let long = "A".repeat(500_000);
    for body in [
        json!([long.clone(), long.clone()]),
        json!({"pairingCode": 12, "deviceId": long.clone(), "deviceName": "x"}),
        json!({"pairingCode": long.clone(), "deviceId": "phone", "deviceName": "x"}),
    ] {
        let response = hub
            .client
            .post(hub.url("/api/auth/pair"))
            .json(&body)
            .send()
            .await
            .expect("post");
        let status = response.status().as_u16();
        let text = response.text().await.expect("body");
        assert!((400..500).contains(&status), "{status} {text}");
        assert!(text.len() < 1000, "{} bytes: {}", text.len(), &text[..300]);
        assert!(!text.contains(&"A".repeat(60)), "{text}");
    }
    hub.stop().await;
}
