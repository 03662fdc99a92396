//! A read-only data dir is reported, not a stream of `500`s: the hub says `readOnly`, serves
//! reads, answers every write with `503 database_unavailable` and `Retry-After`, and
//! becomes healthy by itself once it may write there again. It used to stay `healthy`
//! while every write failed with `500`.
//!
//! The data dir is made read-only the way it happens to people, by the file system: a
//! read-only bind mount of the test's own temp dir (root in CI; elsewhere the tests are
//! skipped, as the file modes a non-root user could change do not bind an open file).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use music_hub::clock::SystemClock;
use serde_json::{json, Value};

use crate::common::{
    api_error, cannot_run, finished_scan, fixture_library, json_with_status, start_scan, TestHub,
};

/// The data dir mounted read-only over itself; the mount goes on drop.
struct ReadOnlyMount {
    dir: PathBuf,
}

impl ReadOnlyMount {
    fn over(dir: &Path) -> Result<ReadOnlyMount, String> {
        let dir_arg = dir.to_string_lossy().into_owned();
        run("mount", &["--bind", &dir_arg, &dir_arg])?;
        let mount = ReadOnlyMount {
            dir: dir.to_owned(),
        };
        run("mount", &["-o", "remount,bind,ro", &dir_arg])?;
        Ok(mount)
    }
}

impl Drop for ReadOnlyMount {
    fn drop(&mut self) {
        let _ = run("umount", &["-l", &self.dir.to_string_lossy()]);
    }
}

fn run(program: &str, args: &[&str]) -> Result<(), String> {
    let out = Command::new(program)
        .args(args)
        .output()
        .map_err(|e| format!("{program}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{program} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// Whether this machine lets the test mount (root with CAP_SYS_ADMIN), found by trying.
fn can_mount(test: &str) -> bool {
    let probe = tempfile::tempdir().expect("temp");
    match ReadOnlyMount::over(probe.path()) {
        Ok(_) => true,
        Err(reason) => {
            cannot_run(test, &format!("cannot make a read-only mount: {reason}"));
            false
        }
    }
}

async fn hub_in(data_dir: &Path, library: &Path) -> TestHub {
    let music = library.join("Music");
    TestHub::start_custom(
        Some(data_dir),
        std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
        },
        Arc::new(SystemClock),
    )
    .await
}

async fn health(hub: &TestHub) -> Value {
    json_with_status(hub.get("/api/info").await, 200).await["databaseHealth"].clone()
}

/// Polls `/api/info` until the database's status is `status`.
async fn health_becomes(hub: &TestHub, status: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let now = health(hub).await;
        if now["status"] == status {
            return now;
        }
        assert!(Instant::now() < deadline, "not {status} after 15 s: {now}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn create_playlist(hub: &TestHub, name: &str) -> reqwest::Response {
    hub.client
        .post(hub.url("/api/playlists"))
        .json(&json!({ "name": name }))
        .send()
        .await
        .expect("post")
}

async fn playlist_names(hub: &TestHub) -> Vec<String> {
    let list = json_with_status(hub.get("/api/playlists").await, 200).await;
    let mut names: Vec<String> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|p| p["name"].as_str().map(str::to_owned))
        .collect();
    names.sort();
    names
}

async fn track_total(hub: &TestHub) -> u64 {
    json_with_status(hub.get("/api/tracks?limit=1").await, 200).await["total"]
        .as_u64()
        .expect("total")
}

/// Every kind of write the person can make is refused with 503 and `Retry-After`, and
/// nothing else is lost: what is there is served.
async fn refuses_writes_and_serves_reads(hub: &TestHub, tracks: u64, playlists: &[&str]) {
    let refused = create_playlist(hub, "Refused").await;
    assert!(
        refused.headers().contains_key("retry-after"),
        "{} {:?}",
        refused.status(),
        refused.text().await
    );
    let body = api_error(refused, 503, "database_unavailable").await;
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("readOnly"),
        "{body}"
    );
    api_error(
        start_scan(hub, json!({})).await,
        503,
        "database_unavailable",
    )
    .await;
    let rebuild = hub
        .client
        .post(hub.url("/api/database/rebuild"))
        .json(&json!({ "force": true }))
        .send()
        .await
        .expect("rebuild");
    api_error(rebuild, 503, "database_unavailable").await;

    assert_eq!(track_total(hub).await, tracks);
    assert_eq!(playlist_names(hub).await, playlists);
    json_with_status(hub.get("/api/playback/session").await, 200).await;
}

#[tokio::test]
async fn a_data_dir_that_becomes_read_only_serves_reads_then_recovers_by_itself() {
    if !can_mount("a_data_dir_that_becomes_read_only_serves_reads_then_recovers_by_itself") {
        return;
    }
    let library = fixture_library();
    let data = tempfile::tempdir().expect("temp");
    let hub = hub_in(data.path(), library.path()).await;
    finished_scan(&hub).await;
    let tracks = track_total(&hub).await;
    assert!(tracks > 0);
    assert_eq!(create_playlist(&hub, "Kept").await.status(), 201);

    let mount = ReadOnlyMount::over(data.path()).expect("read-only mount");
    // A write before the hub's own check notices goes through the files it holds open
    // (the mount refuses only new opens), so it is either acknowledged and kept, or
    // refused: never acknowledged and lost.
    let early = create_playlist(&hub, "Early").await.status().as_u16();
    assert!(matches!(early, 201 | 503), "{early}");
    let state = health_becomes(&hub, "readOnly").await;
    assert!(
        state["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("read-only file system"),
        "{state}"
    );
    let held: &[&str] = if early == 201 {
        &["Early", "Kept"]
    } else {
        &["Kept"]
    };
    refuses_writes_and_serves_reads(&hub, tracks, held).await;

    drop(mount);
    health_becomes(&hub, "healthy").await;
    assert_eq!(create_playlist(&hub, "After").await.status(), 201);
    let expected: &[&str] = if early == 201 {
        &["After", "Early", "Kept"]
    } else {
        &["After", "Kept"]
    };
    assert_eq!(playlist_names(&hub).await, expected);
    hub.stop().await;
}

#[tokio::test]
async fn a_hub_started_on_a_read_only_data_dir_serves_what_it_holds() {
    if !can_mount("a_hub_started_on_a_read_only_data_dir_serves_what_it_holds") {
        return;
    }
    let library = fixture_library();
    let data = tempfile::tempdir().expect("temp");
    let first = hub_in(data.path(), library.path()).await;
    finished_scan(&first).await;
    let tracks = track_total(&first).await;
    assert_eq!(create_playlist(&first, "Kept").await.status(), 201);
    first.stop().await;

    let mount = ReadOnlyMount::over(data.path()).expect("read-only mount");
    let hub = hub_in(data.path(), library.path()).await;
    let state = health(&hub).await;
    assert_eq!(state["status"], "readOnly", "{state}");
    refuses_writes_and_serves_reads(&hub, tracks, &["Kept"]).await;

    drop(mount);
    health_becomes(&hub, "healthy").await;
    assert_eq!(create_playlist(&hub, "After").await.status(), 201);
    assert_eq!(track_total(&hub).await, tracks);
    hub.stop().await;
}
