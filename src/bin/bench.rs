//! The scanner and query benchmark (issue 3's speed targets), on a generated library.
//!
//! ```text
//! cargo run --release --bin bench -- scan --tracks 20000 --against mpd
//! cargo run --release --bin bench -- queries --tracks 20000 --tracks 100000
//! cargo run --release --bin bench -- ping
//! cargo run --release --bin bench -- stream
//! cargo run --release --bin bench -- stream-memory
//! cargo run --release --bin bench -- artwork
//! cargo run --release --bin bench -- loudness
//! cargo run --release --bin bench -- transcode
//! cargo run --release --bin bench -- rest-memory --tracks 20000 --tracks 100000
//! cargo run --release --bin bench -- scale --tracks 100000 --tracks 1000000
//! ```
//!
//! `scan` reports the first-scan rate and the unchanged-rescan time; `queries`
//! (`bench/queries.rs`) starts a hub in a child process over the library and reports the
//! hub's CPU time per request and latency percentiles of `GET /api/tracks`,
//! `GET /api/album/{id}` and `GET /api/search`, measured from clients on the same machine,
//! then Debian's mpd over the same folder with its nearest commands (`bench/queries_mpd.rs`);
//! `ping` (`bench/ping.rs`) loads `/api/ping` of the hub and of a bare poem server; `stream` compares streaming random ranges of one large file from
//! the hub and from nginx (`bench/stream.rs`); `artwork` (`bench/artwork.rs`) times scaling
//! a 3000×3000 JPEG and serving a cached thumbnail; `stream-memory` (`bench/memory.rs`)
//! measures a hub in a child process while 32 clients stream a 200 MB file whole;
//! `loudness` (`bench/loudness.rs`) times measuring a 4-minute FLAC and MP3 on one core;
//! `transcode` (`bench/transcode.rs`) times the transcoding engine against ffmpeg.
//! All report the process's peak memory.
//! Generated libraries are kept under `--work-dir` (default `target/bench`) and reused by
//! later runs.

// In a folder of its own: a file beside this one would be taken for another binary.
#[path = "bench/artwork.rs"]
mod artwork;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use music_hub::config::Config;
use music_hub::hub::Hub;
use music_hub::library::generate;

#[path = "bench/loudness.rs"]
mod loudness;
#[path = "bench/memory.rs"]
mod memory;
#[path = "bench/mpd.rs"]
mod mpd;
#[path = "bench/ping.rs"]
mod ping;
#[path = "bench/queries.rs"]
mod queries;
#[path = "bench/queries_mpd.rs"]
mod queries_mpd;
#[path = "bench/range_client.rs"]
mod range_client;
#[path = "bench/rest.rs"]
mod rest;
#[path = "bench/scale.rs"]
mod scale;
#[path = "bench/scan.rs"]
mod scan;
#[path = "bench/stream.rs"]
mod stream;
#[path = "bench/transcode.rs"]
mod transcode;
#[path = "bench/transcode_http.rs"]
mod transcode_http;

#[derive(Parser)]
#[command(about = "Benchmarks the scanner and the read API on a generated library")]
struct Args {
    #[command(subcommand)]
    command: Bench,
    /// Where generated libraries and databases are kept between runs.
    #[arg(long, global = true, default_value = "target/bench")]
    work_dir: PathBuf,
}

