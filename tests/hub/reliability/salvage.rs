//! A rebuild carries the person's data over from the archived database: through a forced
//! rebuild of a healthy database, and through the rebuild of one with a damaged page, where
//! only the rows on that page are lost. `music-hub db salvage` does the same from the
//! terminal.

use std::path::Path;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::sql_types::BigInt;
use diesel::{Connection, QueryableByName, RunQueryDsl, SqliteConnection};
use music_hub::clock::{ManualClock, SharedClock};
use serde_json::{json, Value};

use crate::common::{
    all_tracks, by_title, finished_scan, fixture_library, hub_on_with_clock, json_with_status,
    paired, remote, TestHub,
};

const DB: &str = "music-hub.db";

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn open(data_dir: &Path) -> SqliteConnection {
    let mut conn =
        SqliteConnection::establish(&data_dir.join(DB).to_string_lossy()).expect("open db");
    conn.batch_execute("PRAGMA busy_timeout = 5000;")
        .expect("busy timeout");
    conn
}

fn count(data_dir: &Path, sql: &str) -> i64 {
    let rows: Vec<Count> = diesel::sql_query(sql)
        .load(&mut open(data_dir))
        .expect("count");
    rows[0].n
}

/// `carriedOver` as (table → (rows, unreadableRows)).
fn carried(result: &Value) -> std::collections::BTreeMap<String, (i64, i64)> {
    result["carriedOver"]
        .as_array()
        .expect("carriedOver")
        .iter()
        .map(|t| {
            (
                t["table"].as_str().expect("table").to_owned(),
                (
                    t["rows"].as_i64().expect("rows"),
                    t["unreadableRows"].as_i64().expect("unreadable"),
                ),
            )
        })
        .collect()
}

async fn rebuild(hub: &TestHub, body: Value) -> Value {
    let response = hub
        .client
        .post(hub.url("/api/database/rebuild"))
        .json(&body)
        .send()
        .await
        .expect("rebuild");
    json_with_status(response, 200).await
}

