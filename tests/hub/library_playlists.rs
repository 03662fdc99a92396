//! Playlist files in the library folders on a real hub: a scan offers each as a read-only
//! playlist that follows the file (matched beside the file, under the root, by absolute
//! path), refuses every edit with 409, follows the file's changes and its removal, and never
//! touches the playlists people made.

use std::path::Path;

use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, by_title, finished_scan, fixture_library, hub_on, json_with_status,
    start_scan, Sse, TestHub,
};

async fn send(
    hub: &TestHub,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let call = hub.client.request(method, hub.url(path));
    let call = match body {
        Some(body) => call.json(&body),
        None => call,
    };
    call.send().await.expect("request")
}

fn track_ids_of(detail: &Value) -> Vec<String> {
    detail["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["trackId"].as_str().expect("trackId").to_owned())
        .collect()
}

async fn playlists(hub: &TestHub) -> Vec<Value> {
    let page = json_with_status(hub.get("/api/playlists?limit=100").await, 200).await;
    page["items"].as_array().expect("items").clone()
}

async fn rescan(hub: &TestHub, body: Value) {
    json_with_status(start_scan(hub, body).await, 202).await;
    finished_scan(hub).await;
}

/// The next event of `kind`, skipping the scan's other changes.
async fn next_of(feed: &mut Sse, kind: &str) -> Value {
    for _ in 0..50 {
        let event = feed.next().await;
        if event.event == kind {
            return event.data["payload"].clone();
        }
    }
    panic!("no {kind} event");
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::write(path, text).expect("write playlist file");
}

#[tokio::test]
async fn a_library_playlist_file_is_followed_and_read_only() {
    let library = fixture_library();
    let music = library.path().join("Music");
    let single_ladies = music.join("Beyoncé/I Am... Sasha Fierce/2-01 Single Ladies.flac");
    let file = music.join("Lists/Best.m3u8");
    // Beside the file (`..`), under the root, an absolute path, one line nothing matches.
    write(
        &file,
        &format!(
            "#EXTM3U\n#PLAYLIST:Best of\n\
             #EXTINF:236,Beyoncé - Crazy in Love\n\
             ../Beyoncé/Dangerously in Love/01 Crazy in Love.mp3\n\
             Beyoncé/I Am... Sasha Fierce/1-01 If I Were a Boy.mp3\n\
             #EXTINF:1,Nobody - Nothing at all\n../Nowhere/gone.mp3\n\
             {}\n",
            single_ladies.to_string_lossy()
        ),
    );
    let hub = hub_on(library.path(), false).await;
    finished_scan(&hub).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let id = |title: &str| tracks[title]["id"].as_str().expect("id").to_owned();
    let (a, b, c) = (
        id("Crazy in Love"),
        id("If I Were a Boy"),
        id("Single Ladies (Put a Ring on It)"),
    );
    let mine = json_with_status(
        send(
            &hub,
            reqwest::Method::POST,
            "/api/playlists",
            Some(json!({"name": "Mine", "trackIds": [b]})),
        )
        .await,
        201,
    )
    .await;
    let mine_id = mine["playlist"]["id"].as_str().expect("id").to_owned();
    assert_eq!(mine["playlist"]["readOnly"], false, "{mine}");

    let listed = playlists(&hub).await;
    assert_eq!(listed.len(), 2, "{listed:?}");
    let followed = listed
        .iter()
        .find(|p| p["readOnly"] == true)
        .expect("the file's playlist");
    assert_eq!(followed["name"], "Best of");
    assert_eq!(followed["trackCount"], 3, "the unmatched line is left out");
    assert!(
        !followed.to_string().contains("Lists/Best"),
        "the file's path is not shown: {followed}"
    );
    let playlist_id = followed["id"].as_str().expect("id").to_owned();
    let path = format!("/api/playlists/{playlist_id}");
    let detail = json_with_status(hub.get(&path).await, 200).await;
    assert_eq!(track_ids_of(&detail), [a.clone(), b.clone(), c.clone()]);
    assert_eq!(detail["playlist"]["readOnly"], true);
    let entry_ids: Vec<Value> = detail["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["entryId"].clone())
        .collect();

    // Every edit is refused, and nothing changes.
    let entry = entry_ids[0].as_str().expect("entry id");
    let mut reversed = entry_ids.clone();
    reversed.reverse();
    for (method, route, body) in [
        (
            reqwest::Method::PATCH,
            path.clone(),
            Some(json!({"name": "Mine now"})),
        ),
        (reqwest::Method::PATCH, path.clone(), Some(json!({}))),
        (reqwest::Method::DELETE, path.clone(), None),
        (
            reqwest::Method::POST,
            format!("{path}/tracks"),
            Some(json!({"trackIds": [a]})),
        ),
        (
            reqwest::Method::DELETE,
            format!("{path}/tracks/{entry}"),
            None,
        ),
        (
            reqwest::Method::PUT,
            format!("{path}/order"),
            Some(json!({"entryIds": reversed})),
        ),
    ] {
        api_error(
            send(&hub, method.clone(), &route, body).await,
            409,
            "playlist_read_only",
        )
        .await;
    }
    assert_eq!(json_with_status(hub.get(&path).await, 200).await, detail);
    // It can still be exported (its export imports as a playlist of one's own).
    let exported = hub.get(&format!("{path}/m3u8")).await;
    assert_eq!(exported.status(), 200);

    // The file changes: a rescan follows it, under the same id.
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;
    write(
        &file,
        "#EXTM3U\n#PLAYLIST:Best of, again\n\
         ../Beyoncé/I Am... Sasha Fierce/2-01 Single Ladies.flac\n\
         #EXTINF:236,Beyoncé feat. Jay-Z - Crazy in Love\n/old/disk/crazy.mp3\n",
    );
    rescan(&hub, json!({})).await;
    assert_eq!(
        next_of(&mut feed, "playlistUpdated").await["playlistId"],
        playlist_id.as_str()
    );
    let changed = json_with_status(hub.get(&path).await, 200).await;
    assert_eq!(changed["playlist"]["name"], "Best of, again");
    assert_eq!(track_ids_of(&changed), [c.clone(), a.clone()]);

    // A rescan of an unchanged file changes nothing.
    rescan(&hub, json!({"full": true})).await;
    assert_eq!(json_with_status(hub.get(&path).await, 200).await, changed);

    // The file goes: so does its playlist; the person's own stays as it was.
    std::fs::remove_file(&file).expect("remove the file");
    rescan(&hub, json!({})).await;
    assert_eq!(
        next_of(&mut feed, "playlistDeleted").await["playlistId"],
        playlist_id.as_str()
    );
    api_error(hub.get(&path).await, 404, "not_found").await;
    let left = playlists(&hub).await;
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0]["id"], mine_id.as_str());
    let kept = json_with_status(hub.get(&format!("/api/playlists/{mine_id}")).await, 200).await;
    assert_eq!(track_ids_of(&kept), [b]);
    hub.stop().await;
}

