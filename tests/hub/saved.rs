//! Saved items on a real hub with the fixture music, on a manual clock: saving each kind
//! (idempotently), the `saved` flags and filters of the catalogue, the list with its kinds,
//! sorts and pages, the events, refusals that change nothing, and saved tracks that outlive
//! their file.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use music_hub::clock::{ManualClock, SharedClock};
use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, by_title, finished_scan, fixture_library, hub_on_with_clock,
    json_with_status, start_scan, Sse, TestHub,
};

async fn put(hub: &TestHub, path: &str) -> reqwest::Response {
    hub.client.put(hub.url(path)).send().await.expect("put")
}

async fn delete(hub: &TestHub, path: &str) -> reqwest::Response {
    hub.client
        .delete(hub.url(path))
        .send()
        .await
        .expect("delete")
}

/// The ids of a list page's items (or of a saved page's).
fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str().map(str::to_owned))
        .collect()
}

async fn hub_with_tracks() -> (
    tempfile::TempDir,
    TestHub,
    Arc<ManualClock>,
    BTreeMap<String, Value>,
) {
    let library = fixture_library();
    let clock = ManualClock::starting_now();
    let shared: SharedClock = clock.clone();
    let hub = hub_on_with_clock(library.path(), false, shared).await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);
    (library, hub, clock, tracks)
}

fn id_of(tracks: &BTreeMap<String, Value>, title: &str) -> String {
    tracks[title]["id"].as_str().expect("track id").to_owned()
}

#[tokio::test]
async fn each_kind_is_saved_once_and_its_flag_and_filters_follow() {
    let (_library, hub, clock, tracks) = hub_with_tracks().await;
    let track = id_of(&tracks, "Crazy in Love");
    let album = tracks["If I Were a Boy"]["album"]["id"]
        .as_str()
        .expect("album")
        .to_owned();
    let artist = tracks["Crazy in Love"]["artists"][0]["id"]
        .as_str()
        .expect("artist")
        .to_owned();
    let created = json_with_status(
        hub.client
            .post(hub.url("/api/playlists"))
            .json(&json!({"name": "Mix", "trackIds": [&track]}))
            .send()
            .await
            .expect("create"),
        201,
    )
    .await;
    let playlist = created["playlist"]["id"].as_str().expect("id").to_owned();
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;

    let saved_track =
        json_with_status(put(&hub, &format!("/api/saved/track/{track}")).await, 200).await;
    assert_eq!(saved_track["kind"], "track");
    assert_eq!(saved_track["id"], track.as_str());
    assert_eq!(saved_track["name"], "Crazy in Love");
    assert_eq!(saved_track["track"]["id"], track.as_str());
    assert_eq!(saved_track["track"]["saved"], true);
    assert!(saved_track.get("album").is_none());
    let event = feed.next().await;
    assert_eq!(event.event, "savedAdded");
    assert_eq!(event.data["payload"], json!({"kind": "track", "id": track}));

    // Again, later: the same first savedAt, and no event.
    clock.advance(Duration::from_secs(60));
    let again = json_with_status(put(&hub, &format!("/api/saved/track/{track}")).await, 200).await;
    assert_eq!(again["savedAt"], saved_track["savedAt"]);

    clock.advance(Duration::from_secs(1));
    let saved_album =
        json_with_status(put(&hub, &format!("/api/saved/album/{album}")).await, 200).await;
    assert_eq!(saved_album["album"]["id"], album.as_str());
    assert_eq!(saved_album["name"], "I Am... Sasha Fierce");
    assert_eq!(saved_album["album"]["saved"], true);
    let event = feed.next().await;
    assert_eq!(event.event, "savedAdded", "the second save sent nothing");
    assert_eq!(event.data["payload"], json!({"kind": "album", "id": album}));
    clock.advance(Duration::from_secs(1));
    let saved_artist =
        json_with_status(put(&hub, &format!("/api/saved/artist/{artist}")).await, 200).await;
    assert_eq!(saved_artist["artist"]["saved"], true);
    assert_eq!(saved_artist["name"], "Beyoncé");
    clock.advance(Duration::from_secs(1));
    let saved_playlist = json_with_status(
        put(&hub, &format!("/api/saved/playlist/{playlist}")).await,
        200,
    )
    .await;
    assert_eq!(saved_playlist["playlist"]["saved"], true);
    assert_eq!(saved_playlist["name"], "Mix");

    // The flags on every route that shows the items.
    let shown = json_with_status(hub.get(&format!("/api/track/{track}")).await, 200).await;
    assert_eq!(shown["saved"], true);
    let other = id_of(&tracks, "Old School");
    let not_saved = json_with_status(hub.get(&format!("/api/track/{other}")).await, 200).await;
    assert_eq!(not_saved["saved"], false);
    let album_shown = json_with_status(hub.get(&format!("/api/album/{album}")).await, 200).await;
    assert_eq!(album_shown["album"]["saved"], true, "{album_shown}");
    let playlist_shown =
        json_with_status(hub.get(&format!("/api/playlists/{playlist}")).await, 200).await;
    assert_eq!(playlist_shown["playlist"]["saved"], true);

    // And the filters.
    for (list, saved_id) in [
        ("tracks", &track),
        ("albums", &album),
        ("artists", &artist),
        ("playlists", &playlist),
    ] {
        let only = json_with_status(hub.get(&format!("/api/{list}?saved=true")).await, 200).await;
        assert_eq!(ids(&only), [saved_id.as_str()], "{list}");
        assert_eq!(only["total"], 1, "{list}");
        let others = json_with_status(
            hub.get(&format!("/api/{list}?saved=false&limit=500")).await,
            200,
        )
        .await;
        assert!(!ids(&others).contains(saved_id), "{list}");
    }

    // Unsaving: 204, its event, the flag and filters follow; again is 204 with no event.
    assert_eq!(
        delete(&hub, &format!("/api/saved/album/{album}"))
            .await
            .status(),
        204
    );
    for _ in 0..2 {
        // The artist's and the playlist's savedAdded come first.
        let event = feed.next().await;
        assert_eq!(event.event, "savedAdded");
    }
    let event = feed.next().await;
    assert_eq!(event.event, "savedRemoved");
    assert_eq!(event.data["payload"], json!({"kind": "album", "id": album}));
    assert_eq!(
        delete(&hub, &format!("/api/saved/album/{album}"))
            .await
            .status(),
        204
    );
    let album_shown = json_with_status(hub.get(&format!("/api/album/{album}")).await, 200).await;
    assert_eq!(album_shown["album"]["saved"], false);
    let only = json_with_status(hub.get("/api/albums?saved=true").await, 200).await;
    assert_eq!(only["total"], 0);
    assert_eq!(
        delete(&hub, &format!("/api/saved/track/{track}"))
            .await
            .status(),
        204
    );
    let event = feed.next().await;
    assert_eq!(
        event.event, "savedRemoved",
        "the second unsave sent nothing"
    );
    assert_eq!(event.data["payload"]["kind"], "track");

    // Deleting a saved playlist unsaves it.
    assert_eq!(
        delete(&hub, &format!("/api/playlists/{playlist}"))
            .await
            .status(),
        204
    );
    let event = feed.next().await;
    assert_eq!(event.event, "savedRemoved");
    assert_eq!(
        event.data["payload"],
        json!({"kind": "playlist", "id": playlist})
    );
    assert_eq!(feed.next().await.event, "playlistDeleted");
    let left = json_with_status(hub.get("/api/saved").await, 200).await;
    assert_eq!(ids(&left), [artist.as_str()]);
}

