//! `bench -- rest-memory`: issue 17's memory at rest. The hub runs in a child process
//! (`bench hub-child`, as `stream-memory` runs it), scans a generated library at start-up,
//! and its memory is read from `/proc/<pid>/status` (RSS, split into anonymous and file
//! pages) and `/proc/<pid>/smaps_rollup` (PSS, where a page shared with other processes
//! counts by its share): at rest after the scan, then at rest again after a query run (pages
//! of tracks in every sort, album pages and albums, searches), from several clients at once
//! so that every pooled connection is used. With `--sse N`, N idle subscribers to
//! `GET /api/library/events` are opened as well: what each costs, how long one event takes
//! to reach them all, and how soon the hub lets go of them once they close.

use std::path::Path;
use std::time::{Duration, Instant};

use music_hub::library::generate;

use super::memory::HubProcess;

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

pub struct RestBench {
    pub tracks: Vec<usize>,
    pub runs: usize,
    /// Requests per route in the query run, spread over `clients`.
    pub requests: usize,
    pub clients: usize,
    pub sse: usize,
}

/// One reading of the child's memory, in KiB.
#[derive(Clone, Copy, Default)]
struct Memory {
    rss: u64,
    anon: u64,
    file: u64,
    pss: u64,
}

impl Memory {
    fn read(pid: u32) -> BenchResult<Memory> {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
        let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))?;
        Ok(Memory {
            rss: kib(&status, "VmRSS:"),
            anon: kib(&status, "RssAnon:"),
            file: kib(&status, "RssFile:"),
            pss: kib(&rollup, "Pss:"),
        })
    }

    fn line(&self) -> String {
        format!(
            "RSS {:>6.1} MB (anon {:>6.1}, file {:>6.1}), PSS {:>6.1} MB",
            mb(self.rss),
            mb(self.anon),
            mb(self.file),
            mb(self.pss)
        )
    }
}

