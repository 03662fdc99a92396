//! The shared playback session on a real hub with the fixture music, on a manual clock:
//! reading and changing it, the position moving on while playing, plays recorded in history
//! and play counts, optimistic concurrency with `baseRevision`, shuffle, the active device,
//! tracks leaving the library, and refusals that change nothing.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use music_hub::clock::{ManualClock, SharedClock};
use serde_json::{json, Value};

use crate::common::{
    all_tracks, api_error, by_title, finished_scan, fixture_library, hub_on_with_clock,
    json_with_status, paired, remote, start_scan, Sse, TestHub,
};

const SESSION: &str = "/api/playback/session";

async fn put(hub: &TestHub, body: Value) -> reqwest::Response {
    hub.client
        .put(hub.url(SESSION))
        .json(&body)
        .send()
        .await
        .expect("put session")
}

async fn session(hub: &TestHub) -> Value {
    json_with_status(hub.get(SESSION).await, 200).await
}

fn queue_ids(session: &Value) -> Vec<String> {
    session["queue"]
        .as_array()
        .expect("queue")
        .iter()
        .filter_map(|t| t["id"].as_str().map(str::to_owned))
        .collect()
}

/// A hub on the fixtures with a clock the test moves, and the fixture tracks by title.
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

fn id(tracks: &BTreeMap<String, Value>, title: &str) -> String {
    tracks[title]["id"].as_str().expect("track id").to_owned()
}

#[tokio::test]
async fn a_fresh_hub_has_an_empty_stopped_session() {
    let (_library, hub, _clock, _tracks) = hub_with_tracks().await;
    let fresh = session(&hub).await;
    assert_eq!(fresh["revision"], 0);
    assert_eq!(fresh["state"], "stopped");
    assert_eq!(fresh["queue"], json!([]));
    assert!(fresh.get("currentIndex").is_none());
    assert_eq!(
        (&fresh["positionMs"], &fresh["shuffle"], &fresh["repeat"]),
        (&json!(0), &json!(false), &json!("off"))
    );
    assert_eq!(fresh["volume"], 1.0);
    assert!(fresh.get("activeDeviceId").is_none());
}

