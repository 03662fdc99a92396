//! The scanner on a real hub: the committed fixtures and generated libraries, grouping,
//! incremental rescans, per-file errors, cancelling, the progress feed, the watcher, the
//! change feed, stable ids across a rebuild, and `music-hub scan`.

use std::collections::HashSet;
use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use music_hub::clock::SystemClock;
use music_hub::db::models::ScanRun;
use music_hub::db::schema::scan_runs::dsl as runs;
use music_hub::db::{scan_runs, Database};
use music_hub::library::generate;
use music_hub::library::job::Trigger;
use music_hub::library::lock::ScanLock;
use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, by_title, finished_scan, fixture_library, hub_on, json_with_status,
    start_scan, Sse, TestHub,
};

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["name"].as_str())
        .collect()
}

#[tokio::test]
async fn the_fixtures_are_grouped_the_way_users_expect() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let status = finished_scan(&hub).await;
    assert_eq!(status["state"], "completed", "{status}");
    assert_eq!(status["trigger"], "startup");
    assert_eq!(
        (status["filesTotal"].as_i64(), status["added"].as_i64()),
        (Some(10), Some(10))
    );
    assert_eq!(status["percent"], 100.0);

    let tracks = by_title(&all_tracks(&hub).await);
    assert_eq!(tracks.len(), 10, "{:?}", tracks.keys());

    // Multi-disc: two discs, one album, with the embedded picture as its cover.
    let boy = &tracks["If I Were a Boy"];
    let ladies = &tracks["Single Ladies (Put a Ring on It)"];
    assert_eq!(boy["album"]["id"], ladies["album"]["id"]);
    assert_eq!(
        (boy["discNumber"].as_i64(), ladies["discNumber"].as_i64()),
        (Some(1), Some(2))
    );
    let album_id = boy["album"]["id"].as_str().expect("album id");
    let album = json_with_status(hub.get(&format!("/api/album/{album_id}")).await, 200).await;
    assert_eq!(album["album"]["discCount"], 2);
    assert_eq!(album["album"]["year"], 2008);
    assert!(album["album"]["artworkId"].is_string(), "{album}");
    let order: Vec<&str> = album["tracks"]
        .as_array()
        .expect("tracks")
        .iter()
        .filter_map(|t| t["title"].as_str())
        .collect();
    assert_eq!(
        order,
        ["If I Were a Boy", "Single Ladies (Put a Ring on It)"]
    );
    assert_eq!(boy["genres"], json!(["Pop", "R&B"]));

    // A featured artist never splits the album, and is linked as an artist of the track.
    let crazy = &tracks["Crazy in Love"];
    assert_eq!(names(&crazy["albumArtists"]), ["Beyoncé"]);
    assert!(names(&crazy["artists"]).contains(&"Beyoncé"), "{crazy}");

    // A compilation without an album artist: one album under Various Artists.
    let first = &tracks["First Song"];
    let second = &tracks["Second Song"];
    assert_eq!(first["album"]["id"], second["album"]["id"]);
    assert_eq!(names(&first["albumArtists"]), ["Various Artists"]);
    assert_eq!(first["compilation"], true);
    assert_eq!(
        (first["format"].as_str(), second["format"].as_str()),
        (Some("ogg"), Some("opus"))
    );

    // No tags at all: the title and track number from the file name, the album from the
    // folder, and the file is never dropped.
    let lost = &tracks["Lost Track"];
    assert_eq!(lost["trackNumber"], 7);
    assert_eq!(lost["album"]["title"], "Untagged Folder");
    assert_eq!(names(&lost["artists"]), ["Unknown Artist"]);

    // Multi-valued artists, an ampersand that is one name, unicode, very long values.
    let long = tracks
        .iter()
        .find(|(title, _)| title.starts_with("A Very Long Title"))
        .map(|(_, t)| t)
        .expect("the long title");
    assert_eq!(names(&long["artists"]), ["Artist One", "Artist Two"]);
    assert!(long["title"].as_str().is_some_and(|t| t.len() > 500));
    assert_eq!(
        names(&tracks["Bridge over Troubled Water"]["artists"]),
        ["Simon & Garfunkel"]
    );
    assert_eq!(tracks["Bridge over Troubled Water"]["format"], "m4a");
    assert_eq!(names(&tracks["夜に駆ける"]["artists"]), ["YOASOBI"]);
    assert_eq!(tracks["Old School"]["year"], 1999, "ID3v1 only");

    // Folder artwork wins over the embedded picture.
    let book = json_with_status(
        hub.get(&format!(
            "/api/album/{}",
            tracks["夜に駆ける"]["album"]["id"].as_str().expect("id")
        ))
        .await,
        200,
    )
    .await;
    assert!(book["album"]["artworkId"].is_string(), "{book}");

    // Search reaches what the scan wrote.
    let found = json_with_status(hub.get("/api/search?q=beyonce&record=false").await, 200).await;
    assert_eq!(names(&found["artists"]), ["Beyoncé"]);

    // The stats agree.
    let stats = json_with_status(hub.get("/api/library/stats").await, 200).await;
    assert_eq!(
        (stats["trackCount"].as_i64(), stats["albumCount"].as_i64()),
        (Some(10), Some(8))
    );
    assert_eq!(stats["lastScan"]["scanId"], status["scanId"]);
}