#[derive(Subcommand)]
enum Bench {
    /// First scan and unchanged rescan, in a child process; side by side with mpd when
    /// `--against mpd` (`bench/scan.rs`).
    Scan {
        #[arg(long, default_value_t = 20_000)]
        tracks: usize,
        #[arg(long)]
        against: Option<String>,
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// `scan`'s hub side: scans LIBRARY into DATA_DIR and prints its figures.
    #[command(hide = true)]
    ScanChild {
        mode: scan::HubMode,
        library: PathBuf,
        data_dir: PathBuf,
    },
    /// Per-route CPU and latency of a hub (in a child process) serving the library, then
    /// of mpd over it (repeatable --tracks; `bench/queries.rs`).
    Queries {
        #[arg(long, default_values_t = [20_000])]
        tracks: Vec<usize>,
        /// Requests per route.
        #[arg(long, default_value_t = 1000)]
        requests: usize,
    },
    /// Random ranges of one large file from the hub and from nginx, concurrently.
    Stream {
        #[arg(long, default_value_t = 50)]
        file_mb: u32,
        #[arg(long, default_value_t = 32)]
        clients: usize,
        #[arg(long, default_value_t = 256)]
        range_kib: u64,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        /// Also load /api/ping and /api/track/{id} the same way.
        #[arg(long)]
        probe: bool,
        /// Run the hub in a child process (as nginx runs in its own) instead of beside the
        /// clients; `--probe` then measures nothing in process.
        #[arg(long)]
        child_hub: bool,
    },
    /// The hub's resident memory (in a child process) while clients stream one large file
    /// whole, all at once.
    StreamMemory {
        #[arg(long, default_value_t = 200)]
        file_mb: u32,
        #[arg(long, default_value_t = 32)]
        clients: usize,
    },
    /// The hub's memory at rest after its start-up scan and after a query run (`rest.rs`).
    RestMemory {
        #[arg(long, default_values_t = [20_000, 100_000])]
        tracks: Vec<usize>,
        #[arg(long, default_value_t = 3)]
        runs: usize,
        #[arg(long, default_value_t = 1000)]
        requests: usize,
        #[arg(long, default_value_t = 8)]
        clients: usize,
        /// Idle SSE subscribers to open after the query run (0: none).
        #[arg(long, default_value_t = 1000)]
        sse: usize,
    },
    /// Read routes on catalogues seeded through the scan's writer, largest against smallest
    /// (`scale.rs`).
    Scale {
        #[arg(long, default_values_t = [100_000, 1_000_000])]
        tracks: Vec<usize>,
        #[arg(long, default_value_t = 300)]
        requests: usize,
    },
    /// `stream-memory`'s, `queries`' and `ping`'s hub: serves LIBRARY until standard input
    /// closes.
    #[command(hide = true)]
    HubChild { library: PathBuf },
    /// `/api/ping` of the hub against a bare poem server (`bench/ping.rs`).
    Ping {
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        #[arg(long, default_value_t = 5)]
        seconds: u64,
        #[arg(long, default_value_t = 32)]
        connections: usize,
    },
    /// `ping`'s bare poem server, until standard input closes.
    #[command(hide = true)]
    PoemChild,
    /// Measuring the loudness (EBU R128, true peak) of a 4-minute FLAC and MP3.
    Loudness {
        #[arg(long, default_value_t = 240)]
        seconds: u32,
        /// Measurements of each file; the median is reported.
        #[arg(long, default_value_t = 7)]
        runs: usize,
    },
    /// Scaling a 3000×3000 JPEG to 300 px, and cached 300 px thumbnails over HTTP.
    Artwork {
        /// Requests for the cached thumbnail.
        #[arg(long, default_value_t = 2000)]
        requests: usize,
    },
    /// The transcoding engine against ffmpeg on a 4-minute FLAC (`bench/transcode.rs`).
    Transcode {
        #[arg(long, default_value_t = 240)]
        seconds: u32,
        #[arg(long, default_value_t = 5)]
        runs: usize,
        #[arg(long, default_value_t = 8)]
        concurrent: usize,
        /// Then the route over HTTP: cold and cached transcodes against the file
        /// (`bench/transcode_http.rs`), this many requests each; 0 skips it.
        #[arg(long, default_value_t = 200)]
        http_requests: usize,
        /// Only the HTTP part.
        #[arg(long)]
        http_only: bool,
    },
}

/// A real hub on loopback over a library, its start-up scan finished: what `stream` and
/// `artwork` measure against (and, in a child process, `queries`, `ping`, `stream-memory`).
struct BenchHub {
    hub: Arc<Hub>,
    addr: std::net::SocketAddr,
    stop: tokio::sync::oneshot::Sender<()>,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
    /// The hub's data dir, removed when the bench is done.
    _data: tempfile::TempDir,
}

impl BenchHub {
    async fn start(library: &Path) -> Result<BenchHub, Box<dyn std::error::Error>> {
        let data = tempfile::tempdir()?;
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let mut config = Config::new(data.path().to_owned());
        config.libraries = vec![library.to_path_buf()];
        config.watch = false;
        // The benches measure the scanner and the API, not a loudness run beside them.
        config.analyze = false;
        config.port = addr.port();
        let hub = Arc::new(Hub::start(config).await?);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(music_hub::server::run(listener, hub.clone(), async {
            let _ = stopped.await;
        }));
        let started = Instant::now();
        // The server starts the start-up scan; wait for it to begin, then to end.
        while hub.scanner.running().is_none() && started.elapsed() < Duration::from_secs(10) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        hub.scanner.wait_idle().await;
        Ok(BenchHub {
            hub,
            addr,
            stop,
            server,
            _data: data,
        })
    }

    /// The id of the first track the hub lists (the benches' libraries stream one file).
    async fn first_track_id(&self) -> Result<String, Box<dyn std::error::Error>> {
        let tracks: serde_json::Value = reqwest::get(format!("http://{}/api/tracks", self.addr))
            .await?
            .json()
            .await?;
        Ok(tracks["items"][0]["id"]
            .as_str()
            .ok_or("the hub scanned no track")?
            .to_owned())
    }

