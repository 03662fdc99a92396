//! Metadata overrides on a real hub with the fixture music: file, override and effective
//! values; an override seen in the track, album and artist payloads, search, sorting and
//! the stats; regrouping by album and album artist; surviving a full rescan, a changed tag
//! and a forced rebuild; each validation rule; the batch form, all or nothing, one event.

use std::collections::BTreeMap;

use music_hub::library::generate;
use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, by_title, finished_scan, fixture_library, hub_on, json_with_status,
    paired, remote, start_scan, Sse, TestHub,
};

async fn send(
    hub: &TestHub,
    method: reqwest::Method,
    path: &str,
    body: Value,
) -> reqwest::Response {
    hub.client
        .request(method, hub.url(path))
        .json(&body)
        .send()
        .await
        .expect("request")
}

async fn put_overrides(hub: &TestHub, id: &str, body: Value) -> reqwest::Response {
    send(
        hub,
        reqwest::Method::PUT,
        &format!("/api/tracks/{id}/metadata/overrides"),
        body,
    )
    .await
}

async fn metadata(hub: &TestHub, id: &str) -> Value {
    json_with_status(hub.get(&format!("/api/tracks/{id}/metadata")).await, 200).await
}

async fn tracks(hub: &TestHub) -> BTreeMap<String, Value> {
    by_title(&all_tracks(hub).await)
}

fn id(track: &Value) -> String {
    track["id"].as_str().expect("track id").to_owned()
}

async fn track(hub: &TestHub, id: &str) -> Value {
    json_with_status(hub.get(&format!("/api/track/{id}")).await, 200).await
}

