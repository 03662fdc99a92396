//! `bench -- scale`: issue 17's million tracks. Each catalogue is seeded through the scan's
//! own writer (`ScanJob::seed`: the commit and finalize steps a scan runs, fed made-up read
//! results instead of files read with lofty, since a million audio files would not fit the
//! machine), kept under `--work-dir` and reused by later runs. A hub with no library
//! folders (so no start-up scan prunes the files that are not there) then serves each one
//! in turn on loopback, and one client times every read route the issue names: first and
//! deep pages of tracks, an album, an artist, searches and the library's stats. The last
//! size is compared with the first, route by route.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use music_hub::clock::{SharedClock, SystemClock};
use music_hub::config::Config;
use music_hub::db::Database;
use music_hub::hub::Hub;
use music_hub::library::generate;
use music_hub::library::job::{ScanSetup, SeedFile, Trigger};
use music_hub::library::lock::ScanLock;
use music_hub::library::names::sort_key;
use music_hub::library::tags::{FileFacts, TagValues};

use super::rest::{get, ids, search_query, SORTS};
use super::{ms, percentile};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// The routes timed, in the order `measure` fills them; the searches are `search_query`'s
/// three kinds, in its order.
const ROUTES: [&str; 8] = [
    "tracks, first page",
    "tracks, deep page",
    "album",
    "artist",
    "search, prefix",
    "search, two words",
    "search, misspelt",
    "library stats",
];

pub async fn run(work_dir: &Path, sizes: &[usize], requests: usize) -> BenchResult<()> {
    let mut results: Vec<(usize, Vec<Vec<Duration>>)> = Vec::new();
    for &size in sizes {
        let data_dir = seeded(work_dir, size).await?;
        let db = data_dir.join(music_hub::db::DATABASE_FILE);
        let bytes = std::fs::metadata(&db).map_or(0, |m| m.len());
        println!(
            "{size} tracks: database {:.1} MB, {:.0} bytes a track",
            bytes as f64 / 1e6,
            bytes as f64 / size as f64
        );
        let times = measure(&data_dir, size, requests).await?;
        for (route, times) in ROUTES.iter().zip(&times) {
            println!(
                "  {route:<20} p50 {:>7.2} ms  p95 {:>7.2} ms  p99 {:>7.2} ms",
                ms(percentile(times, 50.0)),
                ms(percentile(times, 95.0)),
                ms(percentile(times, 99.0)),
            );
        }
        results.push((size, times));
    }
    if let (Some((small, base)), Some((large, big))) = (results.first(), results.last()) {
        if small != large {
            println!("{large} tracks against {small} (same run): p50 and p99 ratios");
            for ((route, a), b) in ROUTES.iter().zip(base).zip(big) {
                let ratio = |p| ms(percentile(b, p)) / ms(percentile(a, p)).max(1e-6);
                println!(
                    "  {route:<20} p50 ×{:.2}  p99 ×{:.2}  (target ≤ ×2)",
                    ratio(50.0),
                    ratio(99.0)
                );
            }
        }
    }
    Ok(())
}

/// The data dir holding a catalogue of `size` made-up tracks, seeded once.
async fn seeded(work_dir: &Path, size: usize) -> BenchResult<PathBuf> {
    let dir = work_dir.join(format!("scale-{size}"));
    let data_dir = dir.join("data");
    let done = dir.join(".complete");
    if done.exists() {
        return Ok(data_dir);
    }
    let _ = std::fs::remove_dir_all(&dir);
    // The root the seeded files are under: it must exist, and is never read.
    let music = dir.join("Music");
    std::fs::create_dir_all(&music)?;
    std::fs::create_dir_all(&data_dir)?;
    let db = Database::open(&data_dir, None).await;
    let pool = db.pool()?;
    let clock: SharedClock = Arc::new(SystemClock);
    let setup = ScanSetup::new(vec![music], data_dir.clone(), clock)?;
    let lock = ScanLock::try_acquire(&data_dir, Trigger::Cli)?;
    let job = setup.prepare(pool, setup.request(Trigger::Cli, false));
    eprintln!("seeding {size} tracks through the scan's writer ...");
    let started = Instant::now();
    let outcome = job.seed(&lock, (0..size).map(seed_file));
    let took = started.elapsed();
    if let Some(message) = outcome.message {
        return Err(format!("seeding failed: {message}").into());
    }
    println!(
        "seeded {size} tracks in {:.1} s ({:.0} tracks/s, {:?})",
        took.as_secs_f64(),
        size as f64 / took.as_secs_f64(),
        outcome.phase
    );
    drop(job);
    drop(lock);
    drop(db);
    std::fs::write(&done, size.to_string())?;
    Ok(data_dir)
}

