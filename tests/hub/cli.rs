//! The `music-hub` binary itself: printing the contract, serving, and stopping cleanly on
//! SIGTERM and SIGINT.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use music_hub::db::{scan_runs, Database};
use music_hub::library::job::Trigger;
use music_hub::library::lock::ScanLock;

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

/// A reader that stops early (`music-hub openapi | head -1`) is not a failure.
#[test]
fn openapi_into_a_pipe_closed_early_exits_quietly() {
    let mut child = Command::new(BINARY)
        .arg("openapi")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("a first line");
    assert!(first.starts_with("openapi:"), "{first}");
    let output = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?} {stderr}", output.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
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
    // At INFO, the hub logs what changed state (arming) but not the reads that went well
    // (the pings that waited for it to start).
    let log: Vec<String> = BufReader::new(child.stderr.take().expect("stderr"))
        .lines()
        .map_while(Result::ok)
        .collect();
    assert!(
        log.iter().any(|l| l.contains("uri=/api/auth/arm")),
        "{log:?}"
    );
    assert!(!log.iter().any(|l| l.contains("uri=/api/ping")), "{log:?}");
    // The expiry in this machine's time, to the second.
    let valid_until = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Valid until:  "))
        .expect("the expiry is printed");
    assert!(valid_until.ends_with("local time)"), "{valid_until}");
    assert!(!valid_until.contains('.'), "{valid_until}");
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

/// `music-hub scan` beside a hub that is scanning the same data dir (the hub holds the
/// scan lock while it scans): it refuses, says why, and leaves the hub's live run as it is.
#[tokio::test]
async fn scan_refuses_while_the_hub_scans_the_same_data_dir() {
    let library = crate::common::fixture_library();
    let data = tempfile::tempdir().expect("data dir");
    let db = Database::open(data.path(), None).await;
    let mut live = crate::scan::other_process_run("scn_hub_live");
    live.triggered_by = "startup".into();
    db.run(move |conn| Ok(scan_runs::scan_run_create(conn, &live)?))
        .await
        .expect("record the hub's run");
    let scan = || {
        Command::new(BINARY)
            .args(["scan", "--library"])
            .arg(library.path())
            .arg("--data-dir")
            .arg(data.path())
            .output()
            .expect("run music-hub scan")
    };

    let hub_scanning = ScanLock::try_acquire(data.path(), Trigger::Startup).expect("free");
    let refused = scan();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success(), "{stderr}");
    assert!(
        stderr.contains("the running hub") && stderr.contains("is scanning"),
        "{stderr}"
    );
    assert_eq!(
        crate::scan::run_status(&db, "scn_hub_live")
            .await
            .as_deref(),
        Some("running"),
        "the hub's live run is left alone"
    );

    // Once the hub's scan is over, the command scans; a run left marked running is then
    // one that was cut short.
    drop(hub_scanning);
    let done = scan();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(String::from_utf8_lossy(&done.stdout).contains("10 added"));
    assert_eq!(
        crate::scan::run_status(&db, "scn_hub_live")
            .await
            .as_deref(),
        Some("interrupted")
    );
}

