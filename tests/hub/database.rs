//! Database health: a damaged, truncated or locked file never crashes the hub or is lost,
//! data routes answer 503 while it is faulted, and a rebuild archives it byte for byte.

use std::path::Path;

use diesel::connection::SimpleConnection;
use diesel::{Connection, SqliteConnection};

use crate::common::{api_error, json_with_status, TestHub};

const DB: &str = "music-hub.db";

async fn health(hub: &TestHub) -> serde_json::Value {
    json_with_status(hub.get("/api/info").await, 200).await["databaseHealth"].clone()
}

async fn rebuild(hub: &TestHub, body: Option<serde_json::Value>) -> reqwest::Response {
    let call = hub.client.post(hub.url("/api/database/rebuild"));
    let call = match body {
        Some(body) => call.json(&body),
        None => call,
    };
    call.send().await.expect("rebuild request")
}

/// Starts a hub on a data dir holding `files`, expects it faulted, and checks the whole
/// recovery path: 503 on data routes, the rebuild, the exact archive, healthy again.
async fn recovers_from(files: &[(&str, Vec<u8>)], expect_detail: &str) {
    let dir = tempfile::tempdir().expect("temp");
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).expect("write fixture");
    }
    let hub = TestHub::start_in(dir.path()).await;

    let state = health(&hub).await;
    assert_eq!(state["status"], "faulted", "{state}");
    let detail = state["detail"].as_str().unwrap_or_default().to_lowercase();
    assert!(
        detail.contains(expect_detail),
        "detail {detail:?} should mention {expect_detail:?}"
    );

    // Liveness and info still answer; data routes do not.
    assert_eq!(hub.get("/api/ping").await.status(), 200);
    api_error(hub.get("/api/tracks").await, 503, "database_unavailable").await;
    api_error(
        hub.get("/api/library/stats").await,
        503,
        "database_unavailable",
    )
    .await;

    // Nothing touched the faulted files, and nothing was added beside them.
    for (name, bytes) in files {
        let now = std::fs::read(dir.path().join(name)).expect("still there");
        assert!(
            &now == bytes,
            "{name} changed ({} bytes, was {})",
            now.len(),
            bytes.len()
        );
    }
    let mut present: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(DB))
        .collect();
    present.sort();
    let mut given: Vec<String> = files.iter().map(|(n, _)| n.to_string()).collect();
    given.sort();
    assert_eq!(
        present, given,
        "the health check created files beside the database"
    );

    // The rebuild from the reference: a bare POST, no body.
    let result = json_with_status(rebuild(&hub, None).await, 200).await;
    let archived_to = result["archivedTo"]
        .as_str()
        .expect("archivedTo")
        .to_owned();
    assert!(archived_to.starts_with("archive/"), "{archived_to}");
    assert_eq!(result["databaseHealth"]["status"], "healthy", "{result}");
    let mut archived: Vec<String> = result["archivedFiles"]
        .as_array()
        .expect("archivedFiles")
        .iter()
        .map(|f| f.as_str().expect("name").to_owned())
        .collect();
    archived.sort();
    let mut expected: Vec<String> = files.iter().map(|(n, _)| n.to_string()).collect();
    expected.sort();
    assert_eq!(archived, expected);
    for (name, bytes) in files {
        let kept = std::fs::read(dir.path().join(&archived_to).join(name)).expect("archived copy");
        assert!(&kept == bytes, "{name} was not archived byte for byte");
    }

    assert_eq!(health(&hub).await["status"], "healthy");
    // The data routes answer again, from the fresh, empty database.
    let page = json_with_status(hub.get("/api/tracks").await, 200).await;
    assert_eq!(page["total"], 0);
    hub.stop().await;
}

#[tokio::test]
async fn a_garbage_file_is_faulted_then_archived_by_a_rebuild() {
    let garbage = b"this is not a database, it is a shopping list: milk, eggs".repeat(100);
    recovers_from(&[(DB, garbage)], "not a database").await;
}

#[tokio::test]
async fn a_garbage_file_moves_with_its_wal_and_shm() {
    let files = [
        (
            DB,
            b"SQLite format 3\0 but then nothing sensible".repeat(50),
        ),
        ("music-hub.db-wal", vec![0xAB; 4096]),
        ("music-hub.db-shm", vec![0x00; 32768]),
    ];
    recovers_from(&files, "page size").await;
}