#[tokio::test]
async fn a_forced_rebuild_keeps_playlists_devices_session_history_saved_and_searches() {
    let library = fixture_library();
    // A playlist file in the library: its playlist is carried too, and the rescan after
    // the rebuild follows it again under its id rather than making a second one.
    std::fs::write(
        library
            .path()
            .join("Music/Beyoncé/Dangerously in Love/mix.m3u8"),
        "01 Crazy in Love.mp3\n",
    )
    .expect("write a playlist file");
    let clock = ManualClock::starting_now();
    let shared: SharedClock = clock.clone();
    let hub = hub_on_with_clock(library.path(), false, shared).await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let id = |title: &str| tracks[title]["id"].as_str().expect("id").to_owned();
    let (a, b, c) = (
        id("Crazy in Love"),
        id("If I Were a Boy"),
        id("Single Ladies (Put a Ring on It)"),
    );

    // What a person makes: a paired phone, a playlist, a session with a play in history, a
    // search, a saved track (its routes are not built yet, so it is written directly).
    let tokens = paired(&hub, "phone-1").await;
    let created = hub
        .client
        .post(hub.url("/api/playlists"))
        .json(&json!({"name": "Road trip", "trackIds": [a, b]}))
        .send()
        .await
        .expect("create playlist");
    let playlist = json_with_status(created, 201).await;
    let playlist_id = playlist["playlist"]["id"]
        .as_str()
        .expect("playlist id")
        .to_owned();
    let session = "/api/playback/session";
    let put = |body: Value| hub.client.put(hub.url(session)).json(&body).send();
    json_with_status(
        put(json!({"queueTrackIds": [a, b], "currentIndex": 0, "state": "playing"}))
            .await
            .expect("start"),
        200,
    )
    .await;
    clock.advance(Duration::from_secs(600));
    let before = json_with_status(put(json!({"currentIndex": 1})).await.expect("next"), 200).await;
    json_with_status(hub.get("/api/search?q=crazy").await, 200).await;
    open(&hub.data_dir())
        .batch_execute(&format!(
            "INSERT INTO saved_items (kind, item_id, saved_at) VALUES ('track', '{c}', 1)"
        ))
        .expect("save a track");
    let played = json_with_status(hub.get(&format!("/api/track/{a}")).await, 200).await;
    assert_eq!(played["playCount"], 1, "{played}");

    let result = rebuild(&hub, json!({"force": true})).await;
    let carried = carried(&result);
    for (table, rows) in [
        ("devices", 1),
        ("playlists", 2),
        ("playlist_entries", 3),
        ("saved_items", 1),
        ("playback_sessions", 1),
        ("playback_history", 1),
        ("search_history", 1),
    ] {
        assert_eq!(carried[table], (rows, 0), "{table}: {result}");
    }
    assert!(carried["refresh_tokens"].0 >= 1, "{result}");
    finished_scan(&hub).await;

    // The session is the one that was, at the same revision.
    let after = json_with_status(hub.get(session).await, 200).await;
    for field in ["revision", "currentIndex", "state"] {
        assert_eq!(after[field], before[field], "{field}");
    }
    let queue = |session: &Value| -> Vec<(Value, Value, Value)> {
        session["queue"]
            .as_array()
            .expect("queue")
            .iter()
            .map(|t| {
                (
                    t["id"].clone(),
                    t["playCount"].clone(),
                    t["lastPlayedAt"].clone(),
                )
            })
            .collect()
    };
    // Play counts and last plays follow the history onto the tracks the rescan made again.
    assert_eq!(queue(&after), queue(&before));
    let listed = json_with_status(hub.get("/api/playlists").await, 200).await;
    assert_eq!(listed["total"], 2, "{listed}");
    let followed: Vec<&Value> = listed["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|p| p["readOnly"] == true)
        .collect();
    assert_eq!(followed.len(), 1, "{listed}");
    assert_eq!(followed[0]["trackCount"], 1, "{listed}");
    // The playlist takes more tracks under its old id.
    let grown = hub
        .client
        .post(hub.url(&format!("/api/playlists/{playlist_id}/tracks")))
        .json(&json!({"trackIds": [c]}))
        .send()
        .await
        .expect("add");
    let grown = json_with_status(grown, 200).await;
    assert_eq!(
        grown["entries"].as_array().map(Vec::len),
        Some(3),
        "{grown}"
    );
    // The phone's tokens still work: its access token, and a refresh.
    let access = tokens["accessToken"].as_str().expect("access");
    let listed = remote(&hub, reqwest::Method::GET, "/api/tracks?limit=1")
        .bearer_auth(access)
        .send()
        .await
        .expect("remote call");
    assert_eq!(listed.status(), 200);
    let refreshed = remote(&hub, reqwest::Method::POST, "/api/auth/refresh")
        .json(&json!({"deviceId": "phone-1", "refreshToken": tokens["refreshToken"]}))
        .send()
        .await
        .expect("refresh");
    json_with_status(refreshed, 200).await;
    // The play count follows the history onto the track made again by the rescan.
    let replayed = json_with_status(hub.get(&format!("/api/track/{a}")).await, 200).await;
    assert_eq!(replayed["playCount"], 1, "{replayed}");
    let history = json_with_status(hub.get("/api/search/history").await, 200).await;
    assert!(history.to_string().contains("crazy"), "{history}");
    assert_eq!(
        count(&hub.data_dir(), "SELECT count(*) AS n FROM saved_items"),
        1
    );
    hub.stop().await;
}

/// The page numbers of the leaves under a table's root, read from SQLite's file format:
/// an interior table page (type 5) lists its children in its cells and its header.
fn leaf_pages(bytes: &[u8], page_size: usize, root: usize) -> Vec<usize> {
    let page = &bytes[(root - 1) * page_size..root * page_size];
    assert_eq!(page[0], 5, "the table has grown past one page");
    let be16 = |at: usize| usize::from(u16::from_be_bytes([page[at], page[at + 1]]));
    let be32 = |at: usize| {
        u32::from_be_bytes([page[at], page[at + 1], page[at + 2], page[at + 3]]) as usize
    };
    let cells = be16(3);
    let mut children: Vec<usize> = (0..cells).map(|i| be32(be16(12 + 2 * i))).collect();
    children.push(be32(8));
    children
}

#[tokio::test]
async fn a_damaged_page_costs_only_the_rows_on_it() {
    let dir = tempfile::tempdir().expect("temp");
    let hub = TestHub::start_in(dir.path()).await;
    hub.stop().await;
    const PLAYLISTS: i64 = 3000;
    let mut conn = open(dir.path());
    conn.batch_execute(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {PLAYLISTS})
         INSERT INTO playlists (id, name, created_at, updated_at)
             SELECT printf('pl_%05d', i), printf('Playlist %05d for a long drive home', i), i, i
             FROM n;
         INSERT INTO playlist_entries (id, playlist_id, track_id, position, added_at)
             SELECT 'ple_' || substr(id, 4), id, 'trk_gone', 0, 1 FROM playlists;
         PRAGMA wal_checkpoint(TRUNCATE);"
    ))
    .expect("seed playlists");
    let root = count(
        dir.path(),
        "SELECT rootpage AS n FROM sqlite_master WHERE name = 'playlists'",
    ) as usize;
    drop(conn);

    let path = dir.path().join(DB);
    let mut bytes = std::fs::read(&path).expect("db bytes");
    let page_size = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    let leaves = leaf_pages(&bytes, page_size, root);
    assert!(leaves.len() > 10, "{} leaves", leaves.len());
    let damaged = leaves[leaves.len() / 2];
    for (i, b) in bytes[(damaged - 1) * page_size..damaged * page_size]
        .iter_mut()
        .enumerate()
    {
        *b = (i % 251) as u8;
    }
    std::fs::write(&path, &bytes).expect("damage a page");

    let hub = TestHub::start_in(dir.path()).await;
    let info = json_with_status(hub.get("/api/info").await, 200).await;
    assert_eq!(info["databaseHealth"]["status"], "faulted", "{info}");
    let result = rebuild(&hub, json!({})).await;
    let carried = carried(&result);
    let (rows, unreadable) = carried["playlists"];
    // One leaf of a few dozen holds far fewer than a tenth of the rows.
    assert!(
        rows < PLAYLISTS && rows > PLAYLISTS * 9 / 10,
        "{rows} of {PLAYLISTS}: {result}"
    );
    assert!(unreadable >= 1, "{result}");
    // Entries of the lost playlists are dropped with them, and counted.
    assert_eq!(
        carried["playlist_entries"],
        (rows, PLAYLISTS - rows),
        "{result}"
    );
    assert_eq!(
        count(dir.path(), "SELECT count(*) AS n FROM playlists"),
        rows
    );
    // Rows on both sides of the damage made it.
    assert_eq!(
        count(
            dir.path(),
            &format!(
                "SELECT count(*) AS n FROM playlists WHERE id IN ('pl_00001', 'pl_{PLAYLISTS:05}')"
            )
        ),
        2
    );
    hub.stop().await;
}

