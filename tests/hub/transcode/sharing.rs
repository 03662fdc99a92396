//! One encoder for every request of a transcode, then its cache; the limit on encodes
//! running at once; an encode stopped when its listener leaves; the cache's byte budget.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;

use futures_util::future::join_all;
use music_hub::app::media::transcode::Profile;
use music_hub::clock::SystemClock;

use super::{
    eventually, header, key_of, parts_left, read_opus, serving, stream, transcoded, Library,
};
use crate::common::{all_tracks, api_error, by_title, finished_scan, TestHub};

#[tokio::test]
async fn concurrent_requests_share_one_encode_then_the_cached_copy() {
    let mut library = Library::new();
    let path = library.tone("Shared", 2, 44_100, 44_100 * 6, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let id = &ids["Shared"];
    let cache = hub.hub.media.transcodes();
    let key = key_of(&path, Profile::opus(96));

    // The encode waits after a few steps, until all four requests have joined it.
    cache.hold_encode(&key, Some(3));
    let responses = join_all((0..4).map(|_| stream(&hub, id, "profile=mobile", &[]))).await;
    assert_eq!(cache.encodes_started(), 1, "one encode for four requests");
    assert_eq!(cache.encodes_running(), 1);
    assert!(!cache.contains(&key), "not complete while held");
    cache.hold_encode(&key, None);
    let etag = header(&responses[0], "etag").expect("an ETag");
    let mut bodies = Vec::new();
    for response in responses {
        assert_eq!(header(&response, "etag").as_deref(), Some(etag.as_str()));
        bodies.push(transcoded(response, "opus; bitrate=96").await);
    }
    assert!(
        bodies.iter().all(|b| *b == bodies[0]),
        "four identical bodies"
    );
    let read = read_opus(&bodies[0]);
    assert!((read.seconds() - 6.0).abs() < 0.05, "{} s", read.seconds());
    assert_eq!(cache.encodes_started(), 1);
    eventually("the transcode in the cache", || cache.contains(&key)).await;
    assert_eq!(cache.encodes_running(), 0);
    assert_eq!(cache.total_bytes(), bodies[0].len() as u64);

    // Later: the cached copy, the same bytes under the same validator, no new encode.
    let again = stream(&hub, id, "profile=mobile", &[]).await;
    assert_eq!(header(&again, "etag").as_deref(), Some(etag.as_str()));
    assert_eq!(
        header(&again, "content-length"),
        Some(bodies[0].len().to_string()),
        "a complete transcode's length"
    );
    assert!(transcoded(again, "opus; bitrate=96").await == bodies[0]);
    // Ranges of the cached copy, the probe a browser sends first among them.
    let total = bodies[0].len();
    for (start, end) in [(0, 1), (1000, 4999), (total - 10, total - 1)] {
        let range = format!("bytes={start}-{end}");
        let part = stream(&hub, id, "profile=mobile", &[("Range", &range)]).await;
        assert_eq!(part.status(), 206, "{range}");
        assert_eq!(
            header(&part, "content-range"),
            Some(format!("bytes {start}-{end}/{total}"))
        );
        assert!(header(&part, "x-transcode").is_some(), "{range}");
        let bytes = part.bytes().await.expect("body");
        assert!(bytes[..] == bodies[0][start..=end], "{range}");
    }
    assert_eq!(cache.encodes_started(), 1);

    // The ETag names the transcode, not the file: the original's differs.
    let original = stream(&hub, id, "", &[]).await;
    assert_ne!(header(&original, "etag").as_deref(), Some(etag.as_str()));
    let not_modified = stream(&hub, id, "profile=mobile", &[("If-None-Match", &etag)]).await;
    assert_eq!(not_modified.status(), 304);
    assert_eq!(
        header(&not_modified, "etag").as_deref(),
        Some(etag.as_str())
    );
    assert!(not_modified.bytes().await.expect("body").is_empty());
    // Another profile's copy is not this one.
    let web = stream(&hub, id, "profile=web", &[("If-None-Match", &etag)]).await;
    assert_eq!(web.status(), 200);
    drop(web);
    assert_eq!(cache.encodes_started(), 2, "only the web profile's encode");
}

#[tokio::test]
async fn beyond_the_encode_limit_a_request_is_told_when_to_retry() {
    let mut library = Library::new();
    let first = library.tone("First", 2, 44_100, 44_100 * 5, 440.0);
    library.tone("Second", 2, 44_100, 44_100 * 5, 550.0);
    let (hub, ids) = serving(&library, |config| {
        config.transcode_max_encodes = Some(1);
    })
    .await;
    let cache = hub.hub.media.transcodes();
    let key = key_of(&first, Profile::opus(64));

    cache.hold_encode(&key, Some(0));
    let held = stream(&hub, &ids["First"], "profile=cellular", &[]).await;
    assert_eq!(held.status(), 200);
    assert_eq!(cache.encodes_running(), 1);

    let refused = stream(&hub, &ids["Second"], "profile=cellular", &[]).await;
    let retry_after = header(&refused, "retry-after").expect("Retry-After");
    let seconds: u64 = retry_after.parse().expect("Retry-After in seconds");
    assert!((1..=60).contains(&seconds), "{seconds}");
    api_error(refused, 429, "too_many_transcodes").await;
    // The file as it is takes no encoder.
    let original = stream(&hub, &ids["Second"], "", &[]).await;
    assert_eq!(original.status(), 200);
    assert_eq!(header(&original, "x-transcode"), None);
    assert_eq!(cache.encodes_started(), 1);

    cache.hold_encode(&key, None);
    transcoded(held, "opus; bitrate=64").await;
    eventually("the slot free", || cache.encodes_running() == 0).await;
    let second = stream(&hub, &ids["Second"], "profile=cellular", &[]).await;
    let read = read_opus(&transcoded(second, "opus; bitrate=64").await);
    assert!((read.seconds() - 5.0).abs() < 0.05, "{} s", read.seconds());
}

#[tokio::test]
async fn an_encode_whose_listener_left_stops_and_leaves_nothing() {
    let mut library = Library::new();
    // Twenty seconds: 80 steps, so that the encode is far from the point where it would
    // finish anyway (60 %) when the listener leaves.
    let path = library.tone("Abandoned", 2, 44_100, 44_100 * 20, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let cache = hub.hub.media.transcodes();
    let key = key_of(&path, Profile::opus(128));

    cache.hold_encode(&key, Some(4));
    let mut response = stream(&hub, &ids["Abandoned"], "profile=web", &[]).await;
    assert_eq!(response.status(), 200);
    let first = response
        .chunk()
        .await
        .expect("a read")
        .expect("first bytes");
    assert!(first.starts_with(b"OggS"), "an Ogg page first");
    drop(response);
    // A few more steps: the hub's next writes find the listener gone.
    cache.hold_encode(&key, Some(12));
    eventually("the encode stopped", || cache.encodes_running() == 0).await;
    cache.hold_encode(&key, None);
    assert!(!cache.contains(&key), "a stopped encode is not cached");
    assert_eq!(cache.total_bytes(), 0);
    eventually("no partial file left", || parts_left(&hub).is_empty()).await;
    assert_eq!(cache.encodes_started(), 1);

    // Asked again, it is made again, whole.
    let again = stream(&hub, &ids["Abandoned"], "profile=web", &[]).await;
    let read = read_opus(&transcoded(again, "opus; bitrate=128").await);
    assert!((read.seconds() - 20.0).abs() < 0.05, "{} s", read.seconds());
    assert_eq!(cache.encodes_started(), 2);
}

#[tokio::test]
async fn an_encode_past_sixty_percent_finishes_into_the_cache_after_its_listener_left() {
    let mut library = Library::new();
    let path = library.tone("Nearly Done", 2, 44_100, 44_100 * 20, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let cache = hub.hub.media.transcodes();
    let key = key_of(&path, Profile::opus(128));

    // 64 of the 80 steps: 80 % encoded, then the encoder waits.
    cache.hold_encode(&key, Some(64));
    let mut response = stream(&hub, &ids["Nearly Done"], "profile=web", &[]).await;
    assert_eq!(response.status(), 200);
    // Read until the bytes stop coming for a second: the encoder is at the hold.
    let mut read = 0;
    while let Ok(chunk) =
        tokio::time::timeout(std::time::Duration::from_secs(1), response.chunk()).await
    {
        read += chunk.expect("a read").expect("the stream goes on").len();
    }
    assert!(read > 0);
    drop(response);
    cache.hold_encode(&key, None);
    eventually("the encode finished into the cache", || {
        cache.contains(&key)
    })
    .await;
    assert_eq!(cache.encodes_running(), 0);
    assert!(parts_left(&hub).is_empty());
    let again = stream(&hub, &ids["Nearly Done"], "profile=web", &[]).await;
    let decoded = read_opus(&transcoded(again, "opus; bitrate=128").await);
    assert!((decoded.seconds() - 20.0).abs() < 0.05);
    assert_eq!(
        cache.encodes_started(),
        1,
        "the second play is the finished encode"
    );
}

/// The cache's budget: room for two five-second MP3s at 192 kbit/s (about 122 kB each,
/// exactly the same size as each other), not three.
const BUDGET: u64 = 300_000;

#[tokio::test]
async fn the_cache_keeps_within_its_budget_evicting_the_least_recently_used() {
    let mut library = Library::new();
    let paths: Vec<_> = [("One", 300.0), ("Two", 400.0), ("Three", 500.0)]
        .into_iter()
        .map(|(title, hz)| library.tone(title, 2, 44_100, 44_100 * 5, hz))
        .collect();
    let (hub, ids) = serving(&library, |config| {
        config.transcode_cache_bytes = Some(BUDGET);
    })
    .await;
    let cache = hub.hub.media.transcodes();
    let keys: Vec<_> = paths
        .iter()
        .map(|path| key_of(path, Profile::mp3(192)))
        .collect();

    let mut sizes = Vec::new();
    for (n, title) in ["One", "Two", "Three"].into_iter().enumerate() {
        let response = stream(&hub, &ids[title], "profile=legacy", &[]).await;
        sizes.push(transcoded(response, "mp3; bitrate=192").await.len() as u64);
        eventually("the transcode cached", || cache.contains(&keys[n])).await;
        if n == 1 {
            // Two fit: nothing evicted yet.
            assert!(cache.contains(&keys[0]));
            assert_eq!(cache.total_bytes(), sizes[0] + sizes[1]);
        }
    }
    assert!(
        sizes.iter().all(|&s| s * 2 <= BUDGET && s * 3 > BUDGET),
        "{sizes:?}"
    );
    assert!(cache.total_bytes() <= BUDGET, "{}", cache.total_bytes());
    assert!(!cache.contains(&keys[0]), "the oldest went");
    assert!(cache.contains(&keys[1]) && cache.contains(&keys[2]));
    assert_eq!(cache.total_bytes(), sizes[1] + sizes[2]);
    let files = std::fs::read_dir(cache.dir())
        .expect("the cache folder")
        .filter_map(Result::ok)
        .count();
    assert_eq!(files, 2, "the evicted file is deleted");

    // Reading the second makes the third the least recently used.
    let again = stream(&hub, &ids["Two"], "profile=legacy", &[]).await;
    transcoded(again, "mp3; bitrate=192").await;
    let first = stream(&hub, &ids["One"], "profile=legacy", &[]).await;
    transcoded(first, "mp3; bitrate=192").await;
    eventually("the first cached again", || cache.contains(&keys[0])).await;
    assert_eq!(cache.encodes_started(), 4);
    assert!(cache.contains(&keys[1]), "used recently");
    assert!(!cache.contains(&keys[2]), "the least recently used went");
    assert!(cache.total_bytes() <= BUDGET);
}

/// A hub on `music` keeping its data in `data`, which outlives it.
async fn hub_in(data: &std::path::Path, music: std::path::PathBuf) -> TestHub {
    TestHub::start_custom(
        Some(data),
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        move |config| {
            config.libraries = vec![music];
            config.watch = false;
        },
        Arc::new(SystemClock),
    )
    .await
}

#[tokio::test]
async fn finished_transcodes_outlive_a_restart_and_half_written_ones_do_not() {
    let mut library = Library::new();
    let path = library.tone("Kept", 2, 44_100, 44_100 * 3, 440.0);
    let data = tempfile::tempdir().expect("data dir");
    let key = key_of(&path, Profile::opus(96));

    let hub = hub_in(data.path(), library.music()).await;
    finished_scan(&hub).await;
    let id = by_title(&all_tracks(&hub).await)["Kept"]["id"]
        .as_str()
        .expect("an id")
        .to_owned();
    let first = stream(&hub, &id, "profile=mobile", &[]).await;
    let etag = header(&first, "etag");
    let made = transcoded(first, "opus; bitrate=96").await;
    let cache = hub.hub.media.transcodes();
    eventually("the transcode cached", || cache.contains(&key)).await;
    let cache_dir = cache.dir().to_owned();
    hub.stop().await;
    // What a crash in the middle of an encode leaves.
    let crashed = cache_dir.join("0123456789abcdef0123456789abcdef.part");
    std::fs::write(&crashed, b"OggS half of a page").expect("a partial file");

    let hub = hub_in(data.path(), library.music()).await;
    finished_scan(&hub).await;
    let cache = hub.hub.media.transcodes();
    assert!(!crashed.exists(), "a partial file is discarded at start");
    assert!(cache.contains(&key), "the finished one is still there");
    let again = stream(&hub, &id, "profile=mobile", &[]).await;
    assert_eq!(header(&again, "etag"), etag);
    assert!(transcoded(again, "opus; bitrate=96").await == made);
    assert_eq!(cache.encodes_started(), 0, "served from the disk");
    hub.stop().await;
}