#[tokio::test]
async fn a_truncated_database_is_faulted_then_archived() {
    // A real database, cut short as a crash or a full disk would leave it.
    let dir = tempfile::tempdir().expect("temp");
    let hub = TestHub::start_in(dir.path()).await;
    assert_eq!(health(&hub).await["status"], "healthy");
    hub.stop().await;
    let bytes = std::fs::read(dir.path().join(DB)).expect("db bytes");
    assert!(
        bytes.len() > 8192,
        "the migrated database has several pages"
    );
    let truncated = bytes[..bytes.len() / 2].to_vec();
    recovers_from(&[(DB, truncated)], "truncated").await;
}

#[tokio::test]
async fn a_database_with_damaged_pages_is_faulted_then_archived() {
    // A real database whose header is intact but whose pages past the first are overwritten:
    // only SQLite's own integrity check can tell.
    let dir = tempfile::tempdir().expect("temp");
    let hub = TestHub::start_in(dir.path()).await;
    hub.stop().await;
    let mut bytes = std::fs::read(dir.path().join(DB)).expect("db bytes");
    let page_size = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    for (i, b) in bytes[page_size..].iter_mut().enumerate() {
        *b = (i % 251) as u8;
    }
    recovers_from(&[(DB, bytes)], "malformed").await;
}

