//! The catalogue's track routes on a seeded library: every sort and order pages through all
//! tracks exactly once and in order, filters match, details are complete, and bad input is a
//! clear 400 or 404.

use std::collections::HashSet;

use diesel::connection::SimpleConnection;
use serde_json::Value;

use crate::common::{api_error, json_with_status, TestHub};

const TRACKS: usize = 120;

/// One seeded track, as the test expects to see it.
#[derive(Clone)]
struct Seed {
    id: String,
    title: String,
    artist: usize,
    album: usize,
    year: Option<i32>,
    duration_ms: i64,
    play_count: i32,
    added_at: i64,
    format: &'static str,
    genre: &'static str,
    saved: bool,
    featuring: bool,
    disc: i32,
    number: i32,
}

const ARTISTS: [(&str, &str); 3] = [("ar_a", "Aphex Twin"), ("ar_b", "Beyoncé"), ("ar_c", "Can")];
const ALBUMS: [(&str, &str, usize, &str); 3] = [
    ("al_1", "Selected Ambient Works", 0, "folder"),
    ("al_2", "Lemonade", 1, "none"),
    ("al_3", "Tago Mago", 2, "embedded"),
];

fn seeds() -> Vec<Seed> {
    (0..TRACKS)
        .map(|i| Seed {
            id: format!("tr_{i:03}"),
            // Titles repeat so that ties are broken by id.
            title: format!("Song {:02}", (i * 37) % 50),
            artist: i % 3,
            album: i % 3,
            year: (i % 7 != 0).then(|| 1970 + i32::try_from((i * 13) % 50).unwrap_or(0)),
            duration_ms: i64::try_from((i * 7919) % 400_000).unwrap_or(0) + 1000,
            play_count: i32::try_from((i * 31) % 17).unwrap_or(0),
            added_at: 1_700_000_000_000 + i64::try_from((i * 104_729) % 1_000_000).unwrap_or(0),
            format: if i % 4 == 0 { "mp3" } else { "flac" },
            genre: if i % 5 == 0 { "Electronic" } else { "Rock" },
            saved: i % 6 == 0,
            featuring: i % 10 == 3,
            disc: 1 + i32::try_from(i / 60).unwrap_or(0),
            number: 1 + i32::try_from((i * 7) % 20).unwrap_or(0),
        })
        .collect()
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// The static token of seeded hubs, for calls as a remote client.
const TOKEN: &str = "seeded-static-token-0123456789";

async fn seeded_hub() -> (TestHub, Vec<Seed>) {
    let hub = TestHub::start_with(
        |c| c.auth.api_token = Some(TOKEN.to_owned()),
        std::sync::Arc::new(music_hub::clock::SystemClock),
    )
    .await;
    let seeds = seeds();
    let mut sql = String::from(
        "INSERT INTO library_roots (id, path, name, added_at) VALUES ('music', '/home/me/Music', 'Music', 1);
         INSERT INTO genres (id, name) VALUES ('rock', 'Rock'), ('electronic', 'Electronic');",
    );
    for (id, name) in ARTISTS {
        sql.push_str(&format!(
            "INSERT INTO artists (id, name, sort_name, added_at, updated_at) VALUES ({}, {}, {}, 1, 1);",
            quote(id), quote(name), quote(&name.to_lowercase())
        ));
    }
    for (id, title, artist, art) in ALBUMS {
        sql.push_str(&format!(
            "INSERT INTO albums (id, title, sort_title, album_artist_id, album_artist_credit, artwork_source, artwork_id, added_at, updated_at)
             VALUES ({}, {}, {}, {}, {}, {}, CASE WHEN {} = 'none' THEN NULL ELSE 'aw_' || {} END, 1, 1);",
            quote(id), quote(title), quote(&title.to_lowercase()), quote(ARTISTS[artist].0),
            quote(ARTISTS[artist].1), quote(art), quote(art), quote(id)
        ));
    }
    for s in &seeds {
        let (album_id, album_title, _, _) = ALBUMS[s.album];
        let rel = format!("{}/{}.{}", album_title, s.id, s.format);
        sql.push_str(&format!(
            "INSERT INTO media_files (id, root_id, rel_path, dir_path, size_bytes, mtime_ms, extension, codec, bitrate_kbps, first_seen_at, scanned_at)
             VALUES ('mf_{id}', 'music', {rel}, {dir}, 4096, 1, {ext}, {ext}, 320, 1, 1);
             INSERT INTO tracks (id, media_file_id, album_id, title, sort_title, artist_credit, artist_sort, album_sort, year, duration_ms, format, play_count, added_at, updated_at, disc_number, track_number)
             VALUES ({qid}, 'mf_{id}', {album}, {title}, {sort}, {artist}, {artist_sort}, {album_sort}, {year}, {duration}, {ext}, {plays}, {added}, {added}, {disc}, {number});
             INSERT INTO track_artists (track_id, artist_id, role, position) VALUES ({qid}, {artist_id}, 'artist', 0);
             INSERT INTO track_genres (track_id, genre_id, position) VALUES ({qid}, {genre}, 0);",
            id = s.id,
            qid = quote(&s.id),
            rel = quote(&rel),
            dir = quote(album_title),
            ext = quote(s.format),
            album = quote(album_id),
            title = quote(&s.title),
            sort = quote(&s.title.to_lowercase()),
            artist = quote(ARTISTS[s.artist].1),
            artist_sort = quote(&ARTISTS[s.artist].1.to_lowercase()),
            album_sort = quote(&album_title.to_lowercase()),
            year = s.year.map_or("NULL".to_owned(), |y| y.to_string()),
            duration = s.duration_ms,
            plays = s.play_count,
            added = s.added_at,
            artist_id = quote(ARTISTS[s.artist].0),
            genre = quote(&s.genre.to_lowercase()),
            disc = s.disc,
            number = s.number,
        ));
        if s.featuring {
            let guest = ARTISTS[(s.artist + 1) % 3].0;
            sql.push_str(&format!(
                "INSERT INTO track_artists (track_id, artist_id, role, position) VALUES ({}, {}, 'artist', 1);",
                quote(&s.id), quote(guest)
            ));
        }
        if s.saved {
            sql.push_str(&format!(
                "INSERT INTO saved_items (kind, item_id, saved_at) VALUES ('track', {}, 1);",
                quote(&s.id)
            ));
        }
    }
    hub.hub
        .db
        .run(move |conn| {
            conn.batch_execute(&sql)
                .map_err(music_hub::db::DbError::Query)
        })
        .await
        .expect("seed the catalogue");
    (hub, seeds)
}

/// Walks every page of a listing, returning the ids in the order served.
async fn walk(hub: &TestHub, query: &str, limit: usize) -> (Vec<String>, i64) {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..=TRACKS {
        let path = match &cursor {
            Some(c) => format!("/api/tracks?limit={limit}&{query}&cursor={c}"),
            None => format!("/api/tracks?limit={limit}&{query}"),
        };
        let page = json_with_status(hub.get(&path).await, 200).await;
        let total = page["total"].as_i64().expect("total");
        let items = page["items"].as_array().expect("items");
        assert!(items.len() <= limit);
        ids.extend(
            items
                .iter()
                .map(|t| t["id"].as_str().expect("id").to_owned()),
        );
        match page["nextCursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return (ids, total),
        }
    }
    panic!("the listing never ended: {query}");
}

fn sort_key(s: &Seed, sort: &str) -> (i64, String) {
    match sort {
        "title" => (0, s.title.to_lowercase()),
        "artist" => (0, ARTISTS[s.artist].1.to_lowercase()),
        "album" => (0, ALBUMS[s.album].1.to_lowercase()),
        "year" => (i64::from(s.year.unwrap_or(-1)), String::new()),
        "addedAt" => (s.added_at, String::new()),
        "duration" => (s.duration_ms, String::new()),
        "playCount" => (i64::from(s.play_count), String::new()),
        other => panic!("{other}"),
    }
}

#[tokio::test]
async fn every_sort_and_order_pages_through_all_tracks_once_in_order() {
    let (hub, seeds) = seeded_hub().await;
    for sort in [
        "title",
        "artist",
        "album",
        "year",
        "addedAt",
        "duration",
        "playCount",
    ] {
        for order in ["asc", "desc"] {
            let (ids, total) = walk(&hub, &format!("sort={sort}&order={order}"), 7).await;
            assert_eq!(total, i64::try_from(TRACKS).unwrap_or(0));
            assert_eq!(ids.len(), TRACKS, "{sort} {order}");
            assert_eq!(
                ids.iter().collect::<HashSet<_>>().len(),
                TRACKS,
                "{sort} {order}: repeats"
            );
            let mut expected = seeds.clone();
            expected.sort_by(|a, b| (sort_key(a, sort), &a.id).cmp(&(sort_key(b, sort), &b.id)));
            if order == "desc" {
                expected.reverse();
            }
            let expected: Vec<String> = expected.into_iter().map(|s| s.id).collect();
            assert_eq!(ids, expected, "{sort} {order}");
        }
    }
}

#[tokio::test]
async fn filters_select_the_matching_tracks() {
    let (hub, seeds) = seeded_hub().await;
    let count = |f: &dyn Fn(&Seed) -> bool| {
        i64::try_from(seeds.iter().filter(|s| f(s)).count()).unwrap_or(0)
    };
    // Each filter's count, counted once from `seeds()` and written down, then checked against the seed
    // model below, so a filter that matches too much or too little fails.
    let cases: Vec<(&str, i64, i64)> = vec![
        ("genre=electronic", 24, count(&|s| s.genre == "Electronic")),
        (
            "yearFrom=1990&yearTo=2000",
            23,
            count(&|s| s.year.is_some_and(|y| (1990..=2000).contains(&y))),
        ),
        (
            "artistId=ar_b",
            44,
            count(&|s| s.artist == 1 || (s.featuring && (s.artist + 1) % 3 == 1)),
        ),
        ("albumId=al_3", 40, count(&|s| s.album == 2)),
        ("format=MP3", 30, count(&|s| s.format == "mp3")),
        ("saved=true", 20, count(&|s| s.saved)),
        ("saved=false", 100, count(&|s| !s.saved)),
        (
            "genre=rock&format=flac&saved=false",
            64,
            count(&|s| s.genre == "Rock" && s.format == "flac" && !s.saved),
        ),
        ("genre=jazz", 0, 0),
    ];
    for (query, expected, from_seeds) in cases {
        assert_eq!(from_seeds, expected, "the seeds' own count for {query}");
        let (ids, total) = walk(&hub, query, 50).await;
        assert_eq!(total, expected, "{query}");
        assert_eq!(i64::try_from(ids.len()).unwrap_or(-1), expected, "{query}");
    }
}

#[tokio::test]
async fn a_track_comes_with_its_album_artists_genres_and_no_absolute_path() {
    let (hub, _) = seeded_hub().await;
    // tr_003 features a second artist; album 1 (al_1) has folder artwork; tr_000 is saved.
    let track = json_with_status(hub.get("/api/track/tr_003").await, 200).await;
    assert_eq!(track["title"], "Song 11");
    let names: Vec<&str> = track["artists"]
        .as_array()
        .expect("artists")
        .iter()
        .map(|a| a["name"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(names, ["Aphex Twin", "Beyoncé"]);
    assert_eq!(
        track["album"],
        serde_json::json!({"id": "al_1", "title": "Selected Ambient Works"})
    );
    assert_eq!(track["albumArtists"][0]["id"], "ar_a");
    assert_eq!(track["genres"], serde_json::json!(["Rock"]));
    // The album's cover id (content ids are faked here as `aw_` and the album id).
    assert_eq!(track["artworkId"], "aw_al_1");
    assert_eq!(
        track["relativePath"],
        "music/Selected Ambient Works/tr_003.flac"
    );
    assert_eq!(track["bitrateKbps"], 320);
    assert_eq!(track["saved"], false);
    assert!(
        !track.to_string().contains("/home/me"),
        "never an absolute path: {track}"
    );

    let lemonade = json_with_status(hub.get("/api/track/tr_001").await, 200).await;
    assert!(
        lemonade.get("artworkId").is_none(),
        "no artwork, no id: {lemonade}"
    );
    assert_eq!(
        json_with_status(hub.get("/api/track/tr_000").await, 200).await["saved"],
        true
    );

    // A page's items are the same as the detail.
    let page = json_with_status(
        hub.get("/api/tracks?albumId=al_1&sort=title&limit=500")
            .await,
        200,
    )
    .await;
    let from_page: &Value = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|t| t["id"] == "tr_003")
        .expect("in the page");
    assert_eq!(from_page, &track);
}

#[tokio::test]
async fn bad_ids_and_cursors_are_clear_errors() {
    let (hub, _) = seeded_hub().await;
    api_error(hub.get("/api/track/tr_999").await, 404, "not_found").await;
    for cursor in ["garbage", "eyJ4IjoxfQ", "%00"] {
        let body = api_error(
            hub.get(&format!("/api/tracks?cursor={cursor}")).await,
            400,
            "invalid_parameter",
        )
        .await;
        assert_eq!(body["details"]["parameter"], "cursor");
    }
    // A cursor belongs to its sort and order.
    let page = json_with_status(hub.get("/api/tracks?limit=5&sort=title").await, 200).await;
    let cursor = page["nextCursor"].as_str().expect("more pages").to_owned();
    api_error(
        hub.get(&format!("/api/tracks?limit=5&sort=year&cursor={cursor}"))
            .await,
        400,
        "invalid_parameter",
    )
    .await;
    api_error(
        hub.get(&format!(
            "/api/tracks?limit=5&sort=title&order=desc&cursor={cursor}"
        ))
        .await,
        400,
        "invalid_parameter",
    )
    .await;
    api_error(
        hub.get("/api/tracks?yearFrom=abc").await,
        400,
        "invalid_parameter",
    )
    .await;
    // An empty library is an empty page, not an error.
    let empty = TestHub::start().await;
    let page = json_with_status(empty.get("/api/tracks").await, 200).await;
    assert_eq!(page["total"], 0);
    assert!(page.get("nextCursor").is_none());
}

#[tokio::test]
async fn an_album_lists_its_tracks_in_disc_and_track_order() {
    let (hub, seeds) = seeded_hub().await;
    let detail = json_with_status(hub.get("/api/album/al_3").await, 200).await;
    let album = &detail["album"];
    let mine: Vec<&Seed> = seeds.iter().filter(|s| s.album == 2).collect();
    assert_eq!(album["title"], "Tago Mago");
    assert_eq!(
        album["artists"],
        serde_json::json!([{"id": "ar_c", "name": "Can"}])
    );
    assert_eq!(album["trackCount"], mine.len());
    assert_eq!(
        album["durationMs"],
        mine.iter().map(|s| s.duration_ms).sum::<i64>()
    );
    assert_eq!(
        album["playCount"],
        mine.iter().map(|s| i64::from(s.play_count)).sum::<i64>()
    );
    assert_eq!(album["artworkId"], "aw_al_3");
    let genres: Vec<&str> = album["genres"]
        .as_array()
        .expect("genres")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(genres, ["Rock", "Electronic"], "most common first");

    let mut expected = mine.clone();
    expected.sort_by(|a, b| {
        (a.disc, a.number, a.title.to_lowercase(), &a.id).cmp(&(
            b.disc,
            b.number,
            b.title.to_lowercase(),
            &b.id,
        ))
    });
    let served: Vec<&str> = detail["tracks"]
        .as_array()
        .expect("tracks")
        .iter()
        .filter_map(|t| t["id"].as_str())
        .collect();
    let expected: Vec<&str> = expected.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(served, expected);
    assert!(detail["tracks"]
        .as_array()
        .expect("tracks")
        .iter()
        .any(|t| t["discNumber"] == 2));

    api_error(hub.get("/api/album/al_9").await, 404, "not_found").await;
}

#[tokio::test]
async fn stats_count_the_library_and_report_the_last_scan() {
    let (hub, seeds) = seeded_hub().await;
    let stats = json_with_status(hub.get("/api/library/stats").await, 200).await;
    assert_eq!(stats["trackCount"], TRACKS);
    assert_eq!(stats["albumCount"], ALBUMS.len());
    assert_eq!(stats["artistCount"], ARTISTS.len());
    assert_eq!(stats["playlistCount"], 0);
    assert_eq!(
        stats["totalDurationMs"],
        seeds.iter().map(|s| s.duration_ms).sum::<i64>()
    );
    assert_eq!(stats["totalBytes"], 4096 * TRACKS);
    let mp3 = seeds.iter().filter(|s| s.format == "mp3").count();
    assert_eq!(
        stats["formats"],
        serde_json::json!([
            {"format": "flac", "trackCount": TRACKS - mp3, "bytes": 4096 * (TRACKS - mp3)},
            {"format": "mp3", "trackCount": mp3, "bytes": 4096 * mp3},
        ])
    );
    assert!(stats.get("lastScan").is_none(), "never scanned: {stats}");

    hub.hub
        .db
        .run(|conn| {
            conn.batch_execute(
                "INSERT INTO scan_runs (id, triggered_by, status, started_at, finished_at, files_total,
                    files_seen, files_processed, files_unchanged, tracks_added, error_count)
                 VALUES ('scan_1', 'api', 'completed', 1700000000000, 1700000002000, 121, 121, 121, 0, 120, 1);
                 INSERT INTO scan_errors (scan_run_id, root_id, rel_path, error_kind, message, occurred_at)
                 VALUES ('scan_1', 'music', 'Broken/bad.mp3', 'unreadable', 'not an audio file', 1700000001000);",
            )
            .map_err(music_hub::db::DbError::Query)
        })
        .await
        .expect("record a scan");
    let stats = json_with_status(hub.get("/api/library/stats").await, 200).await;
    let scan = &stats["lastScan"];
    assert_eq!(scan["state"], "completed");
    assert_eq!(scan["phase"], "completed");
    assert_eq!(scan["trigger"], "manual");
    assert_eq!(scan["percent"], 100.0);
    assert_eq!(scan["rate"], 60.5, "121 files in 2 s");
    assert_eq!(scan["added"], 120);
    assert_eq!(scan["errorCount"], 1);
    assert_eq!(
        scan["errors"],
        serde_json::json!([{"path": "music/Broken/bad.mp3", "error": "unreadable", "message": "not an audio file"}])
    );
}

async fn search(hub: &TestHub, query: &str) -> Value {
    json_with_status(hub.get(&format!("/api/search?{query}")).await, 200).await
}

fn ids(results: &Value, kind: &str) -> Vec<String> {
    ids_of(&results[kind])
}

#[tokio::test]
async fn search_finds_by_prefix_without_diacritics_and_despite_a_typo() {
    let (hub, _) = seeded_hub().await;
    hub.hub
        .db
        .run(|conn| {
            conn.batch_execute(
                "INSERT INTO playlists (id, name, created_at, updated_at) VALUES ('pl_1', 'Road Trip', 1, 2);
                 INSERT INTO playlist_entries (id, playlist_id, track_id, position, added_at)
                 VALUES ('pe_1', 'pl_1', 'tr_001', 0, 1), ('pe_2', 'pl_1', 'tr_002', 1, 1);",
            )
            .map_err(music_hub::db::DbError::Query)
        })
        .await
        .expect("a playlist");

    // Prefixes, as the user types.
    let r = search(&hub, "q=lemo").await;
    assert_eq!(ids(&r, "albums"), ["al_2"]);
    assert_eq!(r["approximate"], false);
    assert_eq!(ids(&search(&hub, "q=sel%20amb").await, "albums"), ["al_1"]);
    // The first letters typed match the start of names...
    let r = search(&hub, "q=son&types=track").await;
    let titles: Vec<&str> = r["tracks"]
        .as_array()
        .expect("tracks")
        .iter()
        .filter_map(|t| t["title"].as_str())
        .collect();
    assert!(
        !titles.is_empty() && titles.iter().all(|t| t.starts_with("Song")),
        "{r}"
    );
    // ...and, when no name starts with them, words anywhere.
    assert_eq!(ids(&search(&hub, "q=amb").await, "albums"), ["al_1"]);
    // Case and diacritics do not matter, either way round.
    for q in ["beyonce", "BEYONC%C3%89", "Beyonc%C3%A9"] {
        let r = search(&hub, &format!("q={q}")).await;
        assert_eq!(
            ids(&r, "artists").first().map(String::as_str),
            Some("ar_b"),
            "{q}: {r}"
        );
    }
    // One letter wrong, missing or extra, or two letters swapped, still finds it, flagged
    // as approximate.
    for q in [
        "beyonse",
        "lemonde",
        "tagoo%20mago",
        "aphexx",
        "beyocne",
        "lemonaed",
        "aphxe",
    ] {
        let r = search(&hub, &format!("q={q}")).await;
        assert_eq!(r["approximate"], true, "{q}: {r}");
        let found: Vec<String> = ["artists", "albums"]
            .iter()
            .flat_map(|k| ids(&r, k))
            .collect();
        assert!(!found.is_empty(), "{q}: {r}");
    }
    // The exact title comes first among many that share words.
    let r = search(&hub, "q=song%2011&types=track").await;
    assert_eq!(r["tracks"][0]["title"], "Song 11", "{r}");
    assert!(
        ids(&r, "albums").is_empty() && ids(&r, "artists").is_empty(),
        "only tracks asked for"
    );
    // Playlists are found too, with their length.
    let r = search(&hub, "q=road").await;
    assert_eq!(ids(&r, "playlists"), ["pl_1"]);
    assert_eq!(r["playlists"][0]["trackCount"], 2);
}

#[tokio::test]
async fn search_input_is_text_never_syntax() {
    let (hub, _) = seeded_hub().await;
    for q in [
        "AND",
        "OR%20NOT",
        "%22",
        "%22%22%22",
        "*",
        "lemo*",
        "NEAR(a%20b)",
        "col%3Avalue",
        "%5E",
        "%27%3B%20DROP%20TABLE%20tracks%3B%20--",
        "%F0%9F%8E%B5",
    ] {
        search(&hub, &format!("q={q}")).await;
    }
    // Quotes around a word still find the word.
    assert_eq!(
        ids(&search(&hub, "q=%22Lemonade%22").await, "albums"),
        ["al_2"]
    );
    // Nothing above dropped anything.
    let stats = json_with_status(hub.get("/api/library/stats").await, 200).await;
    assert_eq!(stats["trackCount"], TRACKS);
    api_error(hub.get("/api/search").await, 400, "invalid_parameter").await;
    api_error(hub.get("/api/search?q=").await, 400, "invalid_parameter").await;
    api_error(
        hub.get("/api/search?q=x&types=song").await,
        400,
        "invalid_parameter",
    )
    .await;
}

#[tokio::test]
async fn searches_are_remembered_newest_first_and_can_be_forgotten() {
    let (hub, _) = seeded_hub().await;
    for q in ["Lemonade", "can", "LEMONADE", "tago"] {
        search(&hub, &format!("q={q}")).await;
    }
    search(&hub, "q=secret&record=false").await;
    let history = json_with_status(hub.get("/api/search/history").await, 200).await;
    let queries: Vec<&str> = history["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["query"].as_str())
        .collect();
    assert_eq!(
        queries,
        ["tago", "LEMONADE", "can"],
        "deduplicated, newest first, as last typed"
    );
    assert_eq!(history["total"], 3);
    let cleared = hub
        .client
        .delete(hub.url("/api/search/history"))
        .send()
        .await
        .expect("clear");
    assert_eq!(cleared.status(), 204);
    let history = json_with_status(hub.get("/api/search/history").await, 200).await;
    assert_eq!(history["total"], 0);
}

#[tokio::test]
async fn the_search_history_pages_by_cursor_in_either_order() {
    let (hub, _) = seeded_hub().await;
    for q in ["Lemonade", "can", "tago"] {
        search(&hub, &format!("q={q}")).await;
    }
    let walk = |order: &'static str| {
        let hub = &hub;
        async move {
            let mut seen = Vec::new();
            let mut cursor = String::new();
            loop {
                let page = json_with_status(
                    hub.get(&format!(
                        "/api/search/history?limit=2&order={order}&cursor={cursor}"
                    ))
                    .await,
                    200,
                )
                .await;
                assert_eq!(page["total"], 3);
                let items = page["items"].as_array().expect("items");
                assert!(items.len() <= 2);
                seen.extend(
                    items
                        .iter()
                        .filter_map(|i| i["query"].as_str().map(str::to_owned)),
                );
                match page["nextCursor"].as_str() {
                    Some(next) => cursor = next.to_owned(),
                    None => return (seen, cursor),
                }
            }
        }
    };
    let (newest_first, cursor) = walk("desc").await;
    let (mut oldest_first, _) = walk("asc").await;
    assert_eq!(newest_first.len(), 3, "every query once: {newest_first:?}");
    oldest_first.reverse();
    assert_eq!(newest_first, oldest_first);
    api_error(
        hub.get(&format!("/api/search/history?order=asc&cursor={cursor}"))
            .await,
        400,
        "invalid_parameter",
    )
    .await;
}

/// Walks every page of the album list.
async fn walk_albums(hub: &TestHub, query: &str) -> (Vec<String>, i64) {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..10 {
        let path = match &cursor {
            Some(c) => format!("/api/albums?limit=1&{query}&cursor={c}"),
            None => format!("/api/albums?limit=1&{query}"),
        };
        let page = json_with_status(hub.get(&path).await, 200).await;
        let total = page["total"].as_i64().expect("total");
        ids.extend(ids_of(&page["items"]));
        match page["nextCursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return (ids, total),
        }
    }
    panic!("the album list never ended: {query}");
}

fn ids_of(items: &Value) -> Vec<String> {
    items
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn albums_page_by_every_sort_and_filter() {
    let (hub, seeds) = seeded_hub().await;
    let plays = |album: usize| -> i64 {
        seeds
            .iter()
            .filter(|s| s.album == album)
            .map(|s| i64::from(s.play_count))
            .sum()
    };
    for sort in [
        "title",
        "artist",
        "year",
        "addedAt",
        "trackCount",
        "playCount",
    ] {
        for order in ["asc", "desc"] {
            let (ids, total) = walk_albums(&hub, &format!("sort={sort}&order={order}")).await;
            assert_eq!(total, 3, "{sort} {order}");
            let mut sorted = ids.clone();
            sorted.sort();
            assert_eq!(
                sorted,
                ["al_1", "al_2", "al_3"],
                "{sort} {order}: each album once"
            );
            let mut expected: Vec<(String, String)> = ALBUMS
                .iter()
                .enumerate()
                .map(|(i, (id, title, artist, _))| {
                    let key = match sort {
                        "title" => title.to_lowercase(),
                        "artist" => ARTISTS[*artist].1.to_lowercase(),
                        "playCount" => format!("{:012}", plays(i)),
                        // Every album has the same year (none), date and count: ids decide.
                        _ => String::new(),
                    };
                    (key, (*id).to_owned())
                })
                .collect();
            expected.sort();
            if order == "desc" {
                expected.reverse();
            }
            let expected: Vec<String> = expected.into_iter().map(|(_, id)| id).collect();
            assert_eq!(ids, expected, "{sort} {order}");
        }
    }
    // ar_b is Lemonade's album artist and a guest on Selected Ambient Works.
    let (ids, _) = walk_albums(&hub, "artistId=ar_b&sort=title&order=asc").await;
    assert_eq!(ids, ["al_2", "al_1"]);
    assert_eq!(walk_albums(&hub, "compilation=true").await.1, 0);
    assert_eq!(walk_albums(&hub, "genre=ELECTRONIC").await.1, 3);
    let page = json_with_status(
        hub.get("/api/albums?sort=title&order=asc&limit=1").await,
        200,
    )
    .await;
    assert_eq!(page["items"][0]["title"], "Lemonade");
    assert_eq!(page["items"][0]["trackCount"], 40);
    api_error(
        hub.get("/api/albums?sort=loudness").await,
        400,
        "invalid_parameter",
    )
    .await;
}

#[tokio::test]
async fn artists_list_and_detail_show_albums_appearances_and_top_tracks() {
    let (hub, seeds) = seeded_hub().await;
    // Beyoncé (ar_b) leads Lemonade and is a guest on Selected Ambient Works.
    let guest_on: Vec<&Seed> = seeds
        .iter()
        .filter(|s| s.featuring && (s.artist + 1) % 3 == 1)
        .collect();
    let own = seeds.iter().filter(|s| s.artist == 1).count();
    let detail = json_with_status(hub.get("/api/artist/ar_b").await, 200).await;
    assert_eq!(detail["artist"]["name"], "Beyoncé");
    assert_eq!(detail["artist"]["albumCount"], 1);
    assert_eq!(detail["artist"]["trackCount"], own + guest_on.len());
    assert_eq!(ids_of(&detail["albums"]), ["al_2"]);
    assert_eq!(ids_of(&detail["appearances"]), ["al_1"]);
    let top = detail["topTracks"].as_array().expect("top tracks");
    assert_eq!(top.len(), 20);
    let plays: Vec<i64> = top.iter().filter_map(|t| t["playCount"].as_i64()).collect();
    assert!(
        plays.windows(2).all(|w| w[0] >= w[1]),
        "most played first: {plays:?}"
    );
    api_error(hub.get("/api/artist/ar_zz").await, 404, "not_found").await;

    // Every sort pages through the three artists once.
    for sort in ["name", "albumCount", "trackCount", "addedAt", "playCount"] {
        for order in ["asc", "desc"] {
            let mut seen = Vec::new();
            let mut cursor: Option<String> = None;
            loop {
                let path = match &cursor {
                    Some(c) => format!("/api/artists?limit=1&sort={sort}&order={order}&cursor={c}"),
                    None => format!("/api/artists?limit=1&sort={sort}&order={order}"),
                };
                let page = json_with_status(hub.get(&path).await, 200).await;
                assert_eq!(page["total"], 3);
                seen.extend(ids_of(&page["items"]));
                match page["nextCursor"].as_str() {
                    Some(next) => cursor = Some(next.to_owned()),
                    None => break,
                }
            }
            let mut sorted = seen.clone();
            sorted.sort();
            assert_eq!(sorted, ["ar_a", "ar_b", "ar_c"], "{sort} {order}");
            if sort == "name" {
                let expected: Vec<&str> = if order == "asc" {
                    vec!["ar_a", "ar_b", "ar_c"]
                } else {
                    vec!["ar_c", "ar_b", "ar_a"]
                };
                assert_eq!(seen, expected);
            }
        }
    }
    let electronic = json_with_status(
        hub.get("/api/artists?genre=electronic&albumArtistsOnly=true")
            .await,
        200,
    )
    .await;
    assert_eq!(electronic["total"], 3);
    let saved = json_with_status(hub.get("/api/artists?saved=true").await, 200).await;
    assert_eq!(saved["total"], 0);
}

#[tokio::test]
async fn filters_list_each_value_with_its_track_count() {
    let (hub, seeds) = seeded_hub().await;
    let filters = json_with_status(hub.get("/api/library/filters").await, 200).await;
    let electronic = seeds.iter().filter(|s| s.genre == "Electronic").count();
    assert_eq!(
        filters["genres"],
        serde_json::json!([
            {"value": "Rock", "count": TRACKS - electronic},
            {"value": "Electronic", "count": electronic},
        ])
    );
    let mp3 = seeds.iter().filter(|s| s.format == "mp3").count();
    assert_eq!(
        filters["formats"][1],
        serde_json::json!({"value": "mp3", "count": mp3})
    );
    // Years are ascending, and decades add up their years.
    let years = filters["years"].as_array().expect("years");
    let with_year = seeds.iter().filter(|s| s.year.is_some()).count();
    assert_eq!(
        years
            .iter()
            .filter_map(|y| y["count"].as_u64())
            .sum::<u64>(),
        with_year as u64
    );
    let year_1990s = seeds
        .iter()
        .filter(|s| s.year.is_some_and(|y| (1990..2000).contains(&y)))
        .count();
    let decades = filters["decades"].as_array().expect("decades");
    let nineties = decades
        .iter()
        .find(|d| d["decade"] == 1990)
        .expect("the 1990s");
    assert_eq!(nineties["count"], year_1990s);
    // Every facet value, passed back as a filter, finds as many tracks as it says.
    for facet in filters["artists"].as_array().expect("artists") {
        let page = json_with_status(
            hub.get(&format!(
                "/api/tracks?limit=1&artistId={}",
                facet["id"].as_str().expect("id")
            ))
            .await,
            200,
        )
        .await;
        assert_eq!(page["total"], facet["count"], "{facet}");
    }
    for decade in decades {
        let from = decade["decade"].as_i64().expect("decade");
        let page = json_with_status(
            hub.get(&format!(
                "/api/tracks?limit=1&yearFrom={from}&yearTo={}",
                from + 9
            ))
            .await,
            200,
        )
        .await;
        assert_eq!(page["total"], decade["count"], "{decade}");
    }
}

#[tokio::test]
async fn browse_walks_the_folders_and_shows_absolute_paths_only_locally() {
    let (hub, seeds) = seeded_hub().await;
    let top = json_with_status(hub.get("/api/browse").await, 200).await;
    assert_eq!(
        top["roots"],
        serde_json::json!([{"id": "music", "name": "Music", "absolutePath": "/home/me/Music", "available": true, "trackCount": TRACKS}])
    );
    assert_eq!(top["recentlyAddedAlbums"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        top["recentlyPlayed"],
        serde_json::json!([]),
        "nothing was played yet"
    );
    let most: Vec<i64> = top["mostPlayed"]
        .as_array()
        .expect("most played")
        .iter()
        .filter_map(|t| t["playCount"].as_i64())
        .collect();
    assert_eq!(most.len(), 12);
    assert!(most.windows(2).all(|w| w[0] >= w[1]));

    // A remote client sees the roots, never where they are on disk.
    let remote = hub
        .client
        .get(hub.url("/api/browse"))
        .header("X-Forwarded-For", "192.0.2.4")
        .bearer_auth(TOKEN)
        .send()
        .await
        .expect("browse");
    let remote = json_with_status(remote, 200).await;
    assert!(remote["roots"][0].get("absolutePath").is_none(), "{remote}");
    assert!(!remote.to_string().contains("/home/me"), "{remote}");

    let root = json_with_status(hub.get("/api/browse?path=music").await, 200).await;
    let names: Vec<&str> = root["folders"]
        .as_array()
        .expect("folders")
        .iter()
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert_eq!(names, ["Lemonade", "Selected Ambient Works", "Tago Mago"]);
    assert_eq!(root["folders"][0]["path"], "music/Lemonade");
    assert_eq!(root["folders"][0]["trackCount"], 40);
    assert_eq!(root["tracks"], serde_json::json!([]));
    assert!(root.get("parentPath").is_none());

    let folder = json_with_status(hub.get("/api/browse?path=music/Lemonade/").await, 200).await;
    assert_eq!(folder["path"], "music/Lemonade");
    assert_eq!(folder["parentPath"], "music");
    let ids: Vec<&str> = folder["tracks"]
        .as_array()
        .expect("tracks")
        .iter()
        .filter_map(|t| t["id"].as_str())
        .collect();
    let mut expected: Vec<String> = seeds
        .iter()
        .filter(|s| s.album == 1)
        .map(|s| s.id.clone())
        .collect();
    expected.sort();
    assert_eq!(
        ids,
        expected.iter().map(String::as_str).collect::<Vec<_>>(),
        "by file name"
    );

    for bad in [
        "music/../etc",
        "/etc",
        "music//x",
        "..%2Fsecrets",
        "elsewhere/x",
        "music%5CLemonade",
    ] {
        api_error(
            hub.get(&format!("/api/browse?path={bad}")).await,
            400,
            "invalid_path",
        )
        .await;
    }
    api_error(
        hub.get("/api/browse?path=music/Nope").await,
        404,
        "not_found",
    )
    .await;
}