#[tokio::test]
async fn rescans_pick_up_added_changed_moved_and_deleted_files_and_keep_ids() {
    let library = fixture_library();
    let music = library.path().join("Music");
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let before = by_title(&all_tracks(&hub).await);

    // Nothing changed: nothing is read again.
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    let unchanged = finished_scan(&hub).await;
    assert_eq!(unchanged["filesUnchanged"], 10, "{unchanged}");
    assert_eq!(
        (unchanged["added"].as_i64(), unchanged["updated"].as_i64()),
        (Some(0), Some(0))
    );

    // Added, changed, moved, deleted, and one corrupt file.
    let added = generate::track(3);
    generate::generate(&generate::fixtures_dir(), &music, 3..4).expect("generate");
    let changed_path = music.join("Old/Version One/old.mp3");
    let mut retagged = generate::track(0);
    retagged.title = "Old School (Remastered)".into();
    retagged.artist = "Version One Artist".into();
    retagged.album = "Version One".into();
    generate::retag(&changed_path, &retagged).expect("retag");
    std::fs::rename(
        music.join("YOASOBI/THE BOOK/01 夜に駆ける.m4a"),
        music.join("YOASOBI/THE BOOK/01 Yoru ni Kakeru.m4a"),
    )
    .expect("move");
    std::fs::remove_file(music.join("Untagged Folder/07 - Lost Track.wav")).expect("delete");
    std::fs::write(music.join("Broken.flac"), b"fLaC but not really").expect("corrupt");

    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    let rescan = finished_scan(&hub).await;
    assert_eq!(rescan["state"], "completed", "{rescan}");
    assert_eq!(
        rescan["added"], 2,
        "the new file and the moved one: {rescan}"
    );
    assert_eq!(rescan["updated"], 1, "{rescan}");
    assert_eq!(
        rescan["removed"], 2,
        "the deleted file and the moved one's old path: {rescan}"
    );
    assert_eq!(rescan["errorCount"], 1, "{rescan}");
    assert_eq!(rescan["errors"][0]["path"], "music/Broken.flac");
    assert_eq!(rescan["errors"][0]["error"], "unreadable_tags");

    let after = by_title(&all_tracks(&hub).await);
    assert_eq!(after.len(), 10, "{:?}", after.keys());
    assert!(after.contains_key(&added.title));
    assert!(!after.contains_key("Lost Track"));
    // Changed in place: same id, new title.
    assert_eq!(
        after["Old School (Remastered)"]["id"],
        before["Old School"]["id"]
    );
    // Untouched files keep their ids.
    assert_eq!(after["Crazy in Love"]["id"], before["Crazy in Love"]["id"]);
    // The moved file is the same song at a new path.
    assert_eq!(
        after["夜に駆ける"]["relativePath"],
        "music/YOASOBI/THE BOOK/01 Yoru ni Kakeru.m4a"
    );
    let gone = before["Lost Track"]["id"].as_str().expect("id");
    api_error(
        hub.get(&format!("/api/track/{gone}")).await,
        404,
        "not_found",
    )
    .await;
    // Its emptied album and artist went with it.
    let albums = json_with_status(hub.get("/api/albums?limit=500").await, 200).await;
    let titles: Vec<&Value> = albums["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|a| &a["title"])
        .collect();
    assert!(!titles.contains(&&json!("Untagged Folder")), "{titles:?}");
    // The library's totals, kept by the catalogue's triggers through all of that, agree
    // with the files and the lists.
    let stats = json_with_status(hub.get("/api/library/stats").await, 200).await;
    let size = |t: &Value| {
        let rel = t["relativePath"]
            .as_str()
            .and_then(|p| p.strip_prefix("music/"));
        std::fs::metadata(music.join(rel.expect("path under the root")))
            .expect("the track's file")
            .len()
    };
    let durations: i64 = after
        .values()
        .filter_map(|t| t["durationMs"].as_i64())
        .sum();
    assert_eq!(stats["trackCount"], 10, "{stats}");
    assert_eq!(
        stats["albumCount"].as_u64(),
        Some(titles.len() as u64),
        "{stats}"
    );
    assert_eq!(
        stats["totalBytes"],
        after.values().map(size).sum::<u64>(),
        "{stats}"
    );
    assert_eq!(stats["totalDurationMs"], durations, "{stats}");

    // A full rescan reads everything again and changes nothing.
    json_with_status(start_scan(&hub, json!({"full": true})).await, 202).await;
    let full = finished_scan(&hub).await;
    assert_eq!(
        (full["filesUnchanged"].as_i64(), full["updated"].as_i64()),
        (Some(0), Some(0)),
        "{full}"
    );
    assert_eq!(full["full"], true);
    // The broken file is still reported, and still never stops the scan.
    assert_eq!(full["errorCount"], 1);
}

/// A generated library of `tracks` files, in a temp dir.
pub(crate) fn generated_library(tracks: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp library");
    generate::generate(
        &generate::fixtures_dir(),
        &dir.path().join("Generated"),
        0..tracks,
    )
    .expect("generate");
    dir
}

#[tokio::test]
async fn a_generated_library_scans_completely_and_pages_exactly_once() {
    let library = generated_library(2000);
    let hub = hub_on(library.path(), false).await;
    let status = finished_scan(&hub).await;
    assert_eq!(
        (status["state"].as_str(), status["added"].as_i64()),
        (Some("completed"), Some(2000))
    );
    let tracks = all_tracks(&hub).await;
    let ids: HashSet<&str> = tracks.iter().filter_map(|t| t["id"].as_str()).collect();
    assert_eq!((tracks.len(), ids.len()), (2000, 2000));
    let spec = generate::track(1234);
    let track = tracks
        .iter()
        .find(|t| t["title"] == spec.title)
        .expect("track 1234");
    assert_eq!(names(&track["artists"]), [spec.artist.as_str()]);
    assert_eq!(track["album"]["title"], spec.album);
    let stats = json_with_status(hub.get("/api/library/stats").await, 200).await;
    assert_eq!(stats["albumCount"], 2000 / generate::TRACKS_PER_ALBUM);
    let genre = json_with_status(
        hub.get(&format!("/api/tracks?genre={}&limit=1", spec.genre))
            .await,
        200,
    )
    .await;
    assert!(
        genre["total"].as_i64().is_some_and(|n| n > 0 && n < 2000),
        "{genre}"
    );
}

#[tokio::test]
async fn one_scan_at_a_time_and_a_cancel_keeps_what_was_committed() {
    let library = generated_library(3000);
    let hub = hub_on(library.path(), false).await;
    // The start-up scan runs: a second start is refused, naming it.
    let running = json_with_status(hub.get("/api/scan/status").await, 200).await;
    assert_eq!(running["state"], "running", "{running}");
    let refused = api_error(start_scan(&hub, json!({})).await, 409, "scan_in_progress").await;
    assert_eq!(refused["details"]["scanId"], running["scanId"]);

    let cancelling = json_with_status(
        hub.client
            .post(hub.url("/api/scan/cancel"))
            .send()
            .await
            .expect("cancel"),
        202,
    )
    .await;
    assert!(
        matches!(
            cancelling["state"].as_str(),
            Some("cancelling" | "cancelled")
        ),
        "{cancelling}"
    );
    let cancelled = finished_scan(&hub).await;
    assert_eq!(cancelled["state"], "cancelled", "{cancelled}");
    assert_eq!(cancelled["phase"], "cancelled");
    let kept = all_tracks(&hub).await.len() as i64;
    assert_eq!(
        kept,
        cancelled["added"].as_i64().unwrap_or(-1),
        "committed work is kept"
    );
    assert!(kept < 3000, "cancelled before the end: {cancelled}");
    api_error(
        hub.client
            .post(hub.url("/api/scan/cancel"))
            .send()
            .await
            .expect("cancel"),
        409,
        "scan_not_running",
    )
    .await;

    // The next scan picks up where the cancelled one stopped.
    json_with_status(start_scan(&hub, json!({"full": false})).await, 202).await;
    let resumed = finished_scan(&hub).await;
    assert_eq!(resumed["state"], "completed");
    assert_eq!(resumed["filesUnchanged"].as_i64(), Some(kept), "{resumed}");
    assert_eq!(all_tracks(&hub).await.len(), 3000);
}

#[tokio::test]
async fn the_progress_feed_shows_the_scan_and_ends_with_completed() {
    let library = generated_library(600);
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let mut feed = Sse::open(&hub, "/api/scan/progress", None).await;
    let first = feed.next().await;
    assert_eq!(
        (first.event.as_str(), first.data["phase"].as_str()),
        ("completed", Some("completed"))
    );

    json_with_status(start_scan(&hub, json!({"full": true})).await, 202).await;
    let mut phases = Vec::new();
    let last = loop {
        let message = feed.next().await;
        let phase = message.data["phase"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if phase == "scanning" {
            assert_eq!(message.data["filesTotal"], 600, "{}", message.data);
            assert!(message.data["percent"]
                .as_f64()
                .is_some_and(|p| (0.0..=100.0).contains(&p)));
        }
        if phases.last() != Some(&phase) {
            phases.push(phase);
        }
        if message.event == "completed" && message.data["scanId"] != first.data["scanId"] {
            break message;
        }
        assert_eq!(message.event, "progress", "{:?}", message.data);
    };
    assert_eq!(last.data["phase"], "completed");
    assert_eq!(last.data["filesProcessed"], 600);
    assert_eq!(
        last.data["updated"], 0,
        "a full rescan of unchanged files changes nothing"
    );
    assert!(phases.contains(&"scanning".to_owned()), "{phases:?}");
}

#[tokio::test]
async fn scan_changes_are_published_on_the_library_feed() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;
    std::fs::remove_file(library.path().join("Music/Old/Version One/old.mp3")).expect("delete");
    let started = json_with_status(start_scan(&hub, json!({})).await, 202).await;
    let mut seen = Vec::new();
    loop {
        let message = feed.next().await;
        seen.push(message.event.clone());
        if message.event == "scanCompleted" {
            assert_eq!(message.data["payload"]["scanId"], started["scanId"]);
            assert_eq!(message.data["payload"]["removed"], 1);
            break;
        }
    }
    for kind in ["scanStarted", "trackRemoved", "albumRemoved"] {
        assert!(seen.iter().any(|e| e == kind), "{kind} in {seen:?}");
    }
}

#[tokio::test]
async fn the_watcher_applies_file_changes_while_the_hub_runs() {
    let library = fixture_library();
    let music = library.path().join("Music");
    let hub = hub_on(library.path(), true).await;
    finished_scan(&hub).await;
    let spec = generate::track(7);
    generate::generate(&generate::fixtures_dir(), &music, 7..8).expect("generate");
    std::fs::remove_file(music.join("Old/Version One/old.mp3")).expect("delete");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let titles = by_title(&all_tracks(&hub).await);
        if titles.contains_key(&spec.title) && !titles.contains_key("Old School") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the watcher did not apply the changes: {:?}",
            titles.keys()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let status = finished_scan(&hub).await;
    assert_eq!(status["trigger"], "watcher", "{status}");
}

#[tokio::test]
async fn a_rebuild_rescans_and_every_id_comes_back() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let before: Vec<String> = all_tracks(&hub)
        .await
        .iter()
        .map(|t| format!("{} {}", t["id"], t["album"]["id"]))
        .collect();
    json_with_status(
        hub.client
            .post(hub.url("/api/database/rebuild"))
            .json(&json!({"force": true}))
            .send()
            .await
            .expect("rebuild"),
        200,
    )
    .await;
    let status = finished_scan(&hub).await;
    assert_eq!(
        (status["trigger"].as_str(), status["state"].as_str()),
        (Some("rebuild"), Some("completed"))
    );
    let after: Vec<String> = all_tracks(&hub)
        .await
        .iter()
        .map(|t| format!("{} {}", t["id"], t["album"]["id"]))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn music_hub_scan_runs_from_the_terminal() {
    let library = fixture_library();
    let data = tempfile::tempdir().expect("data dir");
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_music-hub"))
            .args(["scan", "--library"])
            .arg(library.path())
            .arg("--data-dir")
            .arg(data.path())
            .env("NO_COLOR", "1")
            .output()
            .expect("run music-hub scan")
    };
    let first = run();
    let out = String::from_utf8_lossy(&first.stdout).into_owned();
    assert!(
        first.status.success(),
        "{out} {}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        out.contains("scan completed: 10 files") && out.contains("10 added"),
        "{out}"
    );
    let again = run();
    let out = String::from_utf8_lossy(&again.stdout).into_owned();
    assert!(
        out.contains("(10 unchanged)") && out.contains("0 added"),
        "{out}"
    );
    let missing: PathBuf = library.path().join("nope");
    let failed = std::process::Command::new(env!("CARGO_BIN_EXE_music-hub"))
        .args(["scan", "--library"])
        .arg(&missing)
        .arg("--data-dir")
        .arg(data.path())
        .output()
        .expect("run");
    assert!(!failed.status.success());
    assert!(String::from_utf8_lossy(&failed.stderr).contains("none of the library folders"));
}

