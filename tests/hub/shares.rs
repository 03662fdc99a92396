//! Share links: managing them (create, list, change, delete), the public bootstraps of each
//! kind through a remote-looking caller, what their payloads may show, the share media
//! token's reach, heartbeats, expiry and revocation cutting live sessions, `maxSessions`,
//! passwords, the per-address limits (bootstraps, heartbeats, misses), and the names a
//! share's streams go by.

use std::sync::Arc;
use std::time::Duration;

use music_hub::clock::{ManualClock, SharedClock, SystemClock};
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, by_title, committed_document, finished_scan, fixture_library,
    json_with_status, TestHub,
};

/// A hub on the fixture library, scanned, with `--public-url` set.
async fn serving(clock: SharedClock) -> (TestHub, tempfile::TempDir) {
    let library = fixture_library();
    let music = library.path().join("Music");
    let hub = TestHub::start_with(
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
            config.public_url = Some("https://music.example.org".into());
        },
        clock,
    )
    .await;
    finished_scan(&hub).await;
    (hub, library)
}

/// A call from a visitor on the internet, relayed by a local tunnel.
fn visitor(hub: &TestHub, from: &str, method: Method, path: &str) -> reqwest::RequestBuilder {
    hub.client
        .request(method, hub.url(path))
        .header("X-Forwarded-For", from)
}

const VISITOR: &str = "198.51.100.20";

async fn create(hub: &TestHub, body: Value) -> Value {
    let response = hub
        .client
        .post(hub.url("/api/shares"))
        .json(&body)
        .send()
        .await
        .expect("create a share");
    json_with_status(response, 201).await
}

async fn bootstrap(hub: &TestHub, from: &str, kind: &str, id: &str) -> reqwest::Response {
    visitor(
        hub,
        from,
        Method::GET,
        &format!("/api/share/{kind}/{id}/bootstrap"),
    )
    .send()
    .await
    .expect("bootstrap")
}

async fn heartbeat(hub: &TestHub, from: &str, session: &str) -> reqwest::Response {
    visitor(hub, from, Method::POST, "/api/share/session/heartbeat")
        .json(&json!({ "shareSessionId": session }))
        .send()
        .await
        .expect("heartbeat")
}

async fn stream(hub: &TestHub, track_id: &str, token: &str, extra: &str) -> reqwest::Response {
    visitor(
        hub,
        VISITOR,
        Method::GET,
        &format!("/api/media/stream/{track_id}?mediaToken={token}{extra}"),
    )
    .header("Range", "bytes=0-99")
    .send()
    .await
    .expect("stream")
}

fn id_of(tracks: &std::collections::BTreeMap<String, Value>, title: &str) -> String {
    let track = tracks
        .get(title)
        .unwrap_or_else(|| panic!("no {title} in {:?}", tracks.keys()));
    track["id"].as_str().expect("an id").to_owned()
}

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("no {key} in {value}"))
}

/// Keys no public payload may carry, at any depth.
const PRIVATE_KEYS: &[&str] = &[
    "relativePath",
    "path",
    "rootId",
    "root",
    "roots",
    "playCount",
    "lastPlayedAt",
    "saved",
    "fileSizeBytes",
    "device",
    "deviceId",
    "devices",
    "addedAt",
    "updatedAt",
    "passwordHash",
    "password",
    "itemId",
    "accessCount",
];

fn walk_private(value: &Value, at: &str, library: &str) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                assert!(
                    !PRIVATE_KEYS.contains(&key.as_str()),
                    "a public payload shows `{key}` at {at}"
                );
                walk_private(inner, &format!("{at}.{key}"), library);
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|item| walk_private(item, &format!("{at}[]"), library)),
        Value::String(text) => assert!(
            !text.contains(library) && !text.contains("/Music/"),
            "a public payload shows a file path at {at}: {text}"
        ),
        _ => {}
    }
}