#[tokio::test]
async fn playing_through_a_queue_records_history_and_play_counts() {
    let (_library, hub, clock, tracks) = hub_with_tracks().await;
    let (a, b, c) = (
        id(&tracks, "Crazy in Love"),
        id(&tracks, "If I Were a Boy"),
        id(&tracks, "Single Ladies (Put a Ring on It)"),
    );
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;

    let started = json_with_status(
        put(
            &hub,
            json!({"queueTrackIds": [a, b, c], "currentIndex": 0, "state": "playing",
                   "volume": 0.5, "repeat": "all"}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(started["revision"], 1);
    assert_eq!(queue_ids(&started), [a.as_str(), b.as_str(), c.as_str()]);
    assert_eq!(started["queue"][0]["title"], "Crazy in Love");
    assert_eq!(
        (
            &started["currentIndex"],
            &started["state"],
            &started["positionMs"]
        ),
        (&json!(0), &json!("playing"), &json!(0))
    );
    assert_eq!(
        (&started["volume"], &started["repeat"]),
        (&json!(0.5), &json!("all"))
    );
    assert!(started.get("activeDeviceId").is_none(), "a local call");
    let event = feed.next().await;
    assert_eq!(event.event, "playbackSessionUpdated");
    assert_eq!(event.data["payload"]["revision"], 1);
    assert_eq!(
        session(&hub).await,
        started,
        "what was stored is what was answered"
    );

    // 300 ms later (the fixtures are short), pausing without a position keeps the one
    // reached.
    clock.advance(Duration::from_millis(300));
    let paused = json_with_status(put(&hub, json!({"state": "paused"})).await, 200).await;
    assert_eq!(paused["positionMs"], 300);
    assert_eq!(paused["revision"], 2);
    feed.next().await;
    clock.advance(Duration::from_secs(600));
    assert_eq!(
        session(&hub).await["positionMs"],
        300,
        "paused: time stands still"
    );

    // Next track: "Crazy in Love" goes to history with 300 ms played.
    let next = json_with_status(
        put(
            &hub,
            json!({"currentIndex": 1, "state": "playing", "baseRevision": 2}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(
        (&next["currentIndex"], &next["positionMs"]),
        (&json!(1), &json!(0))
    );
    let history = feed.next().await;
    assert_eq!(history.event, "playbackHistoryAdded");
    assert_eq!(history.data["payload"]["trackId"], a.as_str());
    assert!(history.data["payload"]["historyId"]
        .as_str()
        .is_some_and(|h| h.starts_with("plh_")));
    assert_eq!(feed.next().await.event, "playbackSessionUpdated");
    let played = json_with_status(hub.get(&format!("/api/track/{a}")).await, 200).await;
    assert_eq!(played["playCount"], 1);
    assert!(played["lastPlayedAt"].is_string());
    let stored: Vec<(String, Option<i64>)> = hub
        .hub
        .db
        .run(|conn| {
            use diesel::prelude::*;
            use music_hub::db::schema::playback_history as h;
            Ok(h::table.select((h::track_id, h::played_ms)).load(conn)?)
        })
        .await
        .expect("history");
    assert_eq!(stored, [(a.clone(), Some(300))]);

    // Skipping a track that never played records nothing.
    let skipped = json_with_status(put(&hub, json!({"currentIndex": 2})).await, 200).await;
    assert_eq!(skipped["currentIndex"], 2);
    let untouched = json_with_status(hub.get(&format!("/api/track/{b}")).await, 200).await;
    assert_eq!(untouched["playCount"], 0);
    assert_eq!(feed.next().await.event, "playbackSessionUpdated");

    // A position past the end of the track is its end.
    let seek = json_with_status(put(&hub, json!({"positionMs": 999_999_999})).await, 200).await;
    assert_eq!(
        seek["positionMs"],
        tracks["Single Ladies (Put a Ring on It)"]["durationMs"]
    );
}

#[tokio::test]
async fn a_stale_revision_and_bad_changes_are_refused_and_change_nothing() {
    let (_library, hub, _clock, tracks) = hub_with_tracks().await;
    let a = id(&tracks, "Crazy in Love");
    let first = json_with_status(put(&hub, json!({"queueTrackIds": [a]})).await, 200).await;
    assert_eq!(
        first["state"], "stopped",
        "a new queue does not start playing by itself"
    );
    json_with_status(put(&hub, json!({"volume": 0.2})).await, 200).await;
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;

    let conflict = api_error(
        put(&hub, json!({"baseRevision": 1, "volume": 0.9})).await,
        409,
        "session_conflict",
    )
    .await;
    assert_eq!(conflict["details"]["revision"], 2);
    let past_end = api_error(
        put(&hub, json!({"currentIndex": 1})).await,
        409,
        "index_out_of_range",
    )
    .await;
    assert_eq!(past_end["details"]["queueLength"], 1);
    let past_new_end = api_error(
        put(&hub, json!({"queueTrackIds": [a], "currentIndex": 1})).await,
        400,
        "invalid_body",
    )
    .await;
    assert_eq!(past_new_end["details"]["parameter"], "currentIndex");
    let unknown = api_error(
        put(&hub, json!({"queueTrackIds": [a, "trk_missing"]})).await,
        422,
        "unknown_track",
    )
    .await;
    assert_eq!(unknown["details"]["trackId"], "trk_missing");
    let nothing = api_error(
        put(&hub, json!({"queueTrackIds": [], "state": "playing"})).await,
        400,
        "invalid_body",
    )
    .await;
    assert_eq!(nothing["details"]["parameter"], "state");
    for bad in [
        json!({"volume": 1.5}),
        json!({"state": "rewinding"}),
        json!({"positionMs": -1}),
        json!({"currentIndex": -1}),
        json!({"queue": []}),
    ] {
        api_error(put(&hub, bad).await, 400, "invalid_body").await;
    }
    let after = session(&hub).await;
    assert_eq!(after["revision"], 2);
    assert_eq!(after["volume"], 0.2);
    assert_eq!(queue_ids(&after), [a.as_str()]);

    // Emptying the queue stops the session; there is nothing to play then.
    let emptied = json_with_status(put(&hub, json!({"queueTrackIds": []})).await, 200).await;
    assert_eq!(emptied["state"], "stopped");
    assert!(emptied.get("currentIndex").is_none());
    // The refusals sent no event: the first one is this change's.
    let event = feed.next().await;
    assert_eq!(
        (event.event.as_str(), &event.data["payload"]["revision"]),
        ("playbackSessionUpdated", &json!(3))
    );
    api_error(
        put(&hub, json!({"state": "playing"})).await,
        409,
        "queue_empty",
    )
    .await;
}

#[tokio::test]
async fn shuffle_keeps_the_current_track_and_unshuffle_restores_the_order() {
    let (_library, hub, _clock, tracks) = hub_with_tracks().await;
    let ids: Vec<String> = tracks
        .values()
        .filter_map(|t| t["id"].as_str().map(str::to_owned))
        .collect();
    assert!(ids.len() >= 8, "the fixtures have enough tracks to shuffle");
    json_with_status(
        put(&hub, json!({"queueTrackIds": ids, "currentIndex": 2})).await,
        200,
    )
    .await;
    let shuffled = json_with_status(put(&hub, json!({"shuffle": true})).await, 200).await;
    let order = queue_ids(&shuffled);
    assert_eq!(shuffled["shuffle"], true);
    assert_eq!(shuffled["currentIndex"], 2);
    assert_eq!(order[..3], ids[..3], "what came before stays");
    let mut rest = order[3..].to_vec();
    rest.sort();
    let mut expected = ids[3..].to_vec();
    expected.sort();
    assert_eq!(rest, expected, "the same tracks, in some order");

    // Move on in the shuffled order, then turn shuffle off: that track stays current.
    let moved = json_with_status(put(&hub, json!({"currentIndex": 5})).await, 200).await;
    let current = order[5].clone();
    assert_eq!(queue_ids(&moved)[5], current);
    let unshuffled = json_with_status(put(&hub, json!({"shuffle": false})).await, 200).await;
    assert_eq!(queue_ids(&unshuffled), ids);
    let index = unshuffled["currentIndex"].as_u64().expect("index");
    assert_eq!(ids[usize::try_from(index).expect("index")], current);

    // A new queue with shuffle on leads with the chosen track.
    let reshuffled = json_with_status(
        put(
            &hub,
            json!({"queueTrackIds": ids, "currentIndex": 4, "shuffle": true}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(reshuffled["currentIndex"], 0);
    assert_eq!(queue_ids(&reshuffled)[0], ids[4]);
}

#[tokio::test]
async fn the_device_that_changes_the_session_becomes_the_active_one() {
    let (_library, hub, _clock, tracks) = hub_with_tracks().await;
    let tokens = paired(&hub, "phone-ana").await;
    let access = tokens["accessToken"].as_str().expect("access token");
    let a = id(&tracks, "Crazy in Love");
    let response = remote(&hub, reqwest::Method::PUT, SESSION)
        .bearer_auth(access)
        .json(&json!({"queueTrackIds": [a], "state": "playing"}))
        .send()
        .await
        .expect("put as a device");
    let by_phone = json_with_status(response, 200).await;
    assert_eq!(by_phone["activeDeviceId"], "phone-ana");
    assert_eq!(by_phone["activeDeviceName"], "automation");
    let read = remote(&hub, reqwest::Method::GET, SESSION)
        .bearer_auth(access)
        .send()
        .await
        .expect("get as a device");
    assert_eq!(json_with_status(read, 200).await, by_phone);
    // Without a token a remote caller gets nothing.
    let anonymous = remote(&hub, reqwest::Method::GET, SESSION)
        .send()
        .await
        .expect("anonymous");
    api_error(anonymous, 401, "unauthorized").await;

    // The desktop takes over: no active device.
    let local = json_with_status(put(&hub, json!({"state": "paused"})).await, 200).await;
    assert!(local.get("activeDeviceId").is_none());
}

/// Deletes `old.mp3` from the library and rescans.
async fn remove_old_school(library: &tempfile::TempDir, hub: &TestHub) {
    std::fs::remove_file(library.path().join("Music/Old/Version One/old.mp3")).expect("delete");
    json_with_status(start_scan(hub, json!({})).await, 202).await;
    finished_scan(hub).await;
}

#[tokio::test]
async fn queued_tracks_that_leave_the_library_drop_out_of_the_session() {
    let (library, hub, _clock, tracks) = hub_with_tracks().await;
    let (a, old, c) = (
        id(&tracks, "Crazy in Love"),
        id(&tracks, "Old School"),
        id(&tracks, "Single Ladies (Put a Ring on It)"),
    );
    json_with_status(
        put(
            &hub,
            json!({"queueTrackIds": [a, old, c], "currentIndex": 2}),
        )
        .await,
        200,
    )
    .await;
    remove_old_school(&library, &hub).await;
    let after = session(&hub).await;
    assert_eq!(queue_ids(&after), [a.as_str(), c.as_str()]);
    assert_eq!(after["currentIndex"], 1, "still on the same track");
}

#[tokio::test]
async fn the_current_track_leaving_the_library_is_a_change_of_its_own() {
    let (library, hub, clock, tracks) = hub_with_tracks().await;
    let (a, old, c) = (
        id(&tracks, "Crazy in Love"),
        id(&tracks, "Old School"),
        id(&tracks, "Single Ladies (Put a Ring on It)"),
    );
    let playing = json_with_status(
        put(
            &hub,
            json!({"queueTrackIds": [a, old, c], "currentIndex": 1, "state": "playing"}),
        )
        .await,
        200,
    )
    .await;
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;
    clock.advance(Duration::from_millis(100));
    remove_old_school(&library, &hub).await;
    let updated = loop {
        let message = feed.next().await;
        if message.event == "playbackSessionUpdated" {
            break message;
        }
    };
    let after = session(&hub).await;
    assert_eq!(updated.data["payload"]["revision"], after["revision"]);
    assert_eq!(
        after["revision"], 2,
        "one more than the change that queued it"
    );
    assert_eq!(queue_ids(&after), [a.as_str(), c.as_str()]);
    assert_eq!(after["currentIndex"], 1, "the next track, from its start");
    assert_eq!(after["positionMs"], 0);
    assert_eq!(after["state"], "playing");

    // A change based on the queue as it was is refused, not applied to moved indices.
    let stale = api_error(
        put(
            &hub,
            json!({"baseRevision": playing["revision"], "currentIndex": 1}),
        )
        .await,
        409,
        "session_conflict",
    )
    .await;
    assert_eq!(stale["details"]["revision"], 2);
    // The next track has not played yet: moving on records nothing of it.
    json_with_status(put(&hub, json!({"currentIndex": 0})).await, 200).await;
    let single = json_with_status(hub.get(&format!("/api/track/{c}")).await, 200).await;
    assert_eq!(single["playCount"], 0);
}

#[tokio::test]
async fn two_changes_from_the_same_revision_cannot_both_win() {
    let (_library, hub, _clock, tracks) = hub_with_tracks().await;
    let a = id(&tracks, "Crazy in Love");
    let base = json_with_status(put(&hub, json!({"queueTrackIds": [a]})).await, 200).await;
    let change = |volume: f64| {
        put(
            &hub,
            json!({"baseRevision": base["revision"], "volume": volume}),
        )
    };
    let (first, second) = tokio::join!(change(0.3), change(0.7));
    let mut statuses = [first.status().as_u16(), second.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409]);
    assert_eq!(session(&hub).await["revision"], 2);
}

#[tokio::test]
async fn history_names_the_device_that_played_the_track() {
    let (_library, hub, clock, tracks) = hub_with_tracks().await;
    let tokens = paired(&hub, "phone-ana").await;
    let access = tokens["accessToken"].as_str().expect("access token");
    let (a, b) = (id(&tracks, "Crazy in Love"), id(&tracks, "If I Were a Boy"));
    let response = remote(&hub, reqwest::Method::PUT, SESSION)
        .bearer_auth(access)
        .json(&json!({"queueTrackIds": [a, b], "state": "playing"}))
        .send()
        .await
        .expect("put as a device");
    json_with_status(response, 200).await;
    let duration = tracks["Crazy in Love"]["durationMs"]
        .as_u64()
        .expect("duration");
    clock.advance(Duration::from_millis(duration));
    // The desktop skips to the next track: the phone played the first one.
    let skipped = json_with_status(put(&hub, json!({"currentIndex": 1})).await, 200).await;
    assert_eq!(
        skipped["queue"][0]["playCount"], 1,
        "the answer shows the new count"
    );
    let rows: Vec<(String, Option<String>, Option<i64>)> = hub
        .hub
        .db
        .run(|conn| {
            use diesel::prelude::*;
            use music_hub::db::schema::playback_history as h;
            Ok(h::table
                .select((h::track_id, h::device_id, h::played_ms))
                .load(conn)?)
        })
        .await
        .expect("history");
    let played = i64::try_from(duration).expect("duration");
    assert_eq!(rows, [(a, Some("phone-ana".to_owned()), Some(played))]);
}

/// Writes `queue_json` into the stored session, as a hub of another version (or a hand edit)
/// might have left it.
async fn store_queue_json(hub: &TestHub, queue_json: &'static str) {
    hub.hub
        .db
        .run(move |conn| {
            use diesel::prelude::*;
            use music_hub::db::schema::playback_sessions;
            let changed = diesel::update(playback_sessions::table)
                .set(playback_sessions::queue_json.eq(queue_json))
                .execute(conn)?;
            assert_eq!(changed, 1, "the hub has its one session row from the start");
            Ok(())
        })
        .await
        .expect("store a queue");
}

#[tokio::test]
async fn a_stored_queue_the_hub_cannot_read_is_an_error_not_an_empty_queue() {
    let (_library, hub, _clock, tracks) = hub_with_tracks().await;
    let damaged = r#"[{"track": "not an entry"}]"#;
    store_queue_json(&hub, damaged).await;

    let read = hub.get(SESSION).await;
    api_error(read, 500, "internal_error").await;
    // A change would replace the queue it cannot read: refused, and the row is kept.
    let change = put(
        &hub,
        json!({ "queueTrackIds": [id(&tracks, "Crazy in Love")], "state": "playing" }),
    )
    .await;
    api_error(change, 500, "internal_error").await;
    let kept: String = hub
        .hub
        .db
        .run(|conn| {
            use diesel::prelude::*;
            use music_hub::db::schema::playback_sessions;
            Ok(playback_sessions::table
                .select(playback_sessions::queue_json)
                .first(conn)?)
        })
        .await
        .expect("read the stored queue");
    assert_eq!(kept, damaged);
}

const HISTORY: &str = "/api/playback/history";
const BACK: &str = "/api/playback/history/back";

async fn post_back(hub: &TestHub) -> reqwest::Response {
    hub.client
        .post(hub.url(BACK))
        .send()
        .await
        .expect("post back")
}

/// The track ids of a history page, in its order.
fn history_tracks(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["track"]["id"].as_str().map(str::to_owned))
        .collect()
}

/// Plays each of `ids` for ten seconds, in order, from a fresh queue of them (each but the
/// last goes to history), and returns the session.
async fn play_through(hub: &TestHub, clock: &ManualClock, ids: &[&str]) -> Value {
    let mut last = json_with_status(
        put(
            hub,
            json!({"queueTrackIds": ids, "currentIndex": 0, "state": "playing"}),
        )
        .await,
        200,
    )
    .await;
    for index in 1..ids.len() {
        clock.advance(Duration::from_secs(10));
        last = json_with_status(put(hub, json!({"currentIndex": index})).await, 200).await;
    }
    last
}

#[tokio::test]
async fn history_lists_plays_newest_first_in_pages() {
    let (library, hub, clock, tracks) = hub_with_tracks().await;
    let empty = json_with_status(hub.get(HISTORY).await, 200).await;
    assert_eq!(empty, json!({"items": [], "total": 0}));
    let (old, a, b, c) = (
        id(&tracks, "Old School"),
        id(&tracks, "Crazy in Love"),
        id(&tracks, "If I Were a Boy"),
        id(&tracks, "Single Ladies (Put a Ring on It)"),
    );
    play_through(&hub, &clock, &[&old, &a, &b, &c]).await;

    let newest = json_with_status(hub.get(HISTORY).await, 200).await;
    assert_eq!(newest["total"], 3);
    assert_eq!(
        history_tracks(&newest),
        [b.as_str(), a.as_str(), old.as_str()]
    );
    let first = &newest["items"][0];
    assert!(first["id"].as_str().is_some_and(|h| h.starts_with("plh_")));
    assert_eq!(first["track"]["title"], "If I Were a Boy");
    assert_eq!(first["playedMs"], 10_000);
    assert!(first.get("deviceId").is_none(), "a local call");
    let played_at = |item: &Value| {
        chrono::DateTime::parse_from_rfc3339(item["playedAt"].as_str().expect("playedAt"))
            .expect("a date")
    };
    assert!(played_at(&newest["items"][0]) > played_at(&newest["items"][1]));

    let oldest = json_with_status(hub.get(&format!("{HISTORY}?order=asc")).await, 200).await;
    assert_eq!(
        history_tracks(&oldest),
        [old.as_str(), a.as_str(), b.as_str()]
    );

    let page_one = json_with_status(hub.get(&format!("{HISTORY}?limit=2")).await, 200).await;
    assert_eq!(history_tracks(&page_one), [b.as_str(), a.as_str()]);
    let cursor = page_one["nextCursor"].as_str().expect("a second page");
    let page_two = json_with_status(
        hub.get(&format!("{HISTORY}?limit=2&cursor={cursor}")).await,
        200,
    )
    .await;
    assert_eq!(history_tracks(&page_two), [old.as_str()]);
    assert!(page_two.get("nextCursor").is_none());
    api_error(
        hub.get(&format!("{HISTORY}?limit=2&order=asc&cursor={cursor}"))
            .await,
        400,
        "invalid_parameter",
    )
    .await;
    api_error(
        hub.get(&format!("{HISTORY}?limit=0")).await,
        400,
        "invalid_parameter",
    )
    .await;

    // A track that leaves the library leaves the list, not the history.
    remove_old_school(&library, &hub).await;
    let after = json_with_status(hub.get(HISTORY).await, 200).await;
    assert_eq!(history_tracks(&after), [b.as_str(), a.as_str()]);
    assert_eq!(after["total"], 2);
    let rows: i64 = hub
        .hub
        .db
        .run(|conn| {
            use diesel::prelude::*;
            use music_hub::db::schema::playback_history as h;
            Ok(h::table.count().get_result(conn)?)
        })
        .await
        .expect("history rows");
    assert_eq!(rows, 3);
}

#[tokio::test]
async fn back_steps_through_history_one_play_at_a_time() {
    let (_library, hub, clock, tracks) = hub_with_tracks().await;
    let (a, b, c, d) = (
        id(&tracks, "Crazy in Love"),
        id(&tracks, "If I Were a Boy"),
        id(&tracks, "Single Ladies (Put a Ring on It)"),
        id(&tracks, "Old School"),
    );
    // Nothing played yet: nothing to go back to, and nothing changes.
    api_error(post_back(&hub).await, 409, "history_empty").await;
    assert_eq!(session(&hub).await["revision"], 0);

    let on_c = play_through(&hub, &clock, &[&a, &b, &c]).await;
    let revision = on_c["revision"].as_i64().expect("revision");
    let mut feed = Sse::open(&hub, "/api/library/events", None).await;

    // Back from c (played 10 s, so it goes to history) to b, the last play.
    clock.advance(Duration::from_secs(10));
    let on_b = json_with_status(post_back(&hub).await, 200).await;
    assert_eq!(
        queue_ids(&on_b),
        [a.as_str(), b.as_str(), c.as_str()],
        "b is queued: nothing inserted"
    );
    assert_eq!(on_b["currentIndex"], 1);
    assert_eq!(on_b["positionMs"], 0);
    assert_eq!(on_b["state"], "playing");
    assert_eq!(on_b["revision"], revision + 1);
    let recorded = feed.next().await;
    assert_eq!(recorded.event, "playbackHistoryAdded");
    assert_eq!(recorded.data["payload"]["trackId"], c.as_str());
    let updated = feed.next().await;
    assert_eq!(updated.event, "playbackSessionUpdated");
    assert_eq!(updated.data["payload"]["revision"], revision + 1);
    assert_eq!(
        session(&hub).await,
        on_b,
        "what was stored is what was answered"
    );

    // Again: the play before b's (a), not c's, which the step itself recorded.
    clock.advance(Duration::from_secs(10));
    let on_a = json_with_status(post_back(&hub).await, 200).await;
    assert_eq!(on_a["currentIndex"], 0);
    assert_eq!(on_a["revision"], revision + 2);
    // And nothing before a: 409, and the session stays.
    api_error(post_back(&hub).await, 409, "history_empty").await;
    assert_eq!(session(&hub).await["revision"], revision + 2);
    let history = json_with_status(hub.get(HISTORY).await, 200).await;
    assert_eq!(
        history_tracks(&history),
        [b.as_str(), c.as_str(), b.as_str(), a.as_str()]
    );

    // Another track made current ends the steps: back goes to the newest play again. The
    // queue no longer holds it, so it comes in just before the current track.
    clock.advance(Duration::from_secs(10));
    let on_d = json_with_status(
        put(&hub, json!({"queueTrackIds": [&d], "currentIndex": 0})).await,
        200,
    )
    .await;
    assert_eq!(queue_ids(&on_d), [d.as_str()]);
    let history = json_with_status(hub.get(HISTORY).await, 200).await;
    assert_eq!(history_tracks(&history)[0], a, "a played 10 s");
    let back_to_a = json_with_status(post_back(&hub).await, 200).await;
    assert_eq!(queue_ids(&back_to_a), [a.as_str(), d.as_str()]);
    assert_eq!(back_to_a["currentIndex"], 0);
    assert_eq!(back_to_a["queue"][0]["title"], "Crazy in Love");
}

#[tokio::test]
async fn back_by_a_device_makes_it_the_active_one() {
    let (_library, hub, clock, tracks) = hub_with_tracks().await;
    let (a, b) = (id(&tracks, "Crazy in Love"), id(&tracks, "If I Were a Boy"));
    play_through(&hub, &clock, &[&a, &b]).await;
    let tokens = paired(&hub, "phone-ana").await;
    let access = tokens["accessToken"].as_str().expect("access token");
    let response = remote(&hub, reqwest::Method::POST, BACK)
        .bearer_auth(access)
        .send()
        .await
        .expect("back as a device");
    let back = json_with_status(response, 200).await;
    assert_eq!(back["activeDeviceId"], "phone-ana");
    assert_eq!(back["currentIndex"], 0);
    let anonymous = remote(&hub, reqwest::Method::POST, BACK)
        .send()
        .await
        .expect("back anonymously");
    api_error(anonymous, 401, "unauthorized").await;
    let history = remote(&hub, reqwest::Method::GET, HISTORY)
        .send()
        .await
        .expect("history anonymously");
    api_error(history, 401, "unauthorized").await;
}