    async fn stop(self) -> Result<(), Box<dyn std::error::Error>> {
        let _ = self.stop.send(());
        self.server.await??;
        Ok(())
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    // The hubs the benches run in child processes of this binary allocate as `music-hub`
    // does; the benches' own clients keep glibc's default, so as not to slow them.
    if matches!(
        args.command,
        Bench::HubChild { .. } | Bench::ScanChild { .. }
    ) {
        music_hub::allocator::cap_arenas();
    }
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run(args))
}

async fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    match args.command {
        Bench::Scan {
            tracks,
            against,
            runs,
        } => {
            let library = library(&args.work_dir, tracks)?;
            match against {
                Some(peer) => scan::run(&library, tracks, runs, &peer).await?,
                None => scan::hub_only(&args.work_dir, &library, tracks).await?,
            }
        }
        Bench::ScanChild {
            mode,
            library,
            data_dir,
        } => return scan::child(mode, &library, &data_dir).await,
        Bench::Queries { tracks, requests } => {
            queries::run(&args.work_dir, &tracks, requests).await?;
        }
        Bench::Stream {
            file_mb,
            clients,
            range_kib,
            seconds,
            probe,
            child_hub,
        } => {
            let bench = stream::StreamBench {
                file_mb,
                clients,
                range_kib,
                seconds,
                probe,
                child_hub,
            };
            stream::run(&args.work_dir, &bench).await?;
        }
        Bench::Loudness { seconds, runs } => {
            loudness::run(&args.work_dir, seconds, runs)?;
        }
        Bench::Transcode {
            seconds,
            runs,
            concurrent,
            http_requests,
            http_only,
        } => {
            if !http_only {
                transcode::run(&args.work_dir, seconds, runs, concurrent)?;
            }
            if http_requests > 0 {
                transcode_http::run(&args.work_dir, seconds, runs, http_requests).await?;
            }
        }
        Bench::StreamMemory { file_mb, clients } => {
            memory::run(&args.work_dir, file_mb, clients).await?;
        }
        Bench::RestMemory {
            tracks,
            runs,
            requests,
            clients,
            sse,
        } => {
            let bench = rest::RestBench {
                tracks,
                runs,
                requests,
                clients,
                sse,
            };
            rest::run(&args.work_dir, &bench).await?;
        }
        Bench::Scale { tracks, requests } => scale::run(&args.work_dir, &tracks, requests).await?,
        Bench::HubChild { library } => {
            // Its standard output is the parent's channel: nothing else is printed.
            return memory::hub_child(&library).await;
        }
        Bench::Ping {
            rounds,
            seconds,
            connections,
        } => ping::run(&args.work_dir, rounds, seconds, connections).await?,
        Bench::PoemChild => return ping::poem_child().await,
        Bench::Artwork { requests } => {
            std::fs::create_dir_all(&args.work_dir)?;
            artwork::bench_artwork(&args.work_dir, requests).await?;
        }
    }
    println!("peak memory (VmHWM): {}", peak_memory());
    Ok(())
}

/// The generated library of `tracks` files, made once and reused.
fn library(work_dir: &Path, tracks: usize) -> Result<PathBuf, Box<dyn std::error::Error>> {
    let dir = work_dir.join(format!("library-{tracks}"));
    let done = dir.join(".complete");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let started = Instant::now();
        eprintln!("generating {tracks} files under {} ...", dir.display());
        let music = dir.join("Music");
        // Generation is lofty writes: spread it over the cores.
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        let chunk = tracks.div_ceil(threads);
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|i| {
                    let music = &music;
                    scope.spawn(move || {
                        let range = (i * chunk).min(tracks)..((i + 1) * chunk).min(tracks);
                        generate::generate(&generate::fixtures_dir(), music, range)
                    })
                })
                .collect();
            workers.into_iter().try_for_each(|w| {
                w.join()
                    .map_err(|_| "a generator thread panicked")?
                    .map(drop)
                    .map_err(|e| e.to_string())
            })
        })?;
        std::fs::write(&done, tracks.to_string())?;
        eprintln!("generated in {:.1} s", started.elapsed().as_secs_f64());
    }
    Ok(dir.join("Music"))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The process's peak resident memory, from /proc (Linux).
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into())
}

/// Whether this process runs as root (its real user id, from /proc).
fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find(|l| l.starts_with("Uid:"))
            .and_then(|l| l.split_whitespace().nth(1))
            == Some("0")
    })
}
