//! `transcode --http-requests N`: the transcode route over HTTP on loopback, against the
//! original file from the same hub in the same run (issue 15: a cold transcode's first byte
//! in under 150 ms; a cached transcode as fast as the file).
//!
//! The library holds the engine bench's 4-minute FLAC. A cold transcode (`profile=web`)
//! gets a new hub, so a new data dir and an empty transcode cache, each time; its time to
//! first byte is measured from the request to the first body chunk. Then the cached
//! transcode and the original file (`format=original`) are asked for in turns, `N`
//! times each, one request at a time: time to first byte and to the whole body. Their
//! bodies differ in size (Opus 128 against FLAC), so the file is also read as a `Range` of
//! exactly the transcode's length: that pair is the like-for-like figure.

use std::path::Path;
use std::time::{Duration, Instant};

use music_hub::app::media::transcode::Profile;

use super::{ms, percentile, BenchHub};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// One request: (time to first body byte, time to the whole body, body bytes).
async fn fetch(
    client: &reqwest::Client,
    url: &str,
    range: Option<u64>,
) -> BenchResult<(Duration, Duration, u64)> {
    let started = Instant::now();
    let mut request = client.get(url);
    if let Some(len) = range {
        request = request.header("Range", format!("bytes=0-{}", len - 1));
    }
    let mut response = request.send().await?;
    if !response.status().is_success() {
        return Err(format!("{url}: {}", response.status()).into());
    }
    let mut first = None;
    let mut bytes = 0u64;
    while let Some(chunk) = response.chunk().await? {
        if first.is_none() && !chunk.is_empty() {
            first = Some(started.elapsed());
        }
        bytes += chunk.len() as u64;
    }
    let whole = started.elapsed();
    Ok((first.unwrap_or(whole), whole, bytes))
}

/// The bench's library: the engine bench's FLAC under an artist and album folder.
fn library(work_dir: &Path, seconds: u32) -> BenchResult<std::path::PathBuf> {
    let flac = super::transcode::input(work_dir, seconds)?;
    let music = work_dir.join(format!("transcode-http-{seconds}s/Music"));
    let file = music.join("Bench Artist/Bench Album/01 Bench.flac");
    if std::fs::metadata(&file).map(|m| m.len()).ok() != Some(std::fs::metadata(&flac)?.len()) {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::copy(&flac, &file)?;
    }
    Ok(music)
}

struct Series {
    first: Vec<Duration>,
    whole: Vec<Duration>,
    bytes: u64,
}

impl Series {
    fn new() -> Series {
        Series {
            first: Vec::new(),
            whole: Vec::new(),
            bytes: 0,
        }
    }

    fn push(&mut self, (first, whole, bytes): (Duration, Duration, u64)) {
        self.first.push(first);
        self.whole.push(whole);
        self.bytes = bytes;
    }

    /// (first byte p50, p99, whole body p50, p99) in ms, after sorting.
    fn figures(&mut self) -> [f64; 4] {
        self.first.sort();
        self.whole.sort();
        [
            ms(percentile(&self.first, 50.0)),
            ms(percentile(&self.first, 99.0)),
            ms(percentile(&self.whole, 50.0)),
            ms(percentile(&self.whole, 99.0)),
        ]
    }

    fn print(&mut self, name: &str) -> [f64; 4] {
        let f = self.figures();
        println!(
            "    {name:<32} first byte p50 {:>6.2} ms p99 {:>6.2} ms | whole {:>5.2} MB p50 {:>7.2} ms p99 {:>7.2} ms",
            f[0],
            f[1],
            self.bytes as f64 / 1e6,
            f[2],
            f[3]
        );
        f
    }
}