/// Checks that `value` has exactly what the contract's `schema` allows: its required keys,
/// and no key the schema does not name, through `$ref`s and arrays.
fn conforms(document: &Value, schema: &Value, value: &Value, at: &str) {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.rsplit('/').next().expect("a schema name");
        return conforms(
            document,
            &document["components"]["schemas"][name],
            value,
            at,
        );
    }
    if let Some(all) = schema["allOf"].as_array() {
        return all.iter().for_each(|s| conforms(document, s, value, at));
    }
    match value {
        Value::Object(map) => {
            let properties = schema["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{at}: the schema has no properties: {schema}"));
            for key in map.keys() {
                assert!(
                    properties.contains_key(key),
                    "{at}.{key} is not in the contract"
                );
            }
            for required in schema["required"].as_array().into_iter().flatten() {
                let key = required.as_str().expect("a key");
                assert!(map.contains_key(key), "{at}.{key} is required");
            }
            for (key, inner) in map {
                conforms(document, &properties[key], inner, &format!("{at}.{key}"));
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|item| conforms(document, &schema["items"], item, &format!("{at}[]"))),
        _ => {}
    }
}

fn public_payload(document: &Value, schema: &str, payload: &Value, library: &str) {
    walk_private(payload, "$", library);
    conforms(
        document,
        &json!({ "$ref": format!("#/components/schemas/{schema}") }),
        payload,
        "$",
    );
}