#[tokio::test]
async fn the_watcher_follows_a_playlist_file_too() {
    let library = fixture_library();
    let hub = hub_on(library.path(), true).await;
    finished_scan(&hub).await;
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;
    let file = library
        .path()
        .join("Music/Beyoncé/Dangerously in Love/Album.m3u");
    // Latin-1, as older players write `.m3u` files.
    std::fs::write(
        &file,
        b"01 Crazy in Love.mp3\n#EXTINF:1,Beyonc\xe9 - Nothing\nx.mp3\n",
    )
    .expect("write");
    let created = next_of(&mut feed, "playlistCreated").await;
    let id = created["playlistId"].as_str().expect("id").to_owned();
    let detail = json_with_status(hub.get(&format!("/api/playlists/{id}")).await, 200).await;
    assert_eq!(detail["playlist"]["name"], "Album");
    assert_eq!(detail["playlist"]["trackCount"], 1, "{detail}");
    // The track its second line names arrives: the playlist follows, its file unchanged.
    let folder = library.path().join("Music/Beyoncé/Dangerously in Love");
    std::fs::copy(folder.join("01 Crazy in Love.mp3"), folder.join("x.mp3")).expect("copy");
    let updated = next_of(&mut feed, "playlistUpdated").await;
    assert_eq!(updated["playlistId"], id.as_str());
    let detail = json_with_status(hub.get(&format!("/api/playlists/{id}")).await, 200).await;
    assert_eq!(detail["playlist"]["trackCount"], 2, "{detail}");
    std::fs::remove_file(&file).expect("remove");
    assert_eq!(
        next_of(&mut feed, "playlistDeleted").await["playlistId"],
        id.as_str()
    );
    hub.stop().await;
}
