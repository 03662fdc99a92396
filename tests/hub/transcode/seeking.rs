//! Seeking a transcode: ranges into one still being made, served with its final length,
//! and `timeOffsetMs`, a transcode that starts later in the track.

use music_hub::app::media::transcode::Profile;

use super::{eventually, header, key_of, read_opus, serving, stream, transcoded, Library};
use crate::common::api_error;

#[tokio::test]
async fn a_range_beyond_what_is_written_waits_for_the_encoder_and_matches_the_whole() {
    let mut library = Library::new();
    let path = library.tone("Seek Me", 2, 44_100, 44_100 * 20, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let id = &ids["Seek Me"];
    let cache = hub.hub.media.transcodes();
    let key = key_of(&path, Profile::opus(128));

    // A tenth of the track written, then the encoder waits.
    cache.hold_encode(&key, Some(8));
    let whole = stream(&hub, id, "profile=web", &[]).await;
    assert_eq!(whole.status(), 200);
    let total: u64 = header(&whole, "content-length")
        .expect("the final length from the first answer")
        .parse()
        .expect("a number");
    assert!(!cache.contains(&key), "still being made");

    // Safari's probe: two real bytes, with the total.
    let probe = stream(&hub, id, "profile=web", &[("Range", "bytes=0-1")]).await;
    assert_eq!(probe.status(), 206);
    assert_eq!(
        header(&probe, "content-range"),
        Some(format!("bytes 0-1/{total}"))
    );
    assert_eq!(header(&probe, "content-length").as_deref(), Some("2"));
    let probed = probe.bytes().await.expect("body");
    assert_eq!(&probed[..], b"Og");

    // The middle: far beyond what is written, so the answer waits for the encoder.
    let (start, end) = (total / 2, total / 2 + 9_999);
    let range = format!("bytes={start}-{end}");
    let middle = {
        let hub = &hub;
        let range = range.as_str();
        async move { stream(hub, id, "profile=web", &[("Range", range)]).await }
    };
    let release = async {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        cache.hold_encode(&key, None);
    };
    let (middle, ()) = tokio::join!(middle, release);
    assert_eq!(middle.status(), 206);
    assert_eq!(
        header(&middle, "content-range"),
        Some(format!("bytes {start}-{end}/{total}"))
    );
    assert_eq!(header(&middle, "content-length"), Some("10000".to_owned()));
    assert!(header(&middle, "x-transcode").is_some());
    let part = middle.bytes().await.expect("body");

    let finished = transcoded(whole, "opus; bitrate=128").await;
    assert_eq!(finished.len() as u64, total, "the length announced first");
    assert!(
        part[..] == finished[start as usize..=end as usize],
        "the range's bytes are the finished file's"
    );
    assert_eq!(&finished[..2], &probed[..]);
    read_opus(&finished);
    assert_eq!(
        cache.encodes_started(),
        1,
        "every request read the one encode"
    );
}

#[tokio::test]
async fn a_range_the_encoder_does_not_reach_in_time_answers_503_before_any_body() {
    let mut library = Library::new();
    let path = library.tone("Slow", 2, 44_100, 44_100 * 30, 440.0);
    let (hub, ids) = serving(&library, |config| {
        config.transcode_wait = Some(std::time::Duration::from_secs(2));
    })
    .await;
    let id = &ids["Slow"];
    let cache = hub.hub.media.transcodes();
    let key = key_of(&path, Profile::opus(128));

    // Two seconds of the thirty written, then the encoder waits.
    cache.hold_encode(&key, Some(8));
    let whole = stream(&hub, id, "profile=web", &[]).await;
    let total: u64 = header(&whole, "content-length")
        .expect("the final length")
        .parse()
        .expect("a number");
    // A third in: past the head the encoder wrote, before the end it wrote first.
    let range = format!("bytes={}-", total / 3);
    let late = stream(&hub, id, "profile=web", &[("Range", range.as_str())]).await;
    assert_eq!(header(&late, "retry-after").as_deref(), Some("5"));
    let body = api_error(late, 503, "transcode_stalled").await;
    assert!(
        body["message"]
            .as_str()
            .is_some_and(|m| m.contains("timeOffsetMs")),
        "the message says what else to do: {body}"
    );

    // Nobody reads it any more, yet the encode a request gave up on goes on, so that the
    // retry it was told to make finds it further along (here: done), not started afresh.
    drop(whole);
    cache.hold_encode(&key, None);
    eventually("the encode to finish without readers", || {
        cache.contains(&key)
    })
    .await;
    assert_eq!(cache.encodes_started(), 1);
    let retry = stream(&hub, id, "profile=web", &[("Range", range.as_str())]).await;
    assert_eq!(retry.status(), 206);
}

#[tokio::test]
async fn a_time_offset_starts_the_transcode_later_in_the_track() {
    let mut library = Library::new();
    library.tone("Offset", 2, 44_100, 44_100 * 6, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let id = &ids["Offset"];

    let whole = stream(&hub, id, "profile=mobile", &[]).await;
    let whole_etag = header(&whole, "etag");
    let whole = read_opus(&transcoded(whole, "opus; bitrate=96").await);
    assert!(
        (whole.seconds() - 6.0).abs() < 0.05,
        "{} s",
        whole.seconds()
    );

    for (offset_ms, query) in [
        (2_000, "profile=mobile&timeOffsetMs=2000"),
        (4_500, "profile=mobile&timeOffsetMs=4500"),
    ] {
        let response = stream(&hub, id, query, &[]).await;
        assert_ne!(header(&response, "etag"), whole_etag, "{query}");
        let read = read_opus(&transcoded(response, "opus; bitrate=96").await);
        let expected = 6.0 - f64::from(offset_ms) / 1000.0;
        assert!(
            (read.seconds() - expected).abs() < 0.05,
            "{query}: {} s, not {expected} s",
            read.seconds()
        );
    }
    // An offset alone implies the web profile.
    let response = stream(&hub, id, "timeOffsetMs=3000", &[]).await;
    let read = read_opus(&transcoded(response, "opus; bitrate=128").await);
    assert!((read.seconds() - 3.0).abs() < 0.05, "{} s", read.seconds());
}

#[tokio::test]
async fn an_mp3_still_being_made_may_not_be_kept_and_its_finished_copy_may() {
    let mut library = Library::new();
    let path = library.tone("Provisional", 2, 44_100, 44_100 * 10, 440.0);
    let (hub, ids) = serving(&library, |_| {}).await;
    let id = &ids["Provisional"];
    let cache = hub.hub.media.transcodes();
    let key = key_of(&path, Profile::mp3(192));

    // Its first frame is LAME's placeholder until the encode completes.
    cache.hold_encode(&key, Some(4));
    let growing = stream(&hub, id, "profile=legacy", &[("Range", "bytes=0-1")]).await;
    assert_eq!(growing.status(), 206);
    assert_eq!(
        header(&growing, "cache-control").as_deref(),
        Some("no-store")
    );
    drop(growing);
    cache.hold_encode(&key, None);
    let whole = stream(&hub, id, "profile=legacy", &[]).await;
    let bytes = transcoded(whole, "mp3; bitrate=192").await;
    assert!(cache.contains(&key), "complete: {} bytes", bytes.len());
    let cached = stream(&hub, id, "profile=legacy", &[("Range", "bytes=0-1")]).await;
    assert_eq!(header(&cached, "cache-control").as_deref(), Some("private"));
    // An original file or an Opus transcode is never provisional.
    let opus = stream(&hub, id, "profile=web", &[("Range", "bytes=0-1")]).await;
    assert_eq!(header(&opus, "cache-control").as_deref(), Some("private"));
}