#[tokio::test]
async fn an_unplugged_library_keeps_its_tracks() {
    let library = fixture_library();
    let music = library.path().join("Music");
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let unplugged = library.path().join("Unplugged");
    std::fs::rename(&music, &unplugged).expect("unplug");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    let status = finished_scan(&hub).await;
    assert_eq!(status["state"], "completed", "{status}");
    assert_eq!(status["removed"], 0, "{status}");
    assert_eq!(all_tracks(&hub).await.len(), 10);
    let browse = json_with_status(hub.get("/api/browse").await, 200).await;
    assert_eq!(browse["roots"][0]["available"], false, "{browse}");

    // Plugged back in: available again, nothing read twice.
    std::fs::rename(&unplugged, &music).expect("plug in");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    let status = finished_scan(&hub).await;
    assert_eq!(
        (status["filesUnchanged"].as_i64(), status["added"].as_i64()),
        (Some(10), Some(0))
    );
    let browse = json_with_status(hub.get("/api/browse").await, 200).await;
    assert_eq!(browse["roots"][0]["available"], true, "{browse}");
}

/// A run of another process, marked running as `music-hub scan` leaves it while it works.
pub(crate) fn other_process_run(id: &str) -> ScanRun {
    ScanRun {
        id: id.to_owned(),
        triggered_by: "cli".into(),
        is_full: false,
        status: "running".into(),
        started_at: chrono::Utc::now().timestamp_millis(),
        finished_at: None,
        files_total: None,
        files_seen: 0,
        files_processed: 0,
        files_unchanged: 0,
        tracks_added: 0,
        tracks_updated: 0,
        tracks_removed: 0,
        error_count: 0,
        error_message: None,
    }
}