/// What the reader would have made of generated track `n`'s file.
fn seed_file(n: usize) -> SeedFile {
    let spec = generate::track(n);
    let ext = spec.rel_path.rsplit_once('.').map_or("mp3", |(_, e)| e);
    let (format, codec, mime_type) = match ext {
        "flac" => ("flac", "flac", "audio/flac"),
        "ogg" => ("ogg", "vorbis", "audio/ogg"),
        "m4a" => ("m4a", "aac", "audio/mp4"),
        _ => ("mp3", "mp3", "audio/mpeg"),
    };
    let duration_ms = 120_000 + i64::try_from((n * 7919) % 240_000).unwrap_or(0);
    SeedFile {
        size: 4_000_000 + i64::try_from(n % 1000).unwrap_or(0),
        mtime_ms: 1_700_000_000_000,
        facts: FileFacts {
            format,
            codec,
            mime_type,
            duration_ms,
            bitrate_kbps: Some(256),
            sample_rate_hz: Some(44_100),
            bit_depth: None,
            channels: Some(2),
            has_embedded_art: false,
            artwork_id: None,
            tags: TagValues {
                title: Some(spec.title),
                artists: vec![spec.artist.clone()],
                album: Some(spec.album),
                album_artists: vec![spec.artist],
                track_number: Some(spec.track),
                date: Some(spec.year.to_string()),
                genres: vec![spec.genre.to_owned()],
                ..TagValues::default()
            },
        },
        rel_path: spec.rel_path,
    }
}

/// A hub over `data_dir` with no library folders, and the route times, in `ROUTES` order.
async fn measure(data_dir: &Path, size: usize, requests: usize) -> BenchResult<Vec<Vec<Duration>>> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let addr = listener.local_addr()?;
    let mut config = Config::new(data_dir.to_owned());
    config.watch = false;
    config.analyze = false;
    config.port = addr.port();
    let started = Instant::now();
    let hub = Arc::new(Hub::start(config).await?);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(music_hub::server::run(listener, hub.clone(), async {
        let _ = stopped.await;
    }));
    eprintln!(
        "{size} tracks: hub started in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let client = reqwest::Client::new();
    let base = format!("http://{addr}");
    let albums = get(&client, &format!("{base}/api/albums?limit=500"))
        .await?
        .1;
    let artists = get(&client, &format!("{base}/api/artists?limit=500"))
        .await?
        .1;
    let (album_ids, artist_ids) = (ids(&albums), ids(&artists));
    if album_ids.is_empty() || artist_ids.is_empty() {
        return Err("the seeded catalogue has no albums or artists".into());
    }
    // Deep pages start from a cursor in the middle of the sort: the title of the middle
    // track, and the middle of the generated years, 1960 to 2019 (newest first).
    let middle = generate::track(size / 2);
    let deep = [
        cursor("title", false, serde_json::json!(sort_key(&middle.title))),
        cursor("year", true, serde_json::json!(1990)),
    ];
    let mut times = vec![Vec::with_capacity(requests); ROUTES.len()];
    for i in 0..requests {
        let sort = SORTS[i % SORTS.len()];
        let (took, _) = get(&client, &format!("{base}/api/tracks?limit=50&sort={sort}")).await?;
        times[0].push(took);
        let (sort, c) = [("title", &deep[0]), ("year", &deep[1])][i % 2];
        let (took, page) = get(
            &client,
            &format!("{base}/api/tracks?limit=50&sort={sort}&cursor={c}"),
        )
        .await?;
        if ids(&page).len() < 50 {
            return Err(format!("a deep page by {sort} holds fewer than 50 tracks").into());
        }
        times[1].push(took);
        let album = &album_ids[i % album_ids.len()];
        times[2].push(get(&client, &format!("{base}/api/album/{album}")).await?.0);
        let artist = &artist_ids[i % artist_ids.len()];
        times[3].push(
            get(&client, &format!("{base}/api/artist/{artist}"))
                .await?
                .0,
        );
        let q = search_query(i, size);
        times[4 + i % 3].push(
            get(&client, &format!("{base}/api/search?q={q}&record=false"))
                .await?
                .0,
        );
        times[7].push(get(&client, &format!("{base}/api/library/stats")).await?.0);
    }
    for route in &mut times {
        route.sort();
    }
    let _ = stop.send(());
    server.await??;
    Ok(times)
}

/// A cursor as the hub writes one (see `handlers::cursor`), for a keyset of our choosing.
fn cursor(sort: &str, descending: bool, value: serde_json::Value) -> String {
    let data = serde_json::json!({"s": sort, "d": descending, "v": value, "id": ""});
    URL_SAFE_NO_PAD.encode(data.to_string())
}
