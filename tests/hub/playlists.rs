//! Playlists on a real hub with the fixture music: creating one with its first tracks,
//! adding tracks anywhere in it, entries that outlive their track's file, the change feed,
//! search, and clear refusals that change nothing.

use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, by_title, finished_scan, fixture_library, hub_on, json_with_status,
    start_scan, Sse, TestHub,
};

async fn post(hub: &TestHub, path: &str, body: Value) -> reqwest::Response {
    hub.client
        .post(hub.url(path))
        .json(&body)
        .send()
        .await
        .expect("post")
}

/// The fixture tracks by title, once the start-up scan is done.
async fn track_ids(hub: &TestHub) -> std::collections::BTreeMap<String, Value> {
    finished_scan(hub).await;
    by_title(&all_tracks(hub).await)
}

fn id(track: &Value) -> &str {
    track["id"].as_str().expect("track id")
}

fn entry_track_ids(detail: &Value) -> Vec<&str> {
    detail["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["trackId"].as_str().expect("trackId"))
        .collect()
}

async fn playlist_rows(hub: &TestHub) -> i64 {
    hub.hub
        .db
        .run(|conn| {
            use diesel::prelude::*;
            use music_hub::db::schema::playlists;
            Ok(playlists::table.count().get_result::<i64>(conn)?)
        })
        .await
        .expect("count playlists")
}

#[tokio::test]
async fn a_playlist_is_created_with_its_first_tracks_in_order() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let crazy = &tracks["Crazy in Love"];
    let boy = &tracks["If I Were a Boy"];
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;

    let response = post(
        &hub,
        "/api/playlists",
        json!({
            "name": "  Road trip  ",
            "description": "Songs for the A7.",
            "trackIds": [id(crazy), id(boy), id(crazy)],
        }),
    )
    .await;
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let detail = json_with_status(response, 201).await;
    let playlist = &detail["playlist"];
    let playlist_id = playlist["id"].as_str().expect("id");
    assert!(playlist_id.starts_with("pl_"), "{playlist_id}");
    assert_eq!(location, Some(format!("/api/playlists/{playlist_id}")));
    assert_eq!(playlist["name"], "Road trip", "spaces around the name go");
    assert_eq!(playlist["description"], "Songs for the A7.");
    assert_eq!(playlist["trackCount"], 3);
    let duration = crazy["durationMs"].as_i64().expect("duration") * 2
        + boy["durationMs"].as_i64().expect("duration");
    assert_eq!(playlist["durationMs"].as_i64(), Some(duration));
    assert_eq!(playlist["saved"], false);
    assert_eq!(playlist["createdAt"], playlist["updatedAt"]);
    // The artwork of the first entry that has one: "If I Were a Boy" has a cover.
    let boy_artwork = boy["artworkId"].as_str().expect("the fixture has a cover");
    let expected = crazy["artworkId"].as_str().unwrap_or(boy_artwork);
    assert_eq!(playlist["artworkId"], expected);

    assert_eq!(entry_track_ids(&detail), [id(crazy), id(boy), id(crazy)]);
    let entries = detail["entries"].as_array().expect("entries");
    for (position, entry) in entries.iter().enumerate() {
        assert_eq!(entry["position"], position);
        assert_eq!(entry["available"], true);
        assert_eq!(entry["track"]["id"], entry["trackId"]);
        assert!(entry["entryId"]
            .as_str()
            .is_some_and(|e| e.starts_with("ple_")));
    }
    assert_ne!(
        entries[0]["entryId"], entries[2]["entryId"],
        "the same track twice is two entries"
    );
    assert_eq!(entries[0]["track"]["title"], "Crazy in Love");

    let event = feed.next().await;
    assert_eq!(event.event, "playlistCreated");
    assert_eq!(event.data["payload"]["playlistId"], playlist_id);

    // The search index knows it at once.
    let found = json_with_status(hub.get("/api/search?q=road&types=playlist").await, 200).await;
    assert_eq!(found["playlists"][0]["id"], playlist_id);
    assert_eq!(found["playlists"][0]["trackCount"], 3);

    // An empty playlist, without description, is fine too.
    let empty = json_with_status(
        post(&hub, "/api/playlists", json!({"name": "Later"})).await,
        201,
    )
    .await;
    assert_eq!(empty["playlist"]["trackCount"], 0);
    assert_eq!(empty["playlist"]["durationMs"], 0);
    assert!(empty["playlist"].get("description").is_none());
    assert_eq!(empty["entries"], json!([]));
}