async fn rescan(hub: &TestHub, full: bool) {
    json_with_status(start_scan(hub, json!({ "full": full })).await, 202).await;
    let done = finished_scan(hub).await;
    assert_eq!(done["state"], "completed", "{done}");
}

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["name"].as_str().or(i["title"].as_str()))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn an_override_wins_everywhere_and_survives_rescans_and_a_changed_tag() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let crazy = id(&tracks(&hub).await["Crazy in Love"]);
    let old_album = track(&hub, &crazy).await["album"]["id"].clone();

    let before = metadata(&hub, &crazy).await;
    assert_eq!(before["fileTags"]["title"], "Crazy in Love", "{before}");
    assert_eq!(before["effective"]["title"], "Crazy in Love");
    assert_eq!(before["overrides"], json!({}));
    assert_eq!(before["overriddenFields"], json!([]));
    assert!(before.get("overridesUpdatedAt").is_none());

    let set = json_with_status(
        put_overrides(
            &hub,
            &crazy,
            json!({
                "title": "  Zzz Crazy Override ",
                "album": "Fixed Album",
                "albumArtists": ["The Fixer"],
                "year": 1987,
                "genres": ["Soul"],
            }),
        )
        .await,
        200,
    )
    .await;
    // File, override and effective, field by field.
    assert_eq!(set["fileTags"]["title"], "Crazy in Love", "{set}");
    assert_eq!(
        set["overrides"]["title"], "Zzz Crazy Override",
        "stored trimmed"
    );
    assert_eq!(set["effective"]["title"], "Zzz Crazy Override");
    assert_eq!(set["effective"]["artists"], set["fileTags"]["artists"]);
    assert_eq!(set["effective"]["year"], 1987);
    let details = set["overrideDetails"].as_array().expect("overrideDetails");
    assert_eq!(details.len(), 5, "{set}");
    assert!(details
        .iter()
        .all(|d| d["source"] == "user" && d["setAt"].is_string()));
    assert!(
        details.iter().all(|d| d.get("deviceId").is_none()),
        "a local call"
    );
    assert!(set["overridesUpdatedAt"].is_string());

    // The track payload, its new album and album artist, and the old album gone.
    let payload = track(&hub, &crazy).await;
    assert_eq!(payload["title"], "Zzz Crazy Override", "{payload}");
    assert_eq!(payload["album"]["title"], "Fixed Album");
    assert_eq!(names(&payload["albumArtists"]), ["The Fixer"]);
    assert_eq!(payload["year"], 1987);
    assert_ne!(payload["album"]["id"], old_album);
    api_error(
        hub.get(&format!(
            "/api/album/{}",
            old_album.as_str().unwrap_or_default()
        ))
        .await,
        404,
        "not_found",
    )
    .await;
    let album_id = payload["album"]["id"]
        .as_str()
        .expect("album id")
        .to_owned();
    let album = json_with_status(hub.get(&format!("/api/album/{album_id}")).await, 200).await;
    assert_eq!(album["album"]["title"], "Fixed Album", "{album}");
    assert_eq!(album["album"]["year"], 1987);

    // Search follows, the artist list has the album artist, the genre filter and the
    // title sort use the effective values.
    let found = json_with_status(hub.get("/api/search?q=override&record=false").await, 200).await;
    assert!(found.to_string().contains(&crazy), "{found}");
    let artists = json_with_status(hub.get("/api/artists?limit=500").await, 200).await;
    assert!(
        names(&artists["items"]).contains(&"The Fixer".to_owned()),
        "{artists}"
    );
    let soul = json_with_status(hub.get("/api/tracks?genre=Soul").await, 200).await;
    assert_eq!(soul["items"].as_array().map(Vec::len), Some(1), "{soul}");
    // Sorted by the effective title: "Zzz..." now comes after titles it came before.
    let sorted: Vec<String> = all_tracks(&hub).await.iter().map(id).collect();
    let at = |id: &str| sorted.iter().position(|s| s == id);
    let all = tracks(&hub).await;
    assert!(at(&crazy) > at(&id(&all["If I Were a Boy"])), "{sorted:?}");
    assert!(at(&crazy) > at(&id(&all["Old School"])), "{sorted:?}");

    // A full rescan keeps the override.
    rescan(&hub, true).await;
    assert_eq!(track(&hub, &crazy).await["title"], "Zzz Crazy Override");

    // A changed tag in the file: the new tag is the file value, the override still wins.
    let path = library
        .path()
        .join("Music/Beyoncé/Dangerously in Love/01 Crazy in Love.mp3");
    let mut retagged = generate::track(0);
    retagged.title = "Retagged Title".into();
    retagged.artist = "Beyoncé".into();
    retagged.album = "Dangerously in Love".into();
    generate::retag(&path, &retagged).expect("retag");
    rescan(&hub, false).await;
    let changed = metadata(&hub, &crazy).await;
    assert_eq!(changed["fileTags"]["title"], "Retagged Title", "{changed}");
    assert_eq!(changed["effective"]["title"], "Zzz Crazy Override");
    assert_eq!(track(&hub, &crazy).await["title"], "Zzz Crazy Override");

    // Clearing brings the file's values back everywhere.
    let cleared = send(
        &hub,
        reqwest::Method::DELETE,
        &format!("/api/tracks/{crazy}/metadata/overrides"),
        json!(null),
    )
    .await;
    assert_eq!(cleared.status(), 204);
    let back = track(&hub, &crazy).await;
    assert_eq!(back["title"], "Retagged Title", "{back}");
    assert_eq!(back["album"]["title"], "Dangerously in Love");
    let empty = metadata(&hub, &crazy).await;
    assert_eq!(empty["overriddenFields"], json!([]));
    hub.stop().await;
}

#[tokio::test]
async fn an_album_artist_override_regroups_and_a_put_replaces_the_overrides() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let all = tracks(&hub).await;
    let boy = id(&all["If I Were a Boy"]);
    let ladies = id(&all["Single Ladies (Put a Ring on It)"]);
    let shared = track(&hub, &boy).await["album"]["id"].clone();
    assert_eq!(track(&hub, &ladies).await["album"]["id"], shared);

    json_with_status(
        put_overrides(
            &hub,
            &ladies,
            json!({"albumArtists": ["Sasha Fierce"], "title": "SL"}),
        )
        .await,
        200,
    )
    .await;
    let moved = track(&hub, &ladies).await;
    assert_eq!(
        moved["album"]["title"],
        track(&hub, &boy).await["album"]["title"]
    );
    assert_ne!(
        moved["album"]["id"], shared,
        "another album artist: another album"
    );
    assert_eq!(
        track(&hub, &boy).await["album"]["id"],
        shared,
        "the other track stays"
    );

    // A PUT replaces: the title override goes, the album artist stays.
    let replaced = json_with_status(
        put_overrides(&hub, &ladies, json!({"albumArtists": ["Sasha Fierce"]})).await,
        200,
    )
    .await;
    assert_eq!(
        replaced["overriddenFields"],
        json!(["albumArtists"]),
        "{replaced}"
    );
    assert_eq!(
        track(&hub, &ladies).await["title"],
        "Single Ladies (Put a Ring on It)"
    );
    hub.stop().await;
}