/// The recorded status of a scan run, `None` when there is no such row.
pub(crate) async fn run_status(db: &Database, id: &str) -> Option<String> {
    let id = id.to_owned();
    db.run(move |conn| {
        Ok(runs::scan_runs
            .filter(runs::id.eq(id))
            .select(runs::status)
            .first::<String>(conn)
            .optional()?)
    })
    .await
    .expect("read scan_runs")
}

#[tokio::test]
async fn a_hub_scan_waits_while_another_process_scans_and_leaves_its_run_alone() {
    let library = fixture_library();
    let data = tempfile::tempdir().expect("data dir");
    // Another process scans this data dir: it holds the lock, its run is marked running.
    let lock = ScanLock::try_acquire(data.path(), Trigger::Cli).expect("the lock is free");
    let db = Database::open(data.path(), None).await;
    db.run(|conn| {
        Ok(scan_runs::scan_run_create(
            conn,
            &other_process_run("scn_other"),
        )?)
    })
    .await
    .expect("record the other run");
    let music = library.path().join("Music");
    let hub = TestHub::start_custom(
        Some(data.path()),
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
        },
        Arc::new(SystemClock),
    )
    .await;
    let deadline = Instant::now() + Duration::from_secs(10);
    let waiting = loop {
        if let Some(running) = hub.hub.scanner.running() {
            break running;
        }
        assert!(Instant::now() < deadline, "the start-up scan did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    // Long enough for a scan of ten files, and for several looks at the lock.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(
        hub.hub.scanner.running().map(|r| r.id),
        Some(waiting.id.clone()),
        "the hub's scan waits"
    );
    assert_eq!(
        run_status(&db, "scn_other").await.as_deref(),
        Some("running"),
        "the other process's live run is not called interrupted"
    );
    assert_eq!(
        run_status(&db, &waiting.id).await,
        None,
        "nothing recorded yet"
    );
    assert!(all_tracks(&hub).await.is_empty());

    // The other process finishes; the hub's scan runs.
    db.run(|conn| {
        Ok(
            diesel::update(runs::scan_runs.filter(runs::id.eq("scn_other")))
                .set((
                    runs::status.eq("completed"),
                    runs::finished_at.eq(chrono::Utc::now().timestamp_millis()),
                ))
                .execute(conn)?,
        )
    })
    .await
    .expect("finish the other run");
    drop(lock);
    let status = finished_scan(&hub).await;
    assert_eq!(
        (status["scanId"].as_str(), status["state"].as_str()),
        (Some(waiting.id.as_str()), Some("completed")),
        "{status}"
    );
    assert_eq!(all_tracks(&hub).await.len(), 10);
    assert_eq!(
        run_status(&db, "scn_other").await.as_deref(),
        Some("completed")
    );

    // A scan cancelled while it waits ends cancelled, having touched nothing.
    let lock = ScanLock::try_acquire(data.path(), Trigger::Cli).expect("the lock is free");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    json_with_status(
        hub.client
            .post(hub.url("/api/scan/cancel"))
            .send()
            .await
            .expect("cancel"),
        202,
    )
    .await;
    let status = finished_scan(&hub).await;
    assert_eq!(status["state"], "cancelled", "{status}");
    drop(lock);
    hub.stop().await;
}