#[tokio::test]
async fn owners_create_list_change_and_delete_shares() {
    let (hub, _library) = serving(Arc::new(SystemClock)).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let album_id = str_of(&tracks["夜に駆ける"]["album"], "id").to_owned();

    let missing = hub
        .client
        .post(hub.url("/api/shares"))
        .json(&json!({ "kind": "album", "itemId": "alb_nope" }))
        .send()
        .await
        .expect("create");
    api_error(missing, 404, "not_found").await;

    let share = create(
        &hub,
        json!({ "kind": "album", "itemId": album_id, "expiresInHours": 24, "password": "pw",
                "maxSessions": 5 }),
    )
    .await;
    let id = str_of(&share, "id").to_owned();
    let random = id.strip_prefix("shr_").expect("the prefix");
    assert!(
        random.len() >= 22,
        "128 bits are 22 base64 characters: {id}"
    );
    assert!(random
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    assert_eq!(share["title"], "THE BOOK");
    assert_eq!(share["kind"], "album");
    assert_eq!(share["hasPassword"], true);
    assert_eq!(share["allowDownload"], false);
    assert_eq!(share["maxSessions"], 5);
    assert_eq!(share["accessCount"], 0);
    assert!(share.get("password").is_none() && share.get("passwordHash").is_none());
    assert_eq!(
        share["bootstrapPath"],
        format!("/api/share/album/{id}/bootstrap")
    );
    assert_eq!(
        share["pageUrl"],
        format!("https://music.example.org/share/album/{id}")
    );
    assert!(share["expiresAt"].is_string());

    let track = create(
        &hub,
        json!({ "kind": "track", "itemId": id_of(&tracks, "Single Ladies (Put a Ring on It)") }),
    )
    .await;
    let list = json_with_status(hub.get("/api/shares").await, 200).await;
    assert_eq!(list["total"], 2);
    // The newest first.
    assert_eq!(list["items"][0]["id"], track["id"]);
    let only_albums = json_with_status(hub.get("/api/shares?kind=album").await, 200).await;
    assert_eq!(only_albums["total"], 1);
    let paged = json_with_status(hub.get("/api/shares?limit=1").await, 200).await;
    let cursor = str_of(&paged, "nextCursor");
    let next = json_with_status(
        hub.get(&format!("/api/shares?limit=1&cursor={cursor}"))
            .await,
        200,
    )
    .await;
    assert_eq!(next["items"][0]["id"], share["id"]);

    let patched = hub
        .client
        .patch(hub.url(&format!("/api/shares/{id}")))
        .json(
            &json!({ "expiresInHours": 0, "password": "", "allowDownload": true,
                        "maxSessions": 0 }),
        )
        .send()
        .await
        .expect("patch");
    let patched = json_with_status(patched, 200).await;
    assert_eq!(patched["hasPassword"], false);
    assert_eq!(patched["allowDownload"], true);
    assert!(patched.get("expiresAt").is_none(), "{patched}");
    assert!(patched.get("maxSessions").is_none(), "{patched}");

    let opened = bootstrap(&hub, VISITOR, "album", &id).await;
    json_with_status(opened, 200).await;
    // The access is counted apart from the answer: it shows up shortly after.
    let mut counted = Value::Null;
    for _ in 0..100 {
        let list = json_with_status(hub.get("/api/shares?kind=album").await, 200).await;
        counted = list["items"][0].clone();
        if counted["accessCount"] == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(counted["accessCount"], 1, "{counted}");
    assert!(counted["lastAccessedAt"].is_string());

    let deleted = hub
        .client
        .delete(hub.url(&format!("/api/shares/{id}")))
        .send()
        .await
        .expect("delete");
    assert_eq!(deleted.status(), 204);
    let again = hub
        .client
        .delete(hub.url(&format!("/api/shares/{id}")))
        .send()
        .await
        .expect("delete again");
    api_error(again, 404, "not_found").await;
    api_error(
        bootstrap(&hub, VISITOR, "album", &id).await,
        404,
        "not_found",
    )
    .await;
    let unknown_patch = hub
        .client
        .patch(hub.url(&format!("/api/shares/{id}")))
        .json(&json!({ "allowDownload": true }))
        .send()
        .await
        .expect("patch");
    api_error(unknown_patch, 404, "not_found").await;

    // A remote caller with no token manages nothing.
    let remote_list = visitor(&hub, VISITOR, Method::GET, "/api/shares")
        .send()
        .await
        .expect("list");
    assert_eq!(remote_list.status(), 401);
}

#[tokio::test]
async fn each_kind_opens_for_a_visitor_and_shows_nothing_private() {
    let (hub, library) = serving(Arc::new(SystemClock)).await;
    let library_path = library.path().to_string_lossy().into_owned();
    let document = committed_document();
    let tracks = by_title(&all_tracks(&hub).await);
    let crazy = &tracks["Crazy in Love"];
    let artist_id = str_of(&crazy["albumArtists"][0], "id").to_owned();
    let playlist = hub
        .client
        .post(hub.url("/api/playlists"))
        .json(&json!({ "name": "Road trip",
                        "trackIds": [id_of(&tracks, "Single Ladies (Put a Ring on It)"), id_of(&tracks, "夜に駆ける")] }))
        .send()
        .await
        .expect("playlist");
    let playlist = json_with_status(playlist, 201).await;

    let cases = [
        (
            "track",
            id_of(&tracks, "夜に駆ける"),
            "TrackShareBootstrap",
            "track",
        ),
        (
            "album",
            str_of(&tracks["Single Ladies (Put a Ring on It)"]["album"], "id").to_owned(),
            "AlbumShareBootstrap",
            "album",
        ),
        ("artist", artist_id, "ArtistShareBootstrap", "artist"),
        (
            "playlist",
            str_of(&playlist["playlist"], "id").to_owned(),
            "PlaylistShareBootstrap",
            "playlist",
        ),
    ];
    let mut shares = Vec::new();
    for (kind, item, schema, field) in cases {
        let share = create(&hub, json!({ "kind": kind, "itemId": item })).await;
        let id = str_of(&share, "id").to_owned();
        let opened = json_with_status(bootstrap(&hub, VISITOR, kind, &id).await, 200).await;
        public_payload(&document, schema, &opened, &library_path);
        assert_eq!(opened["share"]["id"], id.as_str());
        assert_eq!(opened["heartbeatIntervalSeconds"], 60);
        assert!(str_of(&opened, "shareSessionId").starts_with("shs_"));
        assert!(opened[field].is_object(), "{opened}");
        shares.push((kind, id, opened));
    }
    let titles = |opened: &Value, field: &str| -> Vec<String> {
        let item = &opened[field];
        let list = if field == "track" {
            vec![item.clone()]
        } else {
            item["tracks"].as_array().cloned().unwrap_or_default()
        };
        list.iter()
            .map(|t| t["title"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(titles(&shares[0].2, "track"), ["夜に駆ける"]);
    assert_eq!(
        titles(&shares[1].2, "album"),
        ["If I Were a Boy", "Single Ladies (Put a Ring on It)"]
    );
    let mut artist_titles = titles(&shares[2].2, "artist");
    artist_titles.sort();
    assert_eq!(
        artist_titles,
        [
            "Crazy in Love",
            "If I Were a Boy",
            "Single Ladies (Put a Ring on It)"
        ]
    );
    assert_eq!(
        shares[2].2["artist"]["albums"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(
        titles(&shares[3].2, "playlist"),
        ["Single Ladies (Put a Ring on It)", "夜に駆ける"]
    );
    assert_eq!(shares[3].2["playlist"]["name"], "Road trip");

    // Unknown, wrong kind and made-up ids answer the same, to the byte.
    let (_, album_share, _) = &shares[1];
    let wrong_kind = bootstrap(&hub, VISITOR, "track", album_share).await;
    assert_eq!(wrong_kind.status(), 404);
    let wrong_kind = wrong_kind.text().await.expect("body");
    let unknown = bootstrap(&hub, VISITOR, "track", "shr_AAAAAAAAAAAAAAAAAAAAAA").await;
    assert_eq!(unknown.status(), 404);
    assert_eq!(unknown.text().await.expect("body"), wrong_kind);
    assert!(wrong_kind.contains("\"not_found\""), "{wrong_kind}");

    // The album share's token: its own tracks and cover, nothing else.
    let opened = &shares[1].2;
    let token = str_of(opened, "mediaToken");
    let own = str_of(&opened["album"]["tracks"][0], "id");
    let response = stream(&hub, own, token, "").await;
    assert_eq!(response.status(), 206);
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(disposition.starts_with("inline"), "{disposition}");
    // `allowDownload` is off: asking to save still plays inline.
    let response = stream(&hub, own, token, "&download=1").await;
    assert_eq!(response.status(), 206);
    assert!(response.headers()["content-disposition"]
        .to_str()
        .expect("ascii")
        .starts_with("inline"));
    let other = id_of(&tracks, "夜に駆ける");
    api_error(stream(&hub, &other, token, "").await, 403, "forbidden").await;
    api_error(stream(&hub, "trk_nope", token, "").await, 403, "forbidden").await;
    let api = visitor(
        &hub,
        VISITOR,
        Method::GET,
        &format!("/api/tracks?mediaToken={token}"),
    )
    .send()
    .await
    .expect("api");
    assert_eq!(api.status(), 401);
    // Artwork: the track share's cover is its own; an image no shared track shows is not.
    let cover = str_of(&shares[0].2["track"], "artworkId").to_owned();
    let outside = "aw_00000000000000000000000000000000".to_owned();
    let artwork = |token: String, id: String| {
        visitor(
            &hub,
            VISITOR,
            Method::GET,
            &format!("/api/media/artwork/{id}?mediaToken={token}"),
        )
        .send()
    };
    let yes = artwork(str_of(&shares[0].2, "mediaToken").to_owned(), cover.clone())
        .await
        .expect("artwork");
    assert_eq!(yes.status(), 200);
    let no = artwork(str_of(&shares[0].2, "mediaToken").to_owned(), outside)
        .await
        .expect("artwork");
    api_error(no, 403, "forbidden").await;
    let album_cover = str_of(&opened["album"], "artworkId").to_owned();
    let with_album_token = artwork(token.to_owned(), album_cover)
        .await
        .expect("artwork");
    assert_eq!(with_album_token.status(), 200);
    let elsewhere = tracks
        .values()
        .filter_map(|t| t["artworkId"].as_str())
        .find(|id| {
            !opened["album"]["tracks"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|t| t["artworkId"] == *id)
        })
        .map(str::to_owned);
    if let Some(elsewhere) = elsewhere {
        let no = artwork(token.to_owned(), elsewhere).await.expect("artwork");
        api_error(no, 403, "forbidden").await;
    }

    // A share that allows downloads sends `attachment` when asked.
    let patched = hub
        .client
        .patch(hub.url(&format!("/api/shares/{}", shares[1].1)))
        .json(&json!({ "allowDownload": true }))
        .send()
        .await
        .expect("patch");
    assert_eq!(patched.status(), 200);
    let response = stream(&hub, own, token, "&download=1").await;
    assert_eq!(response.status(), 206);
    assert!(response.headers()["content-disposition"]
        .to_str()
        .expect("ascii")
        .starts_with("attachment"));

    // A heartbeat keeps the session and renews the token.
    let beat = json_with_status(
        heartbeat(&hub, VISITOR, str_of(opened, "shareSessionId")).await,
        200,
    )
    .await;
    let fresh = str_of(&beat, "mediaToken");
    assert_eq!(stream(&hub, own, fresh, "").await.status(), 206);
    assert_eq!(beat["shareSessionId"], opened["shareSessionId"]);
}

#[tokio::test]
async fn expiry_and_revocation_end_live_sessions_and_tokens() {
    let clock = ManualClock::starting_now();
    let (hub, _library) = serving(clock.clone()).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let track = id_of(&tracks, "Single Ladies (Put a Ring on It)");

    // The media token lasts ten minutes; a heartbeat gives a fresh one.
    let share = create(
        &hub,
        json!({ "kind": "track", "itemId": track, "expiresInHours": 1 }),
    )
    .await;
    let id = str_of(&share, "id").to_owned();
    let opened = json_with_status(bootstrap(&hub, VISITOR, "track", &id).await, 200).await;
    let session = str_of(&opened, "shareSessionId").to_owned();
    let first = str_of(&opened, "mediaToken").to_owned();
    assert_eq!(stream(&hub, &track, &first, "").await.status(), 206);
    clock.advance(Duration::from_secs(9 * 60));
    let beat = json_with_status(heartbeat(&hub, VISITOR, &session).await, 200).await;
    let second = str_of(&beat, "mediaToken").to_owned();
    clock.advance(Duration::from_secs(2 * 60));
    api_error(
        stream(&hub, &track, &first, "").await,
        401,
        "media_token_expired",
    )
    .await;
    assert_eq!(stream(&hub, &track, &second, "").await.status(), 206);

    // The share expires after its hour: the session and the live token end with it.
    let mut third = second;
    for _ in 0..5 {
        clock.advance(Duration::from_secs(9 * 60));
        let live = json_with_status(heartbeat(&hub, VISITOR, &session).await, 200).await;
        third = str_of(&live, "mediaToken").to_owned();
    }
    assert_eq!(stream(&hub, &track, &third, "").await.status(), 206);
    clock.advance(Duration::from_secs(5 * 60));
    api_error(
        stream(&hub, &track, &third, "").await,
        401,
        "media_token_expired",
    )
    .await;
    api_error(
        heartbeat(&hub, VISITOR, &session).await,
        404,
        "share_session_expired",
    )
    .await;
    api_error(
        bootstrap(&hub, VISITOR, "track", &id).await,
        404,
        "not_found",
    )
    .await;
    // Listed until deleted, with its expiry in the past.
    let list = json_with_status(hub.get("/api/shares").await, 200).await;
    assert_eq!(list["items"][0]["id"], id.as_str());

    // A session without heartbeats ends after 30 minutes, its share still live.
    let share = create(&hub, json!({ "kind": "track", "itemId": track })).await;
    let id = str_of(&share, "id").to_owned();
    let opened = json_with_status(bootstrap(&hub, VISITOR, "track", &id).await, 200).await;
    let session = str_of(&opened, "shareSessionId").to_owned();
    clock.advance(Duration::from_secs(31 * 60));
    api_error(
        heartbeat(&hub, VISITOR, &session).await,
        404,
        "share_session_expired",
    )
    .await;

    // Deleting a share ends its sessions and tokens at once.
    let opened = json_with_status(bootstrap(&hub, VISITOR, "track", &id).await, 200).await;
    let session = str_of(&opened, "shareSessionId").to_owned();
    let token = str_of(&opened, "mediaToken").to_owned();
    assert_eq!(stream(&hub, &track, &token, "").await.status(), 206);
    let deleted = hub
        .client
        .delete(hub.url(&format!("/api/shares/{id}")))
        .send()
        .await
        .expect("delete");
    assert_eq!(deleted.status(), 204);
    api_error(
        stream(&hub, &track, &token, "").await,
        401,
        "media_token_expired",
    )
    .await;
    api_error(
        heartbeat(&hub, VISITOR, &session).await,
        404,
        "share_session_expired",
    )
    .await;
}

#[tokio::test]
async fn max_sessions_and_passwords() {
    let (hub, _library) = serving(Arc::new(SystemClock)).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let track = id_of(&tracks, "Single Ladies (Put a Ring on It)");

    let share = create(
        &hub,
        json!({ "kind": "track", "itemId": track, "maxSessions": 2 }),
    )
    .await;
    let id = str_of(&share, "id").to_owned();
    for _ in 0..2 {
        json_with_status(bootstrap(&hub, VISITOR, "track", &id).await, 200).await;
    }
    api_error(
        bootstrap(&hub, VISITOR, "track", &id).await,
        404,
        "not_found",
    )
    .await;
    // Reloading a used-up link is not guessing: past the 20-miss limit, still a 404.
    let reloader = "203.0.113.77";
    for _ in 0..25 {
        api_error(
            bootstrap(&hub, reloader, "track", &id).await,
            404,
            "not_found",
        )
        .await;
    }

    let share = create(
        &hub,
        json!({ "kind": "track", "itemId": track, "password": "s3cret pass" }),
    )
    .await;
    let id = str_of(&share, "id").to_owned();
    let path = format!("/api/share/track/{id}/bootstrap");
    let without = visitor(&hub, VISITOR, Method::GET, &path)
        .send()
        .await
        .expect("bootstrap");
    api_error(without, 401, "share_password_required").await;
    let wrong = visitor(&hub, VISITOR, Method::GET, &path)
        .header("X-Share-Password", "s3cret")
        .send()
        .await
        .expect("bootstrap");
    api_error(wrong, 401, "share_password_required").await;
    let right = visitor(&hub, VISITOR, Method::GET, &path)
        .header("X-Share-Password", "s3cret pass")
        .send()
        .await
        .expect("bootstrap");
    let opened = json_with_status(right, 200).await;

    // A new password ends the sessions opened with the old one (it may have leaked).
    let session = str_of(&opened, "shareSessionId").to_owned();
    json_with_status(heartbeat(&hub, VISITOR, &session).await, 200).await;
    let changed = hub
        .client
        .patch(hub.url(&format!("/api/shares/{id}")))
        .json(&json!({ "password": "new pass" }))
        .send()
        .await
        .expect("patch");
    json_with_status(changed, 200).await;
    api_error(
        heartbeat(&hub, VISITOR, &session).await,
        404,
        "share_session_expired",
    )
    .await;
    let renewed = visitor(&hub, VISITOR, Method::GET, &path)
        .header("X-Share-Password", "new pass")
        .send()
        .await
        .expect("bootstrap");
    json_with_status(renewed, 200).await;
    let changed = hub
        .client
        .patch(hub.url(&format!("/api/shares/{id}")))
        .json(&json!({ "password": "s3cret pass" }))
        .send()
        .await
        .expect("patch");
    json_with_status(changed, 200).await;

    // Wrong passwords count as misses: after 20, even the right one waits. A missing one
    // (a page asking for it) does not count.
    let guesser = "203.0.113.99";
    for _ in 0..25 {
        let without = visitor(&hub, guesser, Method::GET, &path)
            .send()
            .await
            .expect("bootstrap");
        api_error(without, 401, "share_password_required").await;
    }
    for n in 0..20 {
        let wrong = visitor(&hub, guesser, Method::GET, &path)
            .header("X-Share-Password", format!("guess {n}"))
            .send()
            .await
            .expect("bootstrap");
        api_error(wrong, 401, "share_password_required").await;
    }
    let right = visitor(&hub, guesser, Method::GET, &path)
        .header("X-Share-Password", "s3cret pass")
        .send()
        .await
        .expect("bootstrap");
    assert!(right.headers().contains_key("retry-after"));
    api_error(right, 429, "too_many_requests").await;
}

#[tokio::test]
async fn guessing_and_floods_are_limited_per_address() {
    let clock = ManualClock::starting_now();
    let (hub, _library) = serving(clock.clone()).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let share = create(
        &hub,
        json!({ "kind": "track", "itemId": id_of(&tracks, "Single Ladies (Put a Ring on It)") }),
    )
    .await;
    let id = str_of(&share, "id").to_owned();

    let guesser = "203.0.113.66";
    for n in 0..20 {
        let guess = format!("shr_guess{n:017}");
        api_error(
            bootstrap(&hub, guesser, "track", &guess).await,
            404,
            "not_found",
        )
        .await;
    }
    let shut = bootstrap(&hub, guesser, "track", &id).await;
    let retry: i64 = shut.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((590..=600).contains(&retry), "{retry}");
    api_error(shut, 429, "too_many_requests").await;
    let beat = heartbeat(&hub, guesser, "shs_whatever").await;
    assert!(beat.headers().contains_key("retry-after"));
    api_error(beat, 429, "too_many_requests").await;
    // Another address is not affected.
    json_with_status(bootstrap(&hub, VISITOR, "track", &id).await, 200).await;
    // The window passes.
    clock.advance(Duration::from_secs(600));
    json_with_status(bootstrap(&hub, guesser, "track", &id).await, 200).await;

    // 60 bootstraps a minute from one address; the 61st waits a second.
    let busy = "203.0.113.77";
    for _ in 0..60 {
        json_with_status(bootstrap(&hub, busy, "track", &id).await, 200).await;
    }
    let over = bootstrap(&hub, busy, "track", &id).await;
    assert_eq!(over.headers()["retry-after"], "1");
    api_error(over, 429, "too_many_requests").await;
    clock.advance(Duration::from_secs(1));
    json_with_status(bootstrap(&hub, busy, "track", &id).await, 200).await;

    // 120 heartbeats a minute from one address, on a bucket of their own.
    let page = "203.0.113.88";
    let opened = json_with_status(bootstrap(&hub, page, "track", &id).await, 200).await;
    let session = str_of(&opened, "shareSessionId");
    for _ in 0..120 {
        json_with_status(heartbeat(&hub, page, session).await, 200).await;
    }
    let over = heartbeat(&hub, page, session).await;
    assert_eq!(over.headers()["retry-after"], "1");
    api_error(over, 429, "too_many_requests").await;
    json_with_status(bootstrap(&hub, page, "track", &id).await, 200).await;
    clock.advance(Duration::from_secs(1));
    json_with_status(heartbeat(&hub, page, session).await, 200).await;
}

#[tokio::test]
async fn shares_and_their_settings_survive_a_database_rebuild() {
    let (hub, _library) = serving(Arc::new(SystemClock)).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let share = create(
        &hub,
        json!({ "kind": "track", "itemId": id_of(&tracks, "夜に駆ける"), "password": "pw",
                "allowDownload": true, "maxSessions": 3, "expiresInHours": 48 }),
    )
    .await;
    let rebuilt = hub
        .client
        .post(hub.url("/api/database/rebuild"))
        .json(&json!({ "force": true }))
        .send()
        .await
        .expect("rebuild");
    assert_eq!(rebuilt.status(), 200);
    let list = json_with_status(hub.get("/api/shares").await, 200).await;
    assert_eq!(list["total"], 1, "{list}");
    let kept = &list["items"][0];
    for key in [
        "id",
        "kind",
        "itemId",
        "hasPassword",
        "allowDownload",
        "maxSessions",
        "expiresAt",
        "createdAt",
    ] {
        assert_eq!(kept[key], share[key], "{key}: {kept}");
    }
}

/// The names of every file in the library, as a visitor must never see them.
fn file_names(dir: &std::path::Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read the library") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            file_names(&path, found);
        } else if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
            found.push(name.to_owned());
        }
    }
}

/// A stream's `Content-Disposition`: its type, and the exact name of `filename*`.
fn disposition(response: &reqwest::Response) -> (String, String) {
    let header = response.headers()["content-disposition"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let kind = header.split(';').next().unwrap_or_default().to_owned();
    let encoded = header
        .split("filename*=UTF-8''")
        .nth(1)
        .unwrap_or_else(|| panic!("no filename*: {header}"));
    let name = percent_encoding::percent_decode_str(encoded)
        .decode_utf8()
        .expect("utf-8")
        .into_owned();
    assert!(
        !header.contains('/') && !header.contains("Music"),
        "{header}"
    );
    (kind, name)
}

#[tokio::test]
async fn a_shared_stream_is_named_after_its_title_never_its_file() {
    let (hub, library) = serving(Arc::new(SystemClock)).await;
    let tracks = by_title(&all_tracks(&hub).await);
    let mut on_disk = Vec::new();
    file_names(library.path(), &mut on_disk);
    assert!(
        on_disk.iter().any(|n| n == "01 夜に駆ける.m4a"),
        "{on_disk:?}"
    );
    let album = str_of(&tracks["If I Were a Boy"]["album"], "id").to_owned();
    let cases = [
        (
            "track",
            id_of(&tracks, "夜に駆ける"),
            vec!["夜に駆ける.m4a"],
        ),
        (
            "album",
            album,
            vec![
                "If I Were a Boy.mp3",
                "Single Ladies (Put a Ring on It).flac",
            ],
        ),
    ];
    for (kind, item, names) in cases {
        let share = create(&hub, json!({ "kind": kind, "itemId": item })).await;
        let id = str_of(&share, "id").to_owned();
        let opened = json_with_status(bootstrap(&hub, VISITOR, kind, &id).await, 200).await;
        let token = str_of(&opened, "mediaToken");
        let shared = if kind == "track" {
            vec![opened["track"].clone()]
        } else {
            opened["album"]["tracks"]
                .as_array()
                .cloned()
                .expect("tracks")
        };
        assert_eq!(shared.len(), names.len(), "{opened}");
        for (track, expected) in shared.iter().zip(&names) {
            let response = stream(&hub, str_of(track, "id"), token, "").await;
            assert_eq!(response.status(), 206);
            let (how, name) = disposition(&response);
            assert_eq!((how.as_str(), name.as_str()), ("inline", *expected));
            assert!(!on_disk.contains(&name), "{name} is a file's own name");
        }
        // Allowed to save: `attachment`, under the same name.
        let patched = hub
            .client
            .patch(hub.url(&format!("/api/shares/{id}")))
            .json(&json!({ "allowDownload": true }))
            .send()
            .await
            .expect("patch");
        assert_eq!(patched.status(), 200);
        let response = stream(&hub, str_of(&shared[0], "id"), token, "&download=1").await;
        assert_eq!(response.status(), 206);
        assert_eq!(
            disposition(&response),
            ("attachment".to_owned(), names[0].to_owned())
        );
    }

    // The owner's own stream keeps the file's name: it is their file.
    let session = hub
        .client
        .post(hub.url("/api/media/session"))
        .json(&json!({}))
        .send()
        .await
        .expect("media session");
    let session = json_with_status(session, 201).await;
    let response = stream(
        &hub,
        &id_of(&tracks, "夜に駆ける"),
        str_of(&session, "mediaToken"),
        "",
    )
    .await;
    assert_eq!(response.status(), 206);
    assert_eq!(disposition(&response).1, "01 夜に駆ける.m4a");
}