/// The same beside a real hub, mid-scan: the command refuses, and the hub's scan goes on
/// to complete as the last recorded run.
#[tokio::test]
async fn scan_beside_a_scanning_hub_leaves_its_scan_alone() {
    let library = crate::scan::generated_library(3000);
    let hub = crate::common::hub_on(library.path(), false).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    let running = loop {
        if let Some(running) = hub.hub.scanner.running() {
            if crate::scan::run_status(&hub.hub.db, &running.id)
                .await
                .is_some()
            {
                break running;
            }
        }
        assert!(Instant::now() < deadline, "the start-up scan did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let (path, data_dir) = (library.path().to_owned(), hub.data_dir());
    let refused = tokio::task::spawn_blocking(move || {
        Command::new(BINARY)
            .args(["scan", "--library"])
            .arg(path)
            .arg("--data-dir")
            .arg(data_dir)
            .output()
            .expect("run music-hub scan")
    })
    .await
    .expect("the command ran");
    assert_eq!(
        hub.hub.scanner.running().map(|r| r.id),
        Some(running.id.clone()),
        "the hub scanned all along (a library too small for this machine?)"
    );
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success(), "{stderr}");
    assert!(stderr.contains("is scanning"), "{stderr}");
    assert_eq!(
        crate::scan::run_status(&hub.hub.db, &running.id)
            .await
            .as_deref(),
        Some("running")
    );
    let status = crate::common::finished_scan(&hub).await;
    assert_eq!(
        (status["scanId"].as_str(), status["state"].as_str()),
        (Some(running.id.as_str()), Some("completed")),
        "{status}"
    );
    assert_eq!(status["added"], 3000, "{status}");
}

/// Runs `music-hub playlist ARGS... --data-dir DIR` off the async workers (the hub under
/// test answers on them meanwhile).
async fn playlist_command(args: Vec<std::ffi::OsString>) -> std::process::Output {
    tokio::task::spawn_blocking(move || {
        Command::new(BINARY)
            .arg("playlist")
            .args(args)
            .output()
            .expect("run music-hub playlist")
    })
    .await
    .expect("the command ran")
}

fn os(items: &[&dyn AsRef<std::ffi::OsStr>]) -> Vec<std::ffi::OsString> {
    items.iter().map(|i| i.as_ref().to_owned()).collect()
}

#[tokio::test]
async fn playlist_import_and_export_work_from_the_terminal_beside_a_running_hub() {
    use crate::common::{all_tracks, by_title, finished_scan, json_with_status};

    let library = crate::common::fixture_library();
    let hub = crate::common::hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let id = |title: &str| tracks[title]["id"].as_str().expect("id").to_owned();
    let (a, c) = (id("Crazy in Love"), id("Single Ladies (Put a Ring on It)"));
    let data_dir = hub.data_dir();
    let music = library.path().join("Music");
    let single_ladies = music.join("Beyoncé/I Am... Sasha Fierce/2-01 Single Ladies.flac");

    // A file outside the library: an absolute line, one relative to the file's own folder,
    // one by "artist - title", one that matches nothing.
    let elsewhere = tempfile::tempdir().expect("temp");
    let library_name = library
        .path()
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let file = elsewhere.path().join("Road trip.m3u8");
    std::fs::write(
        &file,
        format!(
            "#EXTM3U\n{}\n../{library_name}/Music/Beyoncé/Dangerously in Love/01 Crazy in Love.mp3\n\
             #EXTINF:236,Beyoncé feat. Jay-Z - Crazy in Love\n/old/disk/crazy.mp3\n\
             #EXTINF:1,Nobody - Nothing\nnowhere/gone.mp3\n",
            single_ladies.to_string_lossy()
        ),
    )
    .expect("write the playlist file");

    let imported = playlist_command(os(&[&"import", &file, &"--data-dir", &data_dir])).await;
    let stdout = String::from_utf8_lossy(&imported.stdout).into_owned();
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert!(
        stdout.contains("\"Road trip\"") && stdout.contains("3 tracks, 1 lines matched none"),
        "{stdout}"
    );
    assert!(
        stdout.contains("line 7: nowhere/gone.mp3 (Nobody - Nothing)"),
        "{stdout}"
    );
    let playlist_id = stdout
        .split(['(', ')'])
        .find(|part| part.starts_with("pl_"))
        .expect("the new playlist's id")
        .to_owned();
    // The running hub reads it from the same database.
    let detail =
        json_with_status(hub.get(&format!("/api/playlists/{playlist_id}")).await, 200).await;
    let entries: Vec<&str> = detail["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["trackId"].as_str().expect("trackId"))
        .collect();
    assert_eq!(entries, [c.as_str(), a.as_str(), a.as_str()]);
    assert_eq!(detail["playlist"]["readOnly"], false);

    // --name wins over the file's.
    let named = playlist_command(os(&[
        &"import",
        &file,
        &"--name",
        &"Holiday",
        &"--data-dir",
        &data_dir,
    ]))
    .await;
    assert!(named.status.success());
    assert!(String::from_utf8_lossy(&named.stdout).contains("\"Holiday\""));

    // Export: to a file, and the same to standard output, with this machine's paths.
    let out = elsewhere.path().join("out.m3u8");
    let exported = playlist_command(os(&[
        &"export",
        &playlist_id,
        &"--output",
        &out,
        &"--data-dir",
        &data_dir,
    ]))
    .await;
    assert!(
        exported.status.success(),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    let text = std::fs::read_to_string(&out).expect("the exported file");
    assert!(text.starts_with("#EXTM3U\n"), "{text}");
    assert!(text.contains("#PLAYLIST:Road trip"), "{text}");
    let paths: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(paths.len(), 3, "{text}");
    assert_eq!(
        paths[0],
        single_ladies
            .canonicalize()
            .expect("path")
            .to_string_lossy()
    );
    let printed = playlist_command(os(&[&"export", &playlist_id, &"--data-dir", &data_dir])).await;
    assert_eq!(String::from_utf8_lossy(&printed.stdout), text);

    // Clear refusals, and nothing is made.
    let refusals: [(Vec<std::ffi::OsString>, &str); 4] = [
        (
            os(&[&"export", &"pl_nope", &"--data-dir", &data_dir]),
            "No playlist has this id",
        ),
        (
            os(&[
                &"import",
                &elsewhere.path().join("none.m3u"),
                &"--data-dir",
                &data_dir,
            ]),
            "cannot read",
        ),
        (
            os(&[&"import", &file, &"--name", &"  ", &"--data-dir", &data_dir]),
            "must not be blank",
        ),
        (
            os(&[&"import", &file, &"--data-dir", &elsewhere.path()]),
            "no database",
        ),
    ];
    for (args, says) in refusals {
        let refused = playlist_command(args).await;
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(!refused.status.success(), "{stderr}");
        assert!(stderr.contains(says), "{stderr}");
    }
    assert!(!elsewhere.path().join(music_hub::db::DATABASE_FILE).exists());
    let listed = json_with_status(hub.get("/api/playlists").await, 200).await;
    assert_eq!(listed["total"], 2, "{listed}");
    hub.stop().await;
}