#[tokio::test]
async fn db_salvage_adds_what_an_older_archive_holds_and_keeps_what_is_there() {
    let dir = tempfile::tempdir().expect("temp");
    let hub = TestHub::start_in(dir.path()).await;
    let created = hub
        .client
        .post(hub.url("/api/playlists"))
        .json(&json!({"name": "Kept from before"}))
        .send()
        .await
        .expect("create");
    json_with_status(created, 201).await;
    let result = rebuild(&hub, json!({"force": true})).await;
    let archived_to = result["archivedTo"].as_str().expect("archive").to_owned();
    // Lose the playlist from the live database, as an older hub's rebuild would have.
    open(dir.path())
        .batch_execute("DELETE FROM playlists")
        .expect("forget");
    hub.stop().await;

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_music-hub"))
        .args(["db", "salvage"])
        .arg(dir.path().join(&archived_to))
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .expect("run db salvage");
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{printed}");
    assert!(printed.contains("playlists"), "{printed}");
    assert_eq!(
        count(
            dir.path(),
            "SELECT count(*) AS n FROM playlists WHERE name = 'Kept from before'"
        ),
        1
    );
    // The live session row is kept; the archive's does not replace it.
    assert_eq!(
        count(dir.path(), "SELECT count(*) AS n FROM playback_sessions"),
        1
    );
}