/// A `kB` field of a `/proc` file, in KiB (0 when absent).
fn kib(text: &str, field: &str) -> u64 {
    text.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn mb(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

struct Run {
    rest: Memory,
    after: Memory,
    db_bytes: u64,
    sse: Option<SseFigures>,
}

struct SseFigures {
    per_subscriber_kib: f64,
    fan_out: Duration,
    released: Option<Duration>,
}

pub async fn run(work_dir: &Path, bench: &RestBench) -> BenchResult<()> {
    for &size in &bench.tracks {
        let library = crate::library(work_dir, size)?;
        let mut runs = Vec::new();
        for n in 1..=bench.runs {
            let (hub, addr, _) = HubProcess::start(&library).await?;
            let pid = hub.pid();
            // Let the scan's last writes and the loudness-free idle hub settle.
            tokio::time::sleep(Duration::from_secs(2)).await;
            let rest = Memory::read(pid)?;
            let base = format!("http://{addr}");
            let took = query_run(&base, size, bench.requests, bench.clients).await?;
            tokio::time::sleep(Duration::from_secs(2)).await;
            let after = Memory::read(pid)?;
            let db_bytes = hub.database_bytes();
            let sse = if bench.sse > 0 {
                Some(sse_figures(&base, pid, bench.sse).await?)
            } else {
                None
            };
            println!(
                "{size} tracks, run {n}: at rest {}; after the query run ({:.1} s) {}; database {:.1} MB, {:.0} bytes a track",
                rest.line(),
                took.as_secs_f64(),
                after.line(),
                db_bytes as f64 / 1e6,
                db_bytes as f64 / size as f64
            );
            if let Some(s) = &sse {
                println!(
                    "  {} idle SSE subscribers: {:.1} KB each; one event reached all in {:.1} ms; released {} after they closed",
                    bench.sse,
                    s.per_subscriber_kib,
                    s.fan_out.as_secs_f64() * 1000.0,
                    s.released.map_or("not within 5 s".to_owned(), |d| format!(
                        "{:.0} ms",
                        d.as_secs_f64() * 1000.0
                    ))
                );
            }
            runs.push(Run {
                rest,
                after,
                db_bytes,
                sse,
            });
            drop(hub);
        }
        let median = |f: &dyn Fn(&Run) -> f64| {
            let mut v: Vec<f64> = runs.iter().map(f).collect();
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        println!(
            "{size} tracks, median of {}: at rest RSS {:.1} MB, PSS {:.1} MB; after queries RSS {:.1} MB, PSS {:.1} MB; database {:.0} bytes a track",
            runs.len(),
            median(&|r| mb(r.rest.rss)),
            median(&|r| mb(r.rest.pss)),
            median(&|r| mb(r.after.rss)),
            median(&|r| mb(r.after.pss)),
            median(&|r| r.db_bytes as f64 / size as f64),
        );
        if bench.sse > 0 {
            println!(
                "  SSE median: {:.1} KB a subscriber, one event to all in {:.1} ms",
                median(&|r| r.sse.as_ref().map_or(0.0, |s| s.per_subscriber_kib)),
                median(&|r| r
                    .sse
                    .as_ref()
                    .map_or(0.0, |s| s.fan_out.as_secs_f64() * 1000.0)),
            );
        }
    }
    Ok(())
}

/// The query run: `requests` of each kind, shared by `clients` concurrent clients.
/// Returns how long it took.
pub async fn query_run(
    base: &str,
    tracks: usize,
    requests: usize,
    clients: usize,
) -> BenchResult<Duration> {
    let client = reqwest::Client::new();
    let albums: serde_json::Value = get(&client, &format!("{base}/api/albums?limit=500"))
        .await?
        .1;
    let album_ids: Vec<String> = ids(&albums);
    if album_ids.is_empty() {
        return Err("the hub has no albums".into());
    }
    let started = Instant::now();
    let workers: Vec<_> = (0..clients.max(1))
        .map(|worker| {
            let (client, base, album_ids) = (client.clone(), base.to_owned(), album_ids.clone());
            tokio::spawn(async move {
                let share = requests.div_ceil(clients.max(1));
                let first = worker * share;
                let mut cursor: Option<String> = None;
                for i in first..(first + share).min(requests) {
                    // Pages of every sort, 20 deep each, as `queries` walks them.
                    let sort = SORTS[(i / 20) % SORTS.len()];
                    if i % 20 == 0 {
                        cursor = None;
                    }
                    let mut path = format!("{base}/api/tracks?limit=50&sort={sort}");
                    if let Some(c) = &cursor {
                        path.push_str(&format!("&cursor={c}"));
                    }
                    let page = get(&client, &path).await?.1;
                    cursor = page["nextCursor"].as_str().map(str::to_owned);
                    let album = &album_ids[i % album_ids.len()];
                    get(&client, &format!("{base}/api/album/{album}")).await?;
                    if i % 10 == 0 {
                        let sort = ["title", "artist", "year", "addedAt"][(i / 10) % 4];
                        get(&client, &format!("{base}/api/albums?limit=50&sort={sort}")).await?;
                    }
                    let q = search_query(i, tracks);
                    get(&client, &format!("{base}/api/search?q={q}&record=false")).await?;
                }
                Ok::<_, String>(())
            })
        })
        .collect();
    for worker in workers {
        worker.await?.map_err(|e| e.to_string())?;
    }
    Ok(started.elapsed())
}

pub const SORTS: [&str; 7] = [
    "title",
    "artist",
    "album",
    "year",
    "addedAt",
    "duration",
    "playCount",
];

/// Prefixes as typed, whole words, and a typo that takes the fallback (as `queries`).
pub fn search_query(i: usize, tracks: usize) -> String {
    let spec = generate::track((i * 7919) % tracks.max(1));
    let word = spec
        .title
        .split(' ')
        .next()
        .unwrap_or("kalo")
        .to_lowercase();
    match i % 3 {
        0 => word.chars().take(3).collect(),
        1 => format!(
            "{word} {}",
            spec.title.rsplit(' ').next().unwrap_or_default()
        ),
        _ => {
            let mut typo: String = word.chars().take(1).collect();
            typo.push('x');
            typo.extend(word.chars().skip(1));
            typo
        }
    }
}

/// The `id` of every item of a page.
pub fn ids(page: &serde_json::Value) -> Vec<String> {
    page["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["id"].as_str().map(str::to_owned))
        .collect()
}

/// A GET that must succeed, with its time and JSON body.
pub async fn get(
    client: &reqwest::Client,
    url: &str,
) -> Result<(Duration, serde_json::Value), String> {
    let started = Instant::now();
    let response = client.get(url).send().await.map_err(|e| e.to_string())?;
    let status = response.status();
    let body = response.bytes().await.map_err(|e| e.to_string())?;
    let took = started.elapsed();
    if !status.is_success() {
        return Err(format!(
            "{url}: {status}: {}",
            String::from_utf8_lossy(&body)
        ));
    }
    let json = serde_json::from_slice(&body).map_err(|e| format!("{url}: {e}"))?;
    Ok((took, json))
}

/// `count` idle subscribers: the hub's RSS before and after they are open, the time from
/// publishing one change (a playlist created) until every subscriber has read it, and the
/// time from closing them all until the hub holds no more connections than before.
async fn sse_figures(base: &str, pid: u32, count: usize) -> BenchResult<SseFigures> {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()?;
    let sockets_before = sockets(pid);
    let before = Memory::read(pid)?;
    let mut feeds = Vec::with_capacity(count);
    for _ in 0..count {
        let response = client
            .get(format!("{base}/api/library/events"))
            .send()
            .await?;
        if response.status() != reqwest::StatusCode::OK {
            return Err(format!("subscribing: {}", response.status()).into());
        }
        feeds.push(response);
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let open = Memory::read(pid)?;
    let per_subscriber_kib = open.rss.saturating_sub(before.rss) as f64 / count as f64;

    let (arrived, mut arrivals) = tokio::sync::mpsc::channel::<Instant>(count);
    let readers: Vec<_> = feeds
        .into_iter()
        .map(|mut response| {
            let arrived = arrived.clone();
            tokio::spawn(async move {
                let mut text = String::new();
                while let Ok(Some(chunk)) = response.chunk().await {
                    text.push_str(&String::from_utf8_lossy(&chunk));
                    if text.contains("data:") {
                        let _ = arrived.send(Instant::now()).await;
                        break;
                    }
                }
                // Held open until the bench closes them all together.
                response
            })
        })
        .collect();
    drop(arrived);
    let published = Instant::now();
    let created = client
        .post(format!("{base}/api/playlists"))
        .json(&serde_json::json!({"name": "rest-memory bench"}))
        .send()
        .await?;
    if !created.status().is_success() {
        return Err(format!("creating a playlist: {}", created.status()).into());
    }
    let mut last = published;
    for _ in 0..count {
        match tokio::time::timeout(Duration::from_secs(10), arrivals.recv()).await {
            Ok(Some(at)) => last = last.max(at),
            _ => return Err("not every subscriber got the event within 10 s".into()),
        }
    }
    let fan_out = last.duration_since(published);
    let mut responses = Vec::with_capacity(count);
    for reader in readers {
        responses.push(reader.await?);
    }
    drop(responses);
    let closed = Instant::now();
    let mut released = None;
    while closed.elapsed() < Duration::from_secs(5) {
        if sockets(pid) <= sockets_before {
            released = Some(closed.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    Ok(SseFigures {
        per_subscriber_kib,
        fan_out,
        released,
    })
}

/// How many sockets the process has open (its listener and its connections).
fn sockets(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter(|e| {
                    std::fs::read_link(e.path())
                        .is_ok_and(|target| target.to_string_lossy().starts_with("socket:"))
                })
                .count()
        })
        .unwrap_or(0)
}
