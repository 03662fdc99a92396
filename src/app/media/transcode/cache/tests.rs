//! The cache with real encodes of real files in a temporary data dir. Encodes are held at
//! known points with `hold_encode`, so nothing here depends on how fast the machine is.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::handle::READ_MAX;
use super::*;
use crate::app::media::transcode::tests::{info_frame, mp3_frame_len, tone_wav};

const RATE: u32 = 44_100;

struct Fixture {
    _temp: tempfile::TempDir,
    data: PathBuf,
    music: PathBuf,
}

fn fixture() -> Fixture {
    let temp = tempfile::tempdir().expect("temp dir");
    let data = temp.path().join("data");
    let music = temp.path().join("music");
    std::fs::create_dir_all(&data).expect("data dir");
    std::fs::create_dir_all(&music).expect("music dir");
    Fixture {
        _temp: temp,
        data,
        music,
    }
}

impl Fixture {
    /// A stereo tone `seconds` long, in a file of its own.
    fn source(&self, name: &str, seconds: f64) -> PathBuf {
        let dir = self.music.join(name);
        std::fs::create_dir_all(&dir).expect("source dir");
        tone_wav(&dir, 2, RATE, (f64::from(RATE) * seconds) as u32)
    }

    fn cache(&self, budget: u64, max_encodes: usize) -> TranscodeCache {
        self.cache_waiting(budget, max_encodes, Duration::from_secs(10))
    }

    fn cache_waiting(&self, budget: u64, max_encodes: usize, wait: Duration) -> TranscodeCache {
        TranscodeCache::open(
            &self.data,
            CacheSettings {
                budget,
                max_encodes,
                wait,
            },
        )
    }
}

fn key(path: &Path, profile: Profile) -> CacheKey {
    key_at(path, profile, Duration::ZERO)
}

fn key_at(path: &Path, profile: Profile, start: Duration) -> CacheKey {
    CacheKey::of_file(path, profile, start).expect("source metadata")
}

/// The names in the cache folder, sorted.
fn files(cache: &TranscodeCache) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(cache.dir())
        .expect("cache dir")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .into_string()
                .expect("name")
        })
        .collect();
    names.sort();
    names
}

async fn read_all(handle: &Transcoded) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let chunk = handle
            .read_at(out.len() as u64, READ_MAX)
            .await
            .expect("read");
        if chunk.is_empty() {
            return out;
        }
        out.extend_from_slice(&chunk);
    }
}