#[tokio::test]
async fn each_rule_refuses_with_the_field_named_and_changes_nothing() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let crazy = id(&tracks(&hub).await["Crazy in Love"]);

    for (body, field) in [
        (json!({"title": "Crazy\u{7}"}), "title"),
        (json!({"artists": ["Beyoncé", "\tJay-Z"]}), "artists"),
        (json!({"genres": ["Soul", "  "]}), "genres"),
        (json!({"trackNumber": 13, "trackTotal": 12}), "trackNumber"),
        (json!({"discNumber": 3, "discTotal": 2}), "discNumber"),
    ] {
        let refused = api_error(
            put_overrides(&hub, &crazy, body.clone()).await,
            400,
            "invalid_body",
        )
        .await;
        assert_eq!(refused["details"]["parameter"], field, "{body}: {refused}");
    }
    // Unknown fields and wrong types are the schema's refusals.
    api_error(
        put_overrides(&hub, &crazy, json!({"mood": "happy"})).await,
        400,
        "invalid_body",
    )
    .await;
    api_error(
        put_overrides(&hub, &crazy, json!({"year": "1997"})).await,
        400,
        "invalid_body",
    )
    .await;
    api_error(
        put_overrides(&hub, &crazy, json!({"year": 10000})).await,
        400,
        "invalid_body",
    )
    .await;
    assert_eq!(metadata(&hub, &crazy).await["overriddenFields"], json!([]));
    api_error(
        put_overrides(&hub, "trk_nope", json!({"title": "x"})).await,
        404,
        "not_found",
    )
    .await;
    api_error(
        hub.get("/api/tracks/trk_nope/metadata").await,
        404,
        "not_found",
    )
    .await;
    hub.stop().await;
}

