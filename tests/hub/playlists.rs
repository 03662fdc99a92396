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
        422,
        "unknown_track",
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
        422,
        "unknown_track",
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

async fn send(
    hub: &TestHub,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut call = hub.client.request(method, hub.url(path));
    if let Some(body) = body {
        call = call.json(&body);
    }
    call.send().await.expect("call")
}

/// Creates a playlist named `name` holding `track_ids`; returns its id.
async fn create(hub: &TestHub, name: &str, track_ids: &[&str]) -> String {
    let created = json_with_status(
        post(
            hub,
            "/api/playlists",
            json!({"name": name, "trackIds": track_ids}),
        )
        .await,
        201,
    )
    .await;
    created["playlist"]["id"].as_str().expect("id").to_owned()
}

fn entry_ids(detail: &Value) -> Vec<String> {
    detail["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["entryId"].as_str().expect("entryId").to_owned())
        .collect()
}

/// Every entry of the playlist, page after page, with `limit` per page.
async fn all_entries(hub: &TestHub, id: &str, limit: usize) -> (Vec<Value>, usize) {
    let mut entries = Vec::new();
    let mut pages = 0;
    let mut cursor: Option<String> = None;
    loop {
        let mut path = format!("/api/playlists/{id}?limit={limit}");
        if let Some(c) = &cursor {
            path.push_str(&format!("&cursor={c}"));
        }
        let page = json_with_status(hub.get(&path).await, 200).await;
        let items = page["entries"].as_array().cloned().unwrap_or_default();
        assert!(items.len() <= limit, "a page holds at most `limit` entries");
        entries.extend(items);
        pages += 1;
        match page["nextCursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return (entries, pages),
        }
    }
}

#[tokio::test]
async fn a_long_playlist_comes_in_pages_of_its_entries_in_order() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let ids: Vec<&str> = tracks.values().map(id).collect();
    // 2,400 entries: every fixture track many times over.
    let many: Vec<&str> = ids.iter().copied().cycle().take(2_400).collect();
    let created = json_with_status(
        post(
            &hub,
            "/api/playlists",
            json!({"name": "Long", "trackIds": many}),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(created["playlist"]["trackCount"], 2_400);
    assert_eq!(
        created["entries"].as_array().map(Vec::len),
        Some(50),
        "the answer holds the first page only"
    );
    let playlist_id = created["playlist"]["id"].as_str().expect("id");
    // Its cursor reads on from there.
    let cursor = created["nextCursor"].as_str().expect("a next page");
    let second = json_with_status(
        hub.get(&format!("/api/playlists/{playlist_id}?cursor={cursor}"))
            .await,
        200,
    )
    .await;
    assert_eq!(second["entries"][0]["position"], 50);

    let (entries, pages) = all_entries(&hub, playlist_id, 500).await;
    assert_eq!(pages, 5);
    assert_eq!(entries.len(), 2_400);
    for (position, (entry, track)) in entries.iter().zip(&many).enumerate() {
        assert_eq!(entry["position"], position);
        assert_eq!(entry["trackId"], *track);
    }
    let unique: std::collections::HashSet<&str> = entries
        .iter()
        .filter_map(|e| e["entryId"].as_str())
        .collect();
    assert_eq!(unique.len(), 2_400, "no entry twice, none skipped");

    // The whole playlist reversed in one reorder, and read back in pages.
    let mut reversed: Vec<&str> = entries
        .iter()
        .filter_map(|e| e["entryId"].as_str())
        .collect();
    reversed.reverse();
    let started = std::time::Instant::now();
    let reordered = json_with_status(
        hub.client
            .put(hub.url(&format!("/api/playlists/{playlist_id}/order")))
            .json(&json!({ "entryIds": reversed }))
            .send()
            .await
            .expect("reorder"),
        200,
    )
    .await;
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "a reorder of 2,400 entries took {:?}",
        started.elapsed()
    );
    assert_eq!(reordered["entries"][0]["entryId"], reversed[0]);
    let (after, _) = all_entries(&hub, playlist_id, 500).await;
    let order: Vec<&str> = after.iter().filter_map(|e| e["entryId"].as_str()).collect();
    assert_eq!(order, reversed);

    let first =
        json_with_status(hub.get(&format!("/api/playlists/{playlist_id}")).await, 200).await;
    assert_eq!(
        first["entries"].as_array().map(Vec::len),
        Some(50),
        "50 by default"
    );
    api_error(
        hub.get(&format!("/api/playlists/{playlist_id}?limit=501"))
            .await,
        400,
        "invalid_parameter",
    )
    .await;
    api_error(
        hub.get(&format!("/api/playlists/{playlist_id}?cursor=nonsense"))
            .await,
        400,
        "invalid_parameter",
    )
    .await;
    api_error(hub.get("/api/playlists/pl_nope").await, 404, "not_found").await;
}

#[tokio::test]
async fn playlists_are_listed_sorted_paged_and_found_by_name() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let (a, b) = (id(&tracks["Crazy in Love"]), id(&tracks["If I Were a Boy"]));
    let empty = json_with_status(hub.get("/api/playlists").await, 200).await;
    assert_eq!(empty, json!({"items": [], "total": 0}));

    let cafe = create(&hub, "Café del Mar", &[a]).await;
    let road = create(&hub, "road trip", &[a, b, a]).await;
    let zen = create(&hub, "Zen", &[]).await;

    let by_name = json_with_status(hub.get("/api/playlists").await, 200).await;
    let names: Vec<&str> = by_name["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["Café del Mar", "road trip", "Zen"],
        "A to Z, any case"
    );
    assert_eq!(by_name["total"], 3);
    assert_eq!(by_name["items"][1]["trackCount"], 3);

    let order = |path: &str| {
        let hub = &hub;
        let path = path.to_owned();
        async move {
            let page = json_with_status(hub.get(&path).await, 200).await;
            page["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|p| p["id"].as_str().expect("id").to_owned())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        order("/api/playlists?sort=trackCount").await,
        [road.as_str(), cafe.as_str(), zen.as_str()]
    );
    assert_eq!(
        order("/api/playlists?sort=trackCount&order=asc").await,
        [zen.as_str(), cafe.as_str(), road.as_str()]
    );
    assert_eq!(
        order("/api/playlists?sort=createdAt&order=asc").await,
        [cafe.as_str(), road.as_str(), zen.as_str()]
    );
    // Adding to a playlist makes it the most recently updated.
    json_with_status(
        post(
            &hub,
            &format!("/api/playlists/{cafe}/tracks"),
            json!({"trackIds": [b]}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(order("/api/playlists?sort=updatedAt").await[0], cafe);

    // Pages of one, with the cursor.
    let first = json_with_status(hub.get("/api/playlists?limit=2").await, 200).await;
    assert_eq!(first["items"].as_array().map(Vec::len), Some(2));
    assert_eq!(first["total"], 3);
    let cursor = first["nextCursor"].as_str().expect("a next page");
    let second = json_with_status(
        hub.get(&format!("/api/playlists?limit=2&cursor={cursor}"))
            .await,
        200,
    )
    .await;
    assert_eq!(second["items"][0]["id"], zen.as_str());
    assert!(second.get("nextCursor").is_none());
    api_error(
        hub.get(&format!(
            "/api/playlists?limit=2&sort=createdAt&cursor={cursor}"
        ))
        .await,
        400,
        "invalid_parameter",
    )
    .await;

    // The name filter ignores case and diacritics.
    assert_eq!(order("/api/playlists?q=CAFE").await, [cafe.as_str()]);
    assert_eq!(order("/api/playlists?q=%20trip").await, [road.as_str()]);
    let none = json_with_status(hub.get("/api/playlists?q=nothing").await, 200).await;
    assert_eq!(none["total"], 0);
    assert_eq!(order("/api/playlists?saved=false").await.len(), 3);
    assert!(order("/api/playlists?saved=true").await.is_empty());
    api_error(
        hub.get("/api/playlists?sort=size").await,
        400,
        "invalid_parameter",
    )
    .await;
}

#[tokio::test]
async fn a_playlist_is_renamed_and_deleted_with_its_events() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let a = id(&tracks["Crazy in Love"]);
    let playlist_id = create(&hub, "Mix", &[a]).await;
    let path = format!("/api/playlists/{playlist_id}");
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;

    let renamed = json_with_status(
        send(
            &hub,
            reqwest::Method::PATCH,
            &path,
            Some(json!({"name": "  Summer  ", "description": "Hot days."})),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(renamed["name"], "Summer");
    assert_eq!(renamed["description"], "Hot days.");
    assert_eq!(renamed["trackCount"], 1);
    let event = feed.next().await;
    assert_eq!(event.event, "playlistUpdated");
    assert_eq!(event.data["payload"]["playlistId"], playlist_id.as_str());

    // Only what is sent changes; an empty description clears it.
    let cleared = json_with_status(
        send(
            &hub,
            reqwest::Method::PATCH,
            &path,
            Some(json!({"description": ""})),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(cleared["name"], "Summer");
    assert!(cleared.get("description").is_none(), "{cleared}");
    assert_eq!(feed.next().await.event, "playlistUpdated");

    // An empty edit answers the playlist as it is, and is no change (no event either: the
    // next event below is the deletion's).
    let same = json_with_status(
        send(&hub, reqwest::Method::PATCH, &path, Some(json!({}))).await,
        200,
    )
    .await;
    assert_eq!(same, cleared);
    api_error(
        send(
            &hub,
            reqwest::Method::PATCH,
            "/api/playlists/pl_nope",
            Some(json!({})),
        )
        .await,
        404,
        "not_found",
    )
    .await;

    for (body, code) in [
        (json!({"name": "   "}), "invalid_body"),
        (json!({"name": ""}), "invalid_body"),
        (json!({"title": "x"}), "invalid_body"),
    ] {
        api_error(
            send(&hub, reqwest::Method::PATCH, &path, Some(body)).await,
            400,
            code,
        )
        .await;
    }
    api_error(
        send(
            &hub,
            reqwest::Method::PATCH,
            "/api/playlists/pl_nope",
            Some(json!({"name": "x"})),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    let kept = json_with_status(hub.get(&path).await, 200).await;
    assert_eq!(
        kept["playlist"]["name"], "Summer",
        "refusals change nothing"
    );

    let deleted = send(&hub, reqwest::Method::DELETE, &path, None).await;
    assert_eq!(deleted.status(), 204);
    let event = feed.next().await;
    assert_eq!(event.event, "playlistDeleted");
    assert_eq!(event.data["payload"]["playlistId"], playlist_id.as_str());
    api_error(hub.get(&path).await, 404, "not_found").await;
    api_error(
        send(&hub, reqwest::Method::DELETE, &path, None).await,
        404,
        "not_found",
    )
    .await;
    assert_eq!(playlist_rows(&hub).await, 0);
    let track = json_with_status(hub.get(&format!("/api/track/{a}")).await, 200).await;
    assert_eq!(
        track["id"], a,
        "deleting a playlist never deletes its tracks"
    );
}

#[tokio::test]
async fn one_entry_is_removed_and_the_gap_closed() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let (a, b, c) = (
        id(&tracks["Crazy in Love"]),
        id(&tracks["If I Were a Boy"]),
        id(&tracks["Old School"]),
    );
    let playlist_id = create(&hub, "Mix", &[a, b, a, c]).await;
    let other_id = create(&hub, "Other", &[a]).await;
    let path = format!("/api/playlists/{playlist_id}");
    let before = json_with_status(hub.get(&path).await, 200).await;
    let entries = entry_ids(&before);
    let other = json_with_status(hub.get(&format!("/api/playlists/{other_id}")).await, 200).await;
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;

    // The second occurrence of `a` goes; the first stays.
    let removed = send(
        &hub,
        reqwest::Method::DELETE,
        &format!("{path}/tracks/{}", entries[2]),
        None,
    )
    .await;
    assert_eq!(removed.status(), 204);
    let event = feed.next().await;
    assert_eq!(event.event, "playlistUpdated");
    assert_eq!(event.data["payload"]["playlistId"], playlist_id.as_str());
    let after = json_with_status(hub.get(&path).await, 200).await;
    assert_eq!(entry_track_ids(&after), [a, b, c]);
    assert_eq!(
        entry_ids(&after),
        [
            entries[0].as_str(),
            entries[1].as_str(),
            entries[3].as_str()
        ]
    );
    let positions: Vec<i64> = after["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["position"].as_i64())
        .collect();
    assert_eq!(positions, [0, 1, 2]);
    assert_eq!(after["playlist"]["trackCount"], 3);

    for bad in [
        format!("{path}/tracks/{}", entries[2]),
        format!("{path}/tracks/ple_nope"),
        format!("{path}/tracks/{}", entry_ids(&other)[0]),
        format!("/api/playlists/pl_nope/tracks/{}", entries[0]),
    ] {
        api_error(
            send(&hub, reqwest::Method::DELETE, &bad, None).await,
            404,
            "not_found",
        )
        .await;
    }
    let unchanged = json_with_status(hub.get(&path).await, 200).await;
    assert_eq!(entry_ids(&unchanged), entry_ids(&after));
    let other_after =
        json_with_status(hub.get(&format!("/api/playlists/{other_id}")).await, 200).await;
    assert_eq!(entry_ids(&other_after), entry_ids(&other));
}

#[tokio::test]
async fn a_reorder_names_every_entry_once_or_changes_nothing() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let (a, b, c) = (
        id(&tracks["Crazy in Love"]),
        id(&tracks["If I Were a Boy"]),
        id(&tracks["Old School"]),
    );
    let playlist_id = create(&hub, "Mix", &[a, b, c, a]).await;
    let path = format!("/api/playlists/{playlist_id}");
    let order_path = format!("{path}/order");
    let before = json_with_status(hub.get(&path).await, 200).await;
    let e = entry_ids(&before);
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;

    let put = |body: Value| {
        let hub = &hub;
        let order_path = order_path.clone();
        async move { send(hub, reqwest::Method::PUT, &order_path, Some(body)).await }
    };
    let reordered = json_with_status(
        put(json!({"entryIds": [&e[3], &e[1], &e[0], &e[2]]})).await,
        200,
    )
    .await;
    assert_eq!(
        entry_ids(&reordered),
        [e[3].as_str(), e[1].as_str(), e[0].as_str(), e[2].as_str()]
    );
    assert_eq!(entry_track_ids(&reordered), [a, b, a, c]);
    let positions: Vec<i64> = reordered["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|x| x["position"].as_i64())
        .collect();
    assert_eq!(positions, [0, 1, 2, 3]);
    let event = feed.next().await;
    assert_eq!(event.event, "playlistUpdated");
    assert_eq!(event.data["payload"]["playlistId"], playlist_id.as_str());
    let stored = json_with_status(hub.get(&path).await, 200).await;
    assert_eq!(entry_ids(&stored), entry_ids(&reordered));

    // Missing, extra and duplicated entries: 409, each named, and nothing changes.
    let missing = api_error(
        put(json!({"entryIds": [&e[3], &e[1], &e[0]]})).await,
        409,
        "order_mismatch",
    )
    .await;
    assert_eq!(missing["details"], json!({"missing": [&e[2]]}));
    let extra = api_error(
        put(json!({"entryIds": [&e[3], &e[1], &e[0], &e[2], "ple_other"]})).await,
        409,
        "order_mismatch",
    )
    .await;
    assert_eq!(extra["details"], json!({"extra": ["ple_other"]}));
    let duplicated = api_error(
        put(json!({"entryIds": [&e[3], &e[1], &e[0], &e[0]]})).await,
        409,
        "order_mismatch",
    )
    .await;
    assert_eq!(
        duplicated["details"],
        json!({"missing": [&e[2]], "duplicated": [&e[0]]})
    );
    let empty = api_error(put(json!({"entryIds": []})).await, 409, "order_mismatch").await;
    assert_eq!(
        empty["details"]["missing"].as_array().map(Vec::len),
        Some(4)
    );
    let after = json_with_status(hub.get(&path).await, 200).await;
    assert_eq!(
        after, stored,
        "a refused reorder changes nothing, not even updatedAt"
    );

    api_error(
        send(
            &hub,
            reqwest::Method::PUT,
            "/api/playlists/pl_nope/order",
            Some(json!({"entryIds": []})),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    api_error(put(json!({"ids": []})).await, 400, "invalid_body").await;

    // The feed saw only the one successful reorder: the next event is this one.
    let appended = json_with_status(
        post(&hub, &format!("{path}/tracks"), json!({"trackIds": [b]})).await,
        200,
    )
    .await;
    assert_eq!(entry_track_ids(&appended), [a, b, a, c, b]);
    let event = feed.next().await;
    assert_eq!(event.event, "playlistUpdated");
}

/// The path lines of an M3U text.
fn m3u_paths(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

async fn export(hub: &TestHub, playlist_id: &str) -> (String, String, String) {
    let response = hub.get(&format!("/api/playlists/{playlist_id}/m3u8")).await;
    assert_eq!(response.status(), 200);
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let (content_type, disposition) = (header("content-type"), header("content-disposition"));
    (
        content_type,
        disposition,
        response.text().await.expect("body"),
    )
}

async fn import(hub: &TestHub, body: Value) -> Value {
    json_with_status(post(hub, "/api/playlists/import", body).await, 201).await
}

#[tokio::test]
async fn a_playlist_exports_as_m3u8_and_imports_back() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let (a, b) = (id(&tracks["Crazy in Love"]), id(&tracks["If I Were a Boy"]));
    let playlist_id = create(&hub, "Road trip é", &[a, b, a]).await;

    let (content_type, disposition, text) = export(&hub, &playlist_id).await;
    assert_eq!(content_type, "audio/mpegurl; charset=utf-8");
    assert!(
        disposition.starts_with(
            "attachment; filename=\"Road trip _.m3u8\"; filename*=UTF-8''Road%20trip%20%C3%A9.m3u8"
        ),
        "{disposition}"
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "#EXTM3U");
    assert_eq!(lines[1], "#PLAYLIST:Road trip é");
    let seconds = (tracks["Crazy in Love"]["durationMs"]
        .as_i64()
        .expect("duration")
        + 500)
        / 1000;
    assert_eq!(
        lines[2],
        format!("#EXTINF:{seconds},Beyoncé feat. Jay-Z - Crazy in Love")
    );
    let paths = m3u_paths(&text);
    assert_eq!(paths.len(), 3);
    for path in &paths {
        assert!(
            std::path::Path::new(path).is_file(),
            "a local export names real files: {path}"
        );
    }
    assert_eq!(paths[0], paths[2]);

    // Imported again: the same tracks in the same order, nothing unmatched.
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;
    let imported = import(&hub, json!({"m3u": text})).await;
    assert_eq!(imported["unmatched"], json!([]));
    assert_eq!(imported["playlist"]["playlist"]["name"], "Road trip é");
    assert_eq!(entry_track_ids(&imported["playlist"]), [a, b, a]);
    let new_id = imported["playlist"]["playlist"]["id"].as_str().expect("id");
    assert_ne!(new_id, playlist_id);
    let event = feed.next().await;
    assert_eq!(event.event, "playlistCreated");
    assert_eq!(event.data["payload"]["playlistId"], new_id);

    // Another machine gets paths relative to the library folder, which import too.
    let tokens = crate::common::paired(&hub, "phone-ana").await;
    let access = tokens["accessToken"].as_str().expect("access token");
    let remote_text = crate::common::remote(
        &hub,
        reqwest::Method::GET,
        &format!("/api/playlists/{playlist_id}/m3u8"),
    )
    .bearer_auth(access)
    .send()
    .await
    .expect("export as a device")
    .text()
    .await
    .expect("body");
    let library_path = library.path().to_string_lossy().into_owned();
    assert!(!remote_text.contains(&library_path), "{remote_text}");
    assert_eq!(
        m3u_paths(&remote_text),
        [
            "Beyoncé/Dangerously in Love/01 Crazy in Love.mp3",
            "Beyoncé/I Am... Sasha Fierce/1-01 If I Were a Boy.mp3",
            "Beyoncé/Dangerously in Love/01 Crazy in Love.mp3",
        ]
    );
    let again = import(&hub, json!({"name": "From the phone", "m3u": remote_text})).await;
    assert_eq!(again["playlist"]["playlist"]["name"], "From the phone");
    assert_eq!(entry_track_ids(&again["playlist"]), [a, b, a]);

    // An entry whose file left the library is written as a comment.
    let old = id(&tracks["Old School"]);
    let with_old = create(&hub, "Old", &[old, a]).await;
    std::fs::remove_file(library.path().join("Music/Old/Version One/old.mp3")).expect("delete");
    json_with_status(start_scan(&hub, json!({})).await, 202).await;
    finished_scan(&hub).await;
    let (_, _, text) = export(&hub, &with_old).await;
    assert!(text.contains("# unavailable: "), "{text}");
    assert_eq!(m3u_paths(&text).len(), 1);

    api_error(
        hub.get("/api/playlists/pl_nope/m3u8").await,
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn import_matches_paths_then_names_and_reports_the_rest() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    let tracks = track_ids(&hub).await;
    let (a, b, c) = (
        id(&tracks["Crazy in Love"]),
        id(&tracks["If I Were a Boy"]),
        id(&tracks["Single Ladies (Put a Ring on It)"]),
    );
    let music = library.path().join("Music");
    let absolute = music.join("Beyoncé/I Am... Sasha Fierce/1-01 If I Were a Boy.mp3");
    let url = format!(
        "file://{}",
        music
            .join("Beyoncé/I Am... Sasha Fierce/2-01 Single Ladies.flac")
            .to_string_lossy()
            .replace(' ', "%20")
    );
    let text = format!(
        "#EXTM3U\n#PLAYLIST:Mixed bag\n\
         #EXTINF:200,Somebody - Unknown song\n/elsewhere/unknown.mp3\n\
         {}\n\
         ./Beyoncé\\Dangerously in Love\\01 Crazy in Love.mp3\n\
         # a comment\n\n\
         #EXTINF:236,BEYONCE FEAT. JAY-Z - crazy in love\n/old/disk/crazy.mp3\n\
         {url}\n\
         missing/relative.ogg\n",
        absolute.to_string_lossy()
    );
    let imported = import(&hub, json!({"m3u": text})).await;
    assert_eq!(imported["playlist"]["playlist"]["name"], "Mixed bag");
    assert_eq!(entry_track_ids(&imported["playlist"]), [b, a, a, c]);
    assert_eq!(
        imported["unmatched"],
        json!([
            {"line": 4, "path": "/elsewhere/unknown.mp3", "title": "Somebody - Unknown song"},
            {"line": 12, "path": "missing/relative.ogg"},
        ])
    );

    // A caller on another machine cannot confirm where the folders are: its absolute
    // paths match nothing (a relative one still does).
    let token = crate::common::paired(&hub, "phone").await["accessToken"]
        .as_str()
        .expect("token")
        .to_owned();
    let remote_text = format!(
        "{}\nBeyoncé/Dangerously in Love/01 Crazy in Love.mp3\n",
        absolute.to_string_lossy()
    );
    let from_phone = crate::common::remote(&hub, reqwest::Method::POST, "/api/playlists/import")
        .bearer_auth(&token)
        .json(&json!({"m3u": remote_text}))
        .send()
        .await
        .expect("import");
    let from_phone = json_with_status(from_phone, 201).await;
    assert_eq!(
        entry_track_ids(&from_phone["playlist"]),
        std::slice::from_ref(&a)
    );
    assert_eq!(from_phone["unmatched"][0]["line"], 1, "{from_phone}");

    // Nothing matches: an empty playlist, named by default.
    let empty = import(&hub, json!({"m3u": "not a playlist\n"})).await;
    assert_eq!(empty["playlist"]["playlist"]["name"], "Imported playlist");
    assert_eq!(empty["playlist"]["playlist"]["trackCount"], 0);
    assert_eq!(empty["unmatched"][0]["line"], 1);

    for body in [
        json!({}),
        json!({"m3u": "x", "name": "   "}),
        json!({"m3u": "x", "extra": 1}),
    ] {
        api_error(
            post(&hub, "/api/playlists/import", body).await,
            400,
            "invalid_body",
        )
        .await;
    }
    assert_eq!(playlist_rows(&hub).await, 3);
}
