//! `bench -- queries`: issue 17's request targets. A hub in a child process (`bench
//! hub-child`, logging as `music-hub serve` does) serves a generated library; this process
//! is the client.
//!
//! Per route: 1,000 sequential requests from one client, with the hub process's CPU time
//! (utime + stime from `/proc/<pid>/stat`) over them divided by their count, and their
//! p50 / p99 latency; then the same requests from 32 clients at once, with their p99 and
//! throughput. Routes: `GET /api/tracks?limit=50` walking pages of every sort (deep pages
//! too), `GET /api/album/{id}` over 500 albums, and `GET /api/search` in four kinds: a
//! three-letter prefix, a whole word, two words, and a misspelt word (the typo fallback).
//!
//! The peer is Debian's mpd over the same folder, after its own scan, asked the nearest
//! thing it has to each route over its protocol (`queries_mpd.rs`), timed the same way.

use std::path::Path;
use std::time::{Duration, Instant};

use music_hub::library::generate;

use super::memory::HubProcess;
use super::mpd;
use super::queries_mpd;
use super::rest::SORTS;
use super::{library, ms, percentile};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// Concurrent clients for the p99 under load.
const CLIENTS: usize = 32;

/// A process's CPU time so far (all its threads, living and ended), from
/// `/proc/<pid>/stat`: fields 14 and 15, in clock ticks.
pub fn process_cpu(pid: u32, tick: Duration) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let after = stat.rsplit_once(')')?.1;
    let mut fields = after.split_whitespace().skip(11);
    let utime: u32 = fields.next()?.parse().ok()?;
    let stime: u32 = fields.next()?.parse().ok()?;
    Some(tick * (utime + stime))
}

/// The length of a clock tick, as `getconf CLK_TCK` says (100 Hz on Linux if it cannot).
pub fn clock_tick() -> Duration {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|hz| hz.trim().parse::<u32>().ok())
        .filter(|hz| *hz > 0)
        .map_or(Duration::from_millis(10), |hz| Duration::from_secs(1) / hz)
}

/// The machine's load averages, as `uptime` prints them.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// GETs `url`, failing on anything but a success; with how long the whole answer took.
async fn get(client: &reqwest::Client, url: &str) -> BenchResult<(Duration, bytes::Bytes)> {
    let started = Instant::now();
    let response = client.get(url).send().await?;
    let status = response.status();
    let body = response.bytes().await?;
    if !status.is_success() {
        return Err(format!("{url}: {status}: {}", String::from_utf8_lossy(&body)).into());
    }
    Ok((started.elapsed(), body))
}

/// The requests of one route: the hub's as full URLs, and mpd's nearest commands.
pub(super) struct Route {
    name: &'static str,
    urls: Vec<String>,
    pub(super) mpd: Vec<String>,
    /// A search may rightly find nothing; a page or an album may not.
    pub(super) may_find_nothing: bool,
}

/// Pages of `/api/tracks?limit=50`, 20 deep in each sort in turn, their cursors followed.
async fn track_pages(
    client: &reqwest::Client,
    base: &str,
    requests: usize,
) -> BenchResult<Vec<String>> {
    let mut urls = Vec::with_capacity(requests);
    let mut cursor: Option<String> = None;
    for i in 0..requests {
        let sort = SORTS[(i / 20) % SORTS.len()];
        if i % 20 == 0 {
            cursor = None;
        }
        let mut url = format!("{base}/api/tracks?limit=50&sort={sort}");
        if let Some(c) = &cursor {
            url.push_str(&format!("&cursor={c}"));
        }
        let (_, body) = get(client, &url).await?;
        let page: serde_json::Value = serde_json::from_slice(&body)?;
        cursor = page["nextCursor"].as_str().map(str::to_owned);
        urls.push(url);
    }
    Ok(urls)
}

fn searches(base: &str, tracks: usize, requests: usize) -> [Route; 4] {
    let words = |i: usize| {
        let spec = generate::track((i * 7919) % tracks);
        let mut words = spec.title.split(' ').map(str::to_lowercase);
        let first = words.next().unwrap_or_else(|| "kalo".into());
        let second = words.next().unwrap_or_else(|| "mira".into());
        (first, second)
    };
    let url = |q: &[String]| format!("{base}/api/search?q={}&record=false", q.join("%20"));
    let kind = |name, make: &dyn Fn(String, String) -> Vec<String>| {
        let queries: Vec<Vec<String>> = (0..requests)
            .map(|i| {
                let (first, second) = words(i);
                make(first, second)
            })
            .collect();
        Route {
            name,
            urls: queries.iter().map(|q| url(q)).collect(),
            mpd: queries.iter().map(|q| queries_mpd::search(q)).collect(),
            may_find_nothing: true,
        }
    };
    [
        kind("search: prefix", &|w, _| vec![w.chars().take(3).collect()]),
        kind("search: word", &|w, _| vec![w]),
        kind("search: two words", &|w, s| vec![w, s]),
        // A letter slipped in after the first: only the typo fallback finds it.
        kind("search: misspelt", &|w, _| {
            let mut chars = w.chars();
            let head: String = chars.next().into_iter().collect();
            vec![format!("{head}x{}", chars.as_str())]
        }),
    ]
}

/// What one route measured, on either side.
pub(super) struct Figures {
    pub(super) cpu_per_request: Duration,
    pub(super) p50: Duration,
    pub(super) p99: Duration,
    /// The p99 and the throughput under 32 concurrent clients, when measured.
    pub(super) concurrent: Option<(Duration, f64)>,
}

impl Figures {
    /// The figures of sequential requests: their times, and the server's CPU time over them.
    pub(super) fn sequential(mut times: Vec<Duration>, cpu: Duration) -> BenchResult<Figures> {
        times.sort();
        Ok(Figures {
            cpu_per_request: cpu / u32::try_from(times.len().max(1))?,
            p50: percentile(&times, 50.0),
            p99: percentile(&times, 99.0),
            concurrent: None,
        })
    }
}