#[tokio::test]
async fn a_batch_is_all_or_nothing_and_one_event() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let all = tracks(&hub).await;
    let boy = id(&all["If I Were a Boy"]);
    let ladies = id(&all["Single Ladies (Put a Ring on It)"]);
    let batch = |ids: Vec<&str>, set: Value| json!({"trackIds": ids, "set": set});

    // An unknown track: nothing changes.
    let refused = api_error(
        send(
            &hub,
            reqwest::Method::PUT,
            "/api/metadata/overrides",
            batch(vec![&boy, "trk_nope", &ladies], json!({"year": 1999})),
        )
        .await,
        422,
        "unknown_track",
    )
    .await;
    assert_eq!(refused["details"]["trackId"], "trk_nope");
    // A rule one track breaks: nothing changes either.
    api_error(
        send(
            &hub,
            reqwest::Method::PUT,
            "/api/metadata/overrides",
            batch(vec![&boy, &ladies], json!({"year": 1999, "trackTotal": 0})),
        )
        .await,
        400,
        "invalid_body",
    )
    .await;
    for track_id in [&boy, &ladies] {
        assert_eq!(
            metadata(&hub, track_id).await["overriddenFields"],
            json!([])
        );
    }
    api_error(
        send(
            &hub,
            reqwest::Method::PUT,
            "/api/metadata/overrides",
            batch(vec![], json!({})),
        )
        .await,
        400,
        "invalid_body",
    )
    .await;

    let mut feed = Sse::open(&hub, "/api/library/events", None).await;
    let done = json_with_status(
        send(
            &hub,
            reqwest::Method::PUT,
            "/api/metadata/overrides",
            batch(
                vec![&boy, &ladies],
                json!({"year": 1999, "genres": ["R&B"]}),
            ),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(done["trackIds"], json!([boy, ladies]), "{done}");
    assert_eq!(done["overriddenFields"], json!(["year", "genres"]));
    for track_id in [&boy, &ladies] {
        let t = track(&hub, track_id).await;
        assert_eq!(t["year"], 1999, "{t}");
        let album = json_with_status(
            hub.get(&format!(
                "/api/album/{}",
                t["album"]["id"].as_str().unwrap_or_default()
            ))
            .await,
            200,
        )
        .await;
        assert_eq!(album["album"]["year"], 1999, "{album}");
    }
    // One event names every track of the batch.
    let message = loop {
        let message = feed.next().await;
        if message.event == "metadataUpdated" {
            break message;
        }
    };
    assert_eq!(
        message.data["payload"]["trackIds"],
        json!([boy, ladies]),
        "{message:?}"
    );
    hub.stop().await;
}

#[tokio::test]
async fn overrides_are_carried_over_a_forced_rebuild() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let crazy = id(&tracks(&hub).await["Crazy in Love"]);
    json_with_status(
        put_overrides(&hub, &crazy, json!({"title": "Kept Title"})).await,
        200,
    )
    .await;

    let rebuilt = json_with_status(
        send(
            &hub,
            reqwest::Method::POST,
            "/api/database/rebuild",
            json!({"force": true}),
        )
        .await,
        200,
    )
    .await;
    let carried = rebuilt["carriedOver"]
        .as_array()
        .expect("carriedOver")
        .iter()
        .find(|t| t["table"] == "metadata_overrides")
        .cloned()
        .expect("metadata_overrides carried over");
    assert_eq!(carried["rows"], 1, "{rebuilt}");
    finished_scan(&hub).await;
    let after = metadata(&hub, &crazy).await;
    assert_eq!(after["overrides"]["title"], "Kept Title", "{after}");
    assert_eq!(track(&hub, &crazy).await["title"], "Kept Title");
    hub.stop().await;
}

/// A fixture MP3 copied to `music/rel_path` and tagged as `spec`.
fn tagged_copy(music: &std::path::Path, rel_path: &str, spec: generate::GeneratedTrack) {
    let path = music.join(rel_path);
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::copy(
        generate::fixtures_dir().join("Beyoncé/Dangerously in Love/01 Crazy in Love.mp3"),
        &path,
    )
    .expect("copy");
    generate::retag(&path, &spec).expect("retag");
}

fn spec(title: &str, artist: &str, album: &str, track: u32, year: i32) -> generate::GeneratedTrack {
    generate::GeneratedTrack {
        rel_path: String::new(),
        title: title.into(),
        artist: artist.into(),
        album: album.into(),
        track,
        year,
        genre: "Rock",
    }
}

async fn enrichment(hub: &TestHub, id: &str) -> Value {
    json_with_status(hub.get(&format!("/api/tracks/{id}/enrichment")).await, 200).await
}

async fn apply(hub: &TestHub, id: &str, body: Value) -> reqwest::Response {
    send(
        hub,
        reqwest::Method::POST,
        &format!("/api/tracks/{id}/enrichment/apply"),
        body,
    )
    .await
}