/// A first scan sets indexes and search upkeep aside; if it dies without restoring them
/// (`music-hub scan` killed beside a running hub on the same data dir), the hub's next scan
/// puts them back before it writes, and search keeps finding what is written after.
#[tokio::test]
async fn what_a_died_first_scan_left_aside_is_back_after_the_next_scan() {
    let library = fixture_library();
    let music = library.path().join("Music");
    let hub = hub_on(&music, false).await;
    finished_scan(&hub).await;
    let pool = hub.hub.db.pool().expect("pool");
    let aside = {
        let mut conn = pool.get().expect("connection");
        music_hub::db::deferred::set_aside(&mut conn).expect("set aside")
    };
    assert!(aside > 0, "nothing was set aside");

    std::fs::copy(
        music.join("Beyoncé/Dangerously in Love/01 Crazy in Love.mp3"),
        music.join("Later Addition.mp3"),
    )
    .expect("copy");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    finished_scan(&hub).await;
    let mut conn = pool.get().expect("connection");
    assert_eq!(
        music_hub::db::deferred::restore(&mut conn).expect("restore"),
        0,
        "the scan left its indexes aside"
    );
    let found = json_with_status(hub.get("/api/search?q=crazy&record=false").await, 200).await;
    let crazy = found["tracks"]
        .as_array()
        .expect("tracks")
        .iter()
        .filter(|t| t["title"] == "Crazy in Love")
        .count();
    assert_eq!(crazy, 2, "the copy written after is not found: {found}");
    hub.stop().await;
}