/// A lock held by another program is not a fault: the hub says it is unavailable and why,
/// asks callers to retry, leaves the file alone, and becomes healthy by itself once the
/// lock is released (it used to stay faulted for ever, and the offered cure lost data).
#[tokio::test]
async fn a_locked_database_is_unavailable_then_recovers_by_itself() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join(DB);
    let mut holder = SqliteConnection::establish(&path.to_string_lossy()).expect("open");
    holder
        .batch_execute(
            "PRAGMA journal_mode = DELETE; CREATE TABLE t (x); \
             BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);",
        )
        .expect("hold an exclusive lock");
    let before = std::fs::read(&path).expect("bytes");

    let hub = TestHub::start_in(dir.path()).await;
    let state = health(&hub).await;
    assert_eq!(state["status"], "unavailable", "{state}");
    assert!(
        state["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("locked"),
        "{state}"
    );
    let refused = hub.get("/api/tracks").await;
    assert!(refused.headers().contains_key("retry-after"));
    api_error(refused, 503, "database_unavailable").await;
    assert_eq!(std::fs::read(&path).expect("bytes"), before);

    holder.batch_execute("ROLLBACK;").expect("release");
    drop(holder);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while health(&hub).await["status"] != "healthy" {
        assert!(
            std::time::Instant::now() < deadline,
            "still {} after the lock was released",
            health(&hub).await
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    json_with_status(hub.get("/api/tracks").await, 200).await;
    hub.stop().await;
    assert!(Path::new(&path).exists());
}

/// A write that meets another program's write lock past the busy timeout is a 503 with
/// `Retry-After`, not a 500, and the hub stays healthy.
#[tokio::test]
async fn a_write_blocked_by_another_program_is_503_with_retry_after() {
    let dir = tempfile::tempdir().expect("temp");
    let hub = TestHub::start_in(dir.path()).await;
    let mut holder =
        SqliteConnection::establish(&dir.path().join(DB).to_string_lossy()).expect("open");
    holder
        .batch_execute("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE;")
        .expect("hold the write lock");
    let blocked = hub
        .client
        .post(hub.url("/api/playlists"))
        .json(&serde_json::json!({"name": "Blocked"}))
        .send()
        .await
        .expect("post");
    assert!(blocked.headers().contains_key("retry-after"));
    api_error(blocked, 503, "database_unavailable").await;
    holder.batch_execute("ROLLBACK;").expect("release");
    assert_eq!(health(&hub).await["status"], "healthy");
    let created = hub
        .client
        .post(hub.url("/api/playlists"))
        .json(&serde_json::json!({"name": "Now"}))
        .send()
        .await
        .expect("post");
    assert_eq!(created.status(), 201);
    hub.stop().await;
}

#[tokio::test]
async fn a_healthy_database_is_only_rebuilt_with_force() {
    let hub = TestHub::start().await;
    api_error(rebuild(&hub, None).await, 409, "database_healthy").await;
    api_error(
        rebuild(&hub, Some(serde_json::json!({}))).await,
        409,
        "database_healthy",
    )
    .await;
    api_error(
        rebuild(&hub, Some(serde_json::json!({"force": false}))).await,
        409,
        "database_healthy",
    )
    .await;
    assert!(
        !hub.data_dir().join("archive").exists(),
        "nothing may be archived without force"
    );

    let result = json_with_status(
        rebuild(&hub, Some(serde_json::json!({"force": true}))).await,
        200,
    )
    .await;
    let archived_to = result["archivedTo"].as_str().expect("archivedTo");
    assert!(hub.data_dir().join(archived_to).join(DB).exists());
    assert_eq!(health(&hub).await["status"], "healthy");
    // Two rebuilds in the same second get two archives, never one overwriting the other.
    let second = json_with_status(
        rebuild(&hub, Some(serde_json::json!({"force": true}))).await,
        200,
    )
    .await;
    assert_ne!(second["archivedTo"], result["archivedTo"]);
    assert!(hub.data_dir().join(archived_to).join(DB).exists());
}

#[tokio::test]
async fn a_rebuild_with_a_bad_body_is_a_400_and_changes_nothing() {
    let hub = TestHub::start().await;
    let bad_json = hub
        .client
        .post(hub.url("/api/database/rebuild"))
        .header("Content-Type", "application/json")
        .body("{\"force\": tru")
        .send()
        .await
        .expect("request");
    api_error(bad_json, 400, "invalid_body").await;
    let wrong_type = hub
        .client
        .post(hub.url("/api/database/rebuild"))
        .json(&serde_json::json!({"force": "yes"}))
        .send()
        .await
        .expect("request");
    api_error(wrong_type, 400, "invalid_body").await;
    let not_json = hub
        .client
        .post(hub.url("/api/database/rebuild"))
        .header("Content-Type", "text/plain")
        .body("force")
        .send()
        .await
        .expect("request");
    api_error(not_json, 415, "unsupported_media_type").await;
    assert!(!hub.data_dir().join("archive").exists());
}

#[tokio::test]
async fn a_remote_caller_cannot_rebuild() {
    let hub = TestHub::start().await;
    let response = hub
        .client
        .post(hub.url("/api/database/rebuild"))
        .header("X-Forwarded-For", "203.0.113.7")
        .json(&serde_json::json!({"force": true}))
        .send()
        .await
        .expect("request");
    api_error(response, 403, "local_only").await;
    assert!(!hub.data_dir().join("archive").exists());
}

/// A database file deleted while the hub runs is noticed within seconds: no write is
/// acknowledged after it, what the hub still held is saved in an archive folder, and the
/// rebuild carries the person's data over from that copy (it used to stay "healthy" while
/// acknowledged writes went to the unlinked file and vanished at restart).
#[tokio::test]
async fn a_deleted_database_is_noticed_and_its_data_carried_over() {
    let dir = tempfile::tempdir().expect("temp");
    let hub = TestHub::start_in(dir.path()).await;
    let created = hub
        .client
        .post(hub.url("/api/playlists"))
        .json(&serde_json::json!({"name": "Kept"}))
        .send()
        .await
        .expect("post");
    assert_eq!(created.status(), 201);
    for name in [DB, "music-hub.db-wal", "music-hub.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(name));
    }
    // Calls at once, so that the pool opens new connections while the file is gone.
    let calls: Vec<_> = (0..6).map(|_| hub.get("/api/tracks")).collect();
    futures_util::future::join_all(calls).await;

    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let state = loop {
        let state = health(&hub).await;
        if state["status"] != "healthy" {
            break state;
        }
        assert!(std::time::Instant::now() < deadline, "never noticed");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(state["status"], "faulted", "{state}");
    assert!(state["detail"].to_string().contains("deleted or replaced"));
    let refused = hub
        .client
        .post(hub.url("/api/playlists"))
        .json(&serde_json::json!({"name": "Lost"}))
        .send()
        .await
        .expect("post");
    api_error(refused, 503, "database_unavailable").await;
    // Calls in the window before it was noticed opened new connections: none of them
    // made an empty database at the path to answer from.
    assert!(
        !dir.path().join(DB).exists(),
        "an empty database was created"
    );

    let result = json_with_status(rebuild(&hub, None).await, 200).await;
    let playlists = result["carriedOver"]
        .as_array()
        .expect("carriedOver")
        .iter()
        .find(|t| t["table"] == "playlists")
        .cloned()
        .unwrap_or_else(|| panic!("no playlists in {result}"));
    assert_eq!(playlists["rows"], 1, "{result}");
    assert_eq!(health(&hub).await["status"], "healthy");
    hub.stop().await;
}