#[tokio::test]
async fn enrichment_from_the_path_and_the_album_applies_all_or_some_and_refuses_stale() {
    let library = tempfile::tempdir().expect("library");
    let music = library.path().join("Music");
    tagged_copy(
        &music,
        "Some Artist/Some Album/03 - Real Title.mp3",
        spec("Track 03", "Unknown Artist", "Unknown Album", 3, 2001),
    );
    for (file, title, track, year) in [
        ("01 - A.mp3", "A", 1, 2001),
        ("02 - B.mp3", "B", 2, 2001),
        ("03 - C.mp3", "C", 3, 1999),
    ] {
        tagged_copy(
            &music,
            &format!("Band/Record/{file}"),
            spec(title, "Band", "Record", track, year),
        );
    }
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let all = tracks(&hub).await;
    let generic = id(&all["Track 03"]);

    // From the path: the generic title, artist and album, none of the real tags.
    let found = enrichment(&hub, &generic).await;
    let suggestions = found["suggestions"].as_array().expect("suggestions");
    assert_eq!(suggestions.len(), 1, "{found}");
    let path = &suggestions[0];
    assert_eq!(path["source"], "path");
    assert_eq!(path["confidence"], 0.6);
    assert_eq!(
        path["changedFields"],
        json!(["title", "artists", "album"]),
        "{path}"
    );
    assert_eq!(path["values"]["title"], "Real Title");
    assert_eq!(path["values"]["artists"], json!(["Some Artist"]));
    assert!(found["checkedAt"].is_string());
    let suggestion = path["id"].as_str().expect("id").to_owned();

    // Apply some fields: the source is recorded.
    api_error(
        apply(
            &hub,
            &generic,
            json!({"suggestionId": suggestion, "fields": ["year"]}),
        )
        .await,
        400,
        "invalid_body",
    )
    .await;
    api_error(
        apply(
            &hub,
            &generic,
            json!({"suggestionId": "sug_0000000000000000"}),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    let some = json_with_status(
        apply(
            &hub,
            &generic,
            json!({"suggestionId": suggestion, "fields": ["title"]}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(some["overriddenFields"], json!(["title"]), "{some}");
    assert_eq!(some["overrideDetails"][0]["source"], "path");
    assert_eq!(track(&hub, &generic).await["title"], "Real Title");

    // The track changed since: the same suggestion is stale.
    api_error(
        apply(&hub, &generic, json!({"suggestionId": suggestion})).await,
        409,
        "suggestion_stale",
    )
    .await;

    // Listed again, it offers the rest; applying all of it fills artist and album.
    let again = enrichment(&hub, &generic).await;
    let rest = &again["suggestions"][0];
    assert_eq!(
        rest["changedFields"],
        json!(["artists", "album"]),
        "{again}"
    );
    json_with_status(
        apply(&hub, &generic, json!({"suggestionId": rest["id"]})).await,
        200,
    )
    .await;
    let fixed = track(&hub, &generic).await;
    assert_eq!(names(&fixed["artists"]), ["Some Artist"], "{fixed}");
    assert_eq!(fixed["album"]["title"], "Some Album");
    assert_eq!(enrichment(&hub, &generic).await["suggestions"], json!([]));

    // Album consistency: the one track with another year is offered the majority's.
    let odd = id(&all["C"]);
    let offered = enrichment(&hub, &odd).await;
    let year = &offered["suggestions"][0];
    assert_eq!(
        offered["suggestions"].as_array().map(Vec::len),
        Some(1),
        "{offered}"
    );
    assert_eq!(year["source"], "album");
    assert_eq!(year["values"]["year"], 2001);
    let confidence = year["confidence"].as_f64().expect("confidence");
    assert!((confidence - 2.0 / 3.0).abs() < 1e-9, "{confidence}");
    assert_eq!(
        enrichment(&hub, &id(&all["A"])).await["suggestions"],
        json!([])
    );
    json_with_status(
        apply(&hub, &odd, json!({"suggestionId": year["id"]})).await,
        200,
    )
    .await;
    assert_eq!(track(&hub, &odd).await["year"], 2001);
    hub.stop().await;
}

#[tokio::test]
async fn an_override_says_which_device_set_it() {
    let library = fixture_library();
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let crazy = id(&tracks(&hub).await["Crazy in Love"]);
    let device_id = "dev_metadata_phone";
    let tokens = paired(&hub, device_id).await;
    let token = tokens["accessToken"].as_str().expect("accessToken");
    let set = json_with_status(
        remote(
            &hub,
            reqwest::Method::PUT,
            &format!("/api/tracks/{crazy}/metadata/overrides"),
        )
        .bearer_auth(token)
        .json(&json!({"comment": "from the phone"}))
        .send()
        .await
        .expect("put"),
        200,
    )
    .await;
    assert_eq!(set["overrideDetails"][0]["field"], "comment", "{set}");
    assert_eq!(set["overrideDetails"][0]["deviceId"], device_id);
    assert_eq!(set["effective"]["comment"], "from the phone");
    hub.stop().await;
}