async fn measure(
    client: &reqwest::Client,
    route: &Route,
    pid: u32,
    tick: Duration,
) -> BenchResult<Figures> {
    // One pass first, so that the page cache and the statement caches are as in use.
    for url in route.urls.iter().take(50) {
        get(client, url).await?;
    }
    let cpu_before = process_cpu(pid, tick).ok_or("cannot read the hub's CPU time")?;
    let mut times = Vec::with_capacity(route.urls.len());
    for url in &route.urls {
        times.push(get(client, url).await?.0);
    }
    let cpu = process_cpu(pid, tick).ok_or("cannot read the hub's CPU time")? - cpu_before;
    let mut figures = Figures::sequential(times, cpu)?;

    let started = Instant::now();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let client = client.clone();
            let urls: Vec<String> = route
                .urls
                .iter()
                .skip(c)
                .step_by(CLIENTS)
                .cloned()
                .collect();
            tokio::spawn(async move {
                let mut times = Vec::with_capacity(urls.len());
                for url in &urls {
                    times.push(get(&client, url).await.map_err(|e| e.to_string())?.0);
                }
                Ok::<_, String>(times)
            })
        })
        .collect();
    let mut concurrent = Vec::with_capacity(route.urls.len());
    for task in tasks {
        concurrent.extend(task.await??);
    }
    let elapsed = started.elapsed();
    concurrent.sort();
    figures.concurrent = Some((
        percentile(&concurrent, 99.0),
        concurrent.len() as f64 / elapsed.as_secs_f64(),
    ));
    Ok(figures)
}

pub async fn run(work_dir: &Path, sizes: &[usize], requests: usize) -> BenchResult<()> {
    let tick = clock_tick();
    let mpd = mpd::binary()?;
    for &tracks in sizes {
        // mpd takes only an absolute music_directory (the default work dir is relative).
        let library = std::fs::canonicalize(library(work_dir, tracks)?)?;
        let load_before = load_average();
        let (routes, hub) = hub_side(&library, tracks, requests, tick).await?;
        let peer = queries_mpd::run(&mpd, &library, &routes, tick)?;

        println!(
            "at {tracks} tracks, the hub and mpd in child processes, one after the other \
             ({requests} requests a route; load {load_before} before, {} after):",
            load_average()
        );
        println!(
            "  {:<26} {:>12} {:>8} {:>9} {:>9} {:>13} {:>10}",
            "route", "CPU/request", "× mpd", "p50 1c", "p99 1c", "p99 32c", "req/s 32c"
        );
        for ((route, hub), mpd) in routes.iter().zip(&hub).zip(&peer) {
            // CPU time is counted in clock ticks: too few requests can leave mpd's at zero.
            let ratio = if mpd.cpu_per_request.is_zero() {
                "-".to_owned()
            } else {
                let ratio = hub.cpu_per_request.as_secs_f64() / mpd.cpu_per_request.as_secs_f64();
                format!("{ratio:.3}")
            };
            print_row(route.name, hub, &ratio);
            print_row("    mpd", mpd, "");
        }
    }
    Ok(())
}

fn print_row(name: &str, f: &Figures, ratio: &str) {
    let (p99, per_sec) = match f.concurrent {
        Some((p99, per_sec)) => (format!("{:.2} ms", ms(p99)), format!("{per_sec:.0}")),
        None => ("-".into(), "-".into()),
    };
    println!(
        "  {:<26} {:>9.3} ms {:>8} {:>6.2} ms {:>6.2} ms {:>13} {:>10}",
        name,
        ms(f.cpu_per_request),
        ratio,
        ms(f.p50),
        ms(f.p99),
        p99,
        per_sec
    );
}

/// The hub's side: a hub child over `library`, each route measured; with the routes, whose
/// mpd commands the peer then runs.
async fn hub_side(
    library: &Path,
    tracks: usize,
    requests: usize,
    tick: Duration,
) -> BenchResult<(Vec<Route>, Vec<Figures>)> {
    let started = Instant::now();
    let (hub, addr, _) = HubProcess::start(library).await?;
    eprintln!(
        "{tracks} tracks scanned by the hub child in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let base = format!("http://{addr}");
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()?;

    let (_, albums) = get(&client, &format!("{base}/api/albums?limit=500")).await?;
    let albums: serde_json::Value = serde_json::from_slice(&albums)?;
    let albums: Vec<(String, String)> = albums["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| {
            let id = a["id"].as_str()?;
            let mpd = queries_mpd::album(a["title"].as_str()?, a["artists"][0]["name"].as_str()?);
            Some((format!("{base}/api/album/{id}"), mpd))
        })
        .collect();
    if albums.is_empty() {
        return Err("the hub scanned no albums".into());
    }
    let mut routes = vec![
        Route {
            name: "GET /api/tracks?limit=50",
            urls: track_pages(&client, &base, requests).await?,
            mpd: queries_mpd::track_pages(requests, tracks),
            may_find_nothing: false,
        },
        Route {
            name: "GET /api/album/{id}",
            urls: albums
                .iter()
                .cycle()
                .take(requests)
                .map(|a| a.0.clone())
                .collect(),
            mpd: albums
                .iter()
                .cycle()
                .take(requests)
                .map(|a| a.1.clone())
                .collect(),
            may_find_nothing: false,
        },
    ];
    routes.extend(searches(&base, tracks, requests));
    let mut figures = Vec::with_capacity(routes.len());
    for route in &routes {
        figures.push(measure(&client, route, hub.pid(), tick).await?);
    }
    Ok((routes, figures))
}
