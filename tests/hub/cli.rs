//! The `music-hub` binary itself: printing the contract, serving, and stopping cleanly on
//! SIGTERM and SIGINT.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::committed_document;

const BINARY: &str = env!("CARGO_BIN_EXE_music-hub");

#[test]
fn openapi_prints_the_committed_contract() {
    let yaml = Command::new(BINARY).arg("openapi").output().expect("run");
    assert!(yaml.status.success());
    let parsed: serde_json::Value = serde_yaml::from_slice(&yaml.stdout).expect("YAML");
    assert_eq!(parsed, committed_document());

    let json = Command::new(BINARY)
        .args(["openapi", "--json"])
        .output()
        .expect("run");
    assert!(json.status.success());
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(parsed, committed_document());
}

/// A port that was free a moment ago (the binary must be given a concrete one).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Starts `music-hub serve` on a free loopback port and waits until it answers.
pub(crate) fn spawn_hub(data_dir: &std::path::Path) -> (std::process::Child, u16) {
    spawn_hub_in(Command::new(BINARY), data_dir)
}

/// `spawn_hub` with the hub's soft and hard open-file limits set to `files`, as a desktop's
/// usual `ulimit -n` would leave them.
pub(crate) fn spawn_hub_with_open_files(
    files: u32,
    data_dir: &std::path::Path,
) -> (std::process::Child, u16) {
    let mut shell = Command::new("sh");
    shell.args([
        "-c",
        &format!("ulimit -n {files} && exec \"$0\" \"$@\""),
        BINARY,
    ]);
    spawn_hub_in(shell, data_dir)
}

/// Adds `serve` and its arguments to `command` (the binary, or a shell that runs it).
fn spawn_hub_in(mut command: Command, data_dir: &std::path::Path) -> (std::process::Child, u16) {
    let port = free_port();
    let child = command
        .args([
            "serve",
            "--bind",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--data-dir",
        ])
        .arg(data_dir)
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the hub");
    let deadline = Instant::now() + Duration::from_secs(20);
    let ping = format!("http://127.0.0.1:{port}/api/ping");
    while !reqwest::blocking_get_ok(&ping) {
        assert!(Instant::now() < deadline, "the hub did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    (child, port)
}

fn serve_and_stop(signal: &str) {
    let data_dir = tempfile::tempdir().expect("temp");
    let (mut child, _port) = spawn_hub(data_dir.path());
    assert!(data_dir.path().join("music-hub.db").exists());

    let status = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .expect("send signal");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = child.try_wait().expect("wait") {
            break exit;
        }
        assert!(
            Instant::now() < deadline,
            "the hub did not stop on {signal}"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "exit status {exit:?} on {signal}");
    // Log lines go to standard error; the last one says it stopped.
    let out = BufReader::new(child.stderr.take().expect("stderr"));
    let lines: Vec<String> = out.lines().map_while(Result::ok).collect();
    assert!(
        lines.iter().any(|l| l.contains("shutting down")),
        "{lines:?}"
    );
}

#[test]
fn pair_arms_the_running_hub_and_shows_the_code() {
    let data_dir = tempfile::tempdir().expect("temp");
    let (mut child, port) = spawn_hub(data_dir.path());
    let output = Command::new(BINARY)
        .args(["pair", "--port", &port.to_string(), "--minutes", "5"])
        .output()
        .expect("run pair");
    let _ = child.kill();
    let _ = child.wait();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let code = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Pairing code: "))
        .expect("the code is printed");
    assert_eq!(code.trim().len(), 8, "{stdout}");
    // The QR code is drawn with half-block characters.
    assert!(
        stdout.contains('▀') || stdout.contains('▄') || stdout.contains('█'),
        "{stdout}"
    );
    assert!(
        stdout.contains("loopback only"),
        "a loopback-bound hub says it cannot be reached: {stdout}"
    );

    // With no hub there, it says so and fails.
    let output = Command::new(BINARY)
        .args(["pair", "--port", &free_port().to_string()])
        .output()
        .expect("run pair");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("is `music-hub serve` running?"));
}

#[test]
fn serve_stops_cleanly_on_sigterm() {
    serve_and_stop("-TERM");
}

#[test]
fn serve_stops_cleanly_on_sigint() {
    serve_and_stop("-INT");
}

/// A tiny blocking GET without pulling in reqwest's blocking feature.
mod reqwest {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::time::Duration;

    pub fn blocking_get_ok(url: &str) -> bool {
        let Some(rest) = url.strip_prefix("http://") else {
            return false;
        };
        let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
        let Ok(mut stream) = TcpStream::connect(authority) else {
            return false;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        let request =
            format!("GET /{path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n");
        if stream.write_all(request.as_bytes()).is_err() {
            return false;
        }
        let mut response = String::new();
        let _ = stream.read_to_string(&mut response);
        response.starts_with("HTTP/1.1 200")
    }
}

#[test]
fn the_access_token_lifetime_is_bounded() {
    for bad in ["0", "86401", "soon"] {
        let output = Command::new(BINARY)
            .args(["serve", "--access-token-ttl", bad, "--port", "1"])
            .output()
            .expect("run");
        assert!(!output.status.success(), "{bad} was accepted");
        assert!(String::from_utf8_lossy(&output.stderr).contains("--access-token-ttl"));
    }
}

#[test]
fn serve_warns_about_a_library_folder_that_is_not_there() {
    let data_dir = tempfile::tempdir().expect("temp");
    let missing = data_dir.path().join("Musci");
    let mut child = Command::new(BINARY)
        .args(["serve", "--bind", "127.0.0.1", "--port", "0", "--no-watch"])
        .arg("--data-dir")
        .arg(data_dir.path())
        .arg("--library")
        .arg(&missing)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the hub");
    let err = BufReader::new(child.stderr.take().expect("stderr"));
    let warning = err
        .lines()
        .map_while(Result::ok)
        .take(20)
        .find(|l| l.contains("does not exist"));
    let _ = child.kill();
    let _ = child.wait();
    let warning = warning.expect("a warning naming the folder");
    assert!(warning.contains("Musci"), "{warning}");
    assert!(
        !warning.contains('\u{1b}'),
        "no colour codes off a terminal: {warning}"
    );
}