#[tokio::test]
async fn the_saved_list_has_kinds_sorts_and_pages() {
    let (_library, hub, clock, tracks) = hub_with_tracks().await;
    let titles = ["Old School", "Crazy in Love", "If I Were a Boy"];
    let mut saved = Vec::new();
    for title in titles {
        let id = id_of(&tracks, title);
        json_with_status(put(&hub, &format!("/api/saved/track/{id}")).await, 200).await;
        saved.push(id);
        clock.advance(Duration::from_secs(1));
    }
    let album = tracks["Crazy in Love"]["album"]["id"]
        .as_str()
        .expect("album")
        .to_owned();
    json_with_status(put(&hub, &format!("/api/saved/album/{album}")).await, 200).await;

    let newest_first = json_with_status(hub.get("/api/saved").await, 200).await;
    assert_eq!(newest_first["total"], 4);
    assert_eq!(
        ids(&newest_first),
        [
            album.as_str(),
            saved[2].as_str(),
            saved[1].as_str(),
            saved[0].as_str()
        ]
    );
    assert_eq!(newest_first["items"][0]["kind"], "album");
    assert_eq!(newest_first["items"][0]["name"], "Dangerously in Love");
    let oldest_first = json_with_status(hub.get("/api/saved?order=asc").await, 200).await;
    assert_eq!(ids(&oldest_first)[0], saved[0]);

    let only_tracks = json_with_status(hub.get("/api/saved?kind=track&sort=name").await, 200).await;
    assert_eq!(only_tracks["total"], 3);
    let names: Vec<&str> = only_tracks["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["name"].as_str())
        .collect();
    assert_eq!(names, ["Crazy in Love", "If I Were a Boy", "Old School"]);
    let albums = json_with_status(hub.get("/api/saved?kind=album").await, 200).await;
    assert_eq!(ids(&albums), [album.as_str()]);
    let none = json_with_status(hub.get("/api/saved?kind=playlist").await, 200).await;
    assert_eq!(none, json!({"items": [], "total": 0}));

    // Two pages of two.
    let first = json_with_status(hub.get("/api/saved?limit=2").await, 200).await;
    let cursor = first["nextCursor"].as_str().expect("a second page");
    let second = json_with_status(
        hub.get(&format!("/api/saved?limit=2&cursor={cursor}"))
            .await,
        200,
    )
    .await;
    assert!(second.get("nextCursor").is_none());
    let mut paged = ids(&first);
    paged.extend(ids(&second));
    assert_eq!(paged, ids(&newest_first));
    api_error(
        hub.get(&format!("/api/saved?limit=2&sort=name&cursor={cursor}"))
            .await,
        400,
        "invalid_parameter",
    )
    .await;
    api_error(
        hub.get("/api/saved?kind=song").await,
        400,
        "invalid_parameter",
    )
    .await;
}

#[tokio::test]
async fn unknown_kinds_and_items_are_refused_and_nothing_is_saved() {
    let (_library, hub, _clock, tracks) = hub_with_tracks().await;
    let track = id_of(&tracks, "Crazy in Love");
    let refused = api_error(
        put(&hub, &format!("/api/saved/song/{track}")).await,
        400,
        "invalid_parameter",
    )
    .await;
    assert_eq!(refused["details"]["parameter"], "kind");
    api_error(
        delete(&hub, &format!("/api/saved/song/{track}")).await,
        400,
        "invalid_parameter",
    )
    .await;
    for path in [
        "/api/saved/track/trk_nope",
        "/api/saved/album/alb_nope",
        "/api/saved/artist/ar_nope",
        "/api/saved/playlist/pl_nope",
        // A track id is not an album.
        &format!("/api/saved/album/{track}"),
    ] {
        api_error(put(&hub, path).await, 404, "not_found").await;
        api_error(delete(&hub, path).await, 404, "not_found").await;
    }
    let none = json_with_status(hub.get("/api/saved").await, 200).await;
    assert_eq!(none["total"], 0);
}

#[tokio::test]
async fn a_saved_track_outlives_its_file_and_is_saved_again_when_it_returns() {
    let (library, hub, _clock, tracks) = hub_with_tracks().await;
    let old = id_of(&tracks, "Old School");
    let crazy = id_of(&tracks, "Crazy in Love");
    for id in [&old, &crazy] {
        json_with_status(put(&hub, &format!("/api/saved/track/{id}")).await, 200).await;
    }
    let before = json_with_status(hub.get("/api/saved").await, 200).await;
    let old_saved_at = before["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == old.as_str())
        .map(|i| i["savedAt"].clone())
        .expect("listed");

    let file = library.path().join("Music/Old/Version One/old.mp3");
    let kept = library.path().join("old.mp3.away");
    std::fs::rename(&file, &kept).expect("move the file away");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    finished_scan(&hub).await;
    let gone = json_with_status(hub.get("/api/saved").await, 200).await;
    assert_eq!(
        ids(&gone),
        [crazy.as_str()],
        "listed only while in the library"
    );
    assert_eq!(gone["total"], 1);

    std::fs::rename(&kept, &file).expect("bring the file back");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    finished_scan(&hub).await;
    let back = json_with_status(hub.get("/api/saved").await, 200).await;
    assert_eq!(back["total"], 2);
    let again = back["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == old.as_str())
        .expect("saved again");
    assert_eq!(
        again["savedAt"], old_saved_at,
        "the same save, not a new one"
    );
    let shown = json_with_status(hub.get(&format!("/api/track/{old}")).await, 200).await;
    assert_eq!(shown["saved"], true);

    // A saved track whose file is gone can still be unsaved.
    std::fs::rename(&file, &kept).expect("move the file away");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    finished_scan(&hub).await;
    assert_eq!(
        delete(&hub, &format!("/api/saved/track/{old}"))
            .await
            .status(),
        204
    );
    api_error(
        delete(&hub, &format!("/api/saved/track/{old}")).await,
        404,
        "not_found",
    )
    .await;
    std::fs::rename(&kept, &file).expect("bring the file back");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    finished_scan(&hub).await;
    let shown = json_with_status(hub.get(&format!("/api/track/{old}")).await, 200).await;
    assert_eq!(shown["saved"], false);
}