async fn until(what: &str, condition: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !condition() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A finished entry's bytes, as the file in the cache holds them.
fn cached_bytes(cache: &TranscodeCache, key: &CacheKey) -> Vec<u8> {
    std::fs::read(cache.dir().join(key.file_name())).expect("the finished file")
}

#[tokio::test]
async fn a_range_read_from_a_growing_entry_equals_the_finished_file() {
    let fx = fixture();
    let cache = fx.cache(u64::MAX, 2);
    let opus = key(&fx.source("a", 8.0), Profile::opus(96));
    cache.hold_encode(&opus, Some(12));
    let handle = cache.get(&opus).await.expect("started");
    until("some bytes", || handle.written() > 4_000).await;
    let written = handle.written();
    let (from, len) = (written / 4, (written / 2) as usize);
    let middle = handle.read_at(from, len).await.expect("read");
    assert_eq!(middle.len(), len);
    assert_eq!(handle.final_len(), None, "still growing");
    assert!(files(&cache).contains(&opus.part_name()));

    cache.hold_encode(&opus, None);
    let total = handle.finished().await.expect("completed");
    assert_eq!(handle.final_len(), Some(total));
    let whole = cached_bytes(&cache, &opus);
    assert_eq!(whole.len() as u64, total);
    assert!(total > written * 2, "{total} against {written} while held");
    assert_eq!(&whole[from as usize..from as usize + len], &middle[..]);
    assert_eq!(read_all(&handle).await, whole);
    assert_eq!(files(&cache), [opus.file_name()], "renamed, no .part left");

    // MP3: a reader of the growing file gets LAME's placeholder as the first frame, the
    // same length as the header written over it at the end; every later byte is final.
    let mp3 = key(&fx.source("a", 8.0), Profile::mp3(192));
    cache.hold_encode(&mp3, Some(6));
    let growing = cache.get(&mp3).await.expect("started");
    until("some MP3 bytes", || growing.written() > 8_000).await;
    let early = growing.read_at(0, 8_000).await.expect("read");
    assert_eq!(growing.final_len(), None);
    cache.hold_encode(&mp3, None);
    growing.finished().await.expect("completed");
    let whole = cached_bytes(&cache, &mp3);
    let frame = mp3_frame_len(&whole).expect("an MP3 frame first");
    assert_eq!(
        mp3_frame_len(&early),
        Some(frame),
        "the placeholder is a frame"
    );
    assert_ne!(&early[..frame], &whole[..frame], "the header came later");
    assert_eq!(&early[frame..], &whole[frame..8_000]);
    assert!(info_frame(&whole).frames > 300, "8 s of frames counted");
}

#[tokio::test]
async fn a_read_beyond_the_bytes_written_waits_for_the_encoder() {
    let fx = fixture();
    let cache = fx.cache(u64::MAX, 2);
    let source = fx.source("a", 3.0);
    let opus = key(&source, Profile::opus(96));
    cache.hold_encode(&opus, Some(0));
    let handle = cache.get(&opus).await.expect("started");
    assert_eq!(handle.written(), 0);
    let reader = {
        let cache = cache.clone();
        let opus = opus.clone();
        tokio::spawn(async move {
            let handle = cache.get(&opus).await.expect("joined");
            handle.read_at(0, 100).await
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        !reader.is_finished(),
        "the read waits while nothing is written"
    );
    cache.hold_encode(&opus, None);
    let first = reader.await.expect("task").expect("read");
    assert!(!first.is_empty() && first.len() <= 100);
    assert_eq!(&first[..4], b"OggS");
    let total = handle.finished().await.expect("completed");
    assert_eq!(&cached_bytes(&cache, &opus)[..first.len()], &first[..]);
    // At the end and past it: nothing, at once.
    assert!(handle.read_at(total, 10).await.expect("read").is_empty());
    assert!(handle
        .read_at(total + 5, 10)
        .await
        .expect("read")
        .is_empty());

    // An encoder that does not get there in time: `Timeout`, not a hang.
    let impatient = fx.cache_waiting(u64::MAX, 2, Duration::from_millis(200));
    let mp3 = key(&source, Profile::mp3(128));
    impatient.hold_encode(&mp3, Some(0));
    let handle = impatient.get(&mp3).await.expect("started");
    let started = Instant::now();
    assert!(matches!(
        handle.read_at(0, 10).await,
        Err(CacheError::Timeout)
    ));
    assert!(started.elapsed() >= Duration::from_millis(200));
    impatient.hold_encode(&mp3, None);
}

#[tokio::test]
async fn concurrent_requests_for_one_transcode_share_one_encode() {
    let fx = fixture();
    let cache = fx.cache(u64::MAX, 4);
    let opus = key(&fx.source("a", 2.0), Profile::opus(64));
    cache.hold_encode(&opus, Some(0));
    let (first, second) = tokio::join!(cache.get(&opus), cache.get(&opus));
    let (first, second) = (first.expect("first"), second.expect("second"));
    assert_eq!(cache.encodes_started(), 1);
    assert_eq!(cache.encodes_running(), 1);
    cache.hold_encode(&opus, None);
    let len = first.finished().await.expect("completed");
    assert_eq!(second.finished().await.expect("completed"), len);
    assert_eq!(read_all(&first).await, read_all(&second).await);
    // Later requests read the finished file.
    let third = cache.get(&opus).await.expect("cached");
    assert_eq!(third.final_len(), Some(len));
    assert_eq!(cache.encodes_started(), 1);
}

#[tokio::test]
async fn a_new_transcode_beyond_the_encoder_slots_is_busy() {
    let fx = fixture();
    let cache = fx.cache(u64::MAX, 2);
    let source = fx.source("a", 2.0);
    let (a, b, c) = (
        key(&source, Profile::opus(96)),
        key(&source, Profile::opus(64)),
        key(&source, Profile::mp3(128)),
    );
    for held in [&a, &b, &c] {
        cache.hold_encode(held, Some(0));
    }
    let first = cache.get(&a).await.expect("first slot");
    let second = cache.get(&b).await.expect("second slot");
    match cache.get(&c).await {
        Err(CacheError::Busy { retry_after }) => assert!(retry_after >= Duration::from_secs(1)),
        Err(other) => panic!("{other}"),
        Ok(_) => panic!("a third encode started"),
    }
    // The same transcode as a running one joins it: no slot needed.
    let joined = cache.get(&a).await.expect("joined");
    assert_eq!(cache.encodes_started(), 2);
    cache.hold_encode(&a, None);
    cache.hold_encode(&b, None);
    first.finished().await.expect("a");
    second.finished().await.expect("b");
    drop((first, second, joined));
    cache.hold_encode(&c, None);
    let third = cache.get(&c).await.expect("a slot is free");
    third.finished().await.expect("c");
    assert_eq!(cache.encodes_started(), 3);
}

#[tokio::test]
async fn eviction_keeps_the_budget_taking_the_least_recently_used_entry_not_one_in_use() {
    let fx = fixture();
    let source = fx.source("a", 1.0);
    // Constant bit rate with a different gain each: entries of one exact size.
    let keys: Vec<CacheKey> = (0..5)
        .map(|n| {
            let mut profile = Profile::mp3(128);
            profile.output_gain_db = -(n as f32);
            key(&source, profile)
        })
        .collect();
    let size = {
        let measure = fx.cache(u64::MAX, 2);
        let handle = measure.get(&keys[0]).await.expect("measured");
        handle.finished().await.expect("completed")
    };
    std::fs::remove_dir_all(fx.data.join(CACHE_DIR)).expect("emptied");
    let budget = size * 5 / 2;
    let cache = fx.cache(budget, 4);
    let complete = |k: &CacheKey| {
        let cache = cache.clone();
        let k = k.clone();
        async move {
            let handle = cache.get(&k).await.expect("started");
            assert_eq!(handle.finished().await.expect("completed"), size);
        }
    };
    complete(&keys[0]).await;
    complete(&keys[1]).await;
    // keys[0] is read (its handle open) and then keys[1] used after it: keys[0] is the
    // least recently used, but in use.
    let reading = cache.get(&keys[0]).await.expect("cached");
    drop(cache.get(&keys[1]).await.expect("cached"));
    // keys[3] is being written all along.
    cache.hold_encode(&keys[3], Some(1));
    let writing = cache.get(&keys[3]).await.expect("started");

    complete(&keys[2]).await;
    assert!(
        cache.total_bytes() <= budget,
        "{} > {budget}",
        cache.total_bytes()
    );
    assert!(cache.contains(&keys[0]), "being read");
    assert!(
        !cache.contains(&keys[1]),
        "the least recently used free entry"
    );
    assert!(cache.contains(&keys[2]));
    assert!(
        files(&cache).contains(&keys[3].part_name()),
        "being written"
    );
    assert!(!files(&cache).contains(&keys[1].file_name()));
    assert_eq!(read_all(&reading).await.len() as u64, size);

    // Nothing in use: keys[0] is now the least recently used.
    drop(reading);
    drop(cache.get(&keys[2]).await.expect("cached"));
    complete(&keys[4]).await;
    assert!(!cache.contains(&keys[0]));
    assert!(cache.contains(&keys[2]) && cache.contains(&keys[4]));
    assert_eq!(cache.total_bytes(), size * 2);
    cache.hold_encode(&keys[3], None);
    writing.finished().await.expect("completed");
    assert!(cache.total_bytes() <= budget);
    let mut expected = vec![keys[3].file_name(), keys[4].file_name()];
    expected.sort();
    assert_eq!(
        files(&cache),
        expected,
        "keys[2], least recently used, went"
    );
}

#[tokio::test]
async fn a_restart_deletes_part_files_and_keeps_finished_ones() {
    let fx = fixture();
    let source = fx.source("a", 1.0);
    let (done, cut) = (
        key(&source, Profile::opus(96)),
        key(&source, Profile::opus(64)),
    );
    let len = {
        let cache = fx.cache(u64::MAX, 2);
        let handle = cache.get(&done).await.expect("started");
        handle.finished().await.expect("completed")
    };
    // What a crash mid-encode leaves: a `.part`; and one between the finished file's copy
    // and its rename: the copy too.
    let part = fx.data.join(CACHE_DIR).join(cut.part_name());
    std::fs::write(&part, b"OggS and then the crash").expect("part");
    let packed = fx.data.join(CACHE_DIR).join(cut.packed_name());
    std::fs::write(&packed, b"OggS copied, never renamed").expect("copy");

    let cache = fx.cache(u64::MAX, 2);
    assert!(!part.exists());
    assert!(!packed.exists());
    assert_eq!(files(&cache), [done.file_name()]);
    assert_eq!(cache.total_bytes(), len);
    let handle = cache.get(&done).await.expect("cached");
    assert_eq!(handle.final_len(), Some(len));
    assert_eq!(read_all(&handle).await.len() as u64, len);
    assert_eq!(
        cache.encodes_started(),
        0,
        "read from disk, not encoded again"
    );
    drop(handle);

    // Opened again with a smaller budget: within it at once.
    let small = fx.cache(len - 1, 2);
    assert_eq!(small.total_bytes(), 0);
    assert!(files(&small).is_empty());
}

#[tokio::test]
async fn the_last_reader_leaving_stops_an_early_encode_but_not_one_past_60_percent() {
    let fx = fixture();
    let cache = fx.cache(u64::MAX, 2);
    let source = fx.source("a", 8.0);
    let early = key(&source, Profile::opus(96));
    cache.hold_encode(&early, Some(4));
    let first = cache.get(&early).await.expect("started");
    let second = cache.get(&early).await.expect("joined");
    until("some bytes", || first.written() > 0).await;
    drop(first);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(cache.encodes_running(), 1, "one reader is still there");
    drop(second);
    until("the encode to stop", || cache.encodes_running() == 0).await;
    assert!(files(&cache).is_empty(), "{:?}", files(&cache));
    assert!(!cache.contains(&early));

    // 28 quarter-seconds of 8 s: past 60 %, so it finishes with nobody listening.
    let late = key(&source, Profile::opus(64));
    cache.hold_encode(&late, Some(28));
    let handle = cache.get(&late).await.expect("started");
    until("80 %", || handle.progress().is_some_and(|p| p >= 0.8)).await;
    drop(handle);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(cache.encodes_running(), 1, "not stopped");
    assert_eq!(files(&cache), [late.part_name()]);
    cache.hold_encode(&late, None);
    until("the encode to finish", || cache.contains(&late)).await;
    assert_eq!(files(&cache), [late.file_name()]);
    assert_eq!(cache.encodes_started(), 2);
}

#[tokio::test]
async fn an_undecodable_source_caches_nothing() {
    let fx = fixture();
    let cache = fx.cache(u64::MAX, 2);
    let broken = fx.music.join("broken.flac");
    std::fs::write(&broken, b"fLaC and nothing a decoder could read").expect("write");
    let broken = key(&broken, Profile::opus(96));
    for attempt in 1..=2 {
        assert!(matches!(
            cache.get(&broken).await,
            Err(CacheError::Undecodable(_))
        ));
        assert_eq!(cache.encodes_started(), attempt, "tried afresh each time");
        until("the entry to end", || cache.encodes_running() == 0).await;
        assert!(files(&cache).is_empty(), "{:?}", files(&cache));
        assert_eq!(cache.total_bytes(), 0);
    }
}

#[test]
fn keys_follow_the_file_and_the_profile() {
    let fx = fixture();
    let path = fx.source("a", 0.1);
    let base = key(&path, Profile::opus(96));
    assert_eq!(base.stem.len(), 32);
    assert!(base.stem.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(base.stem, key(&path, Profile::opus(96)).stem, "stable");
    let mut gain = Profile::opus(96);
    gain.output_gain_db = -3.0;
    for other in [Profile::opus(64), Profile::mp3(96), gain] {
        assert_ne!(key(&path, other).stem, base.stem, "{other:?}");
    }
    let later = key_at(&path, Profile::opus(96), Duration::from_millis(1));
    assert_ne!(later.stem, base.stem, "the start offset");
    assert_eq!(later.start(), Duration::from_millis(1));
    assert!(key(&path, Profile::mp3(96)).file_name().ends_with(".mp3"));
    // The same path with other content is another key.
    std::fs::write(&path, b"RIFF edited").expect("rewrite");
    assert_ne!(key(&path, Profile::opus(96)).stem, base.stem);
}

#[test]
fn the_default_budget_is_a_tenth_of_the_free_space_up_to_2_gib() {
    assert_eq!(budget_for_free(0), 0);
    assert_eq!(budget_for_free(5_000_000_000), 500_000_000);
    assert_eq!(budget_for_free(100 << 30), 2 << 30);
    let fx = fixture();
    let free = free_bytes(&fx.data).expect("statvfs");
    // `df` on the same file system, in bytes; others write meanwhile, so nearly equal.
    let df = std::process::Command::new("df")
        .args(["-B1", "--output=avail"])
        .arg(&fx.data)
        .output()
        .expect("df");
    let text = String::from_utf8_lossy(&df.stdout);
    let by_df: u64 = text
        .lines()
        .nth(1)
        .and_then(|line| line.trim().parse().ok())
        .expect("df's figure");
    assert!(
        free.abs_diff(by_df) < 256 << 20,
        "statvfs {free} against df {by_df}"
    );
    let budget = default_budget(&fx.data).expect("budget");
    assert!(budget <= 2 << 30);
    assert!(budget.abs_diff(budget_for_free(free)) < 32 << 20);
}

#[tokio::test]
async fn a_growing_entry_tells_its_final_length_from_the_start() {
    let fx = fixture();
    let cache = fx.cache(u64::MAX, 2);
    let source = fx.source("a", 6.0);
    for profile in [Profile::opus(96), Profile::mp3(192)] {
        for start in [Duration::ZERO, Duration::from_millis(2_500)] {
            let key = key_at(&source, profile, start);
            cache.hold_encode(&key, Some(2));
            let handle = cache.get(&key).await.expect("started");
            let predicted = handle.predicted_len().expect("known while growing");
            assert_eq!(handle.final_len(), None, "{profile:?}: still growing");
            assert!(handle.written() < predicted / 2, "{profile:?}: held early");
            cache.hold_encode(&key, None);
            let total = handle.finished().await.expect("completed");
            assert_eq!(
                handle.final_len(),
                Some(predicted),
                "{profile:?} from {start:?}"
            );
            assert_eq!(total, predicted);
            assert_eq!(cached_bytes(&cache, &key).len() as u64, predicted);
            // A finished entry read again: the file's length.
            let again = cache.get(&key).await.expect("cached");
            assert_eq!(again.predicted_len(), Some(predicted));
        }
        // From 2.5 s of 6: a shorter transcode than from the start.
        let whole = cache.get(&key(&source, profile)).await.expect("cached");
        let later = cache
            .get(&key_at(&source, profile, Duration::from_millis(2_500)))
            .await
            .expect("cached");
        let (whole, later) = (whole.predicted_len(), later.predicted_len());
        assert!(
            later < whole.map(|w| w * 2 / 3),
            "{later:?} against {whole:?}"
        );
    }
}

#[tokio::test]
async fn a_start_past_the_end_is_refused_and_caches_nothing() {
    let fx = fixture();
    let cache = fx.cache(u64::MAX, 2);
    let source = fx.source("a", 1.0);
    let past = key_at(&source, Profile::opus(96), Duration::from_secs(2));
    match cache.get(&past).await {
        Err(CacheError::OffsetPastEnd { offset, length }) => {
            assert_eq!(offset, Duration::from_secs(2));
            assert_eq!(length, Some(Duration::from_secs(1)));
        }
        Err(other) => panic!("{other}"),
        Ok(_) => panic!("a transcode past the end"),
    }
    until("the entry to end", || cache.encodes_running() == 0).await;
    assert!(files(&cache).is_empty(), "{:?}", files(&cache));
}

#[tokio::test]
async fn an_encode_that_cannot_start_in_time_times_out_then_frees_its_slot() {
    use crate::app::media::transcode::ffmpeg::tests::fake_ffmpeg;
    let fx = fixture();
    let cache = fx.cache_waiting(u64::MAX, 1, Duration::from_millis(300));
    let silent = fake_ffmpeg(&fx.data, "exec sleep 60").with_stall_timeout(Duration::from_secs(1));
    let stalled = key(&fx.source("a", 1.0), Profile::opus(96)).with_ffmpeg(Some(Arc::new(silent)));
    assert!(matches!(
        cache.get(&stalled).await,
        Err(CacheError::Timeout)
    ));
    // The hung ffmpeg is stopped at its own timeout: the slot frees and nothing is kept.
    until("the stalled encode to end", || cache.encodes_running() == 0).await;
    assert!(files(&cache).is_empty(), "{:?}", files(&cache));
}