pub async fn run(work_dir: &Path, seconds: u32, runs: usize, requests: usize) -> BenchResult<()> {
    let music = library(work_dir, seconds)?;
    let client = reqwest::Client::new();
    println!(
        "transcode over HTTP: {seconds} s FLAC on a hub on loopback; load {}",
        super::scan::load()
    );

    // Cold: each run a new hub, so nothing of an earlier run is cached. Its whole body is
    // the whole encode as the cache makes it (the end first, then the rest), timed beside
    // the engine alone on the same file in the same run: their ratio is what the cache and
    // the end-first pass cost.
    let flac = super::transcode::input(work_dir, seconds)?;
    let (mut cold, mut cold_whole, mut engine) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs.max(1) {
        let hub = BenchHub::start(&music).await?;
        let id = hub.first_track_id().await?;
        let url = format!("http://{}/api/media/stream/{id}?profile=web", hub.addr);
        let (first, whole, _) = fetch(&client, &url, None).await?;
        cold.push(first);
        cold_whole.push(whole);
        hub.stop().await?;
        let flac = flac.clone();
        let (wall, _, _) = tokio::task::spawn_blocking(move || {
            super::transcode::engine_run(&flac, Profile::opus(128)).map_err(|e| e.to_string())
        })
        .await??;
        engine.push(Duration::from_secs_f64(wall));
    }
    for series in [&mut cold, &mut cold_whole, &mut engine] {
        series.sort();
    }
    println!(
        "  first byte of a cold profile=web transcode (new hub each time, {} runs): median {:.1} ms (min {:.1}, max {:.1}); load {}",
        cold.len(),
        ms(percentile(&cold, 50.0)),
        ms(cold[0]),
        ms(cold[cold.len() - 1]),
        super::scan::load()
    );
    let (whole, alone) = (percentile(&cold_whole, 50.0), percentile(&engine, 50.0));
    println!(
        "  whole body of a cold profile=web transcode: median {:.2} s, against the engine alone \
         (Opus 128, same file) {:.2} s: {:.2}x; load {}",
        whole.as_secs_f64(),
        alone.as_secs_f64(),
        whole.as_secs_f64() / alone.as_secs_f64(),
        super::scan::load()
    );

    // Cached: the first full read finishes the encode; the cache entry is then complete.
    let hub = BenchHub::start(&music).await?;
    let id = hub.first_track_id().await?;
    let base = format!("http://{}/api/media/stream/{id}", hub.addr);
    let web = format!("{base}?profile=web");
    let original = format!("{base}?format=original");
    let (_, _, made) = fetch(&client, &web, None).await?;
    // Until two reads agree in length the entry may still be finishing.
    let mut tries = 0;
    while fetch(&client, &web, None).await?.2 != made && tries < 50 {
        tries += 1;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    fetch(&client, &original, None).await?;
    // Four series; each round asks them in another order, so that none always follows
    // the whole file's read. The same-length file twice: the gap between those two is the
    // noise floor of the like-for-like ratio.
    let mut series: [Series; 4] = std::array::from_fn(|_| Series::new());
    for round in 0..requests.max(1) {
        for turn in 0..series.len() {
            let which = (round + turn) % series.len();
            let (url, range) = match which {
                0 => (&web, None),
                1 => (&original, None),
                _ => (&original, Some(made)),
            };
            series[which].push(fetch(&client, url, range).await?);
        }
    }
    println!(
        "  {} sequential requests each, in turns (one keep-alive connection):",
        requests.max(1)
    );
    let [cached, file, same, again] = &mut series;
    let c = cached.print("cached profile=web");
    let f = file.print("format=original (whole file)");
    let s = same.print("format=original, same length");
    let a = again.print("the same again (noise floor)");
    println!(
        "  cached/original p50: first byte {:.2}; whole body against the same length {:.2} \
         (against the whole file {:.2}); same length against itself {:.2}; load {}",
        c[0] / f[0],
        c[2] / s[2],
        c[2] / f[2],
        a[2] / s[2],
        super::scan::load()
    );
    hub.stop().await?;
    Ok(())
}