#[tokio::test]
async fn bad_playlists_are_refused_and_nothing_is_created() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let known = id(&tracks["Crazy in Love"]);

    let refused = api_error(
        post(
            &hub,
            "/api/playlists",
            json!({"name": "Mix", "trackIds": [known, "trk_nope"]}),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    assert_eq!(refused["details"]["trackId"], "trk_nope");

    api_error(
        post(&hub, "/api/playlists", json!({"name": " \t "})).await,
        400,
        "invalid_body",
    )
    .await;
    api_error(
        post(&hub, "/api/playlists", json!({"name": ""})).await,
        400,
        "invalid_body",
    )
    .await;
    api_error(
        post(&hub, "/api/playlists", json!({"name": "Mix", "tracks": []})).await,
        400,
        "invalid_body",
    )
    .await;
    assert_eq!(playlist_rows(&hub).await, 0);
}

#[tokio::test]
async fn tracks_are_added_where_asked_and_entries_outlive_their_file() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let (a, b, c, d) = (
        id(&tracks["Crazy in Love"]),
        id(&tracks["If I Were a Boy"]),
        id(&tracks["Single Ladies (Put a Ring on It)"]),
        id(&tracks["Old School"]),
    );
    let created = json_with_status(
        post(
            &hub,
            "/api/playlists",
            json!({"name": "Mix", "trackIds": [a, b]}),
        )
        .await,
        201,
    )
    .await;
    let playlist_id = created["playlist"]["id"].as_str().expect("id").to_owned();
    let add = |body: Value| {
        let path = format!("/api/playlists/{playlist_id}/tracks");
        let hub = &hub;
        async move { post(hub, &path, body).await }
    };
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;

    let appended = json_with_status(add(json!({"trackIds": [c]})).await, 200).await;
    assert_eq!(entry_track_ids(&appended), [a, b, c]);
    let event = feed.next().await;
    assert_eq!(event.event, "playlistUpdated");
    assert_eq!(event.data["payload"]["playlistId"], playlist_id.as_str());

    let at_top = json_with_status(add(json!({"trackIds": [d, d], "position": 0})).await, 200).await;
    assert_eq!(entry_track_ids(&at_top), [d, d, a, b, c]);
    let in_middle = json_with_status(add(json!({"trackIds": [c], "position": 3})).await, 200).await;
    assert_eq!(entry_track_ids(&in_middle), [d, d, a, c, b, c]);
    let past_end = json_with_status(add(json!({"trackIds": [a], "position": 99})).await, 200).await;
    assert_eq!(entry_track_ids(&past_end), [d, d, a, c, b, c, a]);
    let positions: Vec<i64> = past_end["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["position"].as_i64())
        .collect();
    assert_eq!(positions, [0, 1, 2, 3, 4, 5, 6]);
    assert_eq!(past_end["playlist"]["trackCount"], 7);

    // Refusals change nothing.
    let refused = api_error(
        add(json!({"trackIds": [a, "trk_gone"]})).await,
        404,
        "not_found",
    )
    .await;
    assert_eq!(refused["details"]["trackId"], "trk_gone");
    api_error(
        post(
            &hub,
            "/api/playlists/pl_nope/tracks",
            json!({"trackIds": [a]}),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    api_error(add(json!({"trackIds": []})).await, 400, "invalid_body").await;
    api_error(
        add(json!({"trackIds": [a], "position": -1})).await,
        400,
        "invalid_body",
    )
    .await;

    // The file of `old` goes away: its entries stay, unavailable, and keep their duration.
    let duration_before = past_end["playlist"]["durationMs"].clone();
    std::fs::remove_file(library.path().join("Music/Old/Version One/old.mp3")).expect("delete");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    finished_scan(&hub).await;
    let after = json_with_status(add(json!({"trackIds": [b]})).await, 200).await;
    assert_eq!(entry_track_ids(&after), [d, d, a, c, b, c, a, b]);
    let first = &after["entries"][0];
    assert_eq!(first["available"], false);
    assert!(first.get("track").is_none(), "{first}");
    assert_eq!(after["entries"][2]["available"], true);
    let b_duration = tracks["If I Were a Boy"]["durationMs"]
        .as_i64()
        .expect("duration");
    assert_eq!(
        after["playlist"]["durationMs"].as_i64(),
        duration_before.as_i64().map(|d| d + b_duration)
    );
}
